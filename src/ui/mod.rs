//! The egui UI, shared by the native window and the wasm viewer.
//!
//! Immediate mode: every frame draws from the shared [`AppState`] snapshot, read-locked while
//! drawing. The UI never changes engine state; it sends [`Command`]s through a [`CommandSink`].
//! Selection, sorting and the remove confirmation are UI-only state kept in [`App`].

mod actions;
mod announce;
mod appearance;
mod cells;
pub mod columns;
mod context_menu;
mod dashboard;
mod details;
mod dialogs;
mod dropped;
mod edit;
#[cfg(not(target_arch = "wasm32"))]
pub mod file_dialog;
pub mod filter;
mod graph;
pub(crate) mod log_view;
mod monitoring;
mod notices;
mod prompt;
pub mod quit;
mod selection;
mod settings_window;
mod sidebar;
pub mod sort;
mod statusbar;
mod table;
mod toasts;
mod toolbar;

use crate::state::{AppState, Command, LogLevel, SharedState, TorrentSource};
use actions::Action;
use dialogs::{Outcome, RemoveDialog};
use selection::{ClickMode, Selection};
use sort::Sort;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::{Arc, PoisonError};

/// The top-level views.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
enum View {
    Torrents,
    Log,
    Monitoring,
    Dashboard,
}

impl View {
    const ALL: [View; 4] = [View::Torrents, View::Log, View::Monitoring, View::Dashboard];

    fn label(self) -> String {
        match self {
            View::Torrents => t!("view-torrents"),
            View::Log => t!("view-log"),
            View::Monitoring => t!("view-monitoring"),
            View::Dashboard => t!("view-dashboard"),
        }
    }
}

/// Every setting the settings window shows: (key, label in the current language). Tests walk
/// this list.
pub fn settings_keys() -> Vec<(&'static str, String)> {
    settings_window::keys()
}

/// Seconds between sidebar recounts while the state keeps changing.
const RECOUNT_SECS: f64 = 0.25;

/// The sidebar counts and what they were counted from.
#[derive(Default)]
struct CachedCounts {
    revision: u64,
    torrents: usize,
    /// egui time of the count, seconds.
    at: f64,
    counts: filter::Counts,
}

/// Where the UI sends what the user asks for (the engine's command channel, or a recorder in tests).
pub type CommandSink = Arc<dyn Fn(Command) + Send + Sync>;

pub struct App {
    state: SharedState,
    /// `None`: read-only viewer, every control that changes something is hidden.
    sink: Option<CommandSink>,
    selection: Selection,
    /// `None`: queue order.
    sort: Option<Sort>,
    /// Display order (indices into `torrents`), rebuilt each frame into the same buffer.
    order: Vec<usize>,
    /// (revision, torrent count) the selection was last checked against.
    seen: Option<(u64, usize)>,
    remove_dialog: Option<RemoveDialog>,
    /// Asks before announcing inside a tracker's min interval.
    announce_dialog: Option<announce::AnnounceDialog>,
    /// The sidebar's state and tracker filters (what the table shows).
    filter: filter::Filter,
    /// The search field's text while it is shown (matched against names, any case).
    search: Option<String>,
    details_tab: details::Tab,
    view: View,
    log_filter: log_view::LogFilter,
    /// The UI's own banner (ignored drops, a file dialog that failed to open).
    message: Option<(LogLevel, String)>,
    /// The one-value question open now (rename, label, limit, tracker URL).
    prompt: Option<prompt::Prompt>,
    settings_window: Option<settings_window::SettingsWindow>,
    /// What closing the window does, and the question before quitting.
    quit: quit::Quit,
    /// Whether the Monitoring view is on screen (the only view its samples need a frame for).
    monitoring_shown: Arc<std::sync::atomic::AtomicBool>,
    toasts: toasts::Toasts,
    /// The read-only viewer's own column choice (it cannot change the settings).
    local_columns: Option<Vec<columns::Column>>,
    counts: Option<CachedCounts>,
    appearance: appearance::Appearance,
    #[cfg(not(target_arch = "wasm32"))]
    picker: file_dialog::FilePicker,
    #[cfg(not(target_arch = "wasm32"))]
    settings_files: file_dialog::PathPicker,
}

