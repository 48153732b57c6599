//! What every request handler of one server run shares.

use super::ban::Bans;
use super::clock::Now;
use super::config::WebConfig;
use super::host_check::AllowedHosts;
use super::sessions::Sessions;
use crate::state::{Command, SharedState};
use std::sync::{Arc, Mutex, MutexGuard};
use tokio::sync::Semaphore;
use tokio::sync::mpsc::UnboundedSender;
use tokio_util::sync::CancellationToken;

pub struct Shared {
    pub config: WebConfig,
    pub state: SharedState,
    pub commands: UnboundedSender<Command>,
    pub sessions: Mutex<Sessions>,
    pub bans: Mutex<Bans>,
    pub hosts: AllowedHosts,
    pub now: Now,
    /// Cancelled when this run stops: long-lived responses (events) end.
    pub stop: CancellationToken,
    /// Event streams open at once are bounded: each serialises the whole state.
    pub event_slots: Arc<Semaphore>,
}

impl Shared {
    pub fn sessions(&self) -> MutexGuard<'_, Sessions> {
        self.sessions.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn bans(&self) -> MutexGuard<'_, Bans> {
        self.bans.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn secure_cookie(&self) -> bool {
        self.config.tls.is_some()
    }
}
