//! The old app's settings that mean the same here (same dotted keys in both apps).

use super::ImportPlan;
use crate::engine::store::json_tree::{get, leaves, merge, single};
use crate::settings::SeedingProfiles;
use serde_json::Value;

/// The old settings we take, by dotted key (the same in both apps), and what a valid value is.
const SETTING_KEYS: &[(&str, Kind)] = &[
    ("upload_speed", Kind::KibPerSec),
    ("download_speed", Kind::KibPerSec),
    ("threshold", Kind::Percent),
    ("tickspeed", Kind::Range(1, 3600)),
    ("seeding_profile", Kind::Profile),
    ("columns", Kind::Text),
    ("language", Kind::Language),
    ("start_minimized", Kind::Bool),
    ("remember_window_size", Kind::Bool),
    (
        "ui_settings.color_scheme",
        Kind::OneOf(&["auto", "light", "dark"]),
    ),
    ("watch_folder.enabled", Kind::Bool),
    ("watch_folder.path", Kind::Text),
    ("watch_folder.delete_added_torrents", Kind::Bool),
    ("connection.listening_port", Kind::Range(1, 65_535)),
    ("connection.max_global_connections", Kind::Range(1, 100_000)),
    ("connection.max_per_torrent", Kind::Range(1, 10_000)),
    ("proxy.type", Kind::OneOf(&["none", "http", "socks5"])),
    ("proxy.server", Kind::Text),
    ("proxy.port", Kind::Range(1, 65_535)),
    ("proxy.auth_enabled", Kind::Bool),
    ("proxy.username", Kind::Text),
    ("proxy.password", Kind::Text),
    (
        "peer_protocol.handshake_timeout_seconds",
        Kind::Range(1, 300),
    ),
    (
        "peer_protocol.message_read_timeout_seconds",
        Kind::Range(1, 3600),
    ),
    (
        "peer_protocol.keep_alive_interval_seconds",
        Kind::Range(10, 600),
    ),
    ("speed.upload_limit_kbps", Kind::KibPerSec),
    ("speed.download_limit_kbps", Kind::KibPerSec),
    ("speed.enable_alternative_speeds", Kind::Bool),
    ("speed.alt_upload_limit_kbps", Kind::KibPerSec),
    ("speed.alt_download_limit_kbps", Kind::KibPerSec),
    ("scheduler.enabled", Kind::Bool),
    ("scheduler.start_hour", Kind::Range(0, 23)),
    ("scheduler.start_minute", Kind::Range(0, 59)),
    ("scheduler.end_hour", Kind::Range(0, 23)),
    ("scheduler.end_minute", Kind::Range(0, 59)),
    ("scheduler.days.monday", Kind::Bool),
    ("scheduler.days.tuesday", Kind::Bool),
    ("scheduler.days.wednesday", Kind::Bool),
    ("scheduler.days.thursday", Kind::Bool),
    ("scheduler.days.friday", Kind::Bool),
    ("scheduler.days.saturday", Kind::Bool),
    ("scheduler.days.sunday", Kind::Bool),
    (
        "speed_distribution.upload.algorithm",
        Kind::OneOf(ALGORITHMS),
    ),
    ("speed_distribution.upload.spread_percentage", Kind::Percent),
    (
        "speed_distribution.upload.redistribution_mode",
        Kind::OneOf(MODES),
    ),
    (
        "speed_distribution.upload.custom_interval_minutes",
        Kind::Range(1, 1440),
    ),
    (
        "speed_distribution.upload.stopped_min_percentage",
        Kind::Percent,
    ),
    (
        "speed_distribution.upload.stopped_max_percentage",
        Kind::Percent,
    ),
    (
        "speed_distribution.download.algorithm",
        Kind::OneOf(ALGORITHMS),
    ),
    (
        "speed_distribution.download.spread_percentage",
        Kind::Percent,
    ),
    (
        "speed_distribution.download.redistribution_mode",
        Kind::OneOf(MODES),
    ),
    (
        "speed_distribution.download.custom_interval_minutes",
        Kind::Range(1, 1440),
    ),
    (
        "speed_distribution.download.stopped_min_percentage",
        Kind::Percent,
    ),
    (
        "speed_distribution.download.stopped_max_percentage",
        Kind::Percent,
    ),
    (
        "bittorrent.scrape_interval_seconds",
        Kind::Range(60, 86_400),
    ),
    ("notification_settings.enabled", Kind::Bool),
    ("notification_settings.position", Kind::OneOf(POSITIONS)),
    ("notification_settings.max_visible", Kind::Range(1, 10)),
    (
        "notification_settings.info_timeout_ms",
        Kind::Range(0, 30_000),
    ),
    (
        "notification_settings.success_timeout_ms",
        Kind::Range(0, 30_000),
    ),
    (
        "notification_settings.warning_timeout_ms",
        Kind::Range(0, 30_000),
    ),
    (
        "notification_settings.error_timeout_ms",
        Kind::Range(0, 30_000),
    ),
    ("notification_settings.show_in_statusbar", Kind::Bool),
    ("webui.enabled", Kind::Bool),
    ("webui.port", Kind::Range(1024, 65_535)),
    ("webui.interface", Kind::Address),
    ("webui.localhost_only", Kind::Bool),
    ("webui.auth_enabled", Kind::Bool),
    ("webui.username", Kind::Text),
    ("webui.session_timeout_minutes", Kind::Range(5, 1440)),
    ("webui.ban_after_failures", Kind::Range(1, 100)),
];

