//! Writing a tracker's live state into the torrent's row.

use crate::engine::clock::Clock;
use crate::engine::core::write;
use crate::state::{SharedState, TorrentView, TrackerView};
use std::sync::atomic::{AtomicUsize, Ordering};
use tokio::time::Instant;

/// Where a group's tracker views live: the torrent, by info-hash.
pub struct ViewWriter {
    pub state: SharedState,
    pub info_hash: String,
    pub clock: Clock,
    /// Where the torrent's row was last found: rows move only when torrents are added,
    /// removed or reordered, and a search of 10 000 rows on every update was most of an
    /// announce's cost.
    row_hint: AtomicUsize,
}

impl ViewWriter {
    pub fn new(state: SharedState, info_hash: String, clock: Clock) -> ViewWriter {
        ViewWriter {
            state,
            info_hash,
            clock,
            row_hint: AtomicUsize::new(0),
        }
    }

    /// The torrent's row, if it still exists.
    fn row(&self, torrents: &[TorrentView]) -> Option<usize> {
        let hint = self.row_hint.load(Ordering::Relaxed);
        if torrents
            .get(hint)
            .is_some_and(|t| t.info_hash == self.info_hash)
        {
            return Some(hint);
        }
        let found = torrents
            .iter()
            .position(|t| t.info_hash == self.info_hash)?;
        self.row_hint.store(found, Ordering::Relaxed);
        Some(found)
    }

    /// Edits the view of tracker `url`, then refreshes the torrent's swarm figures and next
    /// announce. Does nothing if the torrent is gone.
    pub fn tracker(&self, url: &str, f: impl FnOnce(&mut TrackerView)) {
        self.torrent(|torrent| {
            if let Some(view) = torrent.trackers.iter_mut().find(|v| v.url == url) {
                f(view);
            }
            refresh_torrent(torrent);
        });
    }

    /// Edits the torrent itself.
    pub fn torrent(&self, f: impl FnOnce(&mut TorrentView)) {
        let mut state = write(&self.state);
        if let Some(i) = self.row(&state.torrents) {
            f(&mut state.torrents[i]);
        }
    }

    /// Reads the app's settings.
    pub fn settings<T>(&self, f: impl FnOnce(&crate::settings::Settings) -> T) -> T {
        f(&crate::engine::core::read(&self.state).settings)
    }

    /// An event for toasts.
    pub fn event(&self, kind: crate::state::EventKind, message: String) {
        let now_ms = self.clock.now_ms();
        write(&self.state).push_event(now_ms, kind, message);
    }

    /// Reads the torrent, if it still exists.
    pub fn read<T>(&self, f: impl FnOnce(&TorrentView) -> T) -> Option<T> {
        let state = crate::engine::core::read(&self.state);
        self.row(&state.torrents).map(|i| f(&state.torrents[i]))
    }

    /// An instant as engine-clock Unix milliseconds.
    pub fn epoch_ms(&self, at: Instant) -> u64 {
        let now = Instant::now();
        let now_ms = self.clock.now_ms();
        if at >= now {
            now_ms + (at - now).as_millis() as u64
        } else {
            now_ms.saturating_sub((now - at).as_millis() as u64)
        }
    }
}

/// The torrent's swarm figures are the best any tracker reported; its next announce the
/// soonest one.
fn refresh_torrent(torrent: &mut TorrentView) {
    torrent.seeders = torrent.trackers.iter().filter_map(|t| t.seeders).max();
    torrent.leechers = torrent.trackers.iter().filter_map(|t| t.leechers).max();
    torrent.next_announce_ms = torrent
        .trackers
        .iter()
        .filter_map(|t| t.next_announce_ms)
        .min();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::AppState;
    use std::sync::{Arc, RwLock};

    fn row(hash: &str) -> TorrentView {
        TorrentView {
            info_hash: hash.into(),
            ..Default::default()
        }
    }

    #[test]
    fn the_writer_follows_its_row_when_rows_move() {
        let state: SharedState = Arc::new(RwLock::new(AppState {
            torrents: vec![row("a"), row("b"), row("c")],
            ..Default::default()
        }));
        let writer = ViewWriter::new(state.clone(), "c".into(), Clock::starting_at(0));
        let mut n = 0;
        let mut bump = || {
            n += 1;
            writer.torrent(|t| t.label = n.to_string());
        };
        bump();
        write(&state).torrents.remove(0); // c moves from 2 to 1
        bump();
        write(&state).torrents.reverse(); // and to 0
        bump();
        write(&state).torrents.insert(0, row("c2")); // a row like it takes its place
        bump();
        let s = state.read().expect("not poisoned");
        let labels: Vec<_> = s
            .torrents
            .iter()
            .map(|t| (t.info_hash.as_str(), t.label.as_str()))
            .collect();
        assert_eq!(labels, [("c2", ""), ("c", "4"), ("b", "")]);
        drop(s);
        write(&state).torrents.retain(|t| t.info_hash != "c");
        assert_eq!(writer.read(|t| t.label.clone()), None, "gone is gone");
    }
}
