//! The Incoming tab: peers connected to our listening port for this torrent.

use crate::format;
use crate::state::{IncomingPeer, PeerState, TorrentView};
use egui::Ui;
use egui_extras::{Column, TableBuilder};

const HEADERS: [&str; 6] = [
    "Address",
    "Client",
    "State",
    "Since",
    "Messages in / out",
    "Last message",
];

pub fn show(ui: &mut Ui, torrent: &TorrentView, incoming: &[IncomingPeer], now_ms: u64) {
    let mine: Vec<&IncomingPeer> = incoming
        .iter()
        .filter(|p| p.info_hash.as_deref() == Some(torrent.info_hash.as_str()))
        .collect();
    if mine.is_empty() {
        ui.weak("No peer is connected to this torrent. Peers find us through the trackers we announce to.");
        return;
    }
    TableBuilder::new(ui)
        .id_salt("incoming")
        .striped(true)
        .columns(Column::auto().resizable(true), HEADERS.len())
        .header(20.0, |mut header| {
            for h in HEADERS {
                header.col(|ui| {
                    ui.strong(h);
                });
            }
        })
        .body(|body| {
            body.rows(18.0, mine.len(), |mut row| {
                let Some(p) = mine.get(row.index()) else {
                    return;
                };
                let state = match p.state {
                    PeerState::Handshaking => "Handshaking",
                    PeerState::Connected => "Connected",
                };
                let since = format!(
                    "{} ago",
                    format::duration(now_ms.saturating_sub(p.since_ms) / 1000)
                );
                let counts = format!("{} / {}", p.messages_in, p.messages_out);
                for text in [
                    p.address.as_str(),
                    p.client.as_str(),
                    state,
                    &since,
                    &counts,
                    &p.last_message,
                ] {
                    row.col(|ui| {
                        ui.label(text);
                    });
                }
            });
        });
}
