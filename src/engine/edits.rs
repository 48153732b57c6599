//! The per-torrent edits of the context menu: recheck, random progress, queue moves, rename,
//! label, trackers, and new settings.

use super::core::{Engine, read, write};
use super::tracker::RunState;
use super::tracker::signals::Totals;
use crate::settings::Settings;
use crate::state::{EventKind, LogLevel, QueueMove, TorrentStatus, TrackerView};
use rand::Rng;

/// A simulated recheck reads this many bytes per second (a fast disk), within the bounds below.
const RECHECK_BYTES_PER_SEC: u64 = 200 * 1024 * 1024;
const RECHECK_MIN_MS: u64 = 2_000;
const RECHECK_MAX_MS: u64 = 60_000;
/// Longest name a rename accepts, in characters.
const MAX_NAME: usize = 255;

impl Engine {
    pub(super) fn recheck(&mut self, hashes: &[String]) {
        let now_ms = self.clock.now_ms();
        let mut started = Vec::new();
        self.edit(hashes, |t| {
            if matches!(t.status, TorrentStatus::Checking { .. }) {
                return;
            }
            let ms = (t.total_size.saturating_mul(1000) / RECHECK_BYTES_PER_SEC)
                .clamp(RECHECK_MIN_MS, RECHECK_MAX_MS);
            t.status = TorrentStatus::Checking {
                until_ms: now_ms + ms,
                then_paused: t.is_paused(),
            };
            t.upload_rate = 0.0;
            t.download_rate = 0.0;
            started.push((t.info_hash.clone(), t.name.clone()));
        });
        for (hash, name) in started {
            self.log(
                LogLevel::Info,
                Some(hash),
                t!("log-rechecking", name = name),
            );
        }
    }

    /// Ends the rechecks whose time is up (called every step).
    pub(super) fn finish_rechecks(&mut self) {
        let now_ms = self.clock.now_ms();
        let mut done = Vec::new();
        for t in write(&self.state).torrents.iter_mut() {
            if let TorrentStatus::Checking {
                until_ms,
                then_paused,
            } = t.status
                && until_ms <= now_ms
            {
                t.status = t.run_status(then_paused);
                done.push((t.info_hash.clone(), t.name.clone()));
            }
        }
        for (hash, name) in done {
            self.log(
                LogLevel::Info,
                Some(hash),
                t!("log-recheck-done", name = name),
            );
        }
    }

    /// The old app's "Set Random Progress": 30 % of draws in 10..50 %, 40 % in 50..90 %,
    /// the rest in 90..99 %. Only incomplete torrents change; nothing counts as downloaded.
    pub(super) fn random_progress(&mut self, hashes: &[String]) {
        let rng = &mut self.rng;
        let mut changed = Vec::new();
        let mut state = write(&self.state);
        for t in state
            .torrents
            .iter_mut()
            .filter(|t| hashes.contains(&t.info_hash))
        {
            if t.progress >= 1.0 {
                continue;
            }
            let r: f64 = rng.random();
            let (lo, hi) = match r {
                r if r < 0.3 => (0.1, 0.5),
                r if r < 0.7 => (0.5, 0.9),
                _ => (0.9, 0.99),
            };
            t.progress = rng.random_range(lo..hi);
            t.uploading = t.uploading || t.progress * 100.0 >= f64::from(t.threshold);
            changed.push((t.info_hash.clone(), t.name.clone(), t.progress));
        }
        drop(state);
        for (hash, name, p) in changed {
            let line = t!(
                "log-progress-set",
                percent = format!("{:.1}", p * 100.0),
                name = name
            );
            self.log(LogLevel::Info, Some(hash), line);
        }
    }

