//! 24 hours of simulated time for 1 000 torrents, through the real engine on a paused tokio
//! clock: the accounting matches the model and the limits hold at every step.

mod support;

use support::engine::snapshot;

use dfakeseeder::engine::{self, Clock, EngineHandle, EngineOptions};
use dfakeseeder::settings::Settings;
use dfakeseeder::state::{Command, TorrentSource};
use std::time::Duration;
use support::synthetic::synthetic;

const TORRENTS: u64 = 1000;
const SPEED_KIB: u32 = 50;
const DAY: u64 = 24 * 3600;
const TICK: u64 = 60;

fn start(dir: &std::path::Path, configure: impl FnOnce(&mut Settings)) -> EngineHandle {
    let mut settings = Settings {
        threshold: 0,
        upload_speed: SPEED_KIB,
        download_speed: SPEED_KIB,
        tickspeed: TICK as u32,
        ..Settings::default()
    };
    configure(&mut settings);
    let mut options = EngineOptions::new(dir.to_path_buf(), settings);
    options.clock = Clock::starting_at(1_750_000_000_000);
    options.seed = Some(42);
    options.ledger_interval = Some(Duration::from_secs(6 * 3600));
    let handle = engine::spawn(options);
    for i in 0..TORRENTS {
        let data = synthetic(
            &format!("t{i}"),
            1 << 40,
            &[&["http://127.0.0.1:1/announce"]],
            i,
        );
        handle.send(Command::AddTorrent(TorrentSource::Bytes {
            name: format!("t{i}"),
            data,
        }));
    }
    handle
}

/// Waits (in simulated time) until every torrent is loaded.
async fn until_loaded(handle: &EngineHandle) {
    for _ in 0..1000 {
        if snapshot(handle).torrents.len() as u64 == TORRENTS {
            return;
        }
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    panic!("the torrents were not added");
}

#[tokio::test(start_paused = true)]
async fn a_day_unlimited_averages_half_the_set_speed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let handle = start(dir.path(), |_| {});
    until_loaded(&handle).await;
    tokio::time::sleep(Duration::from_secs(DAY)).await;
    let state = snapshot(&handle);

    // The random factor is uniform in 0.2..0.8 by default: the mean rate is half the set speed.
    let expected = 0.5 * f64::from(SPEED_KIB) * 1024.0 * DAY as f64;
    for t in &state.torrents {
        let ratio = t.session_uploaded as f64 / expected;
        assert!(
            (ratio - 1.0).abs() < 0.05,
            "{}: uploaded {} vs {expected}",
            t.name,
            t.session_uploaded
        );
        assert_eq!(t.total_uploaded, t.session_uploaded);
    }
    let mean = state.stats.session_uploaded as f64 / TORRENTS as f64;
    assert!(
        (mean / expected - 1.0).abs() < 0.01,
        "mean {mean} vs {expected}"
    );
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn global_and_alternative_limits_hold_at_every_step() {
    const UP_LIMIT: u32 = 10_000;
    const DOWN_LIMIT: u32 = 20_000;
    let dir = tempfile::tempdir().expect("temp dir");
    let handle = start(dir.path(), |s| {
        s.speed.upload_limit_kbps = UP_LIMIT;
        s.speed.download_limit_kbps = DOWN_LIMIT;
    });
    until_loaded(&handle).await;
    let start_up = snapshot(&handle).stats.session_uploaded;

    // Demand (1000 × 25 KiB/s on average) far exceeds the caps, so the caps are the rate.
    let half_day = DAY / 2;
    for _ in 0..half_day / TICK {
        tokio::time::sleep(Duration::from_secs(TICK)).await;
        let stats = snapshot(&handle).stats;
        assert!(
            stats.upload_rate <= f64::from(UP_LIMIT) * 1024.0 * 1.000_001,
            "{}",
            stats.upload_rate
        );
        assert!(stats.download_rate <= f64::from(DOWN_LIMIT) * 1024.0 * 1.000_001);
    }
    let uploaded = (snapshot(&handle).stats.session_uploaded - start_up) as f64;
    let cap = f64::from(UP_LIMIT) * 1024.0 * half_day as f64;
    assert!(
        uploaded <= cap * 1.000_01 && uploaded >= cap * 0.99,
        "{uploaded} vs cap {cap}"
    );

    // The alternative limits (50 / 100 KiB/s by default) replace the global ones at once.
    handle.send(Command::SetAltSpeed(true));
    let before = snapshot(&handle).stats.session_uploaded;
    // Sample between ticks: a rate is the last step's, and the next step comes a tick later.
    tokio::time::sleep(Duration::from_secs(1)).await;
    for _ in 0..half_day / TICK {
        tokio::time::sleep(Duration::from_secs(TICK)).await;
        let stats = snapshot(&handle).stats;
        assert!(stats.alt_speed_enabled);
        assert!(
            stats.upload_rate <= 50.0 * 1024.0 * 1.000_001,
            "{}",
            stats.upload_rate
        );
        assert!(
            stats.download_rate <= 100.0 * 1024.0 * 1.000_001,
            "{}",
            stats.download_rate
        );
    }
    let uploaded = (snapshot(&handle).stats.session_uploaded - before) as f64;
    let alt_cap = 50.0 * 1024.0 * half_day as f64;
    assert!(
        uploaded <= alt_cap * 1.001 && uploaded >= alt_cap * 0.99,
        "{uploaded} vs {alt_cap}"
    );
    handle.shutdown().await;
}
