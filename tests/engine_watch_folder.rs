//! The watch folder on a real filesystem: files there at start and files that appear later are
//! added (and deleted when asked), broken ones are reported and left, a missing folder is refused.

mod support;

use dfakeseeder::settings::Settings;
use dfakeseeder::state::{AppState, Command};
use std::path::Path;
use std::time::{Duration, Instant};
use support::engine::{snapshot, start};
use support::synthetic::synthetic;

fn torrent_bytes(seed: u64) -> Vec<u8> {
    synthetic(
        &format!("w{seed}"),
        1 << 20,
        &[&["http://127.0.0.1:1/a"]],
        seed,
    )
}

async fn until(
    handle: &dfakeseeder::engine::EngineHandle,
    what: &str,
    ok: impl Fn(&AppState) -> bool,
) -> AppState {
    let t0 = Instant::now();
    loop {
        let s = snapshot(handle);
        if ok(&s) {
            return s;
        }
        assert!(
            t0.elapsed() < Duration::from_secs(10),
            "timed out waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn watching(folder: &Path, delete: bool) -> Settings {
    let mut s = Settings::default();
    s.watch_folder.enabled = true;
    s.watch_folder.path = folder.display().to_string();
    s.watch_folder.delete_added_torrents = delete;
    s
}

#[tokio::test]
async fn files_in_the_folder_are_added_broken_ones_reported_and_left() {
    let config = tempfile::tempdir().expect("dir");
    let folder = tempfile::tempdir().expect("dir");
    std::fs::write(folder.path().join("old.torrent"), torrent_bytes(1)).expect("write");
    std::fs::write(folder.path().join("broken.torrent"), b"d4:infoi1e").expect("write");
    std::fs::write(folder.path().join("notes.txt"), b"not a torrent").expect("write");
    let handle = start(config.path(), watching(folder.path(), true), 1);

    let s = until(&handle, "the file already there", |s| s.torrents.len() == 1).await;
    assert_eq!(s.torrents[0].name, "w1");
    until(&handle, "the added file to be deleted", |_| {
        !folder.path().join("old.torrent").exists()
    })
    .await;
    let s = until(&handle, "the broken file's notice", |s| {
        s.notices
            .iter()
            .any(|n| n.message.contains("broken.torrent"))
    })
    .await;
    assert!(
        folder.path().join("broken.torrent").exists(),
        "a broken file is left in place"
    );
    assert!(folder.path().join("notes.txt").exists());
    assert!(
        s.events
            .iter()
            .any(|e| e.message == "Added from the watch folder: old.torrent")
    );

    // A file written later (written elsewhere, then moved in, as browsers do).
    let outside = config.path().join("new.part");
    std::fs::write(&outside, torrent_bytes(2)).expect("write");
    std::fs::rename(&outside, folder.path().join("new.torrent")).expect("move");
    until(&handle, "the new file", |s| s.torrents.len() == 2).await;
    until(&handle, "its deletion", |_| {
        !folder.path().join("new.torrent").exists()
    })
    .await;
    handle.shutdown().await;
}

#[tokio::test]
async fn without_delete_the_files_stay_and_a_missing_folder_is_refused() {
    let config = tempfile::tempdir().expect("dir");
    let folder = tempfile::tempdir().expect("dir");
    let handle = start(config.path(), watching(folder.path(), false), 2);
    tokio::time::sleep(Duration::from_millis(200)).await;
    std::fs::write(folder.path().join("a.torrent"), torrent_bytes(3)).expect("write");
    until(&handle, "the new file", |s| s.torrents.len() == 1).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(folder.path().join("a.torrent").exists());
    let before = snapshot(&handle).settings;

    let mut bad = before.clone();
    bad.watch_folder.path = "/no/such/folder".into();
    handle.send(Command::UpdateSettings(Box::new(bad)));
    let s = until(&handle, "the refusal", |s| {
        s.notices
            .iter()
            .any(|n| n.message.contains("/no/such/folder"))
    })
    .await;
    assert_eq!(s.settings, before, "the saved settings are untouched");
    handle.shutdown().await;
}