    pub(super) fn queue(&mut self, hashes: &[String], to: QueueMove) {
        let mut state = write(&self.state);
        let torrents = &mut state.torrents;
        let picked = |t: &crate::state::TorrentView| hashes.contains(&t.info_hash);
        match to {
            QueueMove::Top | QueueMove::Bottom => {
                let (moved, rest): (Vec<_>, Vec<_>) = torrents.drain(..).partition(picked);
                *torrents = if to == QueueMove::Top {
                    moved.into_iter().chain(rest).collect()
                } else {
                    rest.into_iter().chain(moved).collect()
                };
            }
            // One step, like qBittorrent: each picked torrent swaps with an unpicked neighbour.
            QueueMove::Up => {
                for i in 1..torrents.len() {
                    if picked(&torrents[i]) && !picked(&torrents[i - 1]) {
                        torrents.swap(i, i - 1);
                    }
                }
            }
            QueueMove::Down => {
                for i in (0..torrents.len().saturating_sub(1)).rev() {
                    if picked(&torrents[i]) && !picked(&torrents[i + 1]) {
                        torrents.swap(i, i + 1);
                    }
                }
            }
        }
        drop(state);
        // The ledger keeps queue order.
        self.structure_changed = true;
    }

    pub(super) fn rename(&mut self, hash: &str, name: &str) {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > MAX_NAME || name.contains(['\n', '\r']) {
            return self.notice(LogLevel::Error, t!("notice-not-renamed", max = MAX_NAME));
        }
        let mut old = None;
        self.edit(&[hash.to_string()], |t| {
            old = Some(std::mem::replace(&mut t.name, name.to_string()));
        });
        if let Some(old) = old {
            self.structure_changed = true;
            let line = t!("log-renamed", old = old, name = name);
            self.log(LogLevel::Info, Some(hash.to_string()), line);
        }
    }

    pub(super) fn set_label(&mut self, hashes: &[String], label: &str) {
        let label: String = label.trim().chars().take(MAX_NAME).collect();
        self.edit(hashes, |t| t.label = label.clone());
        self.structure_changed = true;
    }

    /// Replaces a torrent's trackers after checking every URL; then re-announces.
    pub(super) fn set_trackers(&mut self, hash: &str, trackers: Vec<(u32, String)>) {
        let mut checked = Vec::new();
        for (tier, url) in trackers {
            let url = url.trim().to_string();
            if !is_tracker_url(&url) {
                return self.notice(
                    LogLevel::Error,
                    format!(
                        "Trackers unchanged: {url:?} is not an http://, https:// or udp:// URL"
                    ),
                );
            }
            if !checked.iter().any(|(_, u)| *u == url) {
                checked.push((tier, url));
            }
        }
        checked.sort_by_key(|(tier, _)| *tier);
        let mut found = false;
        self.edit(&[hash.to_string()], |t| {
            t.trackers = checked
                .iter()
                .map(|(tier, url)| TrackerView {
                    tier: *tier,
                    url: url.clone(),
                    ..Default::default()
                })
                .collect();
            t.custom_trackers = true;
            found = true;
        });
        if found {
            self.restart_announcing(hash);
            self.structure_changed = true;
            let line = t!("log-trackers-changed", count = checked.len());
            self.log(LogLevel::Info, Some(hash.to_string()), line);
        }
    }

    /// The torrent's announce tasks say `stopped` and end; new ones (from the torrent's current
    /// trackers and client profile) say `started`.
    pub(super) fn restart_announcing(&mut self, hash: &str) {
        let Some(mut owner) = self.owners.remove(hash) else {
            return;
        };
        let figures = read(&self.state).torrent(hash).map(|t| {
            let run = if t.is_paused() {
                RunState::Paused
            } else {
                RunState::Running
            };
            let totals = Totals {
                uploaded: t.session_uploaded,
                downloaded: t.session_downloaded,
                left: super::simulation::bytes_left(t),
            };
            (run, totals, t.client_profile.clone())
        });
        if let (Some(old), Some((_, totals, _))) = (owner.announcer.take(), &figures) {
            old.stop_with(*totals);
        }
        if let Some((run, _, profile)) = figures {
            self.start_announcing(&mut owner, hash, run, profile.as_deref());
        }
        self.owners.insert(hash.to_string(), owner);
    }

