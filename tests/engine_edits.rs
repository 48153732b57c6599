//! The context menu's engine side: recheck, random progress, queue moves, rename, label,
//! tracker edits and new settings; what persists survives a restart.

mod support;

use dfakeseeder::engine::EngineHandle;
use dfakeseeder::settings::Settings;
use dfakeseeder::state::{AppState, Command, EventKind, QueueMove, TorrentStatus};
use std::path::Path;
use std::time::Duration;
use support::engine::{add, settle, snapshot};
use tokio::time::sleep;

fn start(dir: &Path, settings: Settings) -> EngineHandle {
    support::engine::start(dir, settings, 7)
}

fn names(state: &AppState) -> Vec<String> {
    state.torrents.iter().map(|t| t.name.clone()).collect()
}

fn hash_of(state: &AppState, name: &str) -> String {
    state
        .torrents
        .iter()
        .find(|t| t.name == name)
        .map(|t| t.info_hash.clone())
        .expect("torrent")
}

async fn four(dir: &Path) -> EngineHandle {
    let handle = start(dir, Settings::default());
    for seed in 1..=4 {
        add(&handle, seed, 1 << 30);
    }
    settle().await;
    handle
}

#[tokio::test(start_paused = true)]
async fn a_recheck_shows_checking_moves_nothing_then_resumes() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = four(dir.path()).await;
    let s = snapshot(&handle);
    let (t1, t2) = (hash_of(&s, "t1"), hash_of(&s, "t2"));
    handle.send(Command::Pause(vec![t2.clone()]));
    handle.send(Command::Recheck(vec![t1.clone(), t2.clone()]));
    settle().await;
    let s = snapshot(&handle);
    let t = s.torrent(&t1).expect("t1");
    assert!(
        matches!(t.status, TorrentStatus::Checking { .. }),
        "{:?}",
        t.status
    );
    let before = t.total_downloaded;
    // A 1 GiB torrent checks for about 5 s at 200 MiB/s.
    sleep(Duration::from_secs(3)).await;
    let s = snapshot(&handle);
    assert_eq!(
        s.torrent(&t1).expect("t1").total_downloaded,
        before,
        "no bytes while checking"
    );
    sleep(Duration::from_secs(4)).await;
    let s = snapshot(&handle);
    assert_eq!(
        s.torrent(&t1).expect("t1").status,
        TorrentStatus::Downloading
    );
    assert_eq!(
        s.torrent(&t2).expect("t2").status,
        TorrentStatus::Paused,
        "a paused one stays paused"
    );
    assert!(s.log.iter().any(|l| l.message == "Recheck done: t1"));
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn random_progress_follows_the_old_apps_ranges_and_spares_complete_torrents() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = four(dir.path()).await;
    let s = snapshot(&handle);
    let all: Vec<String> = s.torrents.iter().map(|t| t.info_hash.clone()).collect();
    handle.send(Command::ForceComplete(vec![all[3].clone()]));
    handle.send(Command::RandomProgress(all.clone()));
    settle().await;
    let s = snapshot(&handle);
    for t in &s.torrents[..3] {
        assert!(
            (0.1..0.99).contains(&t.progress),
            "{}: {}",
            t.name,
            t.progress
        );
        assert!(
            t.total_downloaded < 1 << 20,
            "the jump is not counted as downloaded"
        );
    }
    assert_eq!(s.torrents[3].progress, 1.0);
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn queue_moves_reorder_and_the_order_survives_a_restart() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = four(dir.path()).await;
    let s = snapshot(&handle);
    let h = |n: &str| vec![hash_of(&s, n)];
    let moves = [
        (h("t3"), QueueMove::Top, ["t3", "t1", "t2", "t4"]),
        (h("t1"), QueueMove::Bottom, ["t3", "t2", "t4", "t1"]),
        (h("t4"), QueueMove::Up, ["t3", "t4", "t2", "t1"]),
        (h("t3"), QueueMove::Down, ["t4", "t3", "t2", "t1"]),
        // Already at the top: nothing moves.
        (h("t4"), QueueMove::Up, ["t4", "t3", "t2", "t1"]),
    ];
    for (info_hashes, to, expected) in moves {
        handle.send(Command::Queue { info_hashes, to });
        settle().await;
        assert_eq!(names(&snapshot(&handle)), expected, "{to:?}");
    }
    // Two selected move together, keeping their order.
    handle.send(Command::Queue {
        info_hashes: [h("t2"), h("t1")].concat(),
        to: QueueMove::Top,
    });
    settle().await;
    assert_eq!(names(&snapshot(&handle)), ["t2", "t1", "t4", "t3"]);
    handle.shutdown().await;
    let handle = start(dir.path(), Settings::default());
    settle().await;
    assert_eq!(names(&snapshot(&handle)), ["t2", "t1", "t4", "t3"]);
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn rename_label_and_trackers_persist_and_bad_values_are_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = four(dir.path()).await;
    let t1 = hash_of(&snapshot(&handle), "t1");
    handle.send(Command::Rename {
        info_hash: t1.clone(),
        name: "  Holiday photos ".into(),
    });
    handle.send(Command::SetLabel {
        info_hashes: vec![t1.clone()],
        label: "family".into(),
    });
    handle.send(Command::SetTrackers {
        info_hash: t1.clone(),
        trackers: vec![
            (0, "udp://127.0.0.1:2/announce".into()),
            (1, "http://127.0.0.1:3/announce".into()),
        ],
    });
    settle().await;
    // Refused: an empty name, a tracker that is not http/https/udp. Nothing changes.
    handle.send(Command::Rename {
        info_hash: t1.clone(),
        name: "   ".into(),
    });
    handle.send(Command::SetTrackers {
        info_hash: t1.clone(),
        trackers: vec![(0, "ftp://127.0.0.1/x".into())],
    });
    settle().await;
    let s = snapshot(&handle);
    assert_eq!(s.notices.len(), 2, "{:?}", s.notices);
    assert!(s.notices[0].message.contains("Not renamed"));
    assert!(s.notices[1].message.contains("ftp://"));
    handle.shutdown().await;

    let handle = start(dir.path(), Settings::default());
    settle().await;
    let s = snapshot(&handle);
    let t = s.torrent(&t1).expect("t1");
    assert_eq!(t.name, "Holiday photos");
    assert_eq!(t.label, "family");
    let urls: Vec<(u32, &str)> = t
        .trackers
        .iter()
        .map(|v| (v.tier, v.url.as_str()))
        .collect();
    assert_eq!(
        urls,
        [
            (0, "udp://127.0.0.1:2/announce"),
            (1, "http://127.0.0.1:3/announce")
        ]
    );
    assert!(t.custom_trackers);
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn settings_apply_when_valid_and_are_refused_with_the_reason_otherwise() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = four(dir.path()).await;
    let mut good = Settings::default();
    good.speed.upload_limit_kbps = 123;
    good.columns = "name,ratio".into();
    handle.send(Command::UpdateSettings(Box::new(good.clone())));
    settle().await;
    let s = snapshot(&handle);
    assert_eq!(s.settings, good);
    assert_eq!(
        s.stats.upload_limit_kib, 123,
        "the engine uses the new limit"
    );
    assert!(
        s.events
            .iter()
            .any(|e| e.kind == EventKind::Info && e.message == "Settings saved")
    );
    let saved = std::fs::read_to_string(dir.path().join("settings.json")).expect("saved");
    assert!(saved.contains("\"columns\": \"name,ratio\""), "{saved}");

    let mut bad = good.clone();
    bad.connection.listening_port = 0;
    handle.send(Command::UpdateSettings(Box::new(bad)));
    settle().await;
    let s = snapshot(&handle);
    assert_eq!(s.settings, good, "the old settings stay");
    let notice = &s.notices.last().expect("a notice").message;
    assert!(notice.contains("listening_port"), "{notice}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("settings.json")).expect("saved"),
        saved,
        "the file is untouched"
    );
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn added_and_completed_torrents_raise_events_and_speeds_are_sampled() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = start(dir.path(), Settings::default());
    add(&handle, 9, 64 * 1024);
    settle().await;
    sleep(Duration::from_secs(20)).await;
    let s = snapshot(&handle);
    let kinds: Vec<(EventKind, &str)> = s
        .events
        .iter()
        .map(|e| (e.kind, e.message.as_str()))
        .collect();
    assert!(
        kinds.contains(&(EventKind::Success, "Added: t9")),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&(EventKind::Success, "Completed: t9")),
        "{kinds:?}"
    );
    let t = &s.torrents[0];
    assert!(t.rate_history.len() >= 10, "{}", t.rate_history.len());
    assert!(t.rate_history.len() <= dfakeseeder::state::RATE_HISTORY);
    assert!(s.stats.history.len() >= 10);
    assert!(
        !s.monitor.samples.is_empty(),
        "the monitor samples the process"
    );
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn settings_export_and_import_round_trip_and_bad_files_change_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let mut settings = Settings::default();
    settings.speed.upload_limit_kbps = 321;
    let handle = start(dir.path(), settings);
    let file = dir.path().join("exported.json");
    handle.send(Command::ExportSettings(file.clone()));
    settle().await;
    let text = std::fs::read_to_string(&file).expect("exported");
    assert!(text.contains("\"upload_limit_kbps\": 321"), "{text}");

    std::fs::write(&file, text.replace("321", "654")).expect("edit");
    handle.send(Command::ImportSettings(file.clone()));
    settle().await;
    let s = snapshot(&handle);
    assert_eq!(s.settings.speed.upload_limit_kbps, 654);
    assert!(
        s.events
            .iter()
            .any(|e| e.message.starts_with("Settings imported from"))
    );

    std::fs::write(&file, r#"{"speed": {"upload_limit_kbps": "fast"}}"#).expect("edit");
    handle.send(Command::ImportSettings(file.clone()));
    handle.send(Command::ImportSettings(dir.path().join("missing.json")));
    settle().await;
    let s = snapshot(&handle);
    assert_eq!(s.settings.speed.upload_limit_kbps, 654, "unchanged");
    let notices: Vec<&str> = s.notices.iter().map(|n| n.message.as_str()).collect();
    assert_eq!(notices.len(), 2, "{notices:?}");
    assert!(
        notices
            .iter()
            .all(|n| n.starts_with("Settings not imported from")),
        "{notices:?}"
    );
    handle.shutdown().await;
}
