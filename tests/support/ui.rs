//! The real window in egui_kittest with a command sink that records what it sends.

use dfakeseeder::state::{AppState, Command, SharedState};
use dfakeseeder::ui::{App, CommandSink};
use egui_kittest::Harness;
use std::sync::{Arc, Mutex, RwLock};

/// The details pane's tab labels, in the window's order (English).
pub const DETAILS_TABS: [&str; 8] = [
    "Details",
    "Status",
    "Options",
    "Files",
    "Peers",
    "Incoming",
    "Trackers",
    "Torrent log",
];

pub type Recorded = Arc<Mutex<Vec<Command>>>;

/// A window over `state` (read-only unless `editable`), its shared state and its recording.
pub fn window(
    state: AppState,
    editable: bool,
    size: egui::Vec2,
) -> (Harness<'static, App>, SharedState, Recorded) {
    let state: SharedState = Arc::new(RwLock::new(state));
    let recorded: Recorded = Arc::default();
    let log = recorded.clone();
    let sink: CommandSink = Arc::new(move |c| log.lock().expect("lock").push(c));
    let app = App::new(state.clone(), editable.then_some(sink));
    let mut h = Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run();
    (h, state, recorded)
}

/// What was sent since the last call.
pub fn taken(recorded: &Recorded) -> Vec<Command> {
    std::mem::take(&mut *recorded.lock().expect("lock"))
}
