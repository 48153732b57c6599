//! Setting groups beyond the core ones: watch folder, peer protocol, the speed scheduler and the
//! speed distribution. Key names follow the old app's (inventory §3.14).

use serde::{Deserialize, Serialize};

/// The log file (`logging.*`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LoggingSettings {
    /// Write the log to `<config dir>/logs/dfakeseeder.log`.
    pub log_to_file: bool,
    /// The least important lines written: debug, info, warning or error.
    pub level: crate::state::LogLevel,
    /// A file grows to this size, then is renamed `.1` (older ones shift up).
    pub max_size_mb: u32,
    /// Files kept besides the current one.
    pub max_files: u32,
}

impl LoggingSettings {
    pub fn validate(&self) -> Result<(), String> {
        super::in_range("logging.max_size_mb", self.max_size_mb, 1, 1000)?;
        super::in_range("logging.max_files", self.max_files, 1, 20)
    }
}

/// The kind of proxy tracker traffic goes through (the old app's `proxy.type`).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ProxyType {
    None,
    /// HTTP CONNECT tunnels (HTTP and HTTPS trackers; UDP trackers are not proxied).
    Http,
    /// SOCKS5 (TCP CONNECT for HTTP(S) trackers, UDP ASSOCIATE for UDP trackers).
    Socks5,
}

/// The proxy for tracker traffic (`proxy.*`, the old app's keys).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ProxySettings {
    #[serde(rename = "type")]
    pub kind: ProxyType,
    pub server: String,
    pub port: u16,
    pub auth_enabled: bool,
    pub username: String,
    /// Kept in settings.json as the user typed it (the file is the user's own).
    pub password: String,
}