    /// Applies new settings when they are valid; otherwise says why and keeps the old ones.
    pub(super) fn update_settings(&mut self, mut new: Settings) -> bool {
        // A typed web password becomes its hash; an empty token (rotate) a new random one.
        let rotate = !self.settings.webui.token.is_empty();
        if let Err(why) = crate::web::secrets::prepare(&mut new.webui, rotate) {
            self.notice(LogLevel::Error, t!("notice-settings-refused", why = why));
            return false;
        }
        if let Err(why) = new.validate() {
            self.notice(LogLevel::Error, t!("notice-settings-refused", why = why));
            return false;
        }
        if new == self.settings {
            return true;
        }
        let folder = &new.watch_folder;
        if folder.enabled && !std::path::Path::new(folder.path.trim()).is_dir() {
            let why = format!(
                "watch_folder.path: {}",
                t!("val-no-folder", path = folder.path.as_str())
            );
            self.notice(LogLevel::Error, t!("notice-settings-refused", why = why));
            return false;
        }
        self.watch_changed = new.watch_folder != self.settings.watch_folder;
        self.tick_changed = new.tickspeed != self.settings.tickspeed
            || new.ui_settings.monitoring_refresh_interval
                != self.settings.ui_settings.monitoring_refresh_interval;
        let interval_changed = new.bittorrent.announce_interval_seconds
            != self.settings.bittorrent.announce_interval_seconds;
        if new.proxy != self.settings.proxy
            && let Some(client) = &self.tracker_client
        {
            client.set_proxy(&new.proxy);
        }
        self.settings = new;
        self.settings_changed();
        if interval_changed {
            // Torrents without their own interval follow the new default at once.
            for owner in self.owners.values() {
                if let Some(controls) = &owner.announcer {
                    controls.reschedule();
                }
            }
        }
        self.event(EventKind::Info, t!("ev-settings-saved"));
        true
    }
}

impl Engine {
    pub(super) fn export_settings(&mut self, path: &std::path::Path) {
        let written = super::store::settings_to_json(&self.settings)
            .map_err(|e| e.to_string())
            .and_then(|bytes| super::store::write_atomic(path, &bytes).map_err(|e| e.to_string()));
        let shown = path.display().to_string();
        match written {
            Ok(()) => self.event(EventKind::Success, t!("ev-settings-exported", path = shown)),
            Err(e) => self.notice(
                LogLevel::Error,
                t!("notice-export-failed", path = shown, error = e),
            ),
        }
    }

    /// A file that cannot be read or holds invalid settings changes nothing.
    pub(super) fn import_settings(&mut self, path: &std::path::Path) {
        let shown = path.display().to_string();
        let read = std::fs::read(path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| super::store::settings_from_json(&bytes));
        match read {
            Ok(mut settings) => {
                // A file without the web credentials keeps the ones in force.
                let (web, ours) = (&mut settings.webui, &self.settings.webui);
                if web.token.is_empty() {
                    web.token = ours.token.clone();
                }
                if web.password_hash.is_empty() {
                    web.password_hash = ours.password_hash.clone();
                }
                if self.update_settings(settings) {
                    self.event(EventKind::Info, t!("ev-settings-imported", path = shown));
                }
            }
            Err(e) => self.notice(
                LogLevel::Error,
                t!("notice-import-failed", path = shown, error = e),
            ),
        }
    }
}

fn is_tracker_url(url: &str) -> bool {
    let rest = ["http://", "https://", "udp://"]
        .iter()
        .find_map(|scheme| url.strip_prefix(scheme));
    rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/') && !r.contains(char::is_whitespace))
}

#[cfg(test)]
mod tests {
    use super::is_tracker_url;

    #[test]
    fn tracker_urls() {
        assert!(is_tracker_url("http://t.example:8080/announce"));
        assert!(is_tracker_url("udp://t.example:6969"));
        assert!(!is_tracker_url("ftp://t.example/announce"));
        assert!(!is_tracker_url("http://"));
        assert!(!is_tracker_url("http://a b/announce"));
    }
}
