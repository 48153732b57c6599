//! The announce scheduler through the real engine, on a paused tokio clock, against a scripted
//! tracker client: intervals, events, tiers, back-off, errors and manual announces.

mod support;

use support::engine::snapshot;

use dfakeseeder::engine::tracker::group::TierPolicy;
use dfakeseeder::engine::tracker::{AnnounceError, AnnounceEvent, TrackerClient};
use dfakeseeder::engine::{self, Clock, EngineHandle, EngineOptions};
use dfakeseeder::settings::{SeedingProfile, Settings};
use dfakeseeder::state::{Command, TorrentSource, TorrentStatus, TrackerStatus};
use std::sync::Arc;
use std::time::Duration;
use support::fake_tracker::{FakeTracker, reply};
use support::synthetic::synthetic;
use tokio::time::{Instant, sleep};

const SPEED: u32 = 100;
/// Bytes per second at SPEED with the fixed factor 0.5.
const RATE: u64 = SPEED as u64 * 1024 / 2;

fn start(
    dir: &std::path::Path,
    client: Arc<dyn TrackerClient>,
    policy: TierPolicy,
) -> EngineHandle {
    let settings = Settings {
        threshold: 0,
        upload_speed: SPEED,
        download_speed: SPEED,
        tickspeed: 10,
        seeding_profile: "custom".into(),
        custom_seeding_profile: Some(SeedingProfile {
            upload_speed: SPEED,
            download_speed: SPEED,
            speed_variance: 0.0,
        }),
        ..Settings::default()
    };
    let mut options = EngineOptions::new(dir.to_path_buf(), settings);
    options.clock = Clock::starting_at(1_750_000_000_000);
    options.ledger_interval = Some(Duration::from_secs(3600));
    options.tracker_client = Some(client);
    options.tier_policy = policy;
    engine::spawn(options)
}

/// Adds a torrent and returns its info-hash once it is live.
async fn add(handle: &EngineHandle, size: u64, tiers: &[&[&str]]) -> String {
    let data = synthetic("t", size, tiers, 1);
    handle.send(Command::AddTorrent(TorrentSource::Bytes {
        name: "t".into(),
        data,
    }));
    for _ in 0..100 {
        sleep(Duration::from_millis(1)).await;
        if let Some(t) = snapshot(handle).torrents.first() {
            return t.info_hash.clone();
        }
    }
    panic!("not added");
}

fn secs_since(start: Instant, at: Instant) -> u64 {
    (at - start).as_secs()
}

#[tokio::test(start_paused = true)]
async fn ten_hours_at_interval_1800_make_twenty_announces_and_one_completed() {
    let dir = tempfile::tempdir().expect("dir");
    let tracker = FakeTracker::answering(1800, 900);
    let handle = start(dir.path(), tracker.clone(), TierPolicy::default());
    let t0 = Instant::now();
    // Completes after exactly 3 h of simulated download.
    add(&handle, RATE * 3 * 3600, &[&["http://t.example/announce"]]).await;
    sleep(Duration::from_secs(10 * 3600)).await;

    let seen = tracker.seen();
    assert_eq!(tracker.count(AnnounceEvent::Started), 1);
    assert_eq!(seen[0].request.event, AnnounceEvent::Started);
    assert!(secs_since(t0, seen[0].at) < 1, "started at once");
    let regular = tracker.count(AnnounceEvent::None);
    assert!(
        (19..=21).contains(&regular),
        "{regular} regular announces in 10 h"
    );
    let completed: Vec<_> = seen
        .iter()
        .filter(|s| s.request.event == AnnounceEvent::Completed)
        .collect();
    assert_eq!(completed.len(), 1, "completed exactly once");
    let at = secs_since(t0, completed[0].at);
    assert!(
        (3 * 3600..3 * 3600 + 11).contains(&at),
        "completed at {at} s"
    );
    assert_eq!(completed[0].request.left, 0);
    // Regular announces are an interval apart.
    let nones: Vec<u64> = seen
        .iter()
        .filter(|s| s.request.event == AnnounceEvent::None)
        .map(|s| secs_since(t0, s.at))
        .collect();
    assert_eq!(nones[0], 1800);
    let state = snapshot(&handle);
    let view = &state.torrents[0].trackers[0];
    assert_eq!(view.status, TrackerStatus::Working);
    assert_eq!((view.seeders, view.leechers), (Some(5), Some(7)));
    assert_eq!(view.interval_secs, Some(1800));
    handle.shutdown().await;
    assert_eq!(tracker.count(AnnounceEvent::Stopped), 1, "stopped on quit");
}

