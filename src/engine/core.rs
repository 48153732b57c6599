//! The engine loop: commands, simulation steps and ledger writes, one at a time.

use super::clock::Clock;
use super::handle::{EngineOptions, RepaintHook};
use super::ledger_view;
use super::owner::TorrentOwner;
use super::peer::{Board, PeerDirectory, SessionCtx, listener};
use super::persona::Persona;
use super::simulation::{self, SimParams};
use super::store::{self, LedgerEntry};
use super::tracker::group::TierPolicy;
use super::tracker::{STOPPED_BUDGET, TrackerClient};
use crate::settings::Settings;
use crate::state::{AppState, Command, LogLevel, LogLine, Notice, SharedState};
use rand::SeedableRng;
use rand::rngs::SmallRng;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::RwLockWriteGuard;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{Instant, MissedTickBehavior, interval};
use tokio_util::sync::CancellationToken;

pub(super) struct Engine {
    pub(super) state: SharedState,
    pub(super) settings: Settings,
    pub(super) config_dir: PathBuf,
    pub(super) clock: Clock,
    /// One owner per live torrent, by info-hash.
    pub(super) owners: HashMap<String, TorrentOwner>,
    /// Records of torrents that are not loaded (removed, or their file is missing); re-adding
    /// the torrent restores its totals.
    pub(super) orphans: Vec<LedgerEntry>,
    pub(super) rng: SmallRng,
    pub(super) tracker_client: Option<Arc<dyn TrackerClient>>,
    pub(super) tier_policy: TierPolicy,
    /// Torrents peers may connect for, and the connections now.
    pub(super) directory: PeerDirectory,
    board: Board,
    /// Who we pose as (the listener and the profile choices need it).
    persona: Option<Arc<Persona>>,
    listen_addr: Option<SocketAddr>,
    /// Torrents were added or removed since the last ledger write.
    pub(super) structure_changed: bool,
    repaint: RepaintHook,
    repaint_policy: super::repaint::RepaintPolicy,
    ledger_interval: Duration,
    last_step: Instant,
    /// The tick or monitoring period changed: the loop rebuilds its timers.
    pub(super) tick_changed: bool,
    /// The watch folder settings changed: the loop restarts the watcher.
    pub(super) watch_changed: bool,
    monitor: super::monitor::ProcessMonitor,
    pub(super) speed: super::speed_control::SpeedControl,
    pub(super) watch: super::watch_folder::WatchFolder,
    log_file: Option<super::log_file::LogFile>,
    desktop: Option<super::handle::DesktopNotifier>,
    /// The newest event already considered for the desktop.
    desktop_seen: Option<u64>,
    /// The settings in force, for tasks outside the engine that follow them (the web server).
    settings_tx: tokio::sync::watch::Sender<Settings>,
}

impl Engine {
    pub(super) fn load(
        options: EngineOptions,
        state: SharedState,
        settings_tx: tokio::sync::watch::Sender<Settings>,
    ) -> Engine {
        let rng = match options.seed {
            Some(seed) => SmallRng::seed_from_u64(seed),
            None => SmallRng::from_os_rng(),
        };
        let ledger_interval = options
            .ledger_interval
            .unwrap_or(Duration::from_secs(u64::from(
                options.settings.storage.ledger_interval_seconds,
            )));
        let mut engine = Engine {
            state,
            settings: options.settings,
            config_dir: options.config_dir,
            clock: options.clock,
            owners: HashMap::new(),
            orphans: Vec::new(),
            rng,
            tracker_client: options.tracker_client,
            tier_policy: options.tier_policy,
            directory: PeerDirectory::default(),
            board: Board::default(),
            persona: options.persona,
            listen_addr: options.listen_addr,
            structure_changed: false,
            repaint: options.repaint,
            repaint_policy: Default::default(),
            ledger_interval,
            last_step: options.clock.instant(),
            tick_changed: false,
            watch_changed: false,
            monitor: super::monitor::ProcessMonitor::new(),
            speed: Default::default(),
            watch: Default::default(),
            log_file: None,
            desktop: options.desktop,
            desktop_seen: None,
            settings_tx,
        };
        for message in options.notices {
            engine.notice(LogLevel::Error, message);
        }
        write(&engine.state).settings = engine.settings.clone();
        if let Some(client) = &engine.tracker_client {
            client.set_proxy(&engine.settings.proxy);
        }
        if let Some(persona) = &engine.persona {
            let mut state = write(&engine.state);
            state.client_profiles = persona.choices();
            state.default_client_profile = persona.default_id().to_string();
        }
        engine.load_torrents();
        engine.publish();
        engine
    }

