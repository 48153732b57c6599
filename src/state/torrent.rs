use super::tracker::TrackerView;
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub enum TorrentStatus {
    /// Simulating the download (progress below 100 %).
    #[default]
    Downloading,
    /// Complete; uploading.
    Seeding,
    Paused,
    /// A simulated recheck until `until_ms` (engine clock); then paused again when
    /// `then_paused`, else running.
    Checking {
        until_ms: u64,
        then_paused: bool,
    },
    /// Stopped by an error the user must act on (e.g. the tracker says the torrent is unregistered).
    Error(String),
}

#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct FileEntry {
    /// Path inside the torrent, `/`-separated.
    pub path: String,
    pub length: u64,
}

/// Speed samples kept per torrent for its graph (one per simulation step, at most this many:
/// about a minute at the default tick). Never more than the global history, whose sample
/// times they share.
pub const RATE_HISTORY: usize = 60;
const _: () = assert!(RATE_HISTORY <= super::STATS_HISTORY);

/// Most tracker peers kept per torrent: enough to look at, small at 10 000 torrents.
pub const MAX_PEERS: usize = 50;

/// A peer a tracker returned.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct PeerView {
    pub address: String,
    /// Decoded from its peer_id, when the tracker sent one.
    pub client: Option<String>,
    /// The tracker that returned it.
    pub tracker: String,
}

/// One torrent as the UI shows it: metainfo, settings and live figures.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct TorrentView {
    /// Lowercase hex of the v1 info-hash: the torrent's identity everywhere.
    pub info_hash: String,
    pub name: String,
    pub total_size: u64,
    pub piece_length: u64,
    pub piece_count: u32,
    pub private: bool,
    pub files: Vec<FileEntry>,
    pub comment: Option<String>,
    pub created_by: Option<String>,
    /// Unix seconds, as in the file.
    pub creation_date: Option<i64>,
    pub trackers: Vec<TrackerView>,

    pub status: TorrentStatus,
    /// 0.0 ..= 1.0
    pub progress: f64,
    /// Progress percent at which uploading starts.
    pub threshold: u8,
    /// Whether the threshold has been reached (uploading never stops once started).
    pub uploading: bool,
    /// Set simulated speeds, KiB/s.
    pub upload_speed_kib: u32,
    pub download_speed_kib: u32,
    /// Per-torrent caps, KiB/s (0 = none).
    pub upload_limit_kib: u32,
    pub download_limit_kib: u32,
    /// Current simulated rates, bytes per second.
    pub upload_rate: f64,
    pub download_rate: f64,
    pub total_uploaded: u64,
    pub total_downloaded: u64,
    pub session_uploaded: u64,
    pub session_downloaded: u64,
    /// Swarm figures from the trackers (the best known).
    pub seeders: Option<u32>,
    pub leechers: Option<u32>,
    /// Next announce to any tracker, engine-clock Unix ms.
    pub next_announce_ms: Option<u64>,
    /// The user's announce interval, seconds (never below a tracker's `min interval`);
    /// `None` follows each tracker's `interval`.
    pub announce_interval_secs: Option<u32>,
    pub added_at_ms: u64,
    pub completed_at_ms: Option<u64>,
    /// Seconds spent seeding (complete and running), over all runs.
    pub seed_time_secs: u64,
    pub label: String,
    /// Peers the trackers returned lately (at most [`MAX_PEERS`]).
    pub peers: Vec<PeerView>,
    /// The client profile this torrent poses as (`None` = the global one).
    pub client_profile: Option<String>,
    /// The tracker list was edited by the user (it is kept in the ledger, not the file's).
    pub custom_trackers: bool,
    /// Recent (upload B/s, download B/s), oldest first, at most [`RATE_HISTORY`]: one per
    /// step, taken with the newest samples of the global history (their times are its
    /// `at_ms`; see [`TorrentView::rate_points`]). Empty while the torrent has not moved.
    pub rate_history: std::collections::VecDeque<(u32, u32)>,
}

impl TorrentView {
    /// Uploaded / downloaded over all runs; with nothing downloaded, uploaded / size.
    pub fn ratio(&self) -> f64 {
        let base = if self.total_downloaded > 0 {
            self.total_downloaded
        } else {
            self.total_size
        };
        if base == 0 {
            0.0
        } else {
            self.total_uploaded as f64 / base as f64
        }
    }