#[tokio::test(start_paused = true)]
async fn a_dead_first_tier_falls_through_to_the_second() {
    let dir = tempfile::tempdir().expect("dir");
    let tracker = FakeTracker::new(|r| {
        if r.url.contains("dead") {
            Err(AnnounceError::Failed("connection refused".into()))
        } else {
            Ok(reply(1800, 0))
        }
    });
    let handle = start(dir.path(), tracker.clone(), TierPolicy::default());
    add(
        &handle,
        1 << 30,
        &[&["http://dead.example/a"], &["http://live.example/b"]],
    )
    .await;
    sleep(Duration::from_secs(60)).await;

    assert_eq!(
        tracker.events("http://dead.example/a"),
        [AnnounceEvent::Started]
    );
    assert_eq!(
        tracker.events("http://live.example/b"),
        [AnnounceEvent::Started]
    );
    let state = snapshot(&handle);
    let trackers = &state.torrents[0].trackers;
    assert_eq!(
        trackers[0].status,
        TrackerStatus::Error("connection refused".into())
    );
    assert_eq!(trackers[1].status, TrackerStatus::Working);
    assert_eq!(trackers[1].seeders, Some(5));
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn all_tiers_policy_announces_to_each_tier() {
    let dir = tempfile::tempdir().expect("dir");
    let tracker = FakeTracker::answering(1800, 0);
    let policy = TierPolicy {
        all_tiers: true,
        all_in_tier: false,
    };
    let handle = start(dir.path(), tracker.clone(), policy);
    add(
        &handle,
        1 << 30,
        &[
            &["http://a.example/x", "http://b.example/x"],
            &["http://c.example/x"],
        ],
    )
    .await;
    sleep(Duration::from_secs(60)).await;
    assert_eq!(
        tracker.events("http://a.example/x"),
        [AnnounceEvent::Started]
    );
    assert!(
        tracker.events("http://b.example/x").is_empty(),
        "one tracker per tier"
    );
    assert_eq!(
        tracker.events("http://c.example/x"),
        [AnnounceEvent::Started]
    );
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn failures_back_off_doubling_and_never_give_up() {
    let dir = tempfile::tempdir().expect("dir");
    let tracker = FakeTracker::new(|_| Err(AnnounceError::Failed("timed out".into())));
    let handle = start(dir.path(), tracker.clone(), TierPolicy::default());
    let t0 = Instant::now();
    add(&handle, 1 << 34, &[&["http://down.example/a"]]).await;
    sleep(Duration::from_secs(6 * 3600)).await;

    let times: Vec<u64> = tracker
        .seen()
        .iter()
        .map(|s| secs_since(t0, s.at))
        .collect();
    let gaps: Vec<u64> = times.windows(2).map(|w| w[1] - w[0]).collect();
    assert_eq!(&gaps[..6], [60, 120, 240, 480, 960, 1920]);
    assert!(
        gaps[6..].iter().all(|&g| g == 3600),
        "capped at 1 h: {gaps:?}"
    );
    assert!(
        tracker
            .seen()
            .iter()
            .all(|s| s.request.event == AnnounceEvent::Started),
        "started until it works"
    );
    let state = snapshot(&handle);
    assert_eq!(
        state.torrents[0].status,
        TorrentStatus::Downloading,
        "never paused or dropped"
    );
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn unregistered_marks_the_torrent_errored_until_resumed() {
    let dir = tempfile::tempdir().expect("dir");
    let tracker = FakeTracker::new(|_| Err(AnnounceError::Refused("Unregistered torrent".into())));
    let handle = start(dir.path(), tracker.clone(), TierPolicy::default());
    let hash = add(&handle, 1 << 30, &[&["http://priv.example/a"]]).await;
    sleep(Duration::from_secs(2 * 3600)).await;

    assert_eq!(
        tracker.seen().len(),
        1,
        "no more announces once unregistered"
    );
    let status = snapshot(&handle).torrents[0].status.clone();
    assert_eq!(
        status,
        TorrentStatus::Error("tracker says: Unregistered torrent".into())
    );
    handle.send(Command::Resume(vec![hash]));
    sleep(Duration::from_secs(1)).await;
    assert_eq!(tracker.seen().len(), 2, "the user's retry announces again");
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn pause_says_stopped_and_resume_starts_a_fresh_count() {
    let dir = tempfile::tempdir().expect("dir");
    let tracker = FakeTracker::answering(1800, 0);
    let handle = start(dir.path(), tracker.clone(), TierPolicy::default());
    let hash = add(&handle, 1 << 34, &[&["http://t.example/a"]]).await;
    sleep(Duration::from_secs(600)).await;
    handle.send(Command::Pause(vec![hash.clone()]));
    sleep(Duration::from_secs(600)).await;
    handle.send(Command::Resume(vec![hash.clone()]));
    sleep(Duration::from_secs(10)).await;

    let seen = tracker.seen();
    let events: Vec<_> = seen.iter().map(|s| s.request.event).collect();
    assert_eq!(
        events,
        [
            AnnounceEvent::Started,
            AnnounceEvent::Stopped,
            AnnounceEvent::Started
        ]
    );
    assert!(
        seen[1].request.uploaded >= RATE * 590,
        "stopped reports the run's upload"
    );
    assert_eq!(
        seen[2].request.uploaded, 0,
        "a new started counts from zero"
    );
    // Removal says stopped too.
    handle.send(Command::Remove {
        info_hashes: vec![hash],
        delete_file: true,
    });
    sleep(Duration::from_secs(10)).await;
    assert_eq!(tracker.count(AnnounceEvent::Stopped), 2);
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn force_announce_waits_for_min_interval_unless_confirmed() {
    let dir = tempfile::tempdir().expect("dir");
    let tracker = FakeTracker::answering(1800, 900);
    let handle = start(dir.path(), tracker.clone(), TierPolicy::default());
    let t0 = Instant::now();
    let hash = add(&handle, 1 << 34, &[&["http://t.example/a"]]).await;
    sleep(Duration::from_secs(100)).await;
    handle.send(Command::ForceAnnounce {
        info_hashes: vec![hash.clone()],
        ignore_min_interval: false,
    });
    sleep(Duration::from_secs(1000)).await;
    let times: Vec<u64> = tracker
        .seen()
        .iter()
        .map(|s| secs_since(t0, s.at))
        .collect();
    assert_eq!(times, [0, 900], "held until min interval");

    handle.send(Command::ForceAnnounce {
        info_hashes: vec![hash.clone()],
        ignore_min_interval: true,
    });
    sleep(Duration::from_secs(1)).await;
    assert_eq!(tracker.seen().len(), 3, "confirmed: at once");
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn user_interval_is_floored_at_min_interval_and_tracker_id_echoed() {
    let dir = tempfile::tempdir().expect("dir");
    let tracker = FakeTracker::new(|_| {
        let mut r = reply(1800, 900);
        r.tracker_id = Some(b"tid-1".to_vec());
        Ok(r)
    });
    let handle = start(dir.path(), tracker.clone(), TierPolicy::default());
    let t0 = Instant::now();
    let hash = add(&handle, 1 << 34, &[&["http://t.example/a"]]).await;
    handle.send(Command::SetAnnounceInterval {
        info_hashes: vec![hash],
        secs: Some(60),
    });
    sleep(Duration::from_secs(3000)).await;
    let seen = tracker.seen();
    let times: Vec<u64> = seen.iter().map(|s| secs_since(t0, s.at)).collect();
    assert_eq!(times, [0, 900, 1800, 2700]);
    assert_eq!(seen[0].request.tracker_id, None);
    assert!(
        seen[1..]
            .iter()
            .all(|s| s.request.tracker_id.as_deref() == Some(&b"tid-1"[..]))
    );
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn trackers_on_standby_are_scraped_for_their_swarm() {
    let dir = tempfile::tempdir().expect("dir");
    let tracker = FakeTracker::answering(1800, 0);
    let handle = start(dir.path(), tracker.clone(), TierPolicy::default());
    add(
        &handle,
        1 << 34,
        &[
            &["http://a.example/announce"],
            &["http://b.example/announce"],
        ],
    )
    .await;
    sleep(Duration::from_secs(40)).await;
    let state = snapshot(&handle);
    let trackers = &state.torrents[0].trackers;
    assert_eq!(trackers[0].seeders, Some(5), "from the announce");
    assert_eq!(
        trackers[1].status,
        TrackerStatus::NotContacted,
        "standby: no announce"
    );
    assert_eq!(
        (
            trackers[1].seeders,
            trackers[1].leechers,
            trackers[1].downloaded
        ),
        (Some(11), Some(12), Some(13))
    );
    let scraped = tracker
        .scraped
        .lock()
        .map(|s| s.clone())
        .unwrap_or_default();
    assert_eq!(
        scraped,
        ["http://b.example/announce"],
        "the announced tracker with figures is not scraped"
    );
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn changing_the_client_profile_stops_as_the_old_client_and_starts_as_the_new() {
    let dir = tempfile::tempdir().expect("dir");
    let tracker = FakeTracker::answering(1800, 0);
    let handle = start(dir.path(), tracker.clone(), TierPolicy::default());
    let hash = add(&handle, 1 << 34, &[&["http://t.example/a"]]).await;
    sleep(Duration::from_secs(60)).await;
    handle.send(Command::SetClientProfile {
        info_hashes: vec![hash],
        profile: Some("transmission-3.00".into()),
    });
    sleep(Duration::from_secs(10)).await;
    let seen: Vec<_> = tracker
        .seen()
        .into_iter()
        .map(|s| (s.request.event, s.request.profile))
        .collect();
    let tr = Some("transmission-3.00".to_string());
    assert_eq!(
        seen,
        [
            (AnnounceEvent::Started, None),
            (AnnounceEvent::Stopped, None),
            (AnnounceEvent::Started, tr.clone())
        ]
    );
    assert_eq!(snapshot(&handle).torrents[0].client_profile, tr);
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn peers_from_tracker_replies_are_kept_with_their_clients() {
    use dfakeseeder::engine::tracker::TrackerPeer;
    let dir = tempfile::tempdir().expect("dir");
    let tracker = FakeTracker::new(|_| {
        let mut r = reply(1800, 0);
        r.peers = vec![
            TrackerPeer {
                addr: "10.0.0.1:51413".parse().expect("addr"),
                peer_id: Some(*b"-TR3000-abcdefghijkl"),
            },
            TrackerPeer {
                addr: "10.0.0.2:6881".parse().expect("addr"),
                peer_id: None,
            },
        ];
        Ok(r)
    });
    let handle = start(dir.path(), tracker, TierPolicy::default());
    add(&handle, 1 << 34, &[&["http://t.example/a"]]).await;
    sleep(Duration::from_secs(1)).await;
    let state = snapshot(&handle);
    let peers = &state.torrents[0].peers;
    assert_eq!(peers.len(), 2);
    assert_eq!(peers[0].address, "10.0.0.1:51413");
    assert_eq!(peers[0].client.as_deref(), Some("Transmission 3.00"));
    assert_eq!(peers[1].client, None, "compact peers carry no peer_id");
    assert_eq!(state.torrents[0].trackers[0].peers_received, 2);
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn edited_trackers_get_stopped_and_started_and_a_failing_one_raises_one_event() {
    let dir = tempfile::tempdir().expect("dir");
    let tracker = FakeTracker::new(|r| {
        if r.url.contains("down.example") {
            Err(AnnounceError::Failed("connection refused".into()))
        } else {
            Ok(reply(1800, 0))
        }
    });
    let handle = start(dir.path(), tracker.clone(), TierPolicy::default());
    let hash = add(&handle, 1 << 30, &[&["http://old.example/announce"]]).await;
    sleep(Duration::from_secs(5)).await;
    handle.send(Command::SetTrackers {
        info_hash: hash.clone(),
        trackers: vec![
            (0, "http://new.example/announce".into()),
            (1, "http://down.example/announce".into()),
        ],
    });
    sleep(Duration::from_secs(5)).await;
    let events: Vec<(String, AnnounceEvent)> = tracker
        .seen()
        .iter()
        .map(|s| (s.request.url.clone(), s.request.event))
        .collect();
    assert_eq!(
        &events[..3],
        [
            ("http://old.example/announce".into(), AnnounceEvent::Started),
            ("http://old.example/announce".into(), AnnounceEvent::Stopped),
            ("http://new.example/announce".into(), AnnounceEvent::Started),
        ]
    );
    // The failing tracker is only tried if the first tier fails: make it the only one.
    handle.send(Command::SetTrackers {
        info_hash: hash,
        trackers: vec![(0, "http://down.example/announce".into())],
    });
    // Retried with back-off, but the toast is raised once.
    sleep(Duration::from_secs(600)).await;
    let state = snapshot(&handle);
    let failures = state
        .events
        .iter()
        .filter(|e| e.message.contains("Tracker error") && e.message.contains("refused"))
        .count();
    assert_eq!(failures, 1, "{:?}", state.events);
    handle.shutdown().await;
}
