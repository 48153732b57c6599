//! The first window over the real engine: add a torrent through the dialog's code path, see
//! its row, pause it, remove it. egui_kittest drives the real UI; the engine runs on tokio.

mod support;

use support::engine::snapshot;

use dfakeseeder::engine::{self, EngineHandle, EngineOptions};
use dfakeseeder::settings::Settings;
use dfakeseeder::state::{AppState, TorrentStatus};
use dfakeseeder::ui::{App, CommandSink};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Runs frames until `done` holds for the engine's state (the engine works on its own threads).
fn until(
    harness: &mut Harness<'static, App>,
    handle: &EngineHandle,
    what: &str,
    done: impl Fn(&AppState) -> bool,
) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !done(&snapshot(handle)) {
        assert!(Instant::now() < deadline, "timed out waiting for: {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
    harness.run();
}

#[test]
fn add_see_pause_and_remove_through_the_window() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let dir = tempfile::tempdir().expect("dir");
    let handle = {
        let _enter = runtime.enter();
        engine::spawn(EngineOptions::new(
            dir.path().to_path_buf(),
            Settings::default(),
        ))
    };
    let sender = handle.sender();
    let sink: CommandSink = Arc::new(move |c| {
        let _ = sender.send(c);
    });
    let app = App::new(handle.state.clone(), Some(sink));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 700.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run();

    // The file dialog hands its paths to add_paths, as this test does.
    h.state_mut()
        .add_paths(vec![support::fixture("torrents/ot.torrent")]);
    until(&mut h, &handle, "the torrent is added", |s| {
        s.torrents.len() == 1
    });
    h.get_by_label("payload_ot.bin").click();
    h.run();
    h.get_by_label("Pause").click();
    h.run();
    until(&mut h, &handle, "the torrent is paused", |s| {
        s.torrents[0].status == TorrentStatus::Paused
    });
    h.get_by_label("Paused");

    h.get_by_label("Remove").click();
    h.run();
    h.get_by_label("Also delete the copied .torrent file")
        .click();
    h.run();
    h.get_by_label("Yes, remove").click();
    h.run();
    until(&mut h, &handle, "the torrent is removed", |s| {
        s.torrents.is_empty()
    });
    assert!(
        h.query_by_label("payload_ot.bin").is_none(),
        "its row is gone"
    );
    assert!(
        !dir.path()
            .join("torrents")
            .join(format!(
                "{}.torrent",
                "2cb98b23015d2dfc42b4a9b7eef22fe4772800ba"
            ))
            .exists()
    );
    drop(h);
    runtime.block_on(handle.shutdown());
}

#[test]
fn a_broken_torrent_is_reported_in_the_window_and_nothing_else_changes() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let dir = tempfile::tempdir().expect("dir");
    let broken = dir.path().join("broken.torrent");
    std::fs::write(&broken, b"d8:announce3:abc4:infoi3ee").expect("write");
    let handle = {
        let _enter = runtime.enter();
        engine::spawn(EngineOptions::new(
            dir.path().to_path_buf(),
            Settings::default(),
        ))
    };
    let sender = handle.sender();
    let sink: CommandSink = Arc::new(move |c| {
        let _ = sender.send(c);
    });
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 700.0))
        .build_ui_state(
            |ui, app: &mut App| app.ui(ui),
            App::new(handle.state.clone(), Some(sink)),
        );
    h.state_mut().add_paths(vec![broken.clone()]);
    until(&mut h, &handle, "the error notice", |s| {
        !s.notices.is_empty()
    });
    let notice = snapshot(&handle).notices[0].message.clone();
    assert!(
        notice.contains("broken.torrent"),
        "names the file: {notice}"
    );
    assert!(notice.contains("info"), "says what is wrong: {notice}");
    h.get_by_label_contains("broken.torrent");
    assert!(snapshot(&handle).torrents.is_empty());
    drop(h);
    runtime.block_on(handle.shutdown());
}
