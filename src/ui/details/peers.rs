//! The Peers tab: the peers the trackers returned, with clients decoded from their peer_ids.

use crate::state::TorrentView;
use crate::ui::cells::NONE;
use egui::Ui;

pub fn show(ui: &mut Ui, torrent: &TorrentView) {
    if torrent.peers.is_empty() {
        ui.weak(t!("peers-empty"));
        return;
    }
    super::text_table(
        ui,
        "peers",
        &[t!("peers-address"), t!("peers-client"), t!("peers-from")],
        torrent.peers.len(),
        |i| {
            let Some(p) = torrent.peers.get(i) else {
                return Vec::new();
            };
            vec![
                p.address.clone(),
                p.client.clone().unwrap_or_else(|| NONE.to_string()),
                p.tracker.clone(),
            ]
        },
    );
}
