//! The Options tab: the selected torrent's own settings, each editor sending its command.

use crate::state::{AppState, Command, TorrentView};
use crate::ui::CommandSink;
use crate::ui::edit::{self, EDITABLE};
use egui::{Id, Ui};

pub fn show(ui: &mut Ui, t: &TorrentView, _state: &AppState, sink: Option<&CommandSink>) {
    let Some(sink) = sink else {
        ui.weak(t!("options-read-only"));
        return;
    };
    let hashes = || vec![t.info_hash.clone()];
    egui::Grid::new("options_grid")
        .num_columns(2)
        .striped(true)
        .show(ui, |ui| {
            let title = ui.strong(t!("options-running"));
            let mut running = !t.is_paused();
            if ui
                .checkbox(&mut running, "")
                .labelled_by(title.id)
                .changed()
            {
                sink(if running {
                    Command::Resume(hashes())
                } else {
                    Command::Pause(hashes())
                });
            }
            ui.end_row();
            for column in EDITABLE {
                ui.strong(column.title());
                if let Some(change) = edit::editor(ui, column, t) {
                    sink(change.command(hashes()));
                }
                ui.end_row();
            }
            let rename = |name| Command::Rename {
                info_hash: t.info_hash.clone(),
                name,
            };
            if let Some(c) = text_option(ui, "name", t, &t.name, rename) {
                sink(c);
            }
            let label = |label| Command::SetLabel {
                info_hashes: hashes(),
                label,
            };
            if let Some(c) = text_option(ui, "label", t, &t.label, label) {
                sink(c);
            }
        });
}

/// A text field with an Apply button; the draft lives in egui's memory per torrent, so
/// selecting another torrent starts from its value.
fn text_option(
    ui: &mut Ui,
    which: &str,
    t: &TorrentView,
    value: &str,
    make: impl FnOnce(String) -> Command,
) -> Option<Command> {
    let (title, apply) = if which == "name" {
        (t!("options-name"), t!("options-apply-name"))
    } else {
        (t!("options-label"), t!("options-apply-label"))
    };
    let title_id = ui.strong(title).id;
    let id = Id::unique(("option_draft", which, &t.info_hash));
    let mut draft = ui
        .data_mut(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| value.to_string());
    let mut out = None;
    ui.horizontal(|ui| {
        let field = ui
            .add(egui::TextEdit::singleline(&mut draft).desired_width(240.0))
            .labelled_by(title_id);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let changed = draft != value;
        if ui.add_enabled(changed, egui::Button::new(apply)).clicked() || (enter && changed) {
            out = Some(make(draft.clone()));
        }
    });
    ui.end_row();
    ui.data_mut(|d| {
        if out.is_some() || draft == value {
            d.remove::<String>(id);
        } else {
            d.insert_temp(id, draft);
        }
    });
    out
}
