//! The Dashboard view: the global rates over time, totals, ratio and counts at a glance.

use super::graph::{self, Series};
use crate::format;
use crate::state::{AppState, TorrentStatus};
use egui::Ui;

pub fn show(ui: &mut Ui, state: &AppState) {
    let stats = &state.stats;
    let mut counts = [0usize; 4];
    for t in &state.torrents {
        let i = match t.status {
            TorrentStatus::Downloading => 0,
            TorrentStatus::Seeding => 1,
            TorrentStatus::Paused => 2,
            _ => 3,
        };
        counts[i] += 1;
    }
    let ratio = if stats.total_downloaded > 0 {
        stats.total_uploaded as f64 / stats.total_downloaded as f64
    } else {
        0.0
    };
    ui.horizontal_wrapped(|ui| {
        tile(ui, t!("dash-upload"), format::rate(stats.upload_rate));
        tile(ui, t!("dash-download"), format::rate(stats.download_rate));
        tile(ui, t!("dash-uploaded"), format::bytes(stats.total_uploaded));
        tile(
            ui,
            t!("dash-downloaded"),
            format::bytes(stats.total_downloaded),
        );
        tile(ui, t!("dash-ratio"), format::ratio(ratio));
        tile(ui, t!("dash-torrents"), state.torrents.len().to_string());
        tile(ui, t!("dash-downloading"), counts[0].to_string());
        tile(ui, t!("dash-seeding"), counts[1].to_string());
        tile(ui, t!("dash-paused"), counts[2].to_string());
        tile(ui, t!("dash-checking-error"), counts[3].to_string());
        let active = stats.history.back().map_or(0, |s| s.active);
        tile(ui, t!("dash-active"), active.to_string());
        tile(
            ui,
            t!("dash-peers"),
            format!("{} / {}", stats.connections, stats.max_connections),
        );
    });
    ui.separator();
    let pick = |name: String, f: fn(&crate::state::StatsSample) -> f64| Series {
        name,
        points: stats.history.iter().map(|s| (s.at_ms, f(s))).collect(),
    };
    let height = ui.available_height().max(160.0);
    graph::lines(
        ui,
        "dashboard_rates",
        height,
        &[
            pick(t!("dash-upload"), |s| s.upload_rate),
            pick(t!("dash-download"), |s| s.download_rate),
        ],
        graph::rate_unit,
    );
}

/// A framed figure with its caption.
pub fn tile(ui: &mut Ui, caption: String, value: String) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_min_width(110.0);
        ui.vertical(|ui| {
            ui.weak(caption);
            ui.heading(value);
        });
    });
}
