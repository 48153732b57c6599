//! The Incoming tab: peers connected to our listening port for this torrent.

use crate::format;
use crate::state::{IncomingPeer, PeerState, TorrentView};
use egui::Ui;

fn headers() -> [String; 6] {
    [
        t!("incoming-address"),
        t!("incoming-client"),
        t!("incoming-state"),
        t!("incoming-since"),
        t!("incoming-messages"),
        t!("incoming-last"),
    ]
}

pub fn show(ui: &mut Ui, torrent: &TorrentView, incoming: &[IncomingPeer], now_ms: u64) {
    let mine: Vec<&IncomingPeer> = incoming
        .iter()
        .filter(|p| p.info_hash.as_deref() == Some(torrent.info_hash.as_str()))
        .collect();
    if mine.is_empty() {
        ui.weak(t!("incoming-empty"));
        return;
    }
    super::text_table(ui, "incoming", &headers(), mine.len(), |i| {
        let Some(p) = mine.get(i) else {
            return Vec::new();
        };
        let state = match p.state {
            PeerState::Handshaking => t!("incoming-handshaking"),
            PeerState::Connected => t!("incoming-connected"),
        };
        vec![
            p.address.clone(),
            p.client.clone(),
            state.to_string(),
            t!(
                "incoming-ago",
                time = format::duration(now_ms.saturating_sub(p.since_ms) / 1000)
            ),
            format!("{} / {}", p.messages_in, p.messages_out),
            p.last_message.clone(),
        ]
    });
}
