//! Conversions between the persisted ledger record and the live torrent view.

use super::store::LedgerEntry;
use crate::metainfo::Metainfo;
use crate::state::{TorrentView, TrackerView};

/// The live view of a torrent from its metainfo and its ledger record.
pub fn view_from(meta: &Metainfo, entry: &LedgerEntry) -> TorrentView {
    let mut view = TorrentView {
        info_hash: meta.info_hash_hex(),
        // A rename is kept in the ledger.
        name: if entry.name.trim().is_empty() {
            meta.name.clone()
        } else {
            entry.name.clone()
        },
        total_size: meta.total_size,
        piece_length: meta.piece_length,
        piece_count: meta.piece_count,
        private: meta.private,
        files: meta.files.clone(),
        comment: meta.comment.clone(),
        created_by: meta.created_by.clone(),
        creation_date: meta.creation_date,
        trackers: match &entry.trackers {
            Some(list) => list.iter().map(|(tier, url)| tracker(*tier, url)).collect(),
            None => {
                // Sized exactly: collected from the tiers, a single tracker took room for four.
                let mut views = Vec::with_capacity(meta.tiers.iter().map(Vec::len).sum());
                views.extend(meta.trackers().map(|(tier, url)| tracker(tier, url)));
                views
            }
        },
        custom_trackers: entry.trackers.is_some(),
        progress: entry.progress.clamp(0.0, 1.0),
        threshold: entry.threshold.min(100),
        uploading: entry.uploading,
        upload_speed_kib: entry.upload_speed_kib,
        download_speed_kib: entry.download_speed_kib,
        upload_limit_kib: entry.upload_limit_kib,
        download_limit_kib: entry.download_limit_kib,
        total_uploaded: entry.total_uploaded,
        total_downloaded: entry.total_downloaded,
        // A new run is a new session (trackers count `uploaded` from our `started`).
        session_uploaded: 0,
        session_downloaded: 0,
        added_at_ms: entry.added_at_ms,
        completed_at_ms: entry.completed_at_ms,
        seed_time_secs: entry.seed_time_secs,
        label: entry.label.clone(),
        client_profile: entry.client_profile.clone(),
        announce_interval_secs: entry.announce_interval_secs,
        ..Default::default()
    };
    view.status = view.run_status(entry.paused);
    view
}

/// The record to persist for a live torrent.
pub fn entry_from(view: &TorrentView, torrent_file: &str) -> LedgerEntry {
    LedgerEntry {
        info_hash: view.info_hash.clone(),
        name: view.name.clone(),
        torrent_file: torrent_file.to_string(),
        total_uploaded: view.total_uploaded,
        total_downloaded: view.total_downloaded,
        session_uploaded: view.session_uploaded,
        session_downloaded: view.session_downloaded,
        progress: view.progress,
        seed_time_secs: view.seed_time_secs,
        added_at_ms: view.added_at_ms,
        completed_at_ms: view.completed_at_ms,
        uploading: view.uploading,
        paused: view.is_paused(),
        upload_speed_kib: view.upload_speed_kib,
        download_speed_kib: view.download_speed_kib,
        upload_limit_kib: view.upload_limit_kib,
        download_limit_kib: view.download_limit_kib,
        threshold: view.threshold,
        label: view.label.clone(),
        client_profile: view.client_profile.clone(),
        announce_interval_secs: view.announce_interval_secs,
        trackers: view.custom_trackers.then(|| {
            view.trackers
                .iter()
                .map(|t| (t.tier, t.url.clone()))
                .collect()
        }),
    }
}

fn tracker(tier: u32, url: &str) -> TrackerView {
    TrackerView {
        tier,
        url: url.to_string(),
        ..Default::default()
    }
}
