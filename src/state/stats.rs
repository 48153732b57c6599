use serde::{Deserialize, Serialize};

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
}
