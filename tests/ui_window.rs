//! Drives the real window headlessly (egui_kittest, no GPU) with a recording command sink.

use dfakeseeder::state::{
    AppState, Command, LogLevel, Notice, SharedState, TorrentSource, TorrentStatus, TorrentView,
};
use dfakeseeder::ui::{App, CommandSink};
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use egui_kittest::{Harness, Node};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

type Recorded = Arc<Mutex<Vec<Command>>>;

fn torrent(name: &str, size: u64) -> TorrentView {
    TorrentView {
        info_hash: format!("{:0>40}", name.len().to_string() + name),
        name: name.into(),
        total_size: size,
        ..Default::default()
    }
}

fn shared(torrents: Vec<TorrentView>) -> SharedState {
    Arc::new(RwLock::new(AppState {
        torrents,
        revision: 1,
        ..Default::default()
    }))
}

fn harness_for(app: App) -> Harness<'static, App> {
    Harness::builder()
        .with_size(egui::vec2(1400.0, 700.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app)
}

/// An editable window over `torrents`, with everything it sends recorded.
fn window(torrents: Vec<TorrentView>) -> (Harness<'static, App>, SharedState, Recorded) {
    let state = shared(torrents);
    let recorded: Recorded = Arc::default();
    let log = Arc::clone(&recorded);
    let sink: CommandSink = Arc::new(move |c| log.lock().unwrap().push(c));
    let mut harness = harness_for(App::new(Arc::clone(&state), Some(sink)));
    harness.run();
    (harness, state, recorded)
}

fn three() -> Vec<TorrentView> {
    vec![
        torrent("alpha", 300),
        torrent("bravo", 100),
        torrent("charlie", 200),
    ]
}

fn hash(name: &str) -> String {
    torrent(name, 0).info_hash
}

fn taken(recorded: &Recorded) -> Vec<Command> {
    std::mem::take(&mut *recorded.lock().unwrap())
}

fn click(harness: &mut Harness<'static, App>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

fn is_disabled(node: &Node<'_>) -> bool {
    node.accesskit_node().is_disabled()
}

#[test]
fn pause_and_resume_the_clicked_row() {
    let (mut h, _, recorded) = window(three());
    assert!(
        is_disabled(&h.get_by_label("Pause")),
        "nothing selected yet"
    );
    click(&mut h, "bravo");
    assert_eq!(h.state().selected(), [hash("bravo")]);
    assert!(!is_disabled(&h.get_by_label("Pause")));
    click(&mut h, "Pause");
    assert_eq!(taken(&recorded), [Command::Pause(vec![hash("bravo")])]);
    click(&mut h, "Resume");
    assert_eq!(taken(&recorded), [Command::Resume(vec![hash("bravo")])]);
}

#[test]
fn disabled_buttons_send_nothing() {
    let (mut h, _, recorded) = window(three());
    click(&mut h, "Pause");
    click(&mut h, "Remove");
    assert!(taken(&recorded).is_empty());
    assert!(h.query_by_label("Yes, remove").is_none());
}

#[test]
fn ctrl_and_shift_clicks_extend_the_selection() {
    let (mut h, _, _) = window(three());
    click(&mut h, "alpha");
    h.get_by_label("charlie")
        .click_modifiers(Modifiers::COMMAND);
    h.run();
    assert_eq!(h.state().selected(), [hash("alpha"), hash("charlie")]);
    // Shift+click spans from the last plain/Ctrl click ("charlie") to "alpha", in display order.
    h.get_by_label("alpha").click_modifiers(Modifiers::SHIFT);
    h.run();
    assert_eq!(
        h.state().selected(),
        [hash("alpha"), hash("bravo"), hash("charlie")]
    );
}

#[test]
fn remove_confirms_with_delete_file() {
    let (mut h, _, recorded) = window(three());
    click(&mut h, "charlie");
    click(&mut h, "Remove");
    h.get_by_label("Remove 1 torrent?");
    assert_eq!(
        h.query_all_by_label("charlie").count(),
        3,
        "the row, the details pane and the dialog show the name"
    );
    click(&mut h, "Also delete the copied .torrent file");
    assert!(
        taken(&recorded).is_empty(),
        "nothing is sent before confirming"
    );
    click(&mut h, "Yes, remove");
    assert_eq!(
        taken(&recorded),
        [Command::Remove {
            info_hashes: vec![hash("charlie")],
            delete_file: true
        }]
    );
    assert!(
        h.query_by_label("Yes, remove").is_none(),
        "the dialog closed"
    );
    assert!(h.state().selected().is_empty());
}

#[test]
fn remove_without_ticking_keeps_the_file() {
    let (mut h, _, recorded) = window(three());
    click(&mut h, "alpha");
    click(&mut h, "Remove");
    click(&mut h, "Yes, remove");
    assert_eq!(
        taken(&recorded),
        [Command::Remove {
            info_hashes: vec![hash("alpha")],
            delete_file: false
        }]
    );
}

#[test]
fn cancel_sends_nothing() {
    let (mut h, _, recorded) = window(three());
    click(&mut h, "alpha");
    click(&mut h, "Remove");
    click(&mut h, "Cancel");
    assert!(h.query_by_label("Yes, remove").is_none());
    assert!(taken(&recorded).is_empty());
    assert_eq!(
        h.state().selected(),
        [hash("alpha")],
        "cancelling keeps the selection"
    );
}

#[test]
fn add_paths_sends_torrents_and_reports_the_rest() {
    let (mut h, _, recorded) = window(three());
    h.state_mut().add_paths(vec![
        "/a/one.torrent".into(),
        "/a/notes.txt".into(),
        "/b/TWO.TORRENT".into(),
    ]);
    h.run();
    assert_eq!(
        taken(&recorded),
        [
            Command::AddTorrent(TorrentSource::Path("/a/one.torrent".into())),
            Command::AddTorrent(TorrentSource::Path("/b/TWO.TORRENT".into())),
        ]
    );
    h.get_by_label("Ignored 1 file (not .torrent): notes.txt");
    let dismiss = h.get_all_by_label("Dismiss").count();
    assert_eq!(dismiss, 1);
    click(&mut h, "Dismiss");
    assert!(h.query_by_label_contains("Ignored").is_none());
    assert!(
        taken(&recorded).is_empty(),
        "the UI's own message is dismissed locally"
    );
}

/// A file as the windowing backend hands it over on a drop.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        Err("not read in tests".into())
    }
}