    pub(super) async fn run(mut self, mut commands: mpsc::UnboundedReceiver<Command>) {
        let listener_stop = CancellationToken::new();
        self.start_listener(listener_stop.clone()).await;
        let (watch_tx, mut watched) = mpsc::unbounded_channel();
        self.update_watch_folder(&watch_tx);
        let (mut tick, mut monitor) = self.timers();
        let mut ledger = interval(self.ledger_interval);
        ledger.set_missed_tick_behavior(MissedTickBehavior::Delay);
        tick.tick().await;
        ledger.tick().await;
        loop {
            if std::mem::take(&mut self.tick_changed) {
                (tick, monitor) = self.timers();
            }
            if std::mem::take(&mut self.watch_changed) {
                self.update_watch_folder(&watch_tx);
            }
            tokio::select! {
                command = commands.recv() => match command {
                    None | Some(Command::Shutdown) => break,
                    Some(command) => {
                        // Account up to now under the old settings before the command changes them.
                        self.step();
                        self.handle(command);
                        self.publish();
                        // Save additions and removals once a burst of commands is through.
                        if self.structure_changed && commands.is_empty() {
                            self.save_ledger();
                        }
                    }
                },
                _ = tick.tick() => {
                    self.run_speed_control();
                    self.step();
                    self.publish_tick();
                }
                _ = ledger.tick() => self.save_ledger(),
                _ = monitor.tick() => self.sample_monitor(),
                Some(path) = watched.recv() => {
                    self.step();
                    self.watched_file(path);
                    self.publish();
                }
            }
        }
        self.step();
        self.save_ledger();
        self.publish();
        listener_stop.cancel();
        self.retire_all().await;
        tracing::info!("engine stopped");
    }

    /// The simulation tick and the monitoring period, from the settings.
    fn timers(&self) -> (tokio::time::Interval, tokio::time::Interval) {
        let secs = |s: u32| Duration::from_secs(u64::from(s.max(1)));
        let mut tick = interval(secs(self.settings.tickspeed));
        tick.set_missed_tick_behavior(MissedTickBehavior::Delay);
        let period = secs(self.settings.ui_settings.monitoring_refresh_interval);
        let mut monitor = interval(period);
        monitor.set_missed_tick_behavior(MissedTickBehavior::Delay);
        (tick, monitor)
    }

    fn sample_monitor(&mut self) {
        let now_ms = self.clock.now_ms();
        let (torrents, connections) = {
            let state = read(&self.state);
            (state.torrents.len() as u32, state.stats.connections)
        };
        let sample = self.monitor.sample(now_ms, torrents, connections);
        let mut state = write(&self.state);
        state.monitor.refresh_secs = self.settings.ui_settings.monitoring_refresh_interval;
        state.monitor.push(sample);
        state.revision += 1;
        drop(state);
        if let Some(repaint) = self.repaint.get() {
            repaint(super::Repaint::Monitor);
        }
    }

    /// Advances the simulation to now.
    fn step(&mut self) {
        self.finish_rechecks();
        let now = self.clock.instant();
        let dt = now.saturating_duration_since(self.last_step);
        self.last_step = now;
        if dt.is_zero() {
            return;
        }
        let (upload_limit_kib, download_limit_kib) = self.settings.speed.effective_limits();
        let params = SimParams {
            factor_range: self.settings.active_profile().factor_range(),
            upload_limit_kib,
            download_limit_kib,
        };
        let now_ms = self.clock.now_ms();
        let mut state = write(&self.state);
        let outcome = simulation::step(&mut state.torrents, dt, now_ms, &params, &mut self.rng);
        sample_rates(&mut state, now_ms);
        let completed: Vec<(String, String)> = outcome
            .completed
            .iter()
            .filter_map(|&i| state.torrents.get(i))
            .map(|t| (t.info_hash.clone(), t.name.clone()))
            .collect();
        for (hash, name) in completed {
            if let Some(controls) = self.owners.get(&hash).and_then(|o| o.announcer.as_ref()) {
                controls.completed();
            }
            let line = t!("ev-completed", name = name.as_str());
            state.push_event(now_ms, crate::state::EventKind::Success, line.clone());
            push_log(&mut state, now_ms, LogLevel::Info, Some(hash), line);
        }
    }

