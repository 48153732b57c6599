//! Reading an in-process engine's state from tests.

use dfakeseeder::engine::EngineHandle;
use dfakeseeder::state::AppState;

/// A copy of the engine's state now (a poisoned lock still holds plain figures).
pub fn snapshot(handle: &EngineHandle) -> AppState {
    handle
        .state
        .read()
        .map(|s| s.clone())
        .unwrap_or_else(|e| e.into_inner().clone())
}

/// An engine on a paused-clock-friendly fixed start time and a seeded random source.
pub fn start(
    dir: &std::path::Path,
    settings: dfakeseeder::settings::Settings,
    seed: u64,
) -> EngineHandle {
    use dfakeseeder::engine::{self, Clock, EngineOptions};
    let mut options = EngineOptions::new(dir.to_path_buf(), settings);
    options.clock = Clock::starting_at(1_750_000_000_000);
    options.seed = Some(seed);
    engine::spawn(options)
}

/// Adds a synthetic torrent `t{seed}` of `size` bytes with one (unreachable) tracker.
pub fn add(handle: &EngineHandle, seed: u64, size: u64) {
    use dfakeseeder::state::{Command, TorrentSource};
    let data = super::synthetic::synthetic(
        &format!("t{seed}"),
        size,
        &[&["http://127.0.0.1:1/announce"]],
        seed,
    );
    handle.send(Command::AddTorrent(TorrentSource::Bytes {
        name: format!("t{seed}.torrent"),
        data,
    }));
}

/// Lets the engine handle what was sent (a few ms of the paused clock).
pub async fn settle() {
    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
}