fn drop_files(h: &mut Harness<'static, App>, paths: &[&str]) {
    h.input_mut().dropped_files = paths
        .iter()
        .map(|p| Arc::new(Dropped(PathBuf::from(p))) as egui::DroppedFileHandle)
        .collect();
    h.run();
}

#[test]
fn dropped_files_go_through_add_paths() {
    let (mut h, _, recorded) = window(Vec::new());
    drop_files(&mut h, &["/d/x.torrent", "/d/picture.png"]);
    assert_eq!(
        taken(&recorded),
        [Command::AddTorrent(TorrentSource::Path(
            "/d/x.torrent".into()
        ))]
    );
    h.get_by_label("Ignored 1 file (not .torrent): picture.png");
}

#[test]
fn sorting_by_size_orders_rows_both_ways() {
    let (mut h, _, _) = window(three());
    let order = |h: &Harness<'static, App>| {
        let mut rows: Vec<(f32, String)> = ["alpha", "bravo", "charlie"]
            .iter()
            .map(|n| (h.get_by_label(n).rect().min.y, n.to_string()))
            .collect();
        rows.sort_by(|a, b| a.0.total_cmp(&b.0));
        rows.into_iter().map(|(_, n)| n).collect::<Vec<_>>()
    };
    assert_eq!(
        order(&h),
        ["alpha", "bravo", "charlie"],
        "queue order before sorting"
    );
    click(&mut h, "Size");
    assert_eq!(order(&h), ["bravo", "charlie", "alpha"]);
    click(&mut h, "Size ▲");
    assert_eq!(order(&h), ["alpha", "charlie", "bravo"]);
    h.get_by_label("Size ▼");
}

#[test]
fn engine_changes_show_on_the_next_frame() {
    let (mut h, state, _) = window(three());
    assert!(h.query_by_label("renamed").is_none());
    {
        let mut s = state.write().unwrap();
        s.torrents[0].name = "renamed".into();
        s.torrents[0].progress = 0.42;
        s.torrents[0].status = TorrentStatus::Seeding;
        s.torrents[0].next_announce_ms = Some(s.now_ms + 90_000);
        s.revision += 1;
    }
    h.run();
    h.get_by_label("renamed");
    h.get_by_label("42.0 %");
    h.get_by_label("Seeding");
    h.get_by_label("1m 30s");
}

