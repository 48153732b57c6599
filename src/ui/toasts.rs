//! Toasts: the engine's events shown in a corner for a while, as the notification settings say
//! (position, timeout per kind, how many at once). Only what is on screen is kept here.

use crate::settings::{NotificationSettings, ToastPosition};
use crate::state::{Event, EventKind};
use egui::{Align2, Color32, Context, Id};
use std::collections::VecDeque;

/// Most toasts waiting for room on screen; older ones are dropped beyond it.
const MAX_WAITING: usize = 50;

#[derive(Default)]
pub struct Toasts {
    /// The newest event already taken; `None` before the first frame (old events are skipped).
    last_seen: Option<u64>,
    /// On screen: the event and when it appeared (egui time, seconds).
    shown: Vec<(Event, f64)>,
    waiting: VecDeque<Event>,
}

impl Toasts {
    /// Takes events newer than the last seen ones.
    pub fn take(&mut self, events: &VecDeque<Event>, settings: &NotificationSettings) {
        let newest = events.back().map_or(0, |e| e.id);
        let Some(last) = self.last_seen else {
            self.last_seen = Some(newest);
            return;
        };
        if settings.enabled {
            let fresh = events.iter().filter(|e| e.id > last).cloned();
            self.waiting.extend(fresh);
            while self.waiting.len() > MAX_WAITING {
                self.waiting.pop_front();
            }
        }
        self.last_seen = Some(newest.max(last));
    }

    /// Draws the toasts, expiring and promoting as needed.
    pub fn show(&mut self, ctx: &Context, settings: &NotificationSettings) {
        let now = ctx.input(|i| i.time);
        self.shown
            .retain(|(e, at)| match timeout_secs(e.kind, settings) {
                Some(t) => now - at < t,
                None => true,
            });
        while self.shown.len() < settings.max_visible as usize
            && let Some(e) = self.waiting.pop_front()
        {
            self.shown.push((e, now));
        }
        if self.shown.is_empty() {
            return;
        }
        let (align, offset) = anchor(settings.position);
        let mut dismissed = None;
        egui::Area::new(Id::unique("toasts"))
            .anchor(align, offset)
            .order(egui::Order::Foreground)
            .show(ctx, |ui| {
                ui.set_max_width(360.0);
                for (i, (event, _)) in self.shown.iter().enumerate() {
                    if toast(ui, event) {
                        dismissed = Some(i);
                    }
                }
            });
        if let Some(i) = dismissed {
            self.shown.remove(i);
        }
        // Wake up when the next toast is due to go.
        let next = self
            .shown
            .iter()
            .filter_map(|(e, at)| timeout_secs(e.kind, settings).map(|t| at + t - now))
            .fold(f64::INFINITY, f64::min);
        if next.is_finite() {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(next.max(0.05)));
        }
    }
}

fn timeout_secs(kind: EventKind, s: &NotificationSettings) -> Option<f64> {
    let ms = match kind {
        EventKind::Info => s.info_timeout_ms,
        EventKind::Success => s.success_timeout_ms,
        EventKind::Warning => s.warning_timeout_ms,
        EventKind::Error => s.error_timeout_ms,
    };
    (ms > 0).then(|| f64::from(ms) / 1000.0)
}

fn anchor(position: ToastPosition) -> (Align2, egui::Vec2) {
    let m = 12.0;
    match position {
        ToastPosition::TopLeft => (Align2::LEFT_TOP, egui::vec2(m, 60.0)),
        ToastPosition::TopCenter => (Align2::CENTER_TOP, egui::vec2(0.0, 60.0)),
        ToastPosition::TopRight => (Align2::RIGHT_TOP, egui::vec2(-m, 60.0)),
        ToastPosition::BottomLeft => (Align2::LEFT_BOTTOM, egui::vec2(m, -40.0)),
        ToastPosition::BottomCenter => (Align2::CENTER_BOTTOM, egui::vec2(0.0, -40.0)),
        ToastPosition::BottomRight => (Align2::RIGHT_BOTTOM, egui::vec2(-m, -40.0)),
    }
}

/// One toast; returns true when its close button was clicked.
fn toast(ui: &mut egui::Ui, event: &Event) -> bool {
    let color = match event.kind {
        EventKind::Info => Color32::from_rgb(70, 130, 200),
        EventKind::Success => Color32::from_rgb(60, 160, 90),
        EventKind::Warning => Color32::from_rgb(210, 150, 40),
        EventKind::Error => Color32::from_rgb(210, 60, 60),
    };
    let mut closed = false;
    egui::Frame::popup(ui.style())
        .stroke(egui::Stroke::new(1.5, color))
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                // Painted: the default fonts have no bullet glyph.
                let (dot, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                ui.painter().circle_filled(dot.center(), 4.0, color);
                ui.label(&event.message);
                closed = ui
                    .small_button("×")
                    .on_hover_text(t!("common-dismiss"))
                    .clicked();
            });
        });
    closed
}
