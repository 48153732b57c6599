//! How the engine steers a torrent's announce tasks: run, pause or stop; announce now; the
//! download completed. One versioned cell per torrent carries all of it, so a task busy
//! announcing never misses a signal, and a waiting task waits on one future. (This is per
//! torrent, times 10 000: a `watch` channel was ~420 bytes, this is ~150.)

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::Notify;

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

/// Everything the engine tells a torrent's tasks. The counters change on each request, so a
/// task compares what it sees with what it saw last.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Control {
    pub run: RunState,
    /// Bumped on every [`Controls::set`], even to the same state (a resume after an error).
    pub run_seq: u64,
    pub force: Force,
    /// Bumped when the download completes.
    pub completed: u64,
    /// Bumped when the user's announce interval changes.
    pub reschedule: u64,
}

struct Cell {
    /// With the torrent's figures when it was removed (for its `stopped`).
    control: Mutex<(Control, Option<Totals>)>,
    /// Bumped after every change; a task compares it with the version it last read.
    version: AtomicU64,
    /// The engine side is gone.
    closed: AtomicBool,
    changed: Notify,
}

/// The engine's side, kept by the torrent's owner.
pub struct Controls(Arc<Cell>);

/// A task's side.
pub struct Signals {
    cell: Arc<Cell>,
    seen: u64,
}

impl Controls {
    pub fn new(initial: RunState) -> Controls {
        Controls(Arc::new(Cell {
            control: Mutex::new((
                Control {
                    run: initial,
                    run_seq: 0,
                    force: Force::default(),
                    completed: 0,
                    reschedule: 0,
                },
                None,
            )),
            version: AtomicU64::new(0),
            closed: AtomicBool::new(false),
            changed: Notify::new(),
        }))
    }

    pub fn subscribe(&self) -> Signals {
        Signals {
            cell: self.0.clone(),
            seen: self.0.version.load(Ordering::Acquire),
        }
    }

    /// Always notifies, even with the same state (a resume after an error restarts the tasks).
    pub fn set(&self, state: RunState) {
        self.modify(|c| {
            c.run = state;
            c.run_seq += 1;
        });
    }

    pub fn force(&self, ignore_min_interval: bool) {
        self.modify(|c| {
            c.force.seq += 1;
            c.force.ignore_min_interval = ignore_min_interval;
        });
    }

    pub fn completed(&self) {
        self.modify(|c| c.completed += 1);
    }

    pub fn reschedule(&self) {
        self.modify(|c| c.reschedule += 1);
    }

    /// Stops the tasks of a torrent that left the state, with its final figures.
    pub fn stop_with(&self, totals: Totals) {
        if let Ok(mut shared) = self.0.control.lock() {
            shared.1 = Some(totals);
        }
        self.set(RunState::Stopping);
    }

    fn modify(&self, f: impl FnOnce(&mut Control)) {
        if let Ok(mut shared) = self.0.control.lock() {
            f(&mut shared.0);
            self.0.version.fetch_add(1, Ordering::AcqRel);
        }
        self.0.changed.notify_waiters();
    }
}

impl Drop for Controls {
    /// Wakes the tasks, which then see the engine side gone.
    fn drop(&mut self) {
        self.0.closed.store(true, Ordering::Release);
        self.0.changed.notify_waiters();
    }
}

impl Signals {
    /// The engine's latest word, marked as seen.
    pub fn latest(&mut self) -> Control {
        self.seen = self.cell.version.load(Ordering::Acquire);
        self.shared().0
    }

    /// The torrent's figures when it was removed, if it was.
    pub fn last_totals(&self) -> Option<Totals> {
        self.shared().1
    }

    fn shared(&self) -> (Control, Option<Totals>) {
        self.cell
            .control
            .lock()
            .map_or_else(|p| *p.into_inner(), |c| *c)
    }

    /// Waits until the engine says something new; `false` once the engine side is gone.
    pub async fn changed(&mut self) -> bool {
        loop {
            let notified = self.cell.changed.notified();
            tokio::pin!(notified);
            // Registered before the checks, so a change between them still wakes us.
            notified.as_mut().enable();
            if self.cell.version.load(Ordering::Acquire) != self.seen {
                return true;
            }
            if self.cell.closed.load(Ordering::Acquire) {
                return false;
            }
            notified.await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[tokio::test]
    async fn a_change_before_the_wait_is_not_missed() {
        let controls = Controls::new(RunState::Running);
        let mut signals = controls.subscribe();
        controls.force(true);
        let woke = tokio::time::timeout(Duration::from_secs(1), signals.changed()).await;
        assert_eq!(woke, Ok(true));
        let seen = signals.latest();
        assert_eq!(seen.force.seq, 1);
        assert!(seen.force.ignore_min_interval);
    }

    #[tokio::test]
    async fn a_waiting_task_wakes_on_a_change_and_when_the_engine_goes() {
        let controls = Controls::new(RunState::Running);
        let mut signals = controls.subscribe();
        let waiter = tokio::spawn(async move {
            let first = signals.changed().await;
            let run = signals.latest().run;
            let second = signals.changed().await;
            (first, run, second)
        });
        tokio::time::sleep(Duration::from_millis(20)).await;
        controls.set(RunState::Paused);
        tokio::time::sleep(Duration::from_millis(20)).await;
        drop(controls);
        let got = tokio::time::timeout(Duration::from_secs(1), waiter).await;
        assert!(
            matches!(got, Ok(Ok((true, RunState::Paused, false)))),
            "{got:?}"
        );
    }
}
