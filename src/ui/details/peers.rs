//! The Peers tab: the peers the trackers returned, with clients decoded from their peer_ids.

use crate::state::TorrentView;
use crate::ui::cells::NONE;
use egui::Ui;
use egui_extras::{Column, TableBuilder};

pub fn show(ui: &mut Ui, torrent: &TorrentView) {
    if torrent.peers.is_empty() {
        ui.weak("No peers yet: they appear when a tracker answers an announce with some.");
        return;
    }
    TableBuilder::new(ui)
        .id_salt("peers")
        .striped(true)
        .columns(Column::auto().resizable(true), 3)
        .header(20.0, |mut header| {
            for h in ["Address", "Client", "From tracker"] {
                header.col(|ui| {
                    ui.strong(h);
                });
            }
        })
        .body(|body| {
            body.rows(18.0, torrent.peers.len(), |mut row| {
                let Some(p) = torrent.peers.get(row.index()) else {
                    return;
                };
                for text in [
                    p.address.as_str(),
                    p.client.as_deref().unwrap_or(NONE),
                    p.tracker.as_str(),
                ] {
                    row.col(|ui| {
                        ui.label(text);
                    });
                }
            });
        });
}
