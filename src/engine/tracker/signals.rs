//! How the engine steers a torrent's announce tasks: run, pause or stop; announce now; the
//! download completed. `watch` channels, so a task busy announcing never misses a signal.

use std::sync::{Arc, Mutex};
use tokio::sync::watch;

/// The figures a torrent reports, kept for its `stopped` after it left the state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub uploaded: u64,
    pub downloaded: u64,
    pub left: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunState {
    Running,
    /// Paused by the user: say `stopped`, then wait.
    Paused,
    /// Removed or quitting: say `stopped`, then end.
    Stopping,
}

/// A manual announce request; `seq` changes each time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Force {
    pub seq: u64,
    /// The user confirmed announcing before the tracker's `min interval`.
    pub ignore_min_interval: bool,
}

/// The engine's side, kept by the torrent's owner.
pub struct Controls {
    run: watch::Sender<RunState>,
    force: watch::Sender<Force>,
    completed: watch::Sender<u64>,
    reschedule: watch::Sender<u64>,
    last_totals: Arc<Mutex<Option<Totals>>>,
}

/// A task's side.
#[derive(Clone)]
pub struct Signals {
    pub run: watch::Receiver<RunState>,
    pub force: watch::Receiver<Force>,
    pub completed: watch::Receiver<u64>,
    /// The user's announce interval changed.
    pub reschedule: watch::Receiver<u64>,
    /// Set when the torrent is removed: its figures at that moment.
    pub last_totals: Arc<Mutex<Option<Totals>>>,
}

impl Controls {
    pub fn new(initial: RunState) -> Controls {
        Controls {
            run: watch::Sender::new(initial),
            force: watch::Sender::new(Force::default()),
            completed: watch::Sender::new(0),
            reschedule: watch::Sender::new(0),
            last_totals: Arc::default(),
        }
    }

    pub fn subscribe(&self) -> Signals {
        Signals {
            run: self.run.subscribe(),
            force: self.force.subscribe(),
            completed: self.completed.subscribe(),
            reschedule: self.reschedule.subscribe(),
            last_totals: self.last_totals.clone(),
        }
    }

    /// Always notifies, even with the same state (a resume after an error restarts the tasks).
    pub fn set(&self, state: RunState) {
        self.run.send_replace(state);
    }

    pub fn force(&self, ignore_min_interval: bool) {
        self.force.send_modify(|f| {
            f.seq += 1;
            f.ignore_min_interval = ignore_min_interval;
        });
    }

    pub fn completed(&self) {
        self.completed.send_modify(|n| *n += 1);
    }

    pub fn reschedule(&self) {
        self.reschedule.send_modify(|n| *n += 1);
    }

    /// Stops the tasks of a torrent that left the state, with its final figures.
    pub fn stop_with(&self, totals: Totals) {
        if let Ok(mut last) = self.last_totals.lock() {
            *last = Some(totals);
        }
        self.set(RunState::Stopping);
    }
}
