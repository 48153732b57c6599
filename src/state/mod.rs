//! The application state shared by the engine, the window, the web API and the wasm viewer.
//!
//! One set of serde types: the engine writes them behind `Arc<RwLock<AppState>>`, the UI draws
//! them each frame, the web API serialises them and the viewer deserialises them.

mod command;
mod log;
mod monitor;
mod peer;
mod stats;
mod torrent;
mod tracker;

pub use command::{Command, QueueMove, TorrentSource, WebServerStatus};
pub use log::{Event, EventKind, LogLevel, LogLine, Notice};
pub use monitor::{MONITOR_HISTORY, Monitor, MonitorSample};
pub use peer::{IncomingPeer, PeerState};
pub use stats::{GlobalStats, STATS_HISTORY, StatsSample};
pub use torrent::{FileEntry, MAX_PEERS, PeerView, RATE_HISTORY, TorrentStatus, TorrentView};
pub use tracker::{TrackerStatus, TrackerView};

use serde::{Deserialize, Serialize};
use std::collections::VecDeque;
use std::sync::{Arc, RwLock};

/// Most log lines kept in memory (a ring buffer; older lines are dropped).
pub const LOG_CAPACITY: usize = 1000;

/// Most events kept for toasts (readers show the ones newer than they have seen).
pub const EVENT_CAPACITY: usize = 100;

/// Everything the UI shows. The engine is its only writer.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct AppState {
    /// Torrents in queue order (index 0 = top of the queue).
    pub torrents: Vec<TorrentView>,
    pub stats: GlobalStats,
    /// The newest [`LOG_CAPACITY`] log lines, oldest first.
    pub log: VecDeque<LogLine>,
    /// Lines ever logged (the ring drops old ones; writers of the log file count on this).
    pub log_count: u64,
    /// The clients torrents can pose as: (profile id, "Name version"), and the app's default.
    pub client_profiles: Vec<(String, String)>,
    pub default_client_profile: String,
    /// Peers connected to our listening port (at most 1 000 listed).
    pub incoming: Vec<IncomingPeer>,
    /// Recent events for toasts, oldest first, at most [`EVENT_CAPACITY`].
    pub events: VecDeque<Event>,
    /// The settings in force (the settings window edits a copy and sends it back).
    pub settings: crate::settings::Settings,
    /// This process's figures over time.
    pub monitor: Monitor,
    /// Problems the user must see (a corrupt file moved aside, a torrent that failed to load).
    pub notices: Vec<Notice>,
    /// The engine clock at the moment this snapshot was written, in Unix milliseconds.
    /// Countdowns (next announce) are computed against this, so simulated time works too.
    pub now_ms: u64,
    /// Bumped on every change, so readers can tell whether anything changed.
    pub revision: u64,
}

/// The handle the window and the web server read from.
pub type SharedState = Arc<RwLock<AppState>>;

impl AppState {
    pub fn torrent(&self, info_hash: &str) -> Option<&TorrentView> {
        self.torrents.iter().find(|t| t.info_hash == info_hash)
    }

    /// Appends a log line, dropping the oldest beyond [`LOG_CAPACITY`].
    pub fn push_log(&mut self, line: LogLine) {
        if self.log.len() >= LOG_CAPACITY {
            self.log.pop_front();
        }
        self.log.push_back(line);
        self.log_count += 1;
    }

    /// Appends an event, numbered after the last one, dropping the oldest beyond [`EVENT_CAPACITY`].
    pub fn push_event(&mut self, at_ms: u64, kind: EventKind, message: String) {
        let id = self.events.back().map_or(1, |e| e.id + 1);
        if self.events.len() >= EVENT_CAPACITY {
            self.events.pop_front();
        }
        self.events.push_back(Event {
            id,
            at_ms,
            kind,
            message,
        });
    }
}
