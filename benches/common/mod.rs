//! What the benches share: a state with `n` torrents, as the engine would show them.

use dfakeseeder::state::{AppState, TorrentStatus, TorrentView, TrackerView};

pub fn state(n: usize) -> AppState {
    let torrents = (0..n)
        .map(|i| TorrentView {
            info_hash: format!("{i:040x}"),
            name: format!("torrent-{i}.iso"),
            total_size: 1 << 30,
            progress: (i % 100) as f64 / 100.0,
            status: if i % 3 == 0 {
                TorrentStatus::Seeding
            } else {
                TorrentStatus::Downloading
            },
            upload_rate: 1000.0 * i as f64,
            trackers: vec![TrackerView {
                url: format!("http://tracker{}.example/announce", i % 50),
                ..TrackerView::default()
            }],
            ..TorrentView::default()
        })
        .collect();
    AppState {
        torrents,
        revision: 1,
        ..AppState::default()
    }
}
