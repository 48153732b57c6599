//! The right-click menu of a torrent row. It acts on the selection (the clicked row is
//! selected first, as in other clients); copying works in the read-only viewer too.

use crate::state::{AppState, TorrentView};
use egui::Ui;

#[derive(Clone, Debug, PartialEq)]
pub enum MenuAction {
    Pause,
    Resume,
    Announce,
    ForceComplete,
    Remove,
    /// Pose as this client profile (`None` = the app's default).
    ClientProfile(Option<String>),
    Copy(String),
}

/// Draws the menu for `t`; returns what was chosen.
pub fn show(ui: &mut Ui, t: &TorrentView, state: &AppState, editable: bool) -> Option<MenuAction> {
    let mut chosen = None;
    let mut item = |ui: &mut Ui, label: &str, action: MenuAction| {
        if ui.button(label).clicked() {
            chosen = Some(action);
        }
    };
    if editable {
        item(ui, "Pause", MenuAction::Pause);
        item(ui, "Resume", MenuAction::Resume);
        item(ui, "Announce now", MenuAction::Announce);
        if t.progress < 1.0 {
            item(ui, "Force complete", MenuAction::ForceComplete);
        }
        ui.menu_button("Pose as", |ui| {
            item(ui, "The default client", MenuAction::ClientProfile(None));
            for (id, name) in &state.client_profiles {
                item(ui, name, MenuAction::ClientProfile(Some(id.clone())));
            }
        });
        ui.separator();
    }
    ui.menu_button("Copy", |ui| {
        item(ui, "Name", MenuAction::Copy(t.name.clone()));
        item(ui, "Info-hash", MenuAction::Copy(t.info_hash.clone()));
        item(ui, "Magnet link", MenuAction::Copy(t.magnet.clone()));
        if let Some(tracker) = t.trackers.first() {
            item(ui, "Tracker URL", MenuAction::Copy(tracker.url.clone()));
        }
    });
    if editable {
        ui.separator();
        item(ui, "Remove…", MenuAction::Remove);
    }
    chosen
}