    /// Answers peers on the listening address, if one is configured; a port that cannot be
    /// bound is shown, and the rest of the engine runs on.
    async fn start_listener(&mut self, stop: CancellationToken) {
        let (Some(addr), Some(persona)) = (self.listen_addr, self.persona.clone()) else {
            return;
        };
        let listener = match tokio::net::TcpListener::bind(addr).await {
            Ok(l) => l,
            Err(e) => {
                return self.notice(
                    LogLevel::Error,
                    t!(
                        "notice-cannot-listen",
                        addr = addr.to_string(),
                        error = e.to_string()
                    ),
                );
            }
        };
        let connection = &self.settings.connection;
        let ctx = Arc::new(SessionCtx {
            directory: self.directory.clone(),
            persona,
            state: self.state.clone(),
            board: self.board.clone(),
            clock: self.clock,
            port: listener.local_addr().map_or(addr.port(), |a| a.port()),
            max_per_torrent: connection.max_per_torrent as usize,
        });
        let max_global = connection.max_global_connections as usize;
        write(&self.state).stats.listening_port = ctx.port;
        self.log(LogLevel::Info, None, t!("log-listening", port = ctx.port));
        tokio::spawn(listener::run(listener, ctx, max_global, stop));
    }

    /// Stops every torrent's tasks; trackers get `stopped`, all within [`STOPPED_BUDGET`].
    async fn retire_all(&mut self) {
        let mut retiring = tokio::task::JoinSet::new();
        for (_, owner) in self.owners.drain() {
            retiring.spawn(owner.retire(STOPPED_BUDGET));
        }
        let all = async { while retiring.join_next().await.is_some() {} };
        let _ = tokio::time::timeout(STOPPED_BUDGET + Duration::from_millis(500), all).await;
    }

    /// Recomputes the global figures and tells the window to repaint.
    pub(super) fn publish(&mut self) {
        self.publish_state();
        self.repaint_state();
    }

    /// After a simulation tick: the window is woken only when what it shows moved.
    fn publish_tick(&mut self) {
        self.publish_state();
        let now = self.clock.instant();
        let wants = {
            let state = read(&self.state);
            let wants = self.repaint_policy.tick_wants(&state, now);
            if wants {
                self.repaint_policy.drew(&state, now);
            }
            wants
        };
        if wants {
            self.fire_repaint();
        }
    }

    fn repaint_state(&mut self) {
        let now = self.clock.instant();
        self.repaint_policy.drew(&read(&self.state), now);
        self.fire_repaint();
    }

    fn fire_repaint(&self) {
        if let Some(repaint) = self.repaint.get() {
            repaint(super::Repaint::State);
        }
    }

    /// Recomputes the global figures.
    fn publish_state(&mut self) {
        let now_ms = self.clock.now_ms();
        let (up_limit, down_limit) = self.settings.speed.effective_limits();
        let mut state = write(&self.state);
        let stats = &mut state.stats;
        stats.upload_limit_kib = up_limit;
        stats.download_limit_kib = down_limit;
        stats.alt_speed_enabled = self.settings.speed.enable_alternative_speeds;
        stats.seeding_profile = self.settings.seeding_profile.clone();
        let mut sums = (0.0, 0.0, 0, 0, 0, 0);
        for t in &state.torrents {
            sums.0 += t.upload_rate;
            sums.1 += t.download_rate;
            sums.2 += t.session_uploaded;
            sums.3 += t.session_downloaded;
            sums.4 += t.total_uploaded;
            sums.5 += t.total_downloaded;
        }
        let stats = &mut state.stats;
        (stats.upload_rate, stats.download_rate) = (sums.0, sums.1);
        (stats.session_uploaded, stats.session_downloaded) = (sums.2, sums.3);
        (stats.total_uploaded, stats.total_downloaded) = (sums.4, sums.5);
        state.incoming = self.board.snapshot();
        state.stats.connections = state.incoming.len() as u32;
        state.stats.max_connections = self.settings.connection.max_global_connections;
        state.now_ms = now_ms;
        state.revision += 1;
        let log_file = self
            .log_file
            .get_or_insert_with(|| super::log_file::LogFile::new(&self.config_dir, &state));
        if let Err(e) = log_file.write_new(&state, &self.settings.logging) {
            // Said once on the console; the log view has every line anyway.
            tracing::warn!("the log file could not be written: {e}");
        }
        let shared = self.state.clone();
        drop(state);
        self.notify_desktop(&read(&shared));
    }

