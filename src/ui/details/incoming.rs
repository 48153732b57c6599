//! The Incoming tab: peers connected to our listening port for this torrent.

use crate::format;
use crate::state::{IncomingPeer, PeerState, TorrentView};
use egui::Ui;

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
    super::text_table(ui, "incoming", &HEADERS, mine.len(), |i| {
        let Some(p) = mine.get(i) else {
            return Vec::new();
        };
        let state = match p.state {
            PeerState::Handshaking => "Handshaking",
            PeerState::Connected => "Connected",
        };
        vec![
            p.address.clone(),
            p.client.clone(),
            state.to_string(),
            format!(
                "{} ago",
                format::duration(now_ms.saturating_sub(p.since_ms) / 1000)
            ),
            format!("{} / {}", p.messages_in, p.messages_out),
            p.last_message.clone(),
        ]
    });
}
