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
    let mut item = |ui: &mut Ui, label: String, action: MenuAction| {
        if ui.button(label).clicked() {
            chosen = Some(action);
        }
    };
    if editable {
        if t.is_paused() {
            item(ui, t!("menu-resume"), MenuAction::Resume);
        } else {
            item(ui, t!("menu-pause"), MenuAction::Pause);
        }
        item(ui, t!("menu-announce"), MenuAction::Announce);
        item(ui, t!("menu-recheck"), MenuAction::Recheck);
        if t.progress < 1.0 {
            item(ui, t!("menu-force-complete"), MenuAction::ForceComplete);
            item(ui, t!("menu-random-progress"), MenuAction::RandomProgress);
        }
        ui.separator();
        ui.menu_button(t!("menu-queue"), |ui| {
            for (label, to) in [
                (t!("menu-queue-top"), QueueMove::Top),
                (t!("menu-queue-up"), QueueMove::Up),
                (t!("menu-queue-down"), QueueMove::Down),
                (t!("menu-queue-bottom"), QueueMove::Bottom),
            ] {
                item(ui, label, MenuAction::Queue(to));
            }
        });
        ui.menu_button(t!("menu-speed-limits"), |ui| {
            item(
                ui,
                t!("menu-set-upload-limit"),
                MenuAction::SetLimit { upload: true },
            );
            item(
                ui,
                t!("menu-set-download-limit"),
                MenuAction::SetLimit { upload: false },
            );
            item(ui, t!("menu-reset-limits"), MenuAction::ResetLimits);
        });
        trackers_menu(ui, t, &mut item);
        item(ui, t!("menu-rename"), MenuAction::Rename);
        item(ui, t!("menu-label"), MenuAction::Label);
        ui.menu_button(t!("menu-pose-as"), |ui| {
            item(
                ui,
                t!("menu-default-client"),
                MenuAction::ClientProfile(None),
            );
            for (id, name) in &state.client_profiles {
                item(
                    ui,
                    name.clone(),
                    MenuAction::ClientProfile(Some(id.clone())),
                );
            }
        });
        ui.separator();
    }
    ui.menu_button(t!("menu-copy"), |ui| {
        item(ui, t!("menu-copy-name"), MenuAction::Copy(t.name.clone()));
        item(
            ui,
            t!("menu-copy-hash"),
            MenuAction::Copy(t.info_hash.clone()),
        );
        item(
            ui,
            t!("menu-copy-magnet"),
            MenuAction::Copy(t.magnet_link()),
        );
        if let Some(tracker) = t.trackers.first() {
            item(
                ui,
                t!("menu-copy-tracker"),
                MenuAction::Copy(tracker.url.clone()),
            );
        }
    });
    item(ui, t!("menu-properties"), MenuAction::Properties);
    if editable {
        ui.separator();
        item(ui, t!("menu-remove"), MenuAction::Remove);
        item(ui, t!("menu-remove-with-file"), MenuAction::RemoveWithFile);
    }
    chosen
}

fn trackers_menu(ui: &mut Ui, t: &TorrentView, item: &mut impl FnMut(&mut Ui, String, MenuAction)) {
    ui.menu_button(t!("menu-trackers"), |ui| {
        item(ui, t!("menu-add-tracker"), MenuAction::AddTracker);
        if t.trackers.is_empty() {
            return;
        }
        ui.menu_button(t!("menu-edit-tracker"), |ui| {
            for tr in &t.trackers {
                item(ui, tr.url.clone(), MenuAction::EditTracker(tr.url.clone()));
            }
        });
        ui.menu_button(t!("menu-remove-tracker"), |ui| {
            for tr in &t.trackers {
                item(
                    ui,
                    tr.url.clone(),
                    MenuAction::RemoveTracker(tr.url.clone()),
                );
            }
        });
    });
}
