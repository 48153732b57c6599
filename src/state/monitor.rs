//! The process's own figures over time, for the Monitoring view.

use serde::{Deserialize, Serialize};
use std::collections::VecDeque;

/// Samples kept: four minutes at the default 2 s refresh.
pub const MONITOR_HISTORY: usize = 120;

/// One reading of this process and the machine's network interfaces.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, Default, PartialEq)]
pub struct MonitorSample {
    pub at_ms: u64,
    /// Percent of one core.
    pub cpu_percent: f32,
    pub rss_bytes: u64,
    pub threads: u32,
    /// Open file descriptors (files and sockets).
    pub fds: u32,
    /// Bytes received / sent by all network interfaces since the last sample.
    pub net_rx_bytes: u64,
    pub net_tx_bytes: u64,
    pub torrents: u32,
    pub connections: u32,
}

#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Monitor {
    /// Oldest first, at most [`MONITOR_HISTORY`].
    pub samples: VecDeque<MonitorSample>,
    /// Seconds between samples.
    pub refresh_secs: u32,
    /// Bytes received / sent by the interfaces since the app started.
    pub net_rx_total: u64,
    pub net_tx_total: u64,
}

impl Monitor {
    pub fn push(&mut self, sample: MonitorSample) {
        if self.samples.len() >= MONITOR_HISTORY {
            self.samples.pop_front();
        }
        self.net_rx_total += sample.net_rx_bytes;
        self.net_tx_total += sample.net_tx_bytes;
        self.samples.push_back(sample);
    }

    pub fn latest(&self) -> Option<&MonitorSample> {
        self.samples.back()
    }
}
