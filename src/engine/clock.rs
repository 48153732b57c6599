//! The engine's clock. Wall-clock milliseconds are derived from tokio's monotonic clock, so a
//! test that pauses tokio time (`start_paused`) runs hours of simulated time in milliseconds and
//! every timestamp the engine writes follows the simulated time.

use std::time::{SystemTime, UNIX_EPOCH};
use tokio::time::Instant;

#[derive(Clone, Copy, Debug)]
pub struct Clock {
    base_ms: u64,
    base: Instant,
}

impl Clock {
    /// Anchored to the system time now.
    pub fn system() -> Clock {
        let ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as u64);
        Clock::starting_at(ms)
    }

    /// Anchored to a given Unix time in milliseconds (tests).
    pub fn starting_at(base_ms: u64) -> Clock {
        Clock {
            base_ms,
            base: Instant::now(),
        }
    }

    /// Unix milliseconds now.
    pub fn now_ms(&self) -> u64 {
        self.base_ms + self.base.elapsed().as_millis() as u64
    }

    pub fn instant(&self) -> Instant {
        Instant::now()
    }
}
