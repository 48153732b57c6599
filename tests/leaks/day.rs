//! 24 hours of 1 000 torrents on a paused tokio clock, every announce really sent over loopback
//! UDP to a real opentracker: the live heap is flat after warm-up.

use super::measure::{Tolerance, check_flat, sample, series};
use super::support::blocking_tracker::BlockingUdpTracker;
use super::support::tracked::Tracked;
use dfakeseeder::engine::{self, Clock, EngineOptions};
use dfakeseeder::settings::Settings;
use dfakeseeder::state::{Command, TorrentSource};
use std::sync::Arc;
use std::sync::atomic::Ordering::Relaxed;
use std::time::Duration;

const TORRENTS: usize = 1000;
const HOURS: usize = 24;
/// By the 3rd hour every torrent has announced `started` and again, its rate history (60 steps)
/// is full, and the log, events and global graphs (rings) are full.
const WARM_UP: usize = 3;
/// Heap bytes may differ between hour 3 and hour 24 by what the rings hold at that moment
/// (log lines of different lengths, the tracker messages) and hash map tables. A leak of one
/// 32-byte allocation per announce would be ~1.3 MiB over the measured 21 hours (~40 000
/// announces); one per torrent per simulation step (60 s) ~40 MiB.
const TOLERANCE: Tolerance = Tolerance {
    bytes: 64 * 1024,
    allocations: 50,
};

pub fn simulated_day() -> Result<String, String> {
    let set = Tracked::start("day", TORRENTS)?;
    let tracker = &set.tracker;
    let files = set.files(&tracker.udp_announce_url())?;
    let client = Arc::new(BlockingUdpTracker::new(tracker.port()));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .start_paused(true)
        .build()
        .map_err(|e| e.to_string())?;
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let mut settings = Settings {
        tickspeed: 60,
        ..Settings::default()
    };
    settings.ui_settings.monitoring_refresh_interval = 10;
    let mut options = EngineOptions::new(dir.path().to_path_buf(), settings);
    options.clock = Clock::starting_at(1_750_000_000_000);
    options.seed = Some(7);
    options.ledger_interval = Some(Duration::from_secs(6 * 3600));
    options.tracker_client = Some(client.clone());
    let samples = runtime.block_on(async {
        let handle = engine::spawn(options);
        for (i, data) in files.into_iter().enumerate() {
            handle.send(Command::AddTorrent(TorrentSource::Bytes {
                name: format!("day{i}.torrent"),
                data,
            }));
        }
        let mut samples = Vec::with_capacity(HOURS);
        for _ in 0..HOURS {
            tokio::time::sleep(Duration::from_secs(3600)).await;
            samples.push(sample());
        }
        let loaded = handle.state.read().map_or(0, |s| s.torrents.len());
        handle.shutdown().await;
        (samples, loaded)
    });
    let (samples, loaded) = samples;
    let (answered, failed) = (client.answered.load(Relaxed), client.failed.load(Relaxed));
    if loaded != TORRENTS {
        return Err(format!("{loaded} of {TORRENTS} torrents loaded"));
    }
    // opentracker asks for an announce every 30 min (± its variation): 48 a day per torrent.
    if answered < TORRENTS * 30 || failed > 0 {
        return Err(format!(
            "{answered} announces answered and {failed} failed in the day: the trackers were not \
             really announced to"
        ));
    }
    let line = check_flat(
        "24 h × 1 000 torrents",
        &samples,
        WARM_UP - 1,
        WARM_UP - 1,
        TOLERANCE,
    )?;
    Ok(format!(
        "{line}\n  {answered} announces answered over loopback UDP\n  heap after each hour: {}",
        series(&samples)
    ))
}
