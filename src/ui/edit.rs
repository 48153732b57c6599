//! Per-torrent editors shared by the table's selected row and the Options tab: one widget per
//! editable figure, one command per change.

use super::columns::Column;
use crate::state::{Command, TorrentView};
use egui::{DragValue, Ui};

/// A change to one per-torrent figure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Edit {
    UpSpeed(u32),
    DownSpeed(u32),
    UpLimit(u32),
    DownLimit(u32),
    Threshold(u8),
    /// `None` = follow the tracker's interval.
    Interval(Option<u32>),
}

/// The columns that have an editor.
pub const EDITABLE: [Column; 6] = [
    Column::SetUpSpeed,
    Column::SetDownSpeed,
    Column::UpLimit,
    Column::DownLimit,
    Column::Threshold,
    Column::Interval,
];

impl Edit {
    /// The command that makes the change on `info_hashes`.
    pub fn command(self, info_hashes: Vec<String>) -> Command {
        match self {
            Edit::UpSpeed(kib) => speeds(info_hashes, Some(kib), None),
            Edit::DownSpeed(kib) => speeds(info_hashes, None, Some(kib)),
            Edit::UpLimit(kib) => limits(info_hashes, Some(kib), None),
            Edit::DownLimit(kib) => limits(info_hashes, None, Some(kib)),
            Edit::Threshold(percent) => Command::SetThreshold {
                info_hashes,
                percent,
            },
            Edit::Interval(secs) => Command::SetAnnounceInterval { info_hashes, secs },
        }
    }
}

fn speeds(info_hashes: Vec<String>, upload_kib: Option<u32>, download_kib: Option<u32>) -> Command {
    Command::SetSpeeds {
        info_hashes,
        upload_kib,
        download_kib,
    }
}

fn limits(info_hashes: Vec<String>, upload_kib: Option<u32>, download_kib: Option<u32>) -> Command {
    Command::SetLimits {
        info_hashes,
        upload_kib,
        download_kib,
    }
}

/// The editor of `column` for `t`, if the column has one; returns the change made.
pub fn editor(ui: &mut Ui, column: Column, t: &TorrentView) -> Option<Edit> {
    let kib = |ui: &mut Ui, value: u32, zero: String, make: fn(u32) -> Edit| {
        let mut v = value;
        let drag = DragValue::new(&mut v)
            .range(0..=10_000_000)
            .custom_formatter(move |n, _| {
                if n == 0.0 && !zero.is_empty() {
                    zero.to_string()
                } else {
                    format!("{n} KiB/s")
                }
            });
        let changed = named(ui.add(drag), column).changed();
        (changed && v != value).then(|| make(v))
    };
    match column {
        Column::SetUpSpeed => kib(ui, t.upload_speed_kib, String::new(), Edit::UpSpeed),
        Column::SetDownSpeed => kib(ui, t.download_speed_kib, String::new(), Edit::DownSpeed),
        Column::UpLimit => kib(ui, t.upload_limit_kib, t!("cell-none"), Edit::UpLimit),
        Column::DownLimit => kib(ui, t.download_limit_kib, t!("cell-none"), Edit::DownLimit),
        Column::Threshold => {
            let mut v = t.threshold;
            let drag = DragValue::new(&mut v).range(0..=100).suffix(" %");
            let changed = named(ui.add(drag), column).changed();
            (changed && v != t.threshold).then_some(Edit::Threshold(v))
        }
        Column::Interval => {
            let mut v = t.announce_interval_secs.unwrap_or(0);
            let drag = DragValue::new(&mut v)
                .range(0..=86_400)
                .custom_formatter(|n, _| {
                    if n == 0.0 {
                        t!("cell-trackers-interval")
                    } else {
                        format!("{n} s")
                    }
                });
            let changed = named(ui.add(drag), column).changed();
            let new = (v > 0).then_some(v);
            (changed && new != t.announce_interval_secs).then_some(Edit::Interval(new))
        }
        _ => None,
    }
}

/// Gives the editor the column's title as its accessible name, and a tooltip.
fn named(response: egui::Response, column: Column) -> egui::Response {
    response
        .ctx
        .accesskit_node_builder(response.id, |node| node.set_label(column.title()));
    response.on_hover_text(column_hint(column))
}

fn column_hint(column: Column) -> String {
    match column {
        Column::SetUpSpeed => t!("edit-up-speed-tip"),
        Column::SetDownSpeed => t!("edit-down-speed-tip"),
        Column::UpLimit => t!("edit-up-limit-tip"),
        Column::DownLimit => t!("edit-down-limit-tip"),
        Column::Threshold => t!("edit-threshold-tip"),
        Column::Interval => {
            t!("edit-interval-tip")
        }
        _ => String::new(),
    }
}