    /// New events that matter (not plain information) go to the desktop when the user wants.
    fn notify_desktop(&mut self, state: &AppState) {
        // Called with the state read-locked: the notifier only queues, never touches state.
        let newest = state.events.back().map_or(0, |e| e.id);
        let seen = self.desktop_seen.replace(newest).unwrap_or(newest);
        let (Some(notify), true) = (
            &self.desktop,
            self.settings.notification_settings.desktop_notifications,
        ) else {
            return;
        };
        for e in state.events.iter().filter(|e| e.id > seen) {
            if e.kind != crate::state::EventKind::Info {
                notify(e.kind, &e.message);
            }
        }
    }

    /// Writes every torrent's record (atomically); failures are shown, never fatal.
    pub(super) fn save_ledger(&mut self) {
        self.structure_changed = false;
        let entries: Vec<LedgerEntry> = {
            let state = read(&self.state);
            state
                .torrents
                .iter()
                .filter_map(|t| {
                    let owner = self.owners.get(&t.info_hash)?;
                    Some(ledger_view::entry_from(t, &owner.torrent_file))
                })
                .collect()
        };
        if let Err(e) = store::save_ledger(&self.config_dir, &entries, &self.orphans) {
            self.log(
                LogLevel::Error,
                None,
                t!("log-ledger-failed", error = e.to_string()),
            );
        }
    }

    pub(super) fn log(&mut self, level: LogLevel, info_hash: Option<String>, message: String) {
        let now_ms = self.clock.now_ms();
        push_log(&mut write(&self.state), now_ms, level, info_hash, message);
    }

    /// A problem the user must see: logged and shown as a notice until dismissed.
    pub(super) fn notice(&mut self, level: LogLevel, message: String) {
        let at_ms = self.clock.now_ms();
        self.log(level, None, message.clone());
        write(&self.state).notices.push(Notice {
            at_ms,
            level,
            message,
        });
    }

    /// An event for toasts, also logged.
    pub(super) fn event(&mut self, kind: crate::state::EventKind, message: String) {
        let now_ms = self.clock.now_ms();
        let level = match kind {
            crate::state::EventKind::Warning => LogLevel::Warning,
            crate::state::EventKind::Error => LogLevel::Error,
            _ => LogLevel::Info,
        };
        let mut state = write(&self.state);
        state.push_event(now_ms, kind, message.clone());
        push_log(&mut state, now_ms, level, None, message);
    }

    pub(super) fn settings_changed(&mut self) {
        write(&self.state).settings = self.settings.clone();
        self.settings_tx.send_replace(self.settings.clone());
        if let Err(e) = store::save_settings(&self.config_dir, &self.settings) {
            self.notice(
                LogLevel::Error,
                t!("notice-settings-failed", error = e.to_string()),
            );
        }
    }
}

/// Records the rates of running torrents for their graphs, and the global figures.
fn sample_rates(state: &mut AppState, now_ms: u64) {
    let (mut up, mut down, mut active) = (0.0, 0.0, 0);
    for t in state.torrents.iter_mut() {
        let running = matches!(
            t.status,
            crate::state::TorrentStatus::Downloading | crate::state::TorrentStatus::Seeding
        );
        // Every torrent with a history takes a sample, so all line up with the global one.
        t.sample_rates(running);
        if !running {
            continue;
        }
        up += t.upload_rate;
        down += t.download_rate;
        active += u32::from(t.upload_rate > 0.0 || t.download_rate > 0.0);
    }
    let connections = state.stats.connections;
    state.stats.push_sample(crate::state::StatsSample {
        at_ms: now_ms,
        upload_rate: up,
        download_rate: down,
        active,
        connections,
    });
}

fn push_log(
    state: &mut AppState,
    at_ms: u64,
    level: LogLevel,
    info_hash: Option<String>,
    message: String,
) {
    match level {
        LogLevel::Error => tracing::error!("{message}"),
        LogLevel::Warning => tracing::warn!("{message}"),
        LogLevel::Info => tracing::info!("{message}"),
        LogLevel::Debug => tracing::debug!("{message}"),
    }
    state.push_log(LogLine {
        at_ms,
        level,
        info_hash,
        message,
    });
}

/// The state for writing. A panic elsewhere while holding the lock must not stop the engine:
/// the data is plain figures, so a poisoned lock is still usable.
pub(super) fn write(state: &SharedState) -> RwLockWriteGuard<'_, AppState> {
    state.write().unwrap_or_else(|e| e.into_inner())
}

pub(super) fn read(state: &SharedState) -> std::sync::RwLockReadGuard<'_, AppState> {
    state.read().unwrap_or_else(|e| e.into_inner())
}
