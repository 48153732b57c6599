//! The toolbar (only when the UI may change things): add, remove, pause, resume, announce,
//! queue moves, all-torrent buttons, speed steps, search and settings.

use super::actions::Action;
use crate::state::QueueMove;
use egui::Ui;

/// Draws the buttons; returns the one clicked, if any.
pub fn show(ui: &mut Ui, has_selection: bool) -> Option<Action> {
    let mut clicked = None;
    ui.horizontal(|ui| {
        if ui
            .button("Add")
            .on_hover_text("Add .torrent files (Ctrl+O)")
            .clicked()
        {
            clicked = Some(Action::Add);
        }
        let selection_buttons = [
            (
                "Remove",
                "Remove the selected torrents (Delete)",
                Action::Remove,
            ),
            (
                "Pause",
                "Pause the selected torrents (Space toggles)",
                Action::Pause,
            ),
            (
                "Resume",
                "Resume the selected torrents (Space toggles)",
                Action::Resume,
            ),
            (
                "Announce",
                "Announce the selected torrents to their trackers now (Ctrl+R)",
                Action::Announce,
            ),
            (
                "Queue up",
                "Move the selected torrents up the queue (Alt+Up)",
                Action::Queue(QueueMove::Up),
            ),
            (
                "Queue down",
                "Move the selected torrents down the queue (Alt+Down)",
                Action::Queue(QueueMove::Down),
            ),
        ];
        for (label, tip, action) in selection_buttons {
            let response = ui
                .add_enabled(has_selection, egui::Button::new(label))
                .on_hover_text(tip)
                .on_disabled_hover_text(
                    "Select torrents first (click, Ctrl+click, Shift+click, Ctrl+A)",
                );
            if response.clicked() {
                clicked = Some(action);
            }
        }
    });
    if clicked.is_none() {
        clicked = second_row(ui, has_selection);
    }
    clicked
}

/// All-torrent buttons, speed steps for the selection, and search.
fn second_row(ui: &mut Ui, has_selection: bool) -> Option<Action> {
    let mut clicked = None;
    ui.horizontal(|ui| {
        for (label, tip, action) in [
            ("Pause all", "Pause every torrent", Action::PauseAll),
            ("Resume all", "Resume every torrent", Action::ResumeAll),
        ] {
            if ui.button(label).on_hover_text(tip).clicked() {
                clicked = Some(action);
            }
        }
        ui.separator();
        let steps = [
            (
                "Up ×2",
                "Double the selection's upload speed",
                Action::Scale(2.0, 1.0),
            ),
            (
                "Up ÷2",
                "Halve the selection's upload speed",
                Action::Scale(0.5, 1.0),
            ),
            (
                "Down ×2",
                "Double the selection's download speed",
                Action::Scale(1.0, 2.0),
            ),
            (
                "Down ÷2",
                "Halve the selection's download speed",
                Action::Scale(1.0, 0.5),
            ),
        ];
        for (label, tip, action) in steps {
            let button = ui
                .add_enabled(has_selection, egui::Button::new(label))
                .on_hover_text(tip);
            if button.clicked() {
                clicked = Some(action);
            }
        }
        ui.separator();
        if ui
            .button("Search")
            .on_hover_text("Search torrents by name (Ctrl+F)")
            .clicked()
        {
            clicked = Some(Action::ToggleSearch);
        }
        if ui
            .button("Settings")
            .on_hover_text("Open the settings (Ctrl+,)")
            .clicked()
        {
            clicked = Some(Action::Settings);
        }
    });
    clicked
}
