use serde::{Deserialize, Serialize};
use std::collections::VecDeque;

/// Global samples kept for the Dashboard graph (one per published step).
pub const STATS_HISTORY: usize = 300;

/// The global figures at one moment, for graphs.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, Default, PartialEq)]
pub struct StatsSample {
    pub at_ms: u64,
    pub upload_rate: f64,
    pub download_rate: f64,
    /// Torrents moving bytes.
    pub active: u32,
    pub connections: u32,
}

/// Figures summed over all torrents.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct GlobalStats {
    /// Current simulated rates, bytes per second.
    pub upload_rate: f64,
    pub download_rate: f64,
    pub session_uploaded: u64,
    pub session_downloaded: u64,
    pub total_uploaded: u64,
    pub total_downloaded: u64,
    /// The global limits in force now, KiB/s (0 = unlimited): the alternative ones when those are on.
    pub upload_limit_kib: u32,
    pub download_limit_kib: u32,
    pub alt_speed_enabled: bool,
    pub seeding_profile: String,
    pub connections: u32,
    pub max_connections: u32,
    pub listening_port: u16,
    /// Recent samples, oldest first, at most [`STATS_HISTORY`].
    pub history: VecDeque<StatsSample>,
}

impl GlobalStats {
    pub fn push_sample(&mut self, sample: StatsSample) {
        if self.history.len() >= STATS_HISTORY {
            self.history.pop_front();
        }
        self.history.push_back(sample);
    }
}
