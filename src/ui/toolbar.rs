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
            .button(t!("toolbar-add"))
            .on_hover_text(t!("toolbar-add-tip"))
            .clicked()
        {
            clicked = Some(Action::Add);
        }
        let selection_buttons = [
            (
                t!("toolbar-remove"),
                t!("toolbar-remove-tip"),
                Action::Remove,
            ),
            (t!("toolbar-pause"), t!("toolbar-pause-tip"), Action::Pause),
            (
                t!("toolbar-resume"),
                t!("toolbar-resume-tip"),
                Action::Resume,
            ),
            (
                t!("toolbar-announce"),
                t!("toolbar-announce-tip"),
                Action::Announce,
            ),
            (
                t!("toolbar-queue-up"),
                t!("toolbar-queue-up-tip"),
                Action::Queue(QueueMove::Up),
            ),
            (
                t!("toolbar-queue-down"),
                t!("toolbar-queue-down-tip"),
                Action::Queue(QueueMove::Down),
            ),
        ];
        for (label, tip, action) in selection_buttons {
            let response = ui
                .add_enabled(has_selection, egui::Button::new(label))
                .on_hover_text(tip)
                .on_disabled_hover_text(t!("toolbar-select-first"));
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
            (
                t!("toolbar-pause-all"),
                t!("toolbar-pause-all-tip"),
                Action::PauseAll,
            ),
            (
                t!("toolbar-resume-all"),
                t!("toolbar-resume-all-tip"),
                Action::ResumeAll,
            ),
        ] {
            if ui.button(label).on_hover_text(tip).clicked() {
                clicked = Some(action);
            }
        }
        ui.separator();
        let steps = [
            (
                t!("toolbar-up-double"),
                t!("toolbar-up-double-tip"),
                Action::Scale(2.0, 1.0),
            ),
            (
                t!("toolbar-up-half"),
                t!("toolbar-up-half-tip"),
                Action::Scale(0.5, 1.0),
            ),
            (
                t!("toolbar-down-double"),
                t!("toolbar-down-double-tip"),
                Action::Scale(1.0, 2.0),
            ),
            (
                t!("toolbar-down-half"),
                t!("toolbar-down-half-tip"),
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
            .button(t!("toolbar-search"))
            .on_hover_text(t!("toolbar-search-tip"))
            .clicked()
        {
            clicked = Some(Action::ToggleSearch);
        }
        if ui
            .button(t!("toolbar-settings"))
            .on_hover_text(t!("toolbar-settings-tip"))
            .clicked()
        {
            clicked = Some(Action::Settings);
        }
    });
    clicked
}
