//! The Details tab (everything the .torrent says) and the Status tab (live figures): two-column
//! grids of label and value.

use crate::format;
use crate::state::{TorrentView, TrackerStatus};
use crate::ui::cells::{self, NONE};
use crate::ui::graph::{self, Series};
use egui::Ui;

pub fn details(ui: &mut Ui, t: &TorrentView) {
    let date = |secs: Option<i64>| secs.map_or(NONE.to_string(), format::datetime);
    let ms_date = |ms: Option<u64>| date(ms.map(|ms| (ms / 1000) as i64));
    let rows = [
        ("Name", t.name.clone()),
        ("Info-hash", t.info_hash.clone()),
        (
            "Total size",
            format!("{} ({} bytes)", format::bytes(t.total_size), t.total_size),
        ),
        (
            "Pieces",
            format!("{} × {}", t.piece_count, format::bytes(t.piece_length)),
        ),
        ("Files", t.files.len().to_string()),
        ("Private", if t.private { "yes" } else { "no" }.to_string()),
        (
            "Created by",
            t.created_by.clone().unwrap_or_else(|| NONE.to_string()),
        ),
        ("Created on", date(t.creation_date)),
        (
            "Comment",
            t.comment.clone().unwrap_or_else(|| NONE.to_string()),
        ),
        ("Added on", ms_date(Some(t.added_at_ms))),
        ("Completed on", ms_date(t.completed_at_ms)),
    ];
    grid(ui, "details_grid", &rows);
}

pub fn status(ui: &mut Ui, t: &TorrentView, now_ms: u64) {
    let working = t
        .trackers
        .iter()
        .filter(|v| v.status == TrackerStatus::Working)
        .count();
    let rows = [
        ("Status", cells::status(&t.status)),
        ("Progress", cells::percent(t.progress)),
        (
            "Upload / download rate",
            format!(
                "{} / {}",
                format::rate(t.upload_rate),
                format::rate(t.download_rate)
            ),
        ),
        (
            "Set speeds",
            format!("{} / {} KiB/s", t.upload_speed_kib, t.download_speed_kib),
        ),
        (
            "Uploaded (session / total)",
            format!(
                "{} / {}",
                format::bytes(t.session_uploaded),
                format::bytes(t.total_uploaded)
            ),
        ),
        (
            "Downloaded (session / total)",
            format!(
                "{} / {}",
                format::bytes(t.session_downloaded),
                format::bytes(t.total_downloaded)
            ),
        ),
        ("Ratio", format::ratio(t.ratio())),
        ("Uploading from", format!("{} %", t.threshold)),
        ("Seed time", format::duration(t.seed_time_secs)),
        (
            "Seeds / peers",
            format!("{} / {}", cells::count(t.seeders), cells::count(t.leechers)),
        ),
        (
            "Trackers working",
            format!("{working} of {}", t.trackers.len()),
        ),
        (
            "Next announce",
            cells::countdown(t.next_announce_ms, now_ms),
        ),
        (
            "ETA to threshold / completion",
            format!(
                "{} / {}",
                t.eta_secs(true).map_or(NONE.to_string(), format::duration),
                t.eta_secs(false).map_or(NONE.to_string(), format::duration)
            ),
        ),
    ];
    ui.columns(2, |cols| {
        grid(&mut cols[0], "status_grid", &rows);
        speed_graph(&mut cols[1], t);
    });
}

/// The torrent's recent upload and download rates.
fn speed_graph(ui: &mut Ui, t: &TorrentView) {
    if t.rate_history.is_empty() {
        ui.weak("The speed graph fills while the torrent runs.");
        return;
    }
    let series = |name, pick: fn(&(u64, u32, u32)) -> u32| Series {
        name,
        points: t
            .rate_history
            .iter()
            .map(|s| (s.0, f64::from(pick(s))))
            .collect(),
    };
    let height = ui.available_height().max(120.0);
    graph::lines(
        ui,
        "torrent_speed",
        height,
        &[series("Upload", |s| s.1), series("Download", |s| s.2)],
        graph::rate_unit,
    );
}

fn grid(ui: &mut Ui, id: &str, rows: &[(&str, String)]) {
    egui::ScrollArea::vertical().id_salt(id).show(ui, |ui| {
        egui::Grid::new(id)
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                for (label, value) in rows {
                    ui.strong(*label);
                    ui.label(value);
                    ui.end_row();
                }
            });
    });
}
