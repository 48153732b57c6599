//! The app against real trackers on loopback: opentracker (HTTP and UDP, whitelisted) and
//! webtorrent's bittorrent-tracker. Needs `scripts/install-test-deps`.

mod support;

use support::engine::snapshot;

use dfakeseeder::engine::tracker::live::live_client;
use dfakeseeder::engine::{self, EngineHandle, EngineOptions};
use dfakeseeder::settings::Settings;
use dfakeseeder::state::{Command, TorrentSource, TorrentStatus, TrackerStatus};
use std::path::Path;
use std::process::{Child, Command as Process, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};
use support::bittorrent_tracker::BtTracker;
use support::opentracker::OpenTracker;
use support::torrent::TestTorrent;

const BIN: &str = env!("CARGO_BIN_EXE_dfakeseeder");

/// Settings that finish the simulated download within a second, so the app becomes a seed.
fn fast_settings() -> Settings {
    Settings {
        threshold: 0,
        download_speed: 100_000,
        ..Settings::default()
    }
}

fn wait_for(what: &str, within: Duration, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + within;
    while !check() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn engine_in(runtime: &tokio::runtime::Runtime, dir: &Path, settings: Settings) -> EngineHandle {
    let (client, policy, notices) = live_client(dir, &settings).expect("client");
    assert!(notices.is_empty(), "{notices:?}");
    let mut options = EngineOptions::new(dir.to_path_buf(), settings);
    options.tracker_client = Some(Arc::new(client));
    options.tier_policy = policy;
    let _enter = runtime.enter();
    engine::spawn(options)
}

fn headless(dir: &Path) -> Child {
    Process::new(BIN)
        .args(["--headless", "--no-web", "--config-dir"])
        .arg(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the binary starts")
}

fn sigterm_and_wait(mut child: Child) {
    let _ = Process::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            assert!(status.success(), "exit status {status}");
            return;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("did not exit after SIGTERM");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A config dir holding `torrent` (announcing to `tiers`) and fast settings.
fn config_with(torrent: &TestTorrent, tiers: &[&[&str]]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::create_dir_all(dir.path().join("torrents")).expect("dir");
    torrent
        .write(&dir.path().join("torrents"), tiers)
        .expect("torrent written");
    let settings = serde_json::json!({ "threshold": 0, "download_speed": 100000 });
    std::fs::write(dir.path().join("settings.json"), settings.to_string()).expect("settings");
    dir
}

fn headless_seeds_then_leaves(use_udp: bool) {
    let torrent = TestTorrent::new("interop.bin", 4 << 20, 256 * 1024);
    let ot = OpenTracker::start(&[torrent.info_hash]).expect("opentracker");
    let url = if use_udp {
        ot.udp_announce_url()
    } else {
        ot.http_announce_url()
    };
    let dir = config_with(&torrent, &[&[&url]]);

    let child = headless(dir.path());
    wait_for(
        "opentracker to count us as a seed",
        Duration::from_secs(30),
        || ot.swarm(&torrent.info_hash).is_ok_and(|s| s.seeders == 1),
    );
    sigterm_and_wait(child);
    let swarm = ot.swarm(&torrent.info_hash).expect("swarm");
    assert_eq!(
        (swarm.seeders, swarm.leechers),
        (0, 0),
        "stopped on quit removes us"
    );
}

#[test]
fn opentracker_http_lists_the_headless_app_as_a_seed_until_it_quits() {
    headless_seeds_then_leaves(false);
}

#[test]
fn opentracker_udp_only_torrent_works_the_same() {
    headless_seeds_then_leaves(true);
}

#[test]
fn pausing_sends_stopped_and_resuming_announces_again() {
    let torrent = TestTorrent::new("pause.bin", 4 << 20, 256 * 1024);
    let ot = OpenTracker::start(&[torrent.info_hash]).expect("opentracker");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let dir = tempfile::tempdir().expect("dir");
    let handle = engine_in(&runtime, dir.path(), fast_settings());
    let data = torrent
        .to_bytes(&[&[&ot.http_announce_url()], &[&ot.udp_announce_url()]])
        .expect("bytes");
    handle.send(Command::AddTorrent(TorrentSource::Bytes {
        name: "pause.torrent".into(),
        data,
    }));
    wait_for("a seed", Duration::from_secs(30), || {
        ot.swarm(&torrent.info_hash).is_ok_and(|s| s.seeders == 1)
    });
    let state = snapshot(&handle);
    let hash = state.torrents[0].info_hash.clone();
    let view = &state.torrents[0].trackers[0];
    assert_eq!(view.status, TrackerStatus::Working);
    assert!(
        view.interval_secs.is_some_and(|i| i > 0),
        "opentracker's interval shown"
    );
    // qBittorrent announces to every tier.
    assert_eq!(
        state.torrents[0].trackers[1].status,
        TrackerStatus::Working,
        "tier 2 too"
    );

    handle.send(Command::Pause(vec![hash.clone()]));
    wait_for("the peer to disappear", Duration::from_secs(10), || {
        ot.swarm(&torrent.info_hash)
            .is_ok_and(|s| s.seeders == 0 && s.leechers == 0)
    });
    assert_eq!(snapshot(&handle).torrents[0].status, TorrentStatus::Paused);
    handle.send(Command::Resume(vec![hash]));
    wait_for("a seed again", Duration::from_secs(10), || {
        ot.swarm(&torrent.info_hash).is_ok_and(|s| s.seeders == 1)
    });
    runtime.block_on(handle.shutdown());
    assert_eq!(
        ot.swarm(&torrent.info_hash).map(|s| s.seeders).ok(),
        Some(0),
        "stopped on shutdown"
    );
}

#[test]
fn bittorrent_tracker_gets_us_through_the_second_tier_when_the_first_is_dead() {
    let torrent = TestTorrent::new("tiers.bin", 4 << 20, 256 * 1024);
    let bt = BtTracker::start().expect("bittorrent-tracker");
    let closed = support::ports::ClosedPort::new().expect("port");
    let dead_port = closed.port();
    let dead = format!("http://127.0.0.1:{dead_port}/announce");
    let dir = tempfile::tempdir().expect("dir");

    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    // Deluge announces to one tier at a time: tier 2 is used only because tier 1 fails.
    let settings = Settings {
        client_profile: "deluge-2.0.3".into(),
        ..fast_settings()
    };
    let handle = engine_in(&runtime, dir.path(), settings);
    let data = torrent
        .to_bytes(&[&[&dead], &[&bt.announce_url_http()]])
        .expect("torrent bytes");
    handle.send(Command::AddTorrent(TorrentSource::Bytes {
        name: "tiers.torrent".into(),
        data,
    }));
    wait_for(
        "bittorrent-tracker to count our peer",
        Duration::from_secs(30),
        || {
            bt.swarm(&torrent.info_hash)
                .is_ok_and(|s| !s.peers.is_empty())
        },
    );
    let swarm = bt.swarm(&torrent.info_hash).expect("swarm");
    assert_eq!(swarm.peers[0].client, "Deluge", "named from our peer_id");
    let stats = bt.stats_json().expect("stats");
    assert!(stats.to_string().contains("Deluge"), "{stats}");
    let state = snapshot(&handle);
    let trackers = &state.torrents[0].trackers;
    assert!(
        matches!(trackers[0].status, TrackerStatus::Error(_)),
        "tier 1 shows its error"
    );
    assert_eq!(trackers[1].status, TrackerStatus::Working);
    runtime.block_on(handle.shutdown());
}

#[test]
fn the_live_client_scrapes_opentracker_over_http_and_udp() {
    use dfakeseeder::engine::tracker::TrackerClient;
    let torrent = TestTorrent::new("scrape.bin", 4 << 20, 256 * 1024);
    let ot = OpenTracker::start(&[torrent.info_hash]).expect("opentracker");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let dir = tempfile::tempdir().expect("dir");
    let handle = engine_in(&runtime, dir.path(), fast_settings());
    let data = torrent
        .to_bytes(&[&[&ot.http_announce_url()]])
        .expect("bytes");
    handle.send(Command::AddTorrent(TorrentSource::Bytes {
        name: "scrape.torrent".into(),
        data,
    }));
    wait_for("a seed", Duration::from_secs(30), || {
        ot.swarm(&torrent.info_hash).is_ok_and(|s| s.seeders == 1)
    });

    let (client, _, _) = live_client(dir.path(), &Settings::default()).expect("client");
    for url in [ot.http_announce_url(), ot.udp_announce_url()] {
        let stats = runtime
            .block_on(client.scrape(url.clone(), torrent.info_hash))
            .expect("scrape");
        assert_eq!((stats.seeders, stats.leechers), (1, 0), "{url}");
    }
    runtime.block_on(handle.shutdown());
}