const ALGORITHMS: &[&str] = &["off", "pareto", "power-law", "log-normal"];
const MODES: &[&str] = &["tick", "custom", "announce"];
const POSITIONS: &[&str] = &[
    "top-left",
    "top-center",
    "top-right",
    "bottom-left",
    "bottom-center",
    "bottom-right",
];

/// Why an old key is left out, by key prefix (the first match wins).
const REASONS: &[(&str, &str)] = &[
    (
        "protocols.dht",
        "DHT is not built yet; its settings come with it",
    ),
    (
        "bittorrent.enable_dht",
        "DHT is not built yet; its settings come with it",
    ),
    ("protocols.", "that protocol extension is not built yet"),
    ("bittorrent.enable_pex", "PEX is not built yet"),
    (
        "bittorrent.enable_lpd",
        "local peer discovery is not built yet",
    ),
    (
        "bittorrent.encryption_mode",
        "encryption (MSE) is not built yet",
    ),
    (
        "webui.password",
        "it was kept in plain text; set a new one in Settings → Web UI (only its hash is kept)",
    ),
    (
        "webui.https_enabled",
        "HTTPS here takes the certificate and key paths (webui.https_cert_path, https_key_path)",
    ),
    (
        "webui.",
        "always on here (security headers, Host check, SameSite cookies)",
    ),
    ("tracker_settings.", "the built-in tracker is not built yet"),
    (
        "agents",
        "clients are chosen by profile here (client_profile)",
    ),
    (
        "agent",
        "clients are chosen by profile here (client_profile)",
    ),
    (
        "bittorrent.user_agent",
        "clients are chosen by profile here (client_profile)",
    ),
    (
        "bittorrent.peer_id_prefix",
        "clients are chosen by profile here (client_profile)",
    ),
    ("http_headers", "the client profile sends its own headers"),
    (
        "announce_interval",
        "each tracker's interval is followed unless one is set here",
    ),
    (
        "bittorrent.announce_interval_seconds",
        "it had no effect in the old app",
    ),
    (
        "bittorrent.min_announce_interval_seconds",
        "trackers' min interval is always obeyed",
    ),
    ("close_to_tray", "there is no tray icon"),
    ("minimize_to_tray", "there is no tray icon"),
    ("window_", "the window keeps its own size and place"),
    ("show_", "there is no D-Bus control"),
    ("application_quit_requested", "there is no D-Bus control"),
    ("connection.upnp_enabled", "UPnP is not built yet"),
    ("upnp_settings.", "UPnP is not built yet"),
    ("simulation.", "it had no effect in the old app"),
    ("peer_behavior.", "it had no effect in the old app"),
    ("profile_settings.", "it had no effect in the old app"),
    (
        "seeders.",
        "trackers are reached as the client profile does",
    ),
];

