//! The right-click menu of a torrent row. It acts on the selection (the clicked row is
//! selected first, as in other clients); copying works in the read-only viewer too.

use crate::state::{AppState, QueueMove, TorrentView};
use egui::Ui;

#[derive(Clone, Debug, PartialEq)]
pub enum MenuAction {
    Pause,
    Resume,
    Announce,
    Recheck,
    ForceComplete,
    RandomProgress,
    Queue(QueueMove),
    /// Ask for the upload (`true`) or download cap.
    SetLimit {
        upload: bool,
    },
    ResetLimits,
    AddTracker,
    EditTracker(String),
    RemoveTracker(String),
    Rename,
    Label,
    /// Pose as this client profile (`None` = the app's default).
    ClientProfile(Option<String>),
    Remove,
    /// Remove and delete the copied .torrent (the confirmation opens with it ticked).
    RemoveWithFile,
    /// Show the Details tab of this torrent.
    Properties,
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
        if t.is_paused() {
            item(ui, "Resume", MenuAction::Resume);
        } else {
            item(ui, "Pause", MenuAction::Pause);
        }
        item(ui, "Announce now", MenuAction::Announce);
        item(ui, "Force recheck", MenuAction::Recheck);
        if t.progress < 1.0 {
            item(ui, "Force complete", MenuAction::ForceComplete);
            item(ui, "Set random progress", MenuAction::RandomProgress);
        }
        ui.separator();
        ui.menu_button("Queue", |ui| {
            for (label, to) in [
                ("Move to top", QueueMove::Top),
                ("Move up", QueueMove::Up),
                ("Move down", QueueMove::Down),
                ("Move to bottom", QueueMove::Bottom),
            ] {
                item(ui, label, MenuAction::Queue(to));
            }
        });
        ui.menu_button("Speed limits", |ui| {
            item(
                ui,
                "Set upload limit…",
                MenuAction::SetLimit { upload: true },
            );
            item(
                ui,
                "Set download limit…",
                MenuAction::SetLimit { upload: false },
            );
            item(ui, "Reset to no limit", MenuAction::ResetLimits);
        });
        trackers_menu(ui, t, &mut item);
        item(ui, "Rename…", MenuAction::Rename);
        item(ui, "Set label…", MenuAction::Label);
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
    item(ui, "Properties", MenuAction::Properties);
    if editable {
        ui.separator();
        item(ui, "Remove…", MenuAction::Remove);
        item(ui, "Remove with .torrent copy…", MenuAction::RemoveWithFile);
    }
    chosen
}

fn trackers_menu(ui: &mut Ui, t: &TorrentView, item: &mut impl FnMut(&mut Ui, &str, MenuAction)) {
    ui.menu_button("Trackers", |ui| {
        item(ui, "Add tracker…", MenuAction::AddTracker);
        if t.trackers.is_empty() {
            return;
        }
        ui.menu_button("Edit", |ui| {
            for tr in &t.trackers {
                item(ui, &tr.url, MenuAction::EditTracker(tr.url.clone()));
            }
        });
        ui.menu_button("Remove", |ui| {
            for tr in &t.trackers {
                item(ui, &tr.url, MenuAction::RemoveTracker(tr.url.clone()));
            }
        });
    });
}
