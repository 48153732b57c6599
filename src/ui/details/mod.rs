//! The details pane for the one selected torrent. Tabs are added as their content exists.

mod files;
mod incoming;
mod info;
mod log;
mod options;
mod peers;
mod trackers;

use super::CommandSink;
use crate::state::{AppState, TorrentView};
use egui::Ui;
use egui_extras::{Column, TableBuilder};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Tab {
    #[default]
    Details,
    Status,
    Options,
    Files,
    Peers,
    Incoming,
    Trackers,
    Log,
}

impl Tab {
    /// In the old app's order (its Outgoing tab comes with outgoing connections).
    pub const ALL: [Tab; 8] = [
        Tab::Details,
        Tab::Status,
        Tab::Options,
        Tab::Files,
        Tab::Peers,
        Tab::Incoming,
        Tab::Trackers,
        Tab::Log,
    ];

    pub fn label(self) -> String {
        match self {
            Tab::Details => t!("tab-details"),
            Tab::Status => t!("tab-status"),
            Tab::Options => t!("tab-options"),
            Tab::Files => t!("tab-files"),
            Tab::Log => t!("tab-log"),
            Tab::Trackers => t!("tab-trackers"),
            Tab::Peers => t!("tab-peers"),
            Tab::Incoming => t!("tab-incoming"),
        }
    }
}

/// Draws the pane; `selected` is the selection's info-hashes.
pub fn show(
    ui: &mut Ui,
    tab: &mut Tab,
    state: &AppState,
    selected: &[String],
    sink: Option<&CommandSink>,
) {
    ui.horizontal(|ui| {
        for t in Tab::ALL {
            ui.selectable_value(tab, t, t.label());
        }
    });
    ui.separator();
    let torrent: Option<&TorrentView> = match selected {
        [one] => state.torrent(one),
        _ => None,
    };
    let Some(torrent) = torrent else {
        let hint = if selected.is_empty() {
            t!("details-select")
        } else {
            t!("details-several")
        };
        ui.centered_and_justified(|ui| ui.weak(hint));
        return;
    };
    match tab {
        Tab::Details => info::details(ui, torrent),
        Tab::Status => info::status(ui, torrent, state),
        Tab::Options => options::show(ui, torrent, state, sink),
        Tab::Files => files::show(ui, &torrent.files),
        Tab::Log => log::show(
            ui,
            &torrent.info_hash,
            &state.log.iter().collect::<Vec<_>>(),
        ),
        Tab::Trackers => trackers::show(ui, torrent, state, sink),
        Tab::Peers => peers::show(ui, torrent),
        Tab::Incoming => incoming::show(ui, torrent, &state.incoming, state.now_ms),
    }
}

/// A striped table of text cells with resizable columns; only visible rows are built.
fn text_table(
    ui: &mut Ui,
    id: &str,
    headers: &[String],
    rows: usize,
    cells: impl Fn(usize) -> Vec<String>,
) {
    TableBuilder::new(ui)
        .id_salt(id)
        .striped(true)
        .columns(Column::auto().resizable(true), headers.len())
        .header(20.0, |mut header| {
            for h in headers {
                header.col(|ui| {
                    ui.strong(h.as_str());
                });
            }
        })
        .body(|body| {
            body.rows(18.0, rows, |mut row| {
                for text in cells(row.index()) {
                    row.col(|ui| {
                        ui.label(text);
                    });
                }
            });
        });
}
