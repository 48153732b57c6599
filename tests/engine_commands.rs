//! Every engine command and its effect on the state and the config dir, on a paused clock.

mod support;

use support::engine::{add, settle, snapshot};

use dfakeseeder::engine::EngineHandle;
use dfakeseeder::settings::Settings;
use dfakeseeder::state::{AppState, Command, TorrentSource, TorrentStatus};
use std::path::Path;
use std::time::Duration;
use tokio::time::sleep;

fn start(dir: &Path, settings: Settings) -> EngineHandle {
    support::engine::start(dir, settings, 3)
}

fn hashes(state: &AppState) -> Vec<String> {
    state.torrents.iter().map(|t| t.info_hash.clone()).collect()
}

#[tokio::test(start_paused = true)]
async fn new_torrents_take_the_default_speeds_and_threshold() {
    let dir = tempfile::tempdir().expect("dir");
    let settings = Settings {
        upload_speed: 11,
        download_speed: 22,
        threshold: 44,
        ..Settings::default()
    };
    let handle = start(dir.path(), settings);
    add(&handle, 1, 1 << 30);
    settle().await;
    let t = &snapshot(&handle).torrents[0];
    assert_eq!(
        (t.upload_speed_kib, t.download_speed_kib, t.threshold),
        (11, 22, 44)
    );
    assert_eq!(t.status, TorrentStatus::Downloading);
    assert_eq!(t.added_at_ms, 1_750_000_000_000);
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn speeds_limits_threshold_and_force_complete_apply_to_the_named_torrents() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = start(
        dir.path(),
        Settings {
            threshold: 90,
            ..Settings::default()
        },
    );
    add(&handle, 1, 1 << 30);
    add(&handle, 2, 1 << 30);
    settle().await;
    let all = hashes(&snapshot(&handle));
    let first = vec![all[0].clone()];
    handle.send(Command::SetSpeeds {
        info_hashes: first.clone(),
        upload_kib: Some(1000),
        download_kib: None,
    });
    handle.send(Command::SetLimits {
        info_hashes: first.clone(),
        upload_kib: Some(10),
        download_kib: None,
    });
    handle.send(Command::SetThreshold {
        info_hashes: first.clone(),
        percent: 200,
    });
    settle().await;
    let s = snapshot(&handle);
    assert_eq!(s.torrents[0].upload_speed_kib, 1000);
    assert_eq!(s.torrents[0].download_speed_kib, 500, "None leaves it");
    assert_eq!(s.torrents[0].upload_limit_kib, 10);
    assert_eq!(s.torrents[0].threshold, 100, "clamped to 100 %");
    assert_eq!(s.torrents[1].upload_speed_kib, 50, "others untouched");

    // Threshold 100 %: no upload until complete; then the per-torrent cap holds.
    sleep(Duration::from_secs(60)).await;
    assert_eq!(snapshot(&handle).torrents[0].total_uploaded, 0);
    handle.send(Command::ForceComplete(first.clone()));
    settle().await;
    let before = snapshot(&handle).torrents[0].total_uploaded;
    sleep(Duration::from_secs(100)).await;
    let t = snapshot(&handle).torrents[0].clone();
    assert_eq!(t.status, TorrentStatus::Seeding);
    assert!(t.completed_at_ms.is_some());
    assert!(t.total_downloaded < 1 << 30, "forced, not downloaded");
    let uploaded = t.total_uploaded - before;
    assert!(
        uploaded <= 10 * 1024 * 100 && uploaded > 0,
        "capped at 10 KiB/s: {uploaded}"
    );
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn pause_all_stops_every_figure_and_resume_all_restarts() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = start(
        dir.path(),
        Settings {
            threshold: 0,
            ..Settings::default()
        },
    );
    add(&handle, 1, 1 << 30);
    add(&handle, 2, 1 << 30);
    settle().await;
    handle.send(Command::PauseAll);
    settle().await;
    let paused = snapshot(&handle);
    assert!(
        paused
            .torrents
            .iter()
            .all(|t| t.status == TorrentStatus::Paused)
    );
    sleep(Duration::from_secs(600)).await;
    let later = snapshot(&handle);
    assert_eq!(
        paused.stats.total_uploaded, later.stats.total_uploaded,
        "paused torrents do not move"
    );
    assert_eq!(later.stats.upload_rate, 0.0);
    handle.send(Command::ResumeAll);
    sleep(Duration::from_secs(10)).await;
    let resumed = snapshot(&handle);
    assert!(
        resumed
            .torrents
            .iter()
            .all(|t| t.status == TorrentStatus::Downloading)
    );
    assert!(resumed.stats.total_uploaded > later.stats.total_uploaded);
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn seeding_profiles_set_speeds_and_the_random_range() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = start(
        dir.path(),
        Settings {
            threshold: 0,
            tickspeed: 1,
            ..Settings::default()
        },
    );
    add(&handle, 1, 1 << 40 >> 6);
    settle().await;
    handle.send(Command::SetSeedingProfile {
        name: "aggressive".into(),
        apply_to_existing: true,
    });
    settle().await;
    let s = snapshot(&handle);
    assert_eq!(s.stats.seeding_profile, "aggressive");
    assert_eq!(
        (
            s.torrents[0].upload_speed_kib,
            s.torrents[0].download_speed_kib
        ),
        (500, 2048)
    );
    add(&handle, 2, 1 << 30);
    settle().await;
    assert_eq!(
        snapshot(&handle).torrents[1].upload_speed_kib,
        500,
        "new torrents take the profile"
    );
    let saved = std::fs::read_to_string(dir.path().join("settings.json")).expect("settings saved");
    assert!(saved.contains("aggressive"), "{saved}");

    // Conservative: the factor stays in 0.35..0.65 of the set speed at every step.
    handle.send(Command::SetSeedingProfile {
        name: "conservative".into(),
        apply_to_existing: true,
    });
    for _ in 0..200 {
        sleep(Duration::from_secs(1)).await;
        let rate = snapshot(&handle).torrents[0].upload_rate / (50.0 * 1024.0);
        assert!((0.349..=0.651).contains(&rate), "factor {rate}");
    }
    handle.send(Command::SetSeedingProfile {
        name: "nonsense".into(),
        apply_to_existing: false,
    });
    settle().await;
    let s = snapshot(&handle);
    assert_eq!(
        s.stats.seeding_profile, "conservative",
        "unknown profile refused"
    );
    assert!(s.notices.iter().any(|n| n.message.contains("nonsense")));
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn duplicates_and_broken_files_are_reported_and_notices_dismissed() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = start(dir.path(), Settings::default());
    add(&handle, 1, 1 << 30);
    add(&handle, 1, 1 << 30);
    handle.send(Command::AddTorrent(TorrentSource::Bytes {
        name: "junk.torrent".into(),
        data: b"not bencode".to_vec(),
    }));
    handle.send(Command::AddTorrent(TorrentSource::Path(
        dir.path().join("absent.torrent"),
    )));
    settle().await;
    let s = snapshot(&handle);
    assert_eq!(s.torrents.len(), 1);
    let messages: Vec<&str> = s.notices.iter().map(|n| n.message.as_str()).collect();
    assert_eq!(messages.len(), 3, "{messages:?}");
    assert!(messages[0].contains("already added"));
    assert!(messages[1].starts_with("junk.torrent: "));
    assert!(messages[2].contains("absent.torrent"));
    handle.send(Command::DismissNotice(1));
    settle().await;
    let left: Vec<String> = snapshot(&handle)
        .notices
        .iter()
        .map(|n| n.message.clone())
        .collect();
    assert_eq!(left.len(), 2);
    assert!(!left.iter().any(|m| m.starts_with("junk")));
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn removing_keeps_the_totals_and_re_adding_restores_them() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = start(
        dir.path(),
        Settings {
            threshold: 0,
            ..Settings::default()
        },
    );
    add(&handle, 7, 1 << 30);
    sleep(Duration::from_secs(100)).await;
    let before = snapshot(&handle).torrents[0].clone();
    assert!(before.total_uploaded > 0);
    let file = dir
        .path()
        .join("torrents")
        .join(format!("{}.torrent", before.info_hash));
    assert!(file.exists(), "a copy is kept");

    handle.send(Command::Remove {
        info_hashes: vec![before.info_hash.clone()],
        delete_file: false,
    });
    settle().await;
    assert!(snapshot(&handle).torrents.is_empty());
    assert!(!file.exists());
    assert!(
        dir.path()
            .join("removed")
            .join(format!("{}.torrent", before.info_hash))
            .exists(),
        "set aside"
    );

    add(&handle, 7, 1 << 30);
    settle().await;
    let again = snapshot(&handle).torrents[0].clone();
    assert!(
        again.total_uploaded >= before.total_uploaded,
        "totals restored"
    );
    assert_eq!(again.added_at_ms, before.added_at_ms);

    handle.send(Command::Remove {
        info_hashes: vec![again.info_hash.clone()],
        delete_file: true,
    });
    settle().await;
    assert!(!file.exists());
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn a_corrupt_ledger_is_moved_aside_and_shown_and_the_torrents_still_load() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::create_dir_all(dir.path().join("torrents")).expect("dir");
    std::fs::copy(
        support::fixture("torrents/ot.torrent"),
        dir.path().join("torrents/ot.torrent"),
    )
    .expect("copy");
    std::fs::write(
        dir.path().join("ledger.json"),
        b"{\"version\":1,\"torrents\":[{\"total_uploaded\":",
    )
    .expect("write");
    let handle = start(dir.path(), Settings::default());
    settle().await;
    let s = snapshot(&handle);
    assert_eq!(s.torrents.len(), 1, "the .torrent copies still load");
    assert!(
        s.notices
            .iter()
            .any(|n| n.message.contains("ledger.json") && n.message.contains("corrupt-")),
        "{:?}",
        s.notices
    );
    let aside = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .any(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("ledger.json.corrupt-")
        });
    assert!(aside, "the bad file is kept aside, not overwritten");
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn speed_steps_double_and_halve_but_never_reach_zero() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = start(
        dir.path(),
        Settings {
            upload_speed: 3,
            download_speed: 100,
            ..Settings::default()
        },
    );
    add(&handle, 1, 1 << 30);
    settle().await;
    let hash = vec![snapshot(&handle).torrents[0].info_hash.clone()];
    handle.send(Command::ScaleSpeeds {
        info_hashes: hash.clone(),
        upload: 2.0,
        download: 0.5,
    });
    settle().await;
    let t = &snapshot(&handle).torrents[0];
    assert_eq!((t.upload_speed_kib, t.download_speed_kib), (6, 50));
    for _ in 0..5 {
        handle.send(Command::ScaleSpeeds {
            info_hashes: hash.clone(),
            upload: 0.5,
            download: 1.0,
        });
    }
    settle().await;
    assert_eq!(
        snapshot(&handle).torrents[0].upload_speed_kib,
        1,
        "floored at 1 KiB/s"
    );
    handle.shutdown().await;
}