#[test]
fn notices_show_and_dismiss_sends_the_index() {
    let (mut h, state, recorded) = window(three());
    {
        let mut s = state.write().unwrap();
        for (i, text) in ["first problem", "second problem"].iter().enumerate() {
            s.notices.push(Notice {
                at_ms: i as u64,
                level: LogLevel::Error,
                message: text.to_string(),
            });
        }
        s.revision += 1;
    }
    h.run();
    h.get_by_label("second problem");
    let second = h
        .get_all_by_label("Dismiss")
        .nth(1)
        .expect("two Dismiss buttons");
    second.click();
    h.run();
    assert_eq!(taken(&recorded), [Command::DismissNotice(1)]);
}

#[test]
fn read_only_shows_no_controls_and_ignores_drops() {
    let state = shared(three());
    state.write().unwrap().notices.push(Notice {
        at_ms: 0,
        level: LogLevel::Warning,
        message: "tracker down".into(),
    });
    let mut h = harness_for(App::new(state, None));
    h.run();
    h.get_by_label("alpha");
    h.get_by_label("tracker down");
    for control in ["Add", "Remove", "Pause", "Resume", "Dismiss"] {
        assert!(
            h.query_by_label(control).is_none(),
            "{control} must be hidden"
        );
    }
    drop_files(&mut h, &["/d/x.torrent", "/d/y.txt"]);
    assert!(h.query_by_label_contains("Ignored").is_none());
    // Keyboard shortcuts change nothing either.
    click(&mut h, "alpha");
    h.key_press(Key::Delete);
    h.run();
    assert!(h.query_by_label("Yes, remove").is_none());
}

#[test]
fn keyboard_select_all_toggle_and_delete() {
    let (mut h, state, recorded) = window(three());
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    assert_eq!(
        h.state().selected(),
        [hash("alpha"), hash("bravo"), hash("charlie")]
    );
    h.key_press(Key::Space);
    h.run();
    let all = vec![hash("alpha"), hash("bravo"), hash("charlie")];
    assert_eq!(
        taken(&recorded),
        [Command::Pause(all.clone())],
        "running torrents get paused"
    );
    {
        let mut s = state.write().unwrap();
        s.torrents
            .iter_mut()
            .for_each(|t| t.status = TorrentStatus::Paused);
        s.revision += 1;
    }
    h.run();
    h.key_press(Key::Space);
    h.run();
    assert_eq!(
        taken(&recorded),
        [Command::Resume(all)],
        "all paused: Space resumes"
    );
    h.key_press(Key::Delete);
    h.run();
    h.get_by_label("Remove 3 torrents?");
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label("Remove 3 torrents?").is_none());
    assert!(taken(&recorded).is_empty());
}

#[test]
fn removed_torrents_leave_the_selection() {
    let (mut h, state, _) = window(three());
    click(&mut h, "bravo");
    {
        let mut s = state.write().unwrap();
        s.torrents.retain(|t| t.name != "bravo");
        s.revision += 1;
    }
    h.run();
    assert!(h.state().selected().is_empty());
}

#[test]
fn empty_window_shows_the_hint_and_status_counts() {
    let (mut h, state, _) = window(Vec::new());
    h.get_by_label("Drop .torrent files here or press Add (Ctrl+O)");
    h.get_by_label("0 torrents");
    *state.write().unwrap() = AppState {
        torrents: three(),
        revision: 2,
        ..Default::default()
    };
    h.run();
    assert!(
        h.query_by_label_contains("Drop .torrent files here")
            .is_none()
    );
    click(&mut h, "alpha");
    h.get_by_label("3 torrents, 1 selected");
}

#[test]
fn ten_thousand_rows_draw_virtualised() {
    let torrents: Vec<TorrentView> = (0..10_000)
        .map(|i| torrent(&format!("row {i:05}"), i))
        .collect();
    let (h, _, _) = window(torrents);
    h.get_by_label("row 00002");
    assert!(
        h.query_by_label("row 09999").is_none(),
        "rows far below the view are not drawn"
    );
    h.get_by_label("10000 torrents");
}
