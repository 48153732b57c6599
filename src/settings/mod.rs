//! The settings: typed, with defaults embedded from `assets/defaults/settings.json`.
//!
//! Key names follow the old app's `settings.json` where the meaning is the same, so its files
//! import. Loading merges the user's file over the embedded defaults; saving writes only the keys
//! that differ from them (see `engine::store::settings`).

mod profile;
mod sections;
mod ui;
mod web;

pub use profile::{SeedingProfile, SeedingProfiles};
pub use sections::{
    Algorithm, Days, DistributionSettings, LoggingSettings, PeerProtocolSettings, ProxySettings,
    ProxyType, RedistributionMode, SchedulerSettings, SpeedDistribution, WatchFolderSettings,
};
pub use ui::{ColorScheme, Density, NotificationSettings, ToastPosition, UiSettings};
pub use web::WebUiSettings;

use serde::{Deserialize, Serialize};

/// The embedded defaults, as JSON text.
pub const DEFAULTS_JSON: &str = include_str!("../../assets/defaults/settings.json");

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Simulated upload speed given to newly added torrents, KiB/s.
    pub upload_speed: u32,
    /// Simulated download speed given to newly added torrents, KiB/s.
    pub download_speed: u32,
    /// Progress percent at which newly added torrents start to upload.
    pub threshold: u8,
    /// Seconds between simulation steps (accounting uses elapsed time, so this only sets how
    /// often the figures move).
    pub tickspeed: u32,
    /// `conservative`, `balanced`, `aggressive` or `custom`.
    pub seeding_profile: String,
    /// The values of the `custom` seeding profile; the embedded one when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_seeding_profile: Option<SeedingProfile>,
    /// The client the app poses as (a profile ID such as `qbittorrent-4.5.2`).
    pub client_profile: String,
    pub speed: SpeedSettings,
    pub connection: ConnectionSettings,
    pub bittorrent: BitTorrentSettings,
    pub storage: StorageSettings,
    /// The torrent table's columns, left to right, comma-separated (the old app's key).
    pub columns: String,
    pub notification_settings: NotificationSettings,
    pub ui_settings: UiSettings,
    /// `auto` (the system's) or a language code such as `de`.
    pub language: String,
    /// The window starts minimised (applies on the next start).
    pub start_minimized: bool,
    /// Keep the window's size and position between runs (applies on the next start).
    pub remember_window_size: bool,
    pub watch_folder: WatchFolderSettings,
    pub peer_protocol: PeerProtocolSettings,
    pub scheduler: SchedulerSettings,
    pub speed_distribution: SpeedDistribution,
    pub proxy: ProxySettings,
    pub logging: LoggingSettings,
    pub performance: PerformanceSettings,
    pub webui: WebUiSettings,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PerformanceSettings {
    /// The address the peer listener binds (the old app's key); empty = every interface.
    pub network_interface: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct BitTorrentSettings {
    /// Seconds between scrapes, which fill in the swarm figures of trackers we do not announce
    /// to (and of those whose announce reply has none).
    pub scrape_interval_seconds: u32,
    /// The announce interval for torrents without their own, seconds (0 = each tracker's).
    pub announce_interval_seconds: u32,
    /// Peers asked for in each announce (0 = what the client profile sends).
    pub numwant: u32,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ConnectionSettings {
    /// The port announced to trackers and listened on for peers (applies on restart).
    pub listening_port: u16,
    /// Peers connected at once, over all torrents.
    pub max_global_connections: u32,
    /// Peers connected at once to one torrent.
    pub max_per_torrent: u32,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SpeedSettings {
    /// Global caps over all torrents, KiB/s (0 = unlimited).
    pub upload_limit_kbps: u32,
    pub download_limit_kbps: u32,
    /// When on, the alternative caps replace the global ones.
    pub enable_alternative_speeds: bool,
    pub alt_upload_limit_kbps: u32,
    pub alt_download_limit_kbps: u32,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageSettings {
    /// Seconds between ledger writes: a crash loses at most this much accounting (1..=10).
    pub ledger_interval_seconds: u32,
}

impl Default for Settings {
    fn default() -> Self {
        // The embedded file is part of the binary and checked by a unit test.
        serde_json::from_str(DEFAULTS_JSON).expect("embedded default settings are valid")
    }
}

/// `key: reason`.
pub fn invalid(key: &str, reason: String) -> String {
    format!("{key}: {reason}")
}

/// `value` must be within `min..=max`.
pub fn in_range(key: &str, value: u32, min: u32, max: u32) -> Result<(), String> {
    if (min..=max).contains(&value) {
        Ok(())
    } else {
        let why = t!("val-outside", value = value, min = min, max = max);
        Err(invalid(key, why))
    }
}

impl SpeedSettings {
    /// The (upload, download) caps in force now, KiB/s (0 = unlimited).
    pub fn effective_limits(&self) -> (u32, u32) {
        if self.enable_alternative_speeds {
            (self.alt_upload_limit_kbps, self.alt_download_limit_kbps)
        } else {
            (self.upload_limit_kbps, self.download_limit_kbps)
        }
    }
}

impl Settings {
    /// Checks ranges; the message starts with the key (the settings window puts it beside that
    /// field) and gives the reason in the current language.
    pub fn validate(&self) -> Result<(), String> {
        in_range("tickspeed", self.tickspeed, 1, 3600)?;
        let b = &self.bittorrent;
        in_range(
            "bittorrent.scrape_interval_seconds",
            b.scrape_interval_seconds,
            60,
            86_400,
        )?;
        if self.connection.listening_port == 0 {
            return Err(invalid("connection.listening_port", t!("val-not-port")));
        }
        let c = &self.connection;
        in_range(
            "connection.max_global_connections",
            c.max_global_connections,
            1,
            100_000,
        )?;
        in_range("connection.max_per_torrent", c.max_per_torrent, 1, 10_000)?;
        in_range("threshold", u32::from(self.threshold), 0, 100)?;
        in_range(
            "storage.ledger_interval_seconds",
            self.storage.ledger_interval_seconds,
            1,
            10,
        )?;
        let refresh = self.ui_settings.monitoring_refresh_interval;
        in_range("ui_settings.monitoring_refresh_interval", refresh, 1, 10)?;
        self.notification_settings.validate()?;
        self.peer_protocol.validate()?;
        self.proxy.validate()?;
        self.logging.validate()?;
        let bind = self.performance.network_interface.trim();
        if !bind.is_empty() && bind.parse::<std::net::IpAddr>().is_err() {
            let why = t!("val-not-an-address", text = bind);
            return Err(invalid("performance.network_interface", why));
        }
        self.scheduler.validate()?;
        self.webui.validate()?;
        self.speed_distribution.upload.validate("upload")?;
        self.speed_distribution.download.validate("download")?;
        if b.announce_interval_seconds != 0 {
            in_range(
                "bittorrent.announce_interval_seconds",
                b.announce_interval_seconds,
                60,
                86_400,
            )?;
        }
        in_range("bittorrent.numwant", b.numwant, 0, 1000)?;
        if self.language != "auto" && !crate::i18n::is_known(&self.language) {
            let why = t!("val-unknown-language", name = self.language.as_str());
            return Err(invalid("language", why));
        }
        if self.watch_folder.enabled && self.watch_folder.path.trim().is_empty() {
            return Err(invalid("watch_folder.path", t!("val-choose-folder")));
        }
        if SeedingProfiles::embedded()
            .get(&self.seeding_profile)
            .is_none()
        {
            let why = t!("val-unknown-profile", name = self.seeding_profile.as_str());
            return Err(invalid("seeding_profile", why));
        }
        Ok(())
    }

    /// The active seeding profile's values.
    pub fn active_profile(&self) -> SeedingProfile {
        if let (true, Some(custom)) = (
            self.seeding_profile == "custom",
            &self.custom_seeding_profile,
        ) {
            return custom.clone();
        }
        let profiles = SeedingProfiles::embedded();
        profiles
            .get(&self.seeding_profile)
            .or_else(|| profiles.get("balanced"))
            .cloned()
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_defaults_parse_and_validate() {
        let s = Settings::default();
        assert_eq!(s.upload_speed, 50);
        assert_eq!(s.threshold, 30);
        s.validate().expect("defaults are valid");
    }

    #[test]
    fn alternative_limits_replace_the_global_ones() {
        let mut s = Settings::default().speed;
        s.upload_limit_kbps = 1000;
        assert_eq!(s.effective_limits().0, 1000);
        s.enable_alternative_speeds = true;
        assert_eq!(s.effective_limits(), (50, 100));
    }
}
