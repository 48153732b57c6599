//! What the ledger keeps for one torrent: its accounting and its per-torrent settings.

use serde::{Deserialize, Serialize};

/// One torrent's persisted record. The ledger file holds these in queue order.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
#[serde(default)]
pub struct LedgerEntry {
    /// Lowercase hex v1 info-hash.
    pub info_hash: String,
    pub name: String,
    /// File name of the copy inside `<config dir>/torrents/`.
    pub torrent_file: String,
    pub total_uploaded: u64,
    pub total_downloaded: u64,
    /// The counters of the run that wrote this record (a new run starts its session at 0).
    pub session_uploaded: u64,
    pub session_downloaded: u64,
    /// 0.0 ..= 1.0
    pub progress: f64,
    pub seed_time_secs: u64,
    pub added_at_ms: u64,
    pub completed_at_ms: Option<u64>,
    /// Whether the upload threshold was reached.
    pub uploading: bool,
    pub paused: bool,
    pub upload_speed_kib: u32,
    pub download_speed_kib: u32,
    pub upload_limit_kib: u32,
    pub download_limit_kib: u32,
    pub threshold: u8,
    pub label: String,
    pub client_profile: Option<String>,
    /// The user's announce interval override, seconds.
    pub announce_interval_secs: Option<u32>,
    /// The user's tracker list as (tier, URL); `None` = the file's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trackers: Option<Vec<(u32, String)>>,
}
