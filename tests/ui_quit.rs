//! Closing the window (`close_action`): ask while torrents run, quit, or minimise; Ctrl+Q; a
//! signal's forced quit; the read-only viewer never holds a close back.

mod support;

use dfakeseeder::settings::CloseAction;
use dfakeseeder::state::{AppState, TorrentStatus, TorrentView};
use dfakeseeder::ui::App;
use egui::{Key, Modifiers, ViewportCommand, ViewportEvent, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

type H = Harness<'static, App>;

fn state(statuses: &[TorrentStatus], action: CloseAction) -> AppState {
    let mut state = AppState {
        torrents: statuses
            .iter()
            .enumerate()
            .map(|(i, status)| TorrentView {
                info_hash: format!("{i:040}"),
                name: format!("t{i}"),
                status: status.clone(),
                ..TorrentView::default()
            })
            .collect(),
        revision: 1,
        ..AppState::default()
    };
    state.settings.close_action = action;
    state
}

fn window(statuses: &[TorrentStatus], action: CloseAction, editable: bool) -> H {
    let size = egui::vec2(1200.0, 700.0);
    support::ui::window(state(statuses, action), editable, size).0
}

/// What the window asked of its viewport in the last frame.
fn commands(h: &H) -> Vec<ViewportCommand> {
    h.output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .map(|v| v.commands.clone())
        .unwrap_or_default()
}

/// The title bar's close button.
fn close(h: &mut H) -> Vec<ViewportCommand> {
    h.input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(ViewportEvent::Close);
    h.step();
    let sent = commands(h);
    h.run_steps(2);
    sent
}

fn asks(h: &H) -> bool {
    h.query_by_label("Quit dfakeseeder?").is_some()
}

const RUNNING: [TorrentStatus; 2] = [TorrentStatus::Seeding, TorrentStatus::Paused];

#[test]
fn closing_with_running_torrents_asks_and_quit_closes() {
    let mut h = window(&RUNNING, CloseAction::Ask, true);
    let sent = close(&mut h);
    assert!(sent.contains(&ViewportCommand::CancelClose), "{sent:?}");
    assert!(asks(&h));
    assert!(
        h.query_by_label_contains("One torrent is running")
            .is_some()
    );
    h.get_by_label("Quit").click();
    h.step();
    assert!(commands(&h).contains(&ViewportCommand::Close));
    // Once quitting, every frame asks for the close: no `run()` to settle.
    h.run_steps(2);
    assert!(!asks(&h));
    // The close that Quit asked for goes through.
    let sent = close(&mut h);
    assert!(!sent.contains(&ViewportCommand::CancelClose), "{sent:?}");
}

#[test]
fn cancel_keeps_the_window_and_minimise_instead_minimises() {
    let mut h = window(&RUNNING, CloseAction::Ask, true);
    close(&mut h);
    h.get_by_label("Cancel").click();
    h.step();
    assert!(!commands(&h).contains(&ViewportCommand::Close));
    h.run();
    assert!(!asks(&h));
    // Asked again on the next close, since nothing was confirmed.
    close(&mut h);
    h.get_by_label("Minimise instead").click();
    h.step();
    assert!(commands(&h).contains(&ViewportCommand::Minimized(true)));
}

#[test]
fn nothing_running_or_quit_chosen_closes_at_once() {
    let paused = [TorrentStatus::Paused, TorrentStatus::Error("gone".into())];
    let mut h = window(&paused, CloseAction::Ask, true);
    let sent = close(&mut h);
    assert!(!sent.contains(&ViewportCommand::CancelClose), "{sent:?}");
    assert!(!asks(&h));
    let mut h = window(&RUNNING, CloseAction::Quit, true);
    let sent = close(&mut h);
    assert!(!sent.contains(&ViewportCommand::CancelClose), "{sent:?}");
}

#[test]
fn minimise_keeps_seeding_and_ctrl_q_still_quits() {
    let mut h = window(&RUNNING, CloseAction::Minimize, true);
    let sent = close(&mut h);
    assert!(sent.contains(&ViewportCommand::CancelClose), "{sent:?}");
    assert!(sent.contains(&ViewportCommand::Minimized(true)), "{sent:?}");
    assert!(!asks(&h));
    // Ctrl+Q asks (torrents run), and its Quit closes.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    assert!(asks(&h));
    h.get_by_label("Quit").click();
    h.step();
    assert!(commands(&h).contains(&ViewportCommand::Close));
}

#[test]
fn ctrl_q_with_quit_chosen_closes_without_asking() {
    let mut h = window(&RUNNING, CloseAction::Quit, true);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    // kittest hands queued events (modifiers, key down, key up) over a few frames.
    let mut sent = Vec::new();
    for _ in 0..6 {
        h.step();
        sent.extend(commands(&h));
    }
    assert!(sent.contains(&ViewportCommand::Close), "{sent:?}");
}

#[test]
fn a_forced_quit_never_asks() {
    let forced = Arc::new(AtomicBool::new(false));
    let app = App::new(
        Arc::new(std::sync::RwLock::new(state(&RUNNING, CloseAction::Ask))),
        Some(Arc::new(|_| {})),
    )
    .with_forced_quit(forced.clone());
    let mut h = Harness::builder()
        .with_size(egui::vec2(1200.0, 700.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run();
    forced.store(true, Ordering::Relaxed);
    let sent = close(&mut h);
    assert!(!sent.contains(&ViewportCommand::CancelClose), "{sent:?}");
    assert!(!asks(&h));
}

#[test]
fn the_read_only_viewer_never_holds_a_close_back() {
    let mut h = window(&RUNNING, CloseAction::Minimize, false);
    let sent = close(&mut h);
    assert!(sent.is_empty(), "{sent:?}");
}
