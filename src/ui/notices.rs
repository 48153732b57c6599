//! Dismissible banners at the top: the engine's notices and the UI's own messages.

use crate::state::{LogLevel, Notice};
use egui::{Color32, Ui};

/// Draws one banner; returns true when its Dismiss button was clicked.
/// `dismissible` is false in the read-only viewer.
pub fn banner(ui: &mut Ui, level: LogLevel, message: &str, dismissible: bool) -> bool {
    let (fill, tag) = match level {
        LogLevel::Error => (Color32::from_rgb(120, 30, 30), t!("notice-error")),
        LogLevel::Warning => (Color32::from_rgb(110, 85, 20), t!("notice-warning")),
        LogLevel::Info | LogLevel::Debug => (Color32::from_rgb(35, 60, 95), t!("notice-note")),
    };
    let mut dismissed = false;
    egui::Frame::new()
        .fill(fill)
        .inner_margin(6)
        .corner_radius(4)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(egui::RichText::new(tag).strong().color(Color32::WHITE));
                ui.label(egui::RichText::new(message).color(Color32::WHITE));
                if dismissible {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        dismissed = ui.button(t!("common-dismiss")).clicked();
                    });
                }
            });
        });
    dismissed
}

/// Draws every notice; returns the index of the one dismissed this frame.
pub fn show(ui: &mut Ui, notices: &[Notice], dismissible: bool) -> Option<usize> {
    let mut dismissed = None;
    for (i, notice) in notices.iter().enumerate() {
        if banner(ui, notice.level, &notice.message, dismissible) {
            dismissed = Some(i);
        }
    }
    dismissed
}
