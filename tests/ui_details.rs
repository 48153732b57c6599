//! The details pane's Details, Status, Files and Log tabs show the selected torrent.

use dfakeseeder::state::{
    AppState, FileEntry, LogLevel, LogLine, SharedState, TorrentStatus, TorrentView,
};
use dfakeseeder::ui::App;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use std::sync::{Arc, RwLock};

fn window() -> Harness<'static, App> {
    let hash = "ab".repeat(20);
    let torrent = TorrentView {
        info_hash: hash.clone(),
        name: "album".into(),
        total_size: 3 * 1024 * 1024,
        piece_length: 256 * 1024,
        piece_count: 12,
        files: vec![
            FileEntry {
                path: "cd1/01.flac".into(),
                length: 2 * 1024 * 1024,
            },
            FileEntry {
                path: "cover.jpg".into(),
                length: 1024 * 1024,
            },
        ],
        created_by: Some("mktorrent 1.1".into()),
        status: TorrentStatus::Seeding,
        progress: 1.0,
        total_uploaded: 6 * 1024 * 1024,
        total_downloaded: 3 * 1024 * 1024,
        seed_time_secs: 3723,
        ..TorrentView::default()
    };
    let line = |info_hash: Option<String>, message: &str| LogLine {
        at_ms: 0,
        level: LogLevel::Info,
        info_hash,
        message: message.into(),
    };
    let state: SharedState = Arc::new(RwLock::new(AppState {
        torrents: vec![torrent],
        log: [
            line(Some(hash), "Completed: album"),
            line(None, "someone else's line"),
        ]
        .into(),
        revision: 1,
        ..AppState::default()
    }));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), App::new(state, None));
    h.run();
    h.get_by_label("album").click();
    h.run();
    h
}

fn tab(h: &mut Harness<'static, App>, name: &str) {
    h.get_by_role_and_label(egui::accesskit::Role::Button, name)
        .click();
    h.run();
}

#[test]
fn details_status_files_and_log() {
    let mut h = window();
    h.get_by_label(&"ab".repeat(20));
    h.get_by_label("3 MiB (3145728 bytes)");
    h.get_by_label("12 × 256 KiB");
    h.get_by_label("mktorrent 1.1");

    tab(&mut h, "Status");
    h.get_by_label("0 B / 6 MiB");
    h.get_by_label("1h 2m 3s");

    tab(&mut h, "Files");
    h.get_by_label("cd1  (2 MiB)");
    h.get_by_label("01.flac  (2 MiB)");
    h.get_by_label("cover.jpg  (1 MiB)");

    tab(&mut h, "Torrent log");
    h.get_by_label_contains("Completed: album");
    assert!(
        h.query_by_label_contains("someone else's line").is_none(),
        "only this torrent's lines"
    );
}

#[test]
fn the_log_view_filters_by_level_and_selection() {
    let mut h = window();
    tab(&mut h, "Log");
    h.get_by_label_contains("Completed: album");
    h.get_by_label_contains("someone else's line");
    h.get_by_label("only the selected torrents").click();
    h.run();
    h.get_by_label_contains("Completed: album");
    assert!(h.query_by_label_contains("someone else's line").is_none());
    tab(&mut h, "error");
    h.get_by_label("No log line matches.");
    tab(&mut h, "Torrents");
    assert!(
        h.query_all_by_label("album").next().is_some(),
        "back to the table"
    );
}

/// eframe's storage, in memory.
#[derive(Default)]
struct Memory(std::collections::HashMap<String, String>);

impl eframe::Storage for Memory {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_string(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn sort_view_and_tab_survive_a_restart() {
    use eframe::App as _;
    let mut h = window();
    h.get_by_label("Size").click();
    h.run();
    tab(&mut h, "Files");
    let mut storage = Memory::default();
    h.state_mut().save(&mut storage);

    let one = TorrentView {
        info_hash: "cd".repeat(20),
        name: "x".into(),
        ..TorrentView::default()
    };
    let state: SharedState = Arc::new(RwLock::new(AppState {
        torrents: vec![one],
        revision: 1,
        ..AppState::default()
    }));
    let app = App::new(state, None).with_storage(Some(&storage));
    let mut again = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    again.run();
    again.get_by_label("Size ▲");
}
