//! Starting the engine and talking to it.

use super::clock::Clock;
use super::core::Engine;
use super::persona::Persona;
use super::tracker::TrackerClient;
use super::tracker::group::TierPolicy;
use crate::settings::Settings;
use crate::state::{AppState, Command, SharedState};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock, RwLock};
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

/// Called when the window should draw again, saying what changed (see `engine::repaint`):
/// at most once per command, simulation step or monitoring sample. Set once the window exists.
pub type RepaintHook = Arc<OnceLock<Box<dyn Fn(super::Repaint) + Send + Sync>>>;

/// Shows one event as a desktop notification.
pub type DesktopNotifier = Arc<dyn Fn(crate::state::EventKind, &str) + Send + Sync>;

pub struct EngineOptions {
    pub config_dir: PathBuf,
    pub settings: Settings,
    /// Problems met while loading (e.g. a corrupt settings file moved aside), shown to the user.
    pub notices: Vec<String>,
    pub clock: Clock,
    /// Overrides `storage.ledger_interval_seconds` (tests that simulate days of time).
    pub ledger_interval: Option<Duration>,
    /// Seeds the simulation's randomness (tests); from the OS otherwise.
    pub seed: Option<u64>,
    pub repaint: RepaintHook,
    /// Shows an event on the desktop (when `notification_settings.desktop_notifications`).
    pub desktop: Option<DesktopNotifier>,
    /// Talks to trackers; `None` runs the simulation without announcing (tests).
    pub tracker_client: Option<Arc<dyn TrackerClient>>,
    /// Which trackers an announce goes to (from the client profile).
    pub tier_policy: TierPolicy,
    /// Who we pose as to peers (shared with the tracker client); with `listen_addr`, peers are
    /// answered there. `None` runs without a listener (tests).
    pub persona: Option<Arc<Persona>>,
    pub listen_addr: Option<SocketAddr>,
}

impl EngineOptions {
    pub fn new(config_dir: PathBuf, settings: Settings) -> EngineOptions {
        EngineOptions {
            config_dir,
            settings,
            notices: Vec::new(),
            clock: Clock::system(),
            ledger_interval: None,
            seed: None,
            repaint: RepaintHook::default(),
            desktop: None,
            tracker_client: None,
            tier_policy: TierPolicy::default(),
            persona: None,
            listen_addr: None,
        }
    }
}

/// The running engine: its state for readers, and the way to send it commands.
pub struct EngineHandle {
    pub state: SharedState,
    commands: mpsc::UnboundedSender<Command>,
    settings: tokio::sync::watch::Receiver<Settings>,
    task: JoinHandle<()>,
}

impl EngineHandle {
    /// Queues a command; ignored once the engine has stopped.
    pub fn send(&self, command: Command) {
        let _ = self.commands.send(command);
    }

    /// A sender for the UI's command sink.
    pub fn sender(&self) -> mpsc::UnboundedSender<Command> {
        self.commands.clone()
    }

    /// The settings in force, updated whenever they change (the web server follows them).
    pub fn settings(&self) -> tokio::sync::watch::Receiver<Settings> {
        self.settings.clone()
    }

    /// Asks the engine to flush and stop, and waits for it.
    pub async fn shutdown(self) {
        self.send(Command::Shutdown);
        if let Err(e) = self.task.await {
            tracing::error!("engine task ended abnormally: {e}");
        }
    }
}

/// Starts the engine on the current tokio runtime: loads the ledger and the torrents in
/// `<config dir>/torrents/`, then runs until [`Command::Shutdown`].
pub fn spawn(options: EngineOptions) -> EngineHandle {
    let state: SharedState = Arc::new(RwLock::new(AppState::default()));
    let (tx, rx) = mpsc::unbounded_channel();
    let (settings_tx, settings) = tokio::sync::watch::channel(options.settings.clone());
    let engine = Engine::load(options, state.clone(), settings_tx);
    let task = tokio::spawn(engine.run(rx));
    EngineHandle {
        state,
        commands: tx,
        settings,
        task,
    }
}
