//! The window is woken only when what it shows moves: an idle engine asks for a frame at most
//! every few seconds, a running torrent once a tick, monitoring samples only while the
//! Monitoring view is on screen.

mod support;

use dfakeseeder::engine::{self, Clock, EngineOptions, Repaint};
use dfakeseeder::settings::Settings;
use dfakeseeder::state::{AppState, Command};
use dfakeseeder::ui::App;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

/// An engine whose repaint requests are counted: (state, monitor).
fn counted(dir: &std::path::Path) -> (engine::EngineHandle, Arc<[AtomicUsize; 2]>) {
    let mut options = EngineOptions::new(dir.to_path_buf(), Settings::default());
    options.clock = Clock::starting_at(1_750_000_000_000);
    options.seed = Some(1);
    let counts: Arc<[AtomicUsize; 2]> = Arc::new([AtomicUsize::new(0), AtomicUsize::new(0)]);
    let seen = counts.clone();
    let _ = options.repaint.set(Box::new(move |what| {
        let i = usize::from(what == Repaint::Monitor);
        seen[i].fetch_add(1, Ordering::Relaxed);
    }));
    (engine::spawn(options), counts)
}

fn take(counts: &[AtomicUsize; 2]) -> (usize, usize) {
    (
        counts[0].swap(0, Ordering::Relaxed),
        counts[1].swap(0, Ordering::Relaxed),
    )
}

#[tokio::test(start_paused = true)]
async fn an_idle_engine_wakes_the_window_rarely_and_a_running_torrent_each_tick() {
    let dir = tempfile::tempdir().expect("dir");
    let (handle, counts) = counted(dir.path());
    tokio::time::sleep(Duration::from_secs(5)).await;
    take(&counts);
    // Nothing to show moving: one frame per quiet refresh (5 s), not one per tick.
    tokio::time::sleep(Duration::from_secs(60)).await;
    let (state, monitor) = take(&counts);
    assert!(state <= 13, "{state} frames asked in 60 idle seconds");
    assert!(
        monitor >= 25,
        "monitoring samples still reported ({monitor})"
    );
    // A running torrent's figures move every second.
    support::engine::add(&handle, 7, 1 << 30);
    tokio::time::sleep(Duration::from_secs(1)).await;
    take(&counts);
    tokio::time::sleep(Duration::from_secs(30)).await;
    let (state, _) = take(&counts);
    assert!(state >= 28, "only {state} frames in 30 running seconds");
    // Paused again: back to rare frames.
    let hash = support::engine::snapshot(&handle).torrents[0]
        .info_hash
        .clone();
    handle.send(Command::Pause(vec![hash]));
    tokio::time::sleep(Duration::from_secs(2)).await;
    take(&counts);
    tokio::time::sleep(Duration::from_secs(60)).await;
    let (state, _) = take(&counts);
    assert!(state <= 13, "{state} frames in 60 paused seconds");
    handle.shutdown().await;
}

#[test]
fn the_window_says_when_the_monitoring_view_is_on_screen() {
    let state = Arc::new(RwLock::new(AppState::default()));
    let app = App::new(state, Some(Arc::new(|_| {})));
    let shown = app.monitoring_shown();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1200.0, 700.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run();
    assert!(!shown.load(Ordering::Relaxed));
    h.get_by_label("Monitoring").click();
    h.run();
    assert!(shown.load(Ordering::Relaxed));
    h.get_by_label("Torrents").click();
    h.run();
    assert!(!shown.load(Ordering::Relaxed));
}