impl App {
    pub fn new(state: SharedState, sink: Option<CommandSink>) -> App {
        App {
            state,
            sink,
            selection: Selection::default(),
            sort: None,
            order: Vec::new(),
            seen: None,
            remove_dialog: None,
            announce_dialog: None,
            filter: filter::Filter::default(),
            search: None,
            details_tab: details::Tab::default(),
            view: View::Torrents,
            log_filter: log_view::LogFilter::default(),
            message: None,
            prompt: None,
            settings_window: None,
            quit: quit::Quit::default(),
            monitoring_shown: Arc::default(),
            toasts: toasts::Toasts::default(),
            local_columns: None,
            counts: None,
            appearance: appearance::Appearance::default(),
            #[cfg(not(target_arch = "wasm32"))]
            picker: file_dialog::FilePicker::default(),
            #[cfg(not(target_arch = "wasm32"))]
            settings_files: file_dialog::PathPicker::default(),
        }
    }

    /// The columns the table shows: the setting's, or the viewer's own choice.
    fn columns(&self, state: &AppState) -> Vec<columns::Column> {
        self.local_columns
            .clone()
            .unwrap_or_else(|| columns::parse(&state.settings.columns))
    }

    /// The sidebar's counts, recounted when torrents come or go, and otherwise at most every
    /// [`RECOUNT_SECS`] while the state changes: a count a quarter second old is not visibly
    /// stale, and recounting 10 000 torrents every frame was most of a frame's cost.
    fn sidebar_counts(&mut self, state: &AppState, ctx: &egui::Context) -> &filter::Counts {
        let now = ctx.input(|i| i.time);
        let fresh = self.counts.as_ref().is_some_and(|c| {
            c.torrents == state.torrents.len()
                && (c.revision == state.revision || now - c.at < RECOUNT_SECS)
        });
        let stale = self
            .counts
            .as_ref()
            .is_some_and(|c| c.revision != state.revision);
        if fresh && stale {
            // Recount once the interval is over, even if nothing else repaints.
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(RECOUNT_SECS));
        }
        if !fresh {
            self.counts = Some(CachedCounts {
                revision: state.revision,
                torrents: state.torrents.len(),
                at: now,
                counts: filter::counts(&state.torrents),
            });
        }
        &self.counts.get_or_insert_with(CachedCounts::default).counts
    }

    /// Torrents in the state now.
    pub fn torrent_count(&self) -> usize {
        self.state
            .read()
            .map_or_else(|e| e.into_inner().torrents.len(), |s| s.torrents.len())
    }

    /// Restores the window's UI choices saved by [`eframe::App::save`] (sort, tab, view).
    pub fn with_storage(mut self, storage: Option<&dyn eframe::Storage>) -> App {
        if let Some(prefs) = storage.and_then(|s| eframe::get_value::<UiPrefs>(s, eframe::APP_KEY))
        {
            self.sort = prefs.sort;
            self.details_tab = prefs.details_tab;
            self.view = prefs.view;
        }
        self
    }

    /// Set while the Monitoring view is on screen, for whoever wakes the window on new samples.
    pub fn monitoring_shown(&self) -> Arc<std::sync::atomic::AtomicBool> {
        Arc::clone(&self.monitoring_shown)
    }

    /// Closing the window asks nothing once `forced` is set (the owner's signal handler).
    pub fn with_forced_quit(mut self, forced: quit::ForceQuit) -> App {
        self.quit = quit::Quit::with_forced(forced);
        self
    }

    /// A close request becomes what `close_action` says (the window only; the viewer has none).
    fn handle_close(&mut self, ctx: &egui::Context) {
        if self.sink.is_none() {
            return;
        }
        let state = self.state.read().unwrap_or_else(PoisonError::into_inner);
        self.quit
            .on_close_request(ctx, state.settings.close_action, || running(&state));
    }

    /// Replaces the native file dialog (tests, or a front end with its own).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn with_file_picker(mut self, pick: file_dialog::PickFiles) -> App {
        self.picker = file_dialog::FilePicker::new(pick);
        self
    }

    /// Replaces the native dialog asking where to export or import the settings (tests).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn with_settings_file_picker(mut self, pick: file_dialog::PickPath) -> App {
        self.settings_files = file_dialog::PathPicker::new(pick);
        self
    }

    /// The selected info-hashes, in the order they were selected.
    pub fn selected(&self) -> &[String] {
        self.selection.as_slice()
    }

    /// Adds `.torrent` files: the one path used by the file dialog, drag and drop and tests.
    /// Other files are not sent; the user is told which were ignored. Read-only: does nothing.
    pub fn add_paths(&mut self, paths: Vec<PathBuf>) {
        let Some(sink) = &self.sink else { return };
        let (torrents, ignored): (Vec<PathBuf>, Vec<PathBuf>) =
            paths.into_iter().partition(|p| dropped::is_torrent_path(p));
        for path in torrents {
            sink(Command::AddTorrent(TorrentSource::Path(path)));
        }
        self.message =
            (!ignored.is_empty()).then(|| (LogLevel::Warning, dropped::ignored_message(&ignored)));
    }

    /// Draws the whole window.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let shared = Arc::clone(&self.state);
        // A writer that panicked leaves its last state behind; drawing it is harmless.
        self.handle_close(ui.ctx());
        let state = shared.read().unwrap_or_else(PoisonError::into_inner);
        self.appearance.apply(ui.ctx(), &state.settings.ui_settings);
        self.appearance
            .apply_language(ui.ctx(), &state.settings.language);
        self.prune_selection(&state);
        sort::sort_order_into(&state.torrents, self.sort, &mut self.order);
        let needle = self
            .search
            .as_deref()
            .map(str::to_lowercase)
            .filter(|s| !s.is_empty());
        if self.filter.is_active() || needle.is_some() {
            let (torrents, filter) = (&state.torrents, &self.filter);
            let found = |name: &str| {
                needle
                    .as_deref()
                    .is_none_or(|n| name.to_lowercase().contains(n))
            };
            self.order.retain(|&i| {
                torrents
                    .get(i)
                    .is_some_and(|t| filter.matches(t) && found(&t.name))
            });
        }
        let editable = self.sink.is_some();

        let mut actions = Vec::new();
        if editable {
            let dropped = dropped::dropped_paths(ui.ctx());
            if !dropped.is_empty() {
                self.add_paths(dropped);
            }
            if self.remove_dialog.is_none()
                && self.announce_dialog.is_none()
                && self.prompt.is_none()
                && self.settings_window.is_none()
                && !self.quit.is_asking()
            {
                actions = actions::shortcuts(ui);
            }
            self.poll_file_picker();
        }

        if editable || !state.notices.is_empty() || self.message.is_some() {
            egui::Panel::top("toolbar").show(ui, |ui| {
                if editable && let Some(action) = toolbar::show(ui, !self.selection.is_empty()) {
                    actions.push(action);
                }
                if let Some(i) = notices::show(ui, &state.notices, editable) {
                    self.send(Command::DismissNotice(i));
                }
                let dismissed = self
                    .message
                    .as_ref()
                    .is_some_and(|(level, text)| notices::banner(ui, *level, text, true));
                if dismissed {
                    self.message = None;
                }
            });
        }
        self.toasts
            .take(&state.events, &state.settings.notification_settings);
        egui::Panel::bottom("statusbar").show(ui, |ui| {
            let latest = state
                .settings
                .notification_settings
                .show_in_statusbar
                .then(|| state.events.back())
                .flatten();
            let toggled = statusbar::show(
                ui,
                &state.stats,
                state.torrents.len(),
                self.selection.len(),
                editable,
                latest,
            );
            if toggled {
                self.send(Command::SetAltSpeed(!state.stats.alt_speed_enabled));
            }
        });
        egui::Panel::top("views").show(ui, |ui| {
            ui.horizontal(|ui| {
                for view in View::ALL {
                    ui.selectable_value(&mut self.view, view, view.label());
                }
            });
        });
        self.monitoring_shown.store(
            self.view == View::Monitoring,
            std::sync::atomic::Ordering::Relaxed,
        );
        if self.view != View::Torrents {
            egui::CentralPanel::default().show(ui, |ui| match self.view {
                View::Log => {
                    log_view::show(ui, &state, self.selection.as_slice(), &mut self.log_filter)
                }
                View::Monitoring => monitoring::show(ui, &state.monitor),
                _ => dashboard::show(ui, &state),
            });
            self.finish_frame(actions, &state, ui);
            return;
        }
        egui::Panel::left("sidebar")
            .resizable(true)
            .default_size(200.0)
            .show(ui, |ui| {
                let current = self.filter.clone();
                let counts = self.sidebar_counts(&state, ui.ctx());
                let next = sidebar::show(ui, counts, &current);
                self.filter = next;
            });
        egui::Panel::bottom("details")
            .resizable(true)
            .default_size(280.0)
            // Above what any tab asks for, so switching tabs never moves the pane.
            .min_size(280.0)
            .show(ui, |ui| {
                let sink = self.sink.clone();
                details::show(
                    ui,
                    &mut self.details_tab,
                    &state,
                    self.selection.as_slice(),
                    sink.as_ref(),
                );
            });
        egui::CentralPanel::default().show(ui, |ui| {
            if let Some(text) = &mut self.search {
                ui.horizontal(|ui| {
                    ui.label(t!("search-label"));
                    ui.add(egui::TextEdit::singleline(text).hint_text(t!("search-hint")));
                });
            }
            if sidebar::filter_line(ui, &self.filter, self.order.len(), state.torrents.len()) {
                self.filter = filter::Filter::default();
            }
            if state.torrents.is_empty() {
                table::empty_hint(ui, editable);
            } else {
                let columns = self.columns(&state);
                let out = table::show(
                    ui,
                    &table::TableInput {
                        state: &state,
                        order: &self.order,
                        selection: &self.selection,
                        sort: self.sort,
                        columns: &columns,
                        editable,
                    },
                );
                self.apply_table_output(out, &state, ui.ctx());
            }
        });

        self.finish_frame(actions, &state, ui);
    }

    /// What every view does after drawing: actions, dialogs, the drop overlay.
    fn finish_frame(&mut self, actions: Vec<Action>, state: &AppState, ui: &mut egui::Ui) {
        for action in actions {
            self.apply(action, state, ui.ctx());
        }
        self.show_remove_dialog(ui.ctx());
        self.show_announce_dialog(ui.ctx());
        self.show_prompt(ui.ctx(), state);
        self.show_settings(ui.ctx(), state);
        if self.sink.is_some() {
            self.quit.show(ui.ctx(), || running(state));
        }
        self.toasts
            .show(ui.ctx(), &state.settings.notification_settings);
        if self.sink.is_some() {
            dropped::hover_overlay(ui.ctx());
        }
    }

    fn send(&self, command: Command) {
        if let Some(sink) = &self.sink {
            sink(command);
        }
    }

    /// Forgets selected torrents that are gone, whenever the torrent list may have changed.
    fn prune_selection(&mut self, state: &AppState) {
        let now = (state.revision, state.torrents.len());
        if self.seen == Some(now) {
            return;
        }
        self.seen = Some(now);
        if !self.selection.is_empty() {
            let present: HashSet<&str> = state
                .torrents
                .iter()
                .map(|t| t.info_hash.as_str())
                .collect();
            self.selection.retain(|h| present.contains(h));
        }
    }

    fn apply_table_output(
        &mut self,
        out: table::TableOutput,
        state: &AppState,
        ctx: &egui::Context,
    ) {
        if let Some(column) = out.header_clicked {
            self.sort = Some(Sort::clicked(self.sort, column));
            // The new order is computed at the start of the next frame.
            ctx.request_repaint();
        }
        if let Some((pos, modifiers)) = out.row_clicked {
            let order = &self.order;
            let hash_at = |i: usize| {
                order
                    .get(i)
                    .and_then(|&t| state.torrents.get(t))
                    .map_or("", |t| t.info_hash.as_str())
            };
            self.selection.click(
                pos,
                order.len(),
                hash_at,
                ClickMode::from_modifiers(modifiers),
            );
            // The toolbar above was drawn with the old selection.
            ctx.request_repaint();
        }
        if let Some((_, action)) = out.menu {
            self.apply_menu(action, state, ctx);
        }
        if let Some(shown) = out.columns {
            if self.sink.is_some() {
                let mut settings = state.settings.clone();
                settings.columns = columns::to_setting(&shown);
                self.send(Command::UpdateSettings(Box::new(settings)));
            } else {
                self.local_columns = Some(shown);
            }
            ctx.request_repaint();
        }
        if let Some((hash, change)) = out.edit {
            self.send(change.command(vec![hash]));
        }
    }

    /// A context-menu choice: it acts on the selection (the row it was opened on is selected).
    fn apply_menu(
        &mut self,
        action: context_menu::MenuAction,
        state: &AppState,
        ctx: &egui::Context,
    ) {
        use context_menu::MenuAction as M;
        let selected = self.selection.as_slice().to_vec();
        let first = selected.first().cloned().unwrap_or_default();
        let torrent = state.torrent(&first);
        let ask = |ask: prompt::Ask, text: String| Some(prompt::Prompt::new(ask, text));
        match action {
            M::Copy(text) => ctx.copy_text(text),
            M::Pause => self.apply(Action::Pause, state, ctx),
            M::Resume => self.apply(Action::Resume, state, ctx),
            M::Announce => self.apply(Action::Announce, state, ctx),
            M::Remove => self.apply(Action::Remove, state, ctx),
            M::RemoveWithFile => {
                self.apply(Action::Remove, state, ctx);
                if let Some(dialog) = &mut self.remove_dialog {
                    dialog.delete_file = true;
                }
            }
            M::Recheck => self.send(Command::Recheck(selected)),
            M::ForceComplete => self.send(Command::ForceComplete(selected)),
            M::RandomProgress => self.send(Command::RandomProgress(selected)),
            M::Queue(to) => self.send(Command::Queue {
                info_hashes: selected,
                to,
            }),
            M::SetLimit { upload } => {
                let (ask_for, kib): (fn(Vec<String>) -> prompt::Ask, _) = if upload {
                    (
                        prompt::Ask::UpLimit,
                        torrent.map_or(0, |t| t.upload_limit_kib),
                    )
                } else {
                    (
                        prompt::Ask::DownLimit,
                        torrent.map_or(0, |t| t.download_limit_kib),
                    )
                };
                self.prompt = ask(ask_for(selected), kib.to_string());
            }
            M::ResetLimits => self.send(Command::SetLimits {
                info_hashes: selected,
                upload_kib: Some(0),
                download_kib: Some(0),
            }),
            M::AddTracker => self.prompt = ask(prompt::Ask::AddTracker(first), String::new()),
            M::EditTracker(url) => {
                self.prompt = ask(prompt::Ask::EditTracker(first, url.clone()), url);
            }
            M::RemoveTracker(url) => {
                let mut trackers = torrent.map(prompt::trackers_of).unwrap_or_default();
                trackers.retain(|(_, u)| *u != url);
                self.send(Command::SetTrackers {
                    info_hash: first,
                    trackers,
                });
            }
            M::Rename => {
                let name = torrent.map_or(String::new(), |t| t.name.clone());
                self.prompt = ask(prompt::Ask::Rename(first), name);
            }
            M::Label => {
                let label = torrent.map_or(String::new(), |t| t.label.clone());
                self.prompt = ask(prompt::Ask::Label(selected), label);
            }
            M::ClientProfile(profile) => self.send(Command::SetClientProfile {
                info_hashes: selected,
                profile,
            }),
            M::Properties => {
                // The details pane shows one torrent: the one the menu was opened on.
                self.selection.set_all(std::iter::once(first.as_str()));
                self.details_tab = details::Tab::Details;
            }
        }
        ctx.request_repaint();
    }

    fn apply(&mut self, action: Action, state: &AppState, ctx: &egui::Context) {
        let selected = self.selection.as_slice().to_vec();
        match action {
            Action::Add => self.open_file_picker(ctx),
            Action::Quit => {
                self.quit
                    .request(ctx, state.settings.close_action, running(state));
            }
            Action::PauseAll => self.send(Command::PauseAll),
            Action::ResumeAll => self.send(Command::ResumeAll),
            Action::ToggleSearch => {
                self.search = if self.search.is_some() {
                    None
                } else {
                    Some(String::new())
                };
                ctx.request_repaint();
            }
            Action::Settings => {
                if self.settings_window.is_none() {
                    self.settings_window =
                        Some(settings_window::SettingsWindow::new(&state.settings));
                }
                ctx.request_repaint();
            }
            Action::SelectAll => {
                let hashes = self.order.iter().filter_map(|&i| state.torrents.get(i));
                self.selection.set_all(hashes.map(|t| t.info_hash.as_str()));
                ctx.request_repaint();
            }
            _ if selected.is_empty() => {}
            Action::Pause => self.send(Command::Pause(selected)),
            Action::Scale(upload, download) => self.send(Command::ScaleSpeeds {
                info_hashes: selected,
                upload,
                download,
            }),
            Action::Announce => match announce::wait_secs(state, &selected) {
                0 => self.send(Command::ForceAnnounce {
                    info_hashes: selected,
                    ignore_min_interval: false,
                }),
                wait => {
                    self.announce_dialog = Some(announce::AnnounceDialog {
                        info_hashes: selected,
                        wait_secs: wait,
                    });
                    ctx.request_repaint();
                }
            },
            Action::Resume => self.send(Command::Resume(selected)),
            Action::Queue(to) => self.send(Command::Queue {
                info_hashes: selected,
                to,
            }),
            Action::TogglePause => {
                let any_running = state
                    .torrents
                    .iter()
                    .any(|t| self.selection.contains(&t.info_hash) && !t.is_paused());
                self.send(if any_running {
                    Command::Pause(selected)
                } else {
                    Command::Resume(selected)
                });
            }
            Action::Remove => {
                let names: HashMap<&str, &str> = state
                    .torrents
                    .iter()
                    .map(|t| (t.info_hash.as_str(), t.name.as_str()))
                    .collect();
                let (info_hashes, names): (Vec<String>, Vec<String>) = selected
                    .into_iter()
                    .filter_map(|h| {
                        let name = names.get(h.as_str())?.to_string();
                        Some((h, name))
                    })
                    .unzip();
                if !info_hashes.is_empty() {
                    self.remove_dialog = Some(RemoveDialog {
                        info_hashes,
                        names,
                        delete_file: false,
                    });
                    ctx.request_repaint();
                }
            }
        }
    }

    fn show_remove_dialog(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &mut self.remove_dialog else {
            return;
        };
        match dialog.show(ctx) {
            Outcome::StillOpen => {}
            Outcome::Cancelled => self.remove_dialog = None,
            Outcome::Confirmed => {
                if let Some(dialog) = self.remove_dialog.take() {
                    let removed: HashSet<&str> =
                        dialog.info_hashes.iter().map(String::as_str).collect();
                    self.selection.retain(|h| !removed.contains(h));
                    self.send(Command::Remove {
                        info_hashes: dialog.info_hashes,
                        delete_file: dialog.delete_file,
                    });
                }
            }
        }
    }

    fn show_prompt(&mut self, ctx: &egui::Context, state: &AppState) {
        let Some(prompt) = &mut self.prompt else {
            return;
        };
        let torrent = match &prompt.ask {
            prompt::Ask::AddTracker(h) | prompt::Ask::EditTracker(h, _) => state.torrent(h),
            _ => None,
        };
        match prompt.show(ctx, torrent) {
            prompt::PromptOutcome::StillOpen => {}
            prompt::PromptOutcome::Cancelled => self.prompt = None,
            prompt::PromptOutcome::Done(command) => {
                self.prompt = None;
                self.send(command);
            }
        }
    }

    fn show_settings(&mut self, ctx: &egui::Context, state: &AppState) {
        let Some(window) = &mut self.settings_window else {
            return;
        };
        match window.show(ctx, state) {
            settings_window::SettingsOutcome::Open => {}
            settings_window::SettingsOutcome::Apply(command) => self.send(command),
            settings_window::SettingsOutcome::File(what) => self.open_settings_file(ctx, what),
            settings_window::SettingsOutcome::Closed(command) => {
                self.settings_window = None;
                if let Some(command) = command {
                    self.send(command);
                }
            }
        }
    }

    fn show_announce_dialog(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &self.announce_dialog else {
            return;
        };
        let ignore_min_interval = match dialog.show(ctx) {
            announce::Choice::Undecided => return,
            announce::Choice::Cancel => None,
            announce::Choice::Now => Some(true),
            announce::Choice::WhenAllowed => Some(false),
        };
        if let (Some(ignore_min_interval), Some(dialog)) =
            (ignore_min_interval, self.announce_dialog.take())
        {
            self.send(Command::ForceAnnounce {
                info_hashes: dialog.info_hashes,
                ignore_min_interval,
            });
        }
        self.announce_dialog = None;
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn open_file_picker(&mut self, ctx: &egui::Context) {
        if let Err(e) = self.picker.open(ctx) {
            self.message = Some((
                LogLevel::Error,
                t!("file-dialog-failed", error = e.to_string()),
            ));
        }
    }

    /// The browser viewer is read-only: there is nothing to add to.
    #[cfg(target_arch = "wasm32")]
    fn open_file_picker(&mut self, _ctx: &egui::Context) {}

    #[cfg(not(target_arch = "wasm32"))]
    fn open_settings_file(&mut self, ctx: &egui::Context, what: settings_window::SettingsFile) {
        if let Err(e) = self.settings_files.open(ctx, what) {
            self.message = Some((
                LogLevel::Error,
                t!("file-dialog-failed", error = e.to_string()),
            ));
        }
    }

    /// The browser viewer is read-only and never shows these buttons.
    #[cfg(target_arch = "wasm32")]
    fn open_settings_file(&mut self, _ctx: &egui::Context, _what: settings_window::SettingsFile) {}

    #[cfg(not(target_arch = "wasm32"))]
    fn poll_file_picker(&mut self) {
        use settings_window::SettingsFile;
        if let Some((what, Some(path))) = self.settings_files.poll() {
            self.send(match what {
                SettingsFile::Export => Command::ExportSettings(path),
                SettingsFile::Import => Command::ImportSettings(path),
            });
        }
        if let Some(paths) = self.picker.poll()
            && !paths.is_empty()
        {
            self.add_paths(paths);
        }
    }

    #[cfg(target_arch = "wasm32")]
    fn poll_file_picker(&mut self) {}
}

/// The UI choices kept between runs (window size, position, panel sizes and column widths are
/// kept by eframe and egui themselves).
#[derive(serde::Serialize, serde::Deserialize)]
struct UiPrefs {
    sort: Option<Sort>,
    details_tab: details::Tab,
    view: View,
}

/// Torrents that are neither paused nor stopped by an error (what quitting would stop).
fn running(state: &AppState) -> usize {
    use crate::state::TorrentStatus as S;
    let runs = |t: &&crate::state::TorrentView| {
        matches!(t.status, S::Downloading | S::Seeding | S::Checking { .. })
    };
    state.torrents.iter().filter(runs).count()
}

impl eframe::App for App {
    /// Runs while the window is minimised too, so a close request is never missed.
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.handle_close(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let prefs = UiPrefs {
            sort: self.sort,
            details_tab: self.details_tab,
            view: self.view,
        };
        eframe::set_value(storage, eframe::APP_KEY, &prefs);
    }
}
