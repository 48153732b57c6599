//! The scheduler turns the alternative limits on inside its window on the engine's (simulated)
//! clock, and the limits then hold across 100 torrents at every step; the speed distribution
//! shares the limit out unevenly.

mod support;

use chrono::{Local, TimeZone};
use dfakeseeder::engine::{self, Clock, EngineHandle, EngineOptions};
use dfakeseeder::settings::{Algorithm, Settings};
use dfakeseeder::state::{Command, TorrentSource};
use std::time::Duration;
use support::engine::snapshot;
use support::synthetic::synthetic;
use tokio::time::sleep;

const ALT_UP_KIB: u32 = 100;

fn settings() -> Settings {
    let mut s = Settings {
        threshold: 0,
        upload_speed: 50,
        download_speed: 50,
        ..Settings::default()
    };
    s.speed.alt_upload_limit_kbps = ALT_UP_KIB;
    s.speed.alt_download_limit_kbps = ALT_UP_KIB;
    s.scheduler.enabled = true;
    (s.scheduler.start_hour, s.scheduler.start_minute) = (22, 0);
    (s.scheduler.end_hour, s.scheduler.end_minute) = (6, 0);
    s
}

/// An engine whose clock reads 21:58 local time on a Monday.
fn start(dir: &std::path::Path, settings: Settings) -> EngineHandle {
    let at = Local
        .with_ymd_and_hms(2026, 1, 5, 21, 58, 0)
        .earliest()
        .expect("a local time");
    let mut options = EngineOptions::new(dir.to_path_buf(), settings);
    options.clock = Clock::starting_at(at.timestamp_millis() as u64);
    options.seed = Some(11);
    engine::spawn(options)
}

async fn hundred(handle: &EngineHandle) {
    for seed in 0..100 {
        let data = synthetic(
            &format!("t{seed}"),
            1 << 40,
            &[&["http://127.0.0.1:1/a"]],
            seed,
        );
        handle.send(Command::AddTorrent(TorrentSource::Bytes {
            name: format!("t{seed}.torrent"),
            data,
        }));
    }
    sleep(Duration::from_millis(50)).await;
}

#[tokio::test(start_paused = true)]
async fn the_scheduler_switches_to_the_alternative_limits_and_they_hold_across_100_torrents() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = start(dir.path(), settings());
    hundred(&handle).await;
    assert_eq!(snapshot(&handle).torrents.len(), 100);
    // Before 22:00: no limit, 100 torrents at ~50 × 0.2..0.8 KiB/s each.
    sleep(Duration::from_secs(60)).await;
    let s = snapshot(&handle);
    assert!(!s.stats.alt_speed_enabled);
    let before = s.stats.upload_rate;
    assert!(before > f64::from(ALT_UP_KIB) * 1024.0 * 5.0, "{before}");
    // Past 22:00 the alternative limits are on, and every step respects them.
    sleep(Duration::from_secs(120)).await;
    let s = snapshot(&handle);
    assert!(s.stats.alt_speed_enabled);
    assert!(
        s.settings.speed.enable_alternative_speeds,
        "saved as the setting"
    );
    assert!(
        s.events
            .iter()
            .any(|e| e.message == "Alternative speed limits on (schedule)"),
        "{:?}",
        s.events
    );
    let limit = f64::from(ALT_UP_KIB) * 1024.0;
    let switched_at = s.now_ms - 55_000;
    let after: Vec<f64> = s
        .stats
        .history
        .iter()
        .filter(|h| h.at_ms > switched_at)
        .map(|h| h.upload_rate)
        .collect();
    assert!(after.len() > 30, "{} steps", after.len());
    for rate in &after {
        assert!(*rate <= limit + 1.0, "{rate} above {limit}");
    }
    assert!(
        after.iter().any(|r| *r > limit * 0.5),
        "the limit is used, not just undercut"
    );
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn the_distribution_shares_the_limit_unevenly_and_stops_some() {
    let dir = tempfile::tempdir().expect("dir");
    let mut s = settings();
    s.scheduler.enabled = false;
    s.speed.upload_limit_kbps = 10_000;
    s.speed_distribution.upload.algorithm = Algorithm::Pareto;
    s.speed_distribution.upload.spread_percentage = 20;
    let handle = start(dir.path(), s);
    hundred(&handle).await;
    sleep(Duration::from_secs(3)).await;
    let state = snapshot(&handle);
    let speeds: Vec<u32> = state.torrents.iter().map(|t| t.upload_speed_kib).collect();
    let stopped = speeds.iter().filter(|&&v| v == 0).count();
    assert!((20..=40).contains(&stopped), "{stopped} stopped");
    let total: u32 = speeds.iter().sum();
    assert!((8_000..=12_000).contains(&total), "{total} KiB/s shared");
    let max = speeds.iter().max().copied().unwrap_or(0);
    let min_running = speeds
        .iter()
        .filter(|&&v| v > 0)
        .min()
        .copied()
        .unwrap_or(0);
    assert!(max > min_running, "uneven shares: {speeds:?}");
    // Download is off: the set speeds stay.
    assert!(state.torrents.iter().all(|t| t.download_speed_kib == 50));
    handle.shutdown().await;
}