    /// The magnet link with the torrent's name and trackers as they are now (a rename or an
    /// edited tracker list included, as qBittorrent copies it).
    pub fn magnet_link(&self) -> String {
        let trackers = self.trackers.iter().map(|t| t.url.as_str());
        crate::magnet::link(&self.info_hash, &self.name, trackers)
    }

    pub fn is_paused(&self) -> bool {
        self.status == TorrentStatus::Paused
    }

    /// The status of this torrent when it runs (or is paused, when `paused`).
    pub fn run_status(&self, paused: bool) -> TorrentStatus {
        if paused {
            TorrentStatus::Paused
        } else if self.progress >= 1.0 {
            TorrentStatus::Seeding
        } else {
            TorrentStatus::Downloading
        }
    }

    /// Records this step's rates (zero unless `running`) in the bounded history. A torrent
    /// that has not moved for the whole history keeps none (most paused torrents).
    pub fn sample_rates(&mut self, running: bool) {
        let clamp = |r: f64| r.clamp(0.0, f64::from(u32::MAX)) as u32;
        let sample = if running {
            (clamp(self.upload_rate), clamp(self.download_rate))
        } else {
            (0, 0)
        };
        let history = &mut self.rate_history;
        if history.is_empty() {
            if sample == (0, 0) {
                return;
            }
            // Exactly its final size: growing by doubling would leave the smaller blocks behind.
            history.reserve_exact(RATE_HISTORY);
        }
        if history.len() >= RATE_HISTORY {
            history.pop_front();
        }
        history.push_back(sample);
        if history.len() == RATE_HISTORY && history.iter().all(|&s| s == (0, 0)) {
            *history = std::collections::VecDeque::new();
        }
    }

    /// The history as (engine ms, upload B/s, download B/s), given the global history whose
    /// newest sample times it shares.
    pub fn rate_points<'a>(
        &'a self,
        times: &'a std::collections::VecDeque<super::StatsSample>,
    ) -> impl Iterator<Item = (u64, u32, u32)> + 'a {
        let skip = times.len().saturating_sub(self.rate_history.len());
        let skip_own = self.rate_history.len().saturating_sub(times.len());
        times
            .iter()
            .skip(skip)
            .zip(self.rate_history.iter().skip(skip_own))
            .map(|(at, &(up, down))| (at.at_ms, up, down))
    }

    /// Seconds until the torrent completes, or until it reaches its upload threshold when
    /// `to_threshold`; `None` when it is not downloading or already there.
    pub fn eta_secs(&self, to_threshold: bool) -> Option<u64> {
        let target = if to_threshold {
            f64::from(self.threshold.min(100)) / 100.0
        } else {
            1.0
        };
        let missing = (target - self.progress).max(0.0) * self.total_size as f64;
        (missing > 0.0 && self.download_rate > 0.0)
            .then(|| (missing / self.download_rate).ceil() as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::StatsSample;
    use std::collections::VecDeque;

    fn times(n: u64) -> VecDeque<StatsSample> {
        (0..n)
            .map(|i| StatsSample {
                at_ms: 1000 * i,
                ..Default::default()
            })
            .collect()
    }

    #[test]
    fn rate_samples_line_up_with_the_newest_global_times() {
        let mut t = TorrentView::default();
        t.sample_rates(true);
        assert!(t.rate_history.is_empty(), "nothing moved yet");
        t.upload_rate = 5.0;
        t.sample_rates(true);
        t.upload_rate = 7.0;
        t.sample_rates(true);
        t.sample_rates(false);
        let points: Vec<_> = t.rate_points(&times(10)).collect();
        assert_eq!(points, [(7000, 5, 0), (8000, 7, 0), (9000, 0, 0)]);
    }

    #[test]
    fn an_idle_history_is_dropped_and_a_full_one_stays_bounded() {
        let mut t = TorrentView {
            download_rate: 1.0,
            ..Default::default()
        };
        for _ in 0..2 * RATE_HISTORY {
            t.sample_rates(true);
        }
        assert_eq!(t.rate_history.len(), RATE_HISTORY);
        for _ in 0..RATE_HISTORY - 1 {
            t.sample_rates(false);
        }
        assert_eq!(t.rate_history.len(), RATE_HISTORY, "one moving sample left");
        t.sample_rates(false);
        assert!(t.rate_history.is_empty(), "a minute of nothing is no graph");
        assert_eq!(t.rate_history.capacity(), 0, "and costs nothing");
    }
}
