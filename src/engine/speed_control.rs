//! The time-of-day scheduler for the alternative limits and the speed redistribution, run
//! every simulation step on the engine clock (so simulated time works too).

use super::core::{Engine, read, write};
use super::distribution::distribute;
use crate::settings::{DistributionSettings, RedistributionMode};
use crate::state::{EventKind, TorrentStatus};
use chrono::{Datelike, Timelike};

/// When each direction was last shared out, and the newest announce seen (for the
/// "on each announce" mode).
#[derive(Default)]
pub struct SpeedControl {
    /// The scheduler's last verdict; `None` while it is off.
    scheduled: Option<bool>,
    last_shared_ms: [Option<u64>; 2],
    last_announce_ms: u64,
}

impl Engine {
    pub(super) fn run_speed_control(&mut self) {
        self.run_scheduler();
        let announced = newest_announce(&read(&self.state).torrents);
        let fresh_announce = announced > self.speed.last_announce_ms;
        self.speed.last_announce_ms = announced;
        let settings = self.settings.speed_distribution.clone();
        for (i, s) in [settings.upload, settings.download].iter().enumerate() {
            if self.share_due(i, s, fresh_announce) {
                self.share(i == 0, s);
            }
        }
    }

    /// Switches the alternative limits at the window's edges; a manual switch in between
    /// stays until the next edge, as in qBittorrent.
    fn run_scheduler(&mut self) {
        if !self.settings.scheduler.enabled {
            self.speed.scheduled = None;
            return;
        }
        let Some(utc) = chrono::DateTime::from_timestamp_millis(self.clock.now_ms() as i64) else {
            return;
        };
        let local = utc.with_timezone(&chrono::Local);
        let minute = local.hour() * 60 + local.minute();
        let weekday = local.weekday().num_days_from_monday();
        let active = self.settings.scheduler.active_at(weekday, minute);
        if self.speed.scheduled == Some(active) {
            return;
        }
        self.speed.scheduled = Some(active);
        if self.settings.speed.enable_alternative_speeds != active {
            self.settings.speed.enable_alternative_speeds = active;
            self.settings_changed();
            let text = if active {
                t!("ev-alt-on-schedule")
            } else {
                t!("ev-alt-off-schedule")
            };
            self.event(EventKind::Info, text);
        }
    }

    fn share_due(&self, i: usize, s: &DistributionSettings, fresh_announce: bool) -> bool {
        if s.algorithm == crate::settings::Algorithm::Off {
            return false;
        }
        match s.redistribution_mode {
            RedistributionMode::Tick => true,
            RedistributionMode::Announce => fresh_announce,
            RedistributionMode::Custom => {
                let every = u64::from(s.custom_interval_minutes.max(1)) * 60_000;
                self.speed.last_shared_ms[i].is_none_or(|at| self.clock.now_ms() >= at + every)
            }
        }
    }

    /// Gives the running torrents new set speeds out of the limit in force (or their sum).
    fn share(&mut self, upload: bool, s: &DistributionSettings) {
        let (up_limit, down_limit) = self.settings.speed.effective_limits();
        let base = if upload { up_limit } else { down_limit };
        let mut state = write(&self.state);
        let running: Vec<usize> = state
            .torrents
            .iter()
            .enumerate()
            .filter(|(_, t)| {
                matches!(
                    t.status,
                    TorrentStatus::Downloading | TorrentStatus::Seeding
                )
            })
            .map(|(i, _)| i)
            .collect();
        let speed = |t: &crate::state::TorrentView| {
            if upload {
                t.upload_speed_kib
            } else {
                t.download_speed_kib
            }
        };
        let current: Vec<u32> = running.iter().map(|&i| speed(&state.torrents[i])).collect();
        let shares = distribute(s, base, &current, &mut self.rng);
        for (&i, kib) in running.iter().zip(shares) {
            let t = &mut state.torrents[i];
            if upload {
                t.upload_speed_kib = kib;
            } else {
                t.download_speed_kib = kib;
            }
        }
        drop(state);
        self.speed.last_shared_ms[usize::from(!upload)] = Some(self.clock.now_ms());
    }
}

fn newest_announce(torrents: &[crate::state::TorrentView]) -> u64 {
    torrents
        .iter()
        .flat_map(|t| t.trackers.iter().filter_map(|v| v.last_announce_ms))
        .max()
        .unwrap_or(0)
}
