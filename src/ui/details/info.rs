//! The Details tab (everything the .torrent says) and the Status tab (live figures): two-column
//! grids of label and value.

use crate::format;
use crate::state::{AppState, StatsSample, TorrentView, TrackerStatus};
use crate::ui::cells::{self, NONE};
use crate::ui::graph::{self, Series};
use egui::Ui;
use std::collections::VecDeque;

pub fn details(ui: &mut Ui, t: &TorrentView) {
    let date = |secs: Option<i64>| secs.map_or(NONE.to_string(), format::datetime);
    let ms_date = |ms: Option<u64>| date(ms.map(|ms| (ms / 1000) as i64));
    let rows = [
        (t!("info-name"), t.name.clone()),
        (t!("info-hash"), t.info_hash.clone()),
        (
            t!("info-total-size"),
            t!(
                "info-bytes",
                size = format::bytes(t.total_size),
                bytes = t.total_size
            ),
        ),
        (
            t!("info-pieces"),
            format!("{} × {}", t.piece_count, format::bytes(t.piece_length)),
        ),
        (t!("info-files"), t.files.len().to_string()),
        (
            t!("info-private"),
            if t.private {
                t!("cell-yes")
            } else {
                t!("cell-no")
            }
            .to_string(),
        ),
        (
            t!("info-created-by"),
            t.created_by.clone().unwrap_or_else(|| NONE.to_string()),
        ),
        (t!("info-created-on"), date(t.creation_date)),
        (
            t!("info-comment"),
            t.comment.clone().unwrap_or_else(|| NONE.to_string()),
        ),
        (t!("info-added-on"), ms_date(Some(t.added_at_ms))),
        (t!("info-completed-on"), ms_date(t.completed_at_ms)),
    ];
    grid(ui, "details_grid", &rows);
}

pub fn status(ui: &mut Ui, t: &TorrentView, state: &AppState) {
    let working = t
        .trackers
        .iter()
        .filter(|v| v.status == TrackerStatus::Working)
        .count();
    let rows = [
        (t!("info-status"), cells::status(&t.status)),
        (t!("info-progress"), cells::percent(t.progress)),
        (
            t!("info-rates"),
            format!(
                "{} / {}",
                format::rate(t.upload_rate),
                format::rate(t.download_rate)
            ),
        ),
        (
            t!("info-set-speeds"),
            format!("{} / {} KiB/s", t.upload_speed_kib, t.download_speed_kib),
        ),
        (
            t!("info-uploaded"),
            format!(
                "{} / {}",
                format::bytes(t.session_uploaded),
                format::bytes(t.total_uploaded)
            ),
        ),
        (
            t!("info-downloaded"),
            format!(
                "{} / {}",
                format::bytes(t.session_downloaded),
                format::bytes(t.total_downloaded)
            ),
        ),
        (t!("info-ratio"), format::ratio(t.ratio())),
        (t!("info-uploading-from"), format!("{} %", t.threshold)),
        (t!("info-seed-time"), format::duration(t.seed_time_secs)),
        (
            t!("info-swarm"),
            format!("{} / {}", cells::count(t.seeders), cells::count(t.leechers)),
        ),
        (
            t!("info-trackers-working"),
            t!("info-working", working = working, total = t.trackers.len()),
        ),
        (
            t!("info-next-announce"),
            cells::countdown(t.next_announce_ms, state.now_ms),
        ),
        (
            t!("info-eta"),
            format!(
                "{} / {}",
                t.eta_secs(true).map_or(NONE.to_string(), format::duration),
                t.eta_secs(false).map_or(NONE.to_string(), format::duration)
            ),
        ),
    ];
    ui.columns(2, |cols| {
        grid(&mut cols[0], "status_grid", &rows);
        speed_graph(&mut cols[1], t, &state.stats.history);
    });
}

/// The torrent's recent upload and download rates.
fn speed_graph(ui: &mut Ui, t: &TorrentView, times: &VecDeque<StatsSample>) {
    if t.rate_history.is_empty() {
        ui.weak(t!("info-graph-empty"));
        return;
    }
    let series = |name: String, pick: fn(&(u64, u32, u32)) -> u32| Series {
        name,
        points: t
            .rate_points(times)
            .map(|s| (s.0, f64::from(pick(&s))))
            .collect(),
    };
    let height = ui.available_height().max(120.0);
    graph::lines(
        ui,
        "torrent_speed",
        height,
        &[
            series(t!("graph-upload"), |s| s.1),
            series(t!("graph-download"), |s| s.2),
        ],
        graph::rate_unit,
    );
}

fn grid(ui: &mut Ui, id: &str, rows: &[(String, String)]) {
    egui::ScrollArea::vertical().id_salt(id).show(ui, |ui| {
        egui::Grid::new(id)
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                for (label, value) in rows {
                    ui.strong(label);
                    ui.label(value);
                    ui.end_row();
                }
            });
    });
}