impl ProxySettings {
    pub fn validate(&self) -> Result<(), String> {
        if self.kind == ProxyType::None {
            return Ok(());
        }
        if self.server.trim().is_empty() || self.server.contains(char::is_whitespace) {
            return Err(super::invalid("proxy.server", t!("val-proxy-host")));
        }
        if self.port == 0 {
            return Err(super::invalid("proxy.port", t!("val-not-port")));
        }
        if self.auth_enabled && (self.username.len() > 255 || self.password.len() > 255) {
            return Err(super::invalid("proxy.username", t!("val-proxy-auth")));
        }
        Ok(())
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct WatchFolderSettings {
    pub enabled: bool,
    /// The folder watched for new `.torrent` files.
    pub path: String,
    /// Delete a `.torrent` once it was added (files that fail to parse are always left).
    pub delete_added_torrents: bool,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PeerProtocolSettings {
    /// Time a connecting peer has to send its handshake (1..=300).
    pub handshake_timeout_seconds: u32,
    /// A peer silent this long is dropped (1..=3600).
    pub message_read_timeout_seconds: u32,
    /// How often we send a keep-alive to a quiet peer (10..=600).
    pub keep_alive_interval_seconds: u32,
}

/// Days the scheduler is on.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Days {
    pub monday: bool,
    pub tuesday: bool,
    pub wednesday: bool,
    pub thursday: bool,
    pub friday: bool,
    pub saturday: bool,
    pub sunday: bool,
}

impl Days {
    /// Whether day `d` (0 = Monday) is on.
    pub fn get(&self, d: u32) -> bool {
        [
            self.monday,
            self.tuesday,
            self.wednesday,
            self.thursday,
            self.friday,
            self.saturday,
            self.sunday,
        ]
        .get(d as usize)
        .copied()
        .unwrap_or(false)
    }

    /// The days as (name, flag) for editors.
    pub fn each_mut(&mut self) -> [(&'static str, &mut bool); 7] {
        [
            ("Mon", &mut self.monday),
            ("Tue", &mut self.tuesday),
            ("Wed", &mut self.wednesday),
            ("Thu", &mut self.thursday),
            ("Fri", &mut self.friday),
            ("Sat", &mut self.saturday),
            ("Sun", &mut self.sunday),
        ]
    }
}

/// Turns the alternative limits on inside a daily window, on chosen days (local time).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SchedulerSettings {
    pub enabled: bool,
    pub start_hour: u32,
    pub start_minute: u32,
    pub end_hour: u32,
    pub end_minute: u32,
    pub days: Days,
}

impl SchedulerSettings {
    /// Whether the alternative limits apply at `weekday` (0 = Monday) and `minute_of_day`.
    /// A window may cross midnight (22:00 → 06:00); its morning part belongs to the day it
    /// started on, as in the old app.
    pub fn active_at(&self, weekday: u32, minute_of_day: u32) -> bool {
        if !self.enabled {
            return false;
        }
        let start = self.start_hour * 60 + self.start_minute;
        let end = self.end_hour * 60 + self.end_minute;
        if start < end {
            self.days.get(weekday) && (start..end).contains(&minute_of_day)
        } else {
            let yesterday = (weekday + 6) % 7;
            (minute_of_day >= start && self.days.get(weekday))
                || (minute_of_day < end && self.days.get(yesterday))
        }
    }

    pub fn validate(&self) -> Result<(), String> {
        if self.start_hour > 23
            || self.end_hour > 23
            || self.start_minute > 59
            || self.end_minute > 59
        {
            return Err(super::invalid("scheduler", t!("val-hours")));
        }
        if (self.start_hour, self.start_minute) == (self.end_hour, self.end_minute) {
            return Err(super::invalid("scheduler", t!("val-empty-window")));
        }
        Ok(())
    }
}

/// How a total bandwidth is shared among torrents (inventory §4.3).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Algorithm {
    Off,
    Pareto,
    PowerLaw,
    LogNormal,
}

/// When speeds are shared out again.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum RedistributionMode {
    /// Every simulation step.
    Tick,
    /// Every `custom_interval_minutes`.
    Custom,
    /// Whenever one of the torrents announces.
    Announce,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DistributionSettings {
    pub algorithm: Algorithm,
    /// How uneven the shares are, and how much the total varies (0..=100).
    pub spread_percentage: u32,
    pub redistribution_mode: RedistributionMode,
    pub custom_interval_minutes: u32,
    /// Share of torrents given no speed at all, drawn between these percentages each time.
    pub stopped_min_percentage: u32,
    pub stopped_max_percentage: u32,
}

impl DistributionSettings {
    pub fn validate(&self, which: &str) -> Result<(), String> {
        let key = |k: &str| format!("speed_distribution.{which}.{k}");
        super::in_range(&key("spread_percentage"), self.spread_percentage, 0, 100)?;
        super::in_range(
            &key("custom_interval_minutes"),
            self.custom_interval_minutes,
            1,
            1440,
        )?;
        if self.stopped_max_percentage > 100
            || self.stopped_min_percentage > self.stopped_max_percentage
        {
            return Err(super::invalid(
                &key("stopped_min_percentage"),
                t!("val-stopped"),
            ));
        }
        Ok(())
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SpeedDistribution {
    pub upload: DistributionSettings,
    pub download: DistributionSettings,
}

impl PeerProtocolSettings {
    pub fn validate(&self) -> Result<(), String> {
        let key = "peer_protocol.handshake_timeout_seconds";
        super::in_range(key, self.handshake_timeout_seconds, 1, 300)?;
        let key = "peer_protocol.message_read_timeout_seconds";
        super::in_range(key, self.message_read_timeout_seconds, 1, 3600)?;
        let key = "peer_protocol.keep_alive_interval_seconds";
        super::in_range(key, self.keep_alive_interval_seconds, 10, 600)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn window(start: (u32, u32), end: (u32, u32)) -> SchedulerSettings {
        SchedulerSettings {
            enabled: true,
            start_hour: start.0,
            start_minute: start.1,
            end_hour: end.0,
            end_minute: end.1,
            days: Days {
                monday: true,
                tuesday: false,
                wednesday: true,
                thursday: true,
                friday: true,
                saturday: true,
                sunday: true,
            },
        }
    }

    #[test]
    fn a_day_window_and_one_across_midnight() {
        let day = window((9, 0), (17, 30));
        assert!(day.active_at(0, 9 * 60));
        assert!(!day.active_at(0, 17 * 60 + 30), "the end is outside");
        assert!(!day.active_at(1, 12 * 60), "Tuesday is off");
        let night = window((22, 0), (6, 0));
        assert!(night.active_at(0, 23 * 60), "Monday night");
        assert!(
            night.active_at(1, 3 * 60),
            "Tuesday morning belongs to Monday night"
        );
        assert!(!night.active_at(1, 23 * 60), "Tuesday night is off");
        assert!(!night.active_at(2, 3 * 60), "so is Wednesday morning");
        assert!(!night.active_at(2, 12 * 60));
    }

    #[test]
    fn invalid_windows_are_refused() {
        assert!(window((25, 0), (6, 0)).validate().is_err());
        assert!(window((6, 0), (6, 0)).validate().is_err());
        assert!(
            window((6, 0), (5, 0)).validate().is_ok(),
            "crossing midnight is fine"
        );
    }
}
