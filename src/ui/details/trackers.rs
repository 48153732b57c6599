//! The Trackers tab: every tracker of the torrent with its live state, and the torrent's
//! announce interval.

use crate::format;
use crate::state::{AppState, Command, TorrentView, TrackerStatus, TrackerView};
use crate::ui::CommandSink;
use crate::ui::cells::{self, NONE};
use egui::Ui;

fn headers() -> [String; 11] {
    [
        t!("trackers-tier"),
        t!("trackers-url"),
        t!("trackers-status"),
        t!("trackers-seeds"),
        t!("trackers-leechers"),
        t!("trackers-downloaded"),
        t!("trackers-peers"),
        t!("trackers-last"),
        t!("trackers-next"),
        t!("trackers-interval"),
        t!("trackers-message"),
    ]
}

pub fn show(ui: &mut Ui, torrent: &TorrentView, state: &AppState, sink: Option<&CommandSink>) {
    let now_ms = state.now_ms;
    if let Some(sink) = sink {
        client_picker(ui, torrent, state, sink);
        interval_editor(ui, torrent, sink);
    }
    if torrent.trackers.is_empty() {
        ui.weak(t!("trackers-none"));
        return;
    }
    super::text_table(ui, "trackers", &headers(), torrent.trackers.len(), |i| {
        torrent
            .trackers
            .get(i)
            .map(|v| row_texts(v, now_ms).to_vec())
            .unwrap_or_default()
    });
}

fn row_texts(v: &TrackerView, now_ms: u64) -> [String; 11] {
    let message = match &v.status {
        TrackerStatus::Error(why) => why.clone(),
        _ => v.warning.clone().unwrap_or_default(),
    };
    [
        (v.tier + 1).to_string(),
        v.url.clone(),
        status_text(&v.status).to_string(),
        cells::count(v.seeders),
        cells::count(v.leechers),
        cells::count(v.downloaded),
        v.peers_received.to_string(),
        v.last_announce_ms.map_or(NONE.to_string(), |at| {
            t!(
                "trackers-ago",
                time = format::duration(now_ms.saturating_sub(at) / 1000)
            )
        }),
        v.next_announce_ms.map_or(NONE.to_string(), |at| {
            t!(
                "trackers-in",
                time = format::duration(at.saturating_sub(now_ms) / 1000)
            )
        }),
        v.interval_secs
            .map_or(NONE.to_string(), |s| format::duration(u64::from(s))),
        message,
    ]
}

fn status_text(status: &TrackerStatus) -> String {
    match status {
        TrackerStatus::NotContacted => t!("tracker-not-contacted"),
        TrackerStatus::Updating => t!("tracker-updating"),
        TrackerStatus::Working => t!("tracker-working"),
        TrackerStatus::Error(_) => t!("tracker-error"),
        TrackerStatus::Standby => t!("tracker-standby"),
    }
}

/// Which client the torrent poses as: the app's default or any known profile. Changing it
/// says `stopped` as the old client and `started` as the new one.
fn client_picker(ui: &mut Ui, torrent: &TorrentView, state: &AppState, sink: &CommandSink) {
    if state.client_profiles.is_empty() {
        return;
    }
    let name_of = |id: &str| {
        state
            .client_profiles
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, n)| n.clone())
    };
    let default = t!(
        "trackers-default-client",
        name = name_of(&state.default_client_profile).unwrap_or_default()
    );
    let shown = torrent
        .client_profile
        .as_deref()
        .and_then(name_of)
        .unwrap_or_else(|| default.clone());
    let mut chosen = torrent.client_profile.clone();
    ui.horizontal(|ui| {
        egui::ComboBox::from_label(t!("trackers-poses-as"))
            .selected_text(shown)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, None, default);
                for (id, name) in &state.client_profiles {
                    ui.selectable_value(&mut chosen, Some(id.clone()), name);
                }
            });
    });
    if chosen != torrent.client_profile {
        sink(Command::SetClientProfile {
            info_hashes: vec![torrent.info_hash.clone()],
            profile: chosen,
        });
    }
}

/// "Tracker's interval" or a number of seconds of the user's.
fn interval_editor(ui: &mut Ui, torrent: &TorrentView, sink: &CommandSink) {
    let floor = torrent
        .trackers
        .iter()
        .filter_map(|t| t.min_interval_secs)
        .max();
    ui.horizontal(|ui| {
        ui.label(t!("trackers-interval-label"));
        let mut own = torrent.announce_interval_secs.is_some();
        if ui.checkbox(&mut own, t!("trackers-own")).changed() {
            let secs = own.then_some(
                torrent
                    .trackers
                    .iter()
                    .filter_map(|t| t.interval_secs)
                    .max()
                    .unwrap_or(1800),
            );
            sink(Command::SetAnnounceInterval {
                info_hashes: vec![torrent.info_hash.clone()],
                secs,
            });
        }
        if let Some(mut secs) = torrent.announce_interval_secs {
            let drag = ui.add(
                egui::DragValue::new(&mut secs)
                    .range(60..=86_400)
                    .suffix(" s"),
            );
            if drag.changed() {
                sink(Command::SetAnnounceInterval {
                    info_hashes: vec![torrent.info_hash.clone()],
                    secs: Some(secs),
                });
            }
        } else {
            ui.weak(t!("trackers-theirs"));
        }
        let note = match floor {
            Some(min) => t!("trackers-floor", secs = min),
            None => t!("trackers-floor-unknown"),
        };
        ui.weak(note);
    });
}