#[derive(Clone, Copy)]
enum Kind {
    KibPerSec,
    Percent,
    Bool,
    Profile,
    /// A whole number in this range.
    Range(u64, u64),
    Text,
    OneOf(&'static [&'static str]),
    Language,
    /// An IP address.
    Address,
}

impl Kind {
    /// The value in our form, `None` when it is not valid.
    fn check(self, v: &Value) -> Option<Value> {
        match self {
            Kind::KibPerSec => count(v, u64::from(u32::MAX)).map(Value::from),
            Kind::Percent => count(v, 100).map(Value::from),
            Kind::Range(lo, hi) => count(v, hi).filter(|n| *n >= lo).map(Value::from),
            Kind::Bool => v.as_bool().map(Value::from),
            Kind::Text => v.as_str().map(Value::from),
            Kind::OneOf(values) => v.as_str().filter(|s| values.contains(s)).map(Value::from),
            Kind::Language => v
                .as_str()
                .filter(|s| *s == "auto" || crate::i18n::is_known(s))
                .map(Value::from),
            Kind::Profile => v
                .as_str()
                .filter(|name| SeedingProfiles::embedded().get(name).is_some())
                .map(Value::from),
            Kind::Address => v
                .as_str()
                .filter(|s| s.trim().parse::<std::net::IpAddr>().is_ok())
                .map(|s| Value::from(s.trim())),
        }
    }

    fn expected(self) -> String {
        match self {
            Kind::KibPerSec => "a whole number of KiB/s".into(),
            Kind::Percent => "a percentage 0..=100".into(),
            Kind::Range(lo, hi) => format!("a whole number {lo}..={hi}"),
            Kind::Bool => "true or false".into(),
            Kind::Text => "text".into(),
            Kind::OneOf(values) => format!("one of {}", values.join(", ")),
            Kind::Language => "auto or one of the 21 language codes".into(),
            Kind::Profile => "conservative, balanced, aggressive or custom".into(),
            Kind::Address => "an IP address".into(),
        }
    }
}

pub(super) fn plan_settings(old: &Value, plan: &mut ImportPlan) {
    for &(key, kind) in SETTING_KEYS {
        let Some(v) = get(old, key) else { continue };
        match kind.check(v) {
            Some(ours) => {
                let path: Vec<String> = key.split('.').map(str::to_string).collect();
                let mut tree = Value::Object(std::mem::take(&mut plan.settings));
                merge(&mut tree, single(&path, ours));
                if let Value::Object(map) = tree {
                    plan.settings = map;
                }
            }
            None => plan
                .skipped
                .push(format!("setting {key}: {v} is not {}", kind.expected())),
        }
    }
    plan.not_taken = leaves(old)
        .into_iter()
        .filter(|(path, _)| path.first().is_some_and(|k| k != "torrents"))
        .map(|(path, _)| path.join("."))
        .filter(|key| !SETTING_KEYS.iter().any(|(k, _)| k == key))
        .map(|key| {
            let why = REASONS
                .iter()
                .find(|(prefix, _)| key.starts_with(prefix))
                .map_or("dfakeseeder has no such setting", |(_, why)| why);
            (key, why.to_string())
        })
        .collect();
}

/// A non-negative whole number up to `max`; Python may have written it as a float.
pub(super) fn count(v: &Value, max: u64) -> Option<u64> {
    if let Some(n) = v.as_u64() {
        return (n <= max).then_some(n);
    }
    let f = v.as_f64()?;
    // `as` saturates; the range check keeps out what it would distort.
    (f.is_finite() && f >= 0.0 && f <= max as f64).then(|| f.round() as u64)
}
