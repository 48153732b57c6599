//! The toolbar: Add, Remove, Pause, Resume (only when the UI may change things).

use super::actions::Action;
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
    clicked
}
