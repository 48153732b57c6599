//! Every setting the window shows: its tab, key (for search and hints), label and editor.
//! Labels say "(on restart)" where the change waits for the next start.

use super::Tab;
use crate::settings::{
    Algorithm, ColorScheme, Density, DistributionSettings, ProxyType, RedistributionMode, Settings,
    ToastPosition,
};
use crate::state::AppState;
use egui::{DragValue, Response, Ui, emath::Numeric};

pub struct Field {
    pub tab: Tab,
    pub key: &'static str,
    pub edit: fn(&mut Ui, &mut Settings, &AppState) -> Response,
}

impl Field {
    /// The label in the current language: message `set-<key with dots as dashes>`.
    pub fn label(&self) -> String {
        crate::i18n::tr(&format!("set-{}", self.key.replace('.', "-")))
    }
}

macro_rules! field {
    ($tab:ident, $key:literal, |$ui:ident, $s:ident, $st:ident| $body:expr) => {
        Field {
            tab: Tab::$tab,
            key: $key,
            edit: |$ui, $s, $st| {
                let _ = &$st;
                $body
            },
        }
    };
}

fn num<T: Numeric>(ui: &mut Ui, v: &mut T, lo: T, hi: T, suffix: &str) -> Response {
    ui.add(DragValue::new(v).range(lo..=hi).suffix(suffix))
}

fn check(ui: &mut Ui, v: &mut bool) -> Response {
    ui.checkbox(v, "")
}

fn choice<T: PartialEq + Copy>(
    ui: &mut Ui,
    id: &str,
    v: &mut T,
    options: &[(T, String)],
) -> Response {
    let current = options
        .iter()
        .find(|(o, _)| o == v)
        .map_or(String::new(), |(_, name)| name.clone());
    egui::ComboBox::from_id_salt(id)
        .selected_text(current)
        .show_ui(ui, |ui| {
            for (o, name) in options {
                ui.selectable_value(v, *o, name);
            }
        })
        .response
}

fn string_choice(ui: &mut Ui, id: &str, v: &mut String, options: &[(String, String)]) -> Response {
    let current = options
        .iter()
        .find(|(o, _)| o == v)
        .map_or(v.clone(), |(_, name)| name.clone());
    egui::ComboBox::from_id_salt(id)
        .selected_text(current)
        .show_ui(ui, |ui| {
            for (o, name) in options {
                ui.selectable_value(v, o.clone(), name);
            }
        })
        .response
}

fn algorithms() -> [(Algorithm, String); 4] {
    [
        (Algorithm::Off, t!("opt-off")),
        (Algorithm::Pareto, t!("opt-pareto")),
        (Algorithm::PowerLaw, t!("opt-power-law")),
        (Algorithm::LogNormal, t!("opt-log-normal")),
    ]
}

fn modes() -> [(RedistributionMode, String); 3] {
    [
        (RedistributionMode::Tick, t!("opt-every-step")),
        (RedistributionMode::Custom, t!("opt-every-n-minutes")),
        (RedistributionMode::Announce, t!("opt-on-announce")),
    ]
}

fn up(s: &mut Settings) -> &mut DistributionSettings {
    &mut s.speed_distribution.upload
}

fn down(s: &mut Settings) -> &mut DistributionSettings {
    &mut s.speed_distribution.download
}

/// The language picker: the system's, or one of the 21 (by their own name where the fonts for
/// their script are found, with the English name beside).
fn language(ui: &mut Ui, v: &mut String) -> Response {
    let mut options = vec![("auto".to_string(), t!("opt-system-language"))];
    options.extend(
        crate::i18n::LANGUAGES
            .iter()
            .map(|(code, native, english)| (code.to_string(), format!("{native} — {english}"))),
    );
    let r = string_choice(ui, "language", v, &options);
    if crate::i18n::is_degraded(v) {
        r.on_hover_text(t!("opt-language-degraded"))
    } else {
        r
    }
}

/// A time of day as two spinners, hours and minutes.
fn time(ui: &mut Ui, h: &mut u32, m: &mut u32) -> Response {
    ui.horizontal(|ui| {
        let r = ui.add(DragValue::new(h).range(0..=23).suffix(" h"));
        ui.add(DragValue::new(m).range(0..=59).suffix(" min"));
        r
    })
    .inner
}

pub const FIELDS: &[Field] = &[
    field!(General, "language", |ui, s, st| language(
        ui,
        &mut s.language
    )),
    field!(General, "ui_settings.color_scheme", |ui, s, st| choice(
        ui,
        "color_scheme",
        &mut s.ui_settings.color_scheme,
        &[
            (ColorScheme::Auto, t!("opt-system")),
            (ColorScheme::Light, t!("opt-light")),
            (ColorScheme::Dark, t!("opt-dark"))
        ]
    )),
    field!(General, "ui_settings.density", |ui, s, st| {
        choice(
            ui,
            "density",
            &mut s.ui_settings.density,
            &[
                (Density::Compact, t!("opt-compact")),
                (Density::Comfortable, t!("opt-comfortable")),
            ],
        )
    }),
    field!(General, "start_minimized", |ui, s, st| check(
        ui,
        &mut s.start_minimized
    )),
    field!(General, "remember_window_size", |ui, s, st| check(
        ui,
        &mut s.remember_window_size
    )),
    field!(General, "watch_folder.enabled", |ui, s, st| check(
        ui,
        &mut s.watch_folder.enabled
    )),
    field!(General, "watch_folder.path", |ui, s, st| ui.add(
        egui::TextEdit::singleline(&mut s.watch_folder.path)
            .hint_text(t!("opt-folder-hint"))
            .desired_width(220.0)
    )),
    field!(
        General,
        "watch_folder.delete_added_torrents",
        |ui, s, st| check(ui, &mut s.watch_folder.delete_added_torrents)
    ),
    field!(Connection, "connection.listening_port", |ui, s, st| {
        ui.horizontal(|ui| {
            let r = num(ui, &mut s.connection.listening_port, 1, 65_535, "");
            if ui
                .button(t!("opt-random"))
                .on_hover_text(t!("opt-random-tip"))
                .clicked()
            {
                s.connection.listening_port = random_port(ui.input(|i| i.time));
            }
            r
        })
        .inner
    }),
    field!(
        Connection,
        "connection.max_global_connections",
        |ui, s, st| num(ui, &mut s.connection.max_global_connections, 1, 100_000, "")
    ),
    field!(Connection, "connection.max_per_torrent", |ui, s, st| num(
        ui,
        &mut s.connection.max_per_torrent,
        1,
        10_000,
        ""
    )),
    field!(Connection, "proxy.type", |ui, s, st| choice(
        ui,
        "proxy_type",
        &mut s.proxy.kind,
        &[
            (ProxyType::None, t!("opt-none")),
            (ProxyType::Http, t!("opt-http-connect")),
            (ProxyType::Socks5, t!("opt-socks5"))
        ]
    )),
    field!(Connection, "proxy.server", |ui, s, st| ui.add(
        egui::TextEdit::singleline(&mut s.proxy.server).desired_width(200.0)
    )),
    field!(Connection, "proxy.port", |ui, s, st| num(
        ui,
        &mut s.proxy.port,
        1,
        65_535,
        ""
    )),
    field!(Connection, "proxy.auth_enabled", |ui, s, st| check(
        ui,
        &mut s.proxy.auth_enabled
    )),
    field!(Connection, "proxy.username", |ui, s, st| ui.add(
        egui::TextEdit::singleline(&mut s.proxy.username).desired_width(200.0)
    )),
    field!(Connection, "proxy.password", |ui, s, st| ui.add(
        egui::TextEdit::singleline(&mut s.proxy.password)
            .password(true)
            .desired_width(200.0)
    )),
    field!(
        PeerProtocol,
        "peer_protocol.handshake_timeout_seconds",
        |ui, s, st| num(
            ui,
            &mut s.peer_protocol.handshake_timeout_seconds,
            1,
            300,
            " s"
        )
    ),
    field!(
        PeerProtocol,
        "peer_protocol.message_read_timeout_seconds",
        |ui, s, st| num(
            ui,
            &mut s.peer_protocol.message_read_timeout_seconds,
            1,
            3600,
            " s"
        )
    ),
    field!(
        PeerProtocol,
        "peer_protocol.keep_alive_interval_seconds",
        |ui, s, st| num(
            ui,
            &mut s.peer_protocol.keep_alive_interval_seconds,
            10,
            600,
            " s"
        )
    ),
    field!(Speed, "speed.upload_limit_kbps", |ui, s, st| num(
        ui,
        &mut s.speed.upload_limit_kbps,
        0,
        10_000_000,
        " KiB/s"
    )),
    field!(Speed, "speed.download_limit_kbps", |ui, s, st| num(
        ui,
        &mut s.speed.download_limit_kbps,
        0,
        10_000_000,
        " KiB/s"
    )),
    field!(Speed, "speed.enable_alternative_speeds", |ui, s, st| check(
        ui,
        &mut s.speed.enable_alternative_speeds
    )),
    field!(Speed, "speed.alt_upload_limit_kbps", |ui, s, st| num(
        ui,
        &mut s.speed.alt_upload_limit_kbps,
        0,
        10_000_000,
        " KiB/s"
    )),
    field!(Speed, "speed.alt_download_limit_kbps", |ui, s, st| num(
        ui,
        &mut s.speed.alt_download_limit_kbps,
        0,
        10_000_000,
        " KiB/s"
    )),
    field!(Speed, "scheduler.enabled", |ui, s, st| check(
        ui,
        &mut s.scheduler.enabled
    )),
    field!(Speed, "scheduler.start_hour", |ui, s, st| time(
        ui,
        &mut s.scheduler.start_hour,
        &mut s.scheduler.start_minute
    )),
    field!(Speed, "scheduler.end_hour", |ui, s, st| time(
        ui,
        &mut s.scheduler.end_hour,
        &mut s.scheduler.end_minute
    )),
    field!(Speed, "scheduler.days", |ui, s, st| {
        ui.horizontal(|ui| {
            let mut first = None;
            for (name, on) in s.scheduler.days.each_mut() {
                let r = ui.checkbox(on, crate::i18n::tr(&format!("day-{}", name.to_lowercase())));
                first.get_or_insert(r);
            }
            first.unwrap_or_else(|| ui.label(""))
        })
        .inner
    }),
    field!(Speed, "speed_distribution.upload.algorithm", |ui, s, st| {
        choice(ui, "up_algorithm", &mut up(s).algorithm, &algorithms())
    }),
    field!(
        Speed,
        "speed_distribution.upload.spread_percentage",
        |ui, s, st| num(ui, &mut up(s).spread_percentage, 0, 100, " %")
    ),
    field!(
        Speed,
        "speed_distribution.upload.redistribution_mode",
        |ui, s, st| choice(ui, "up_mode", &mut up(s).redistribution_mode, &modes())
    ),
    field!(
        Speed,
        "speed_distribution.upload.custom_interval_minutes",
        |ui, s, st| num(ui, &mut up(s).custom_interval_minutes, 1, 1440, " min")
    ),
    field!(
        Speed,
        "speed_distribution.upload.stopped_min_percentage",
        |ui, s, st| num(ui, &mut up(s).stopped_min_percentage, 0, 100, " %")
    ),
    field!(
        Speed,
        "speed_distribution.upload.stopped_max_percentage",
        |ui, s, st| num(ui, &mut up(s).stopped_max_percentage, 0, 100, " %")
    ),
    field!(
        Speed,
        "speed_distribution.download.algorithm",
        |ui, s, st| choice(ui, "down_algorithm", &mut down(s).algorithm, &algorithms())
    ),
    field!(
        Speed,
        "speed_distribution.download.spread_percentage",
        |ui, s, st| num(ui, &mut down(s).spread_percentage, 0, 100, " %")
    ),
    field!(
        Speed,
        "speed_distribution.download.redistribution_mode",
        |ui, s, st| choice(ui, "down_mode", &mut down(s).redistribution_mode, &modes())
    ),
    field!(
        Speed,
        "speed_distribution.download.custom_interval_minutes",
        |ui, s, st| num(ui, &mut down(s).custom_interval_minutes, 1, 1440, " min")
    ),
    field!(
        Speed,
        "speed_distribution.download.stopped_min_percentage",
        |ui, s, st| num(ui, &mut down(s).stopped_min_percentage, 0, 100, " %")
    ),
    field!(
        Speed,
        "speed_distribution.download.stopped_max_percentage",
        |ui, s, st| num(ui, &mut down(s).stopped_max_percentage, 0, 100, " %")
    ),
    field!(BitTorrent, "client_profile", |ui, s, st| {
        let options: Vec<(String, String)> = st.client_profiles.clone();
        string_choice(ui, "client_profile", &mut s.client_profile, &options)
    }),
    field!(
        BitTorrent,
        "bittorrent.announce_interval_seconds",
        |ui, s, st| num(
            ui,
            &mut s.bittorrent.announce_interval_seconds,
            0,
            86_400,
            " s"
        )
    ),
    field!(BitTorrent, "bittorrent.numwant", |ui, s, st| num(
        ui,
        &mut s.bittorrent.numwant,
        0,
        1000,
        ""
    )),
    field!(
        BitTorrent,
        "bittorrent.scrape_interval_seconds",
        |ui, s, st| num(
            ui,
            &mut s.bittorrent.scrape_interval_seconds,
            60,
            86_400,
            " s"
        )
    ),
    field!(BitTorrent, "upload_speed", |ui, s, st| num(
        ui,
        &mut s.upload_speed,
        0,
        10_000_000,
        " KiB/s"
    )),
    field!(BitTorrent, "download_speed", |ui, s, st| num(
        ui,
        &mut s.download_speed,
        0,
        10_000_000,
        " KiB/s"
    )),
    field!(BitTorrent, "threshold", |ui, s, st| num(
        ui,
        &mut s.threshold,
        0,
        100,
        " %"
    )),
    field!(BitTorrent, "seeding_profile", |ui, s, st| {
        let options: Vec<(String, String)> = ["conservative", "balanced", "aggressive", "custom"]
            .iter()
            .map(|p| (p.to_string(), crate::i18n::tr(&format!("profile-{p}"))))
            .collect();
        string_choice(ui, "seeding_profile", &mut s.seeding_profile, &options)
    }),
    field!(
        Notifications,
        "notification_settings.enabled",
        |ui, s, st| check(ui, &mut s.notification_settings.enabled)
    ),
    field!(
        Notifications,
        "notification_settings.position",
        |ui, s, st| choice(
            ui,
            "toast_position",
            &mut s.notification_settings.position,
            &[
                (ToastPosition::TopLeft, t!("opt-top-left")),
                (ToastPosition::TopCenter, t!("opt-top-centre")),
                (ToastPosition::TopRight, t!("opt-top-right")),
                (ToastPosition::BottomLeft, t!("opt-bottom-left")),
                (ToastPosition::BottomCenter, t!("opt-bottom-centre")),
                (ToastPosition::BottomRight, t!("opt-bottom-right"))
            ]
        )
    ),
    field!(
        Notifications,
        "notification_settings.max_visible",
        |ui, s, st| num(ui, &mut s.notification_settings.max_visible, 1, 10, "")
    ),
    field!(
        Notifications,
        "notification_settings.info_timeout_ms",
        |ui, s, st| num(
            ui,
            &mut s.notification_settings.info_timeout_ms,
            0,
            30_000,
            " ms"
        )
    ),
    field!(
        Notifications,
        "notification_settings.success_timeout_ms",
        |ui, s, st| num(
            ui,
            &mut s.notification_settings.success_timeout_ms,
            0,
            30_000,
            " ms"
        )
    ),
    field!(
        Notifications,
        "notification_settings.warning_timeout_ms",
        |ui, s, st| num(
            ui,
            &mut s.notification_settings.warning_timeout_ms,
            0,
            30_000,
            " ms"
        )
    ),
    field!(
        Notifications,
        "notification_settings.error_timeout_ms",
        |ui, s, st| num(
            ui,
            &mut s.notification_settings.error_timeout_ms,
            0,
            30_000,
            " ms"
        )
    ),
    field!(
        Notifications,
        "notification_settings.desktop_notifications",
        |ui, s, st| check(ui, &mut s.notification_settings.desktop_notifications)
    ),
    field!(
        Notifications,
        "notification_settings.show_in_statusbar",
        |ui, s, st| check(ui, &mut s.notification_settings.show_in_statusbar)
    ),
    field!(WebUi, "webui.enabled", |ui, s, st| check(
        ui,
        &mut s.webui.enabled
    )),
    field!(WebUi, "webui.localhost_only", |ui, s, st| check(
        ui,
        &mut s.webui.localhost_only
    )),
    field!(WebUi, "webui.interface", |ui, s, st| ui.add(
        egui::TextEdit::singleline(&mut s.webui.interface)
            .hint_text("127.0.0.1")
            .desired_width(160.0)
    )),
    field!(WebUi, "webui.port", |ui, s, st| num(
        ui,
        &mut s.webui.port,
        1024,
        65_535,
        ""
    )),
    field!(WebUi, "webui.auth_enabled", |ui, s, st| check(
        ui,
        &mut s.webui.auth_enabled
    )),
    field!(WebUi, "webui.username", |ui, s, st| ui.add(
        egui::TextEdit::singleline(&mut s.webui.username).desired_width(200.0)
    )),
    // Typed here, replaced by its argon2 hash when applied; never saved as typed.
    field!(WebUi, "webui.password_hash", |ui, s, st| {
        let hint = if s.webui.password_hash.is_empty() {
            t!("opt-web-no-password")
        } else {
            t!("opt-web-password-set")
        };
        ui.add(
            egui::TextEdit::singleline(&mut s.webui.password)
                .password(true)
                .hint_text(hint)
                .desired_width(200.0),
        )
    }),
    field!(WebUi, "webui.token", |ui, s, st| web_token(ui, s)),
    field!(WebUi, "webui.allow_control", |ui, s, st| check(
        ui,
        &mut s.webui.allow_control
    )),
    field!(WebUi, "webui.https_enabled", |ui, s, st| check(
        ui,
        &mut s.webui.https_enabled
    )),
    field!(WebUi, "webui.https_cert_path", |ui, s, st| ui.add(
        egui::TextEdit::singleline(&mut s.webui.https_cert_path)
            .hint_text("/path/to/cert.pem")
            .desired_width(260.0)
    )),
    field!(WebUi, "webui.https_key_path", |ui, s, st| ui.add(
        egui::TextEdit::singleline(&mut s.webui.https_key_path)
            .hint_text("/path/to/key.pem")
            .desired_width(260.0)
    )),
    field!(WebUi, "webui.session_timeout_minutes", |ui, s, st| num(
        ui,
        &mut s.webui.session_timeout_minutes,
        5,
        1440,
        " min"
    )),
    field!(WebUi, "webui.ban_after_failures", |ui, s, st| num(
        ui,
        &mut s.webui.ban_after_failures,
        1,
        100,
        ""
    )),
    field!(WebUi, "webui.allowed_hosts", |ui, s, st| ui.add(
        egui::TextEdit::singleline(&mut s.webui.allowed_hosts)
            .hint_text("seeder.lan, seeder.example")
            .desired_width(260.0)
    )),
    field!(Advanced, "tickspeed", |ui, s, st| num(
        ui,
        &mut s.tickspeed,
        1,
        3600,
        " s"
    )),
    field!(Advanced, "performance.network_interface", |ui, s, st| ui
        .add(
            egui::TextEdit::singleline(&mut s.performance.network_interface)
                .hint_text("0.0.0.0")
                .desired_width(160.0)
        )),
    field!(Advanced, "logging.log_to_file", |ui, s, st| check(
        ui,
        &mut s.logging.log_to_file
    )),
    field!(Advanced, "logging.level", |ui, s, st| choice(
        ui,
        "log_level",
        &mut s.logging.level,
        &[
            (crate::state::LogLevel::Debug, t!("level-debug")),
            (crate::state::LogLevel::Info, t!("level-info")),
            (crate::state::LogLevel::Warning, t!("level-warning")),
            (crate::state::LogLevel::Error, t!("level-error"))
        ]
    )),
    field!(Advanced, "logging.max_size_mb", |ui, s, st| num(
        ui,
        &mut s.logging.max_size_mb,
        1,
        1000,
        " MiB"
    )),
    field!(Advanced, "logging.max_files", |ui, s, st| num(
        ui,
        &mut s.logging.max_files,
        1,
        20,
        ""
    )),
    field!(
        Advanced,
        "ui_settings.monitoring_refresh_interval",
        |ui, s, st| num(
            ui,
            &mut s.ui_settings.monitoring_refresh_interval,
            1,
            10,
            " s"
        )
    ),
    field!(
        Advanced,
        "storage.ledger_interval_seconds",
        |ui, s, st| num(ui, &mut s.storage.ledger_interval_seconds, 1, 10, " s")
    ),
];

/// The API token, selectable for copying, and *Rotate*: an empty token is replaced by a new
/// random one when applied (the engine has the random source).
fn web_token(ui: &mut Ui, s: &mut Settings) -> Response {
    ui.horizontal(|ui| {
        let mut shown = s.webui.token.as_str();
        let r = ui.add(
            egui::TextEdit::singleline(&mut shown)
                .hint_text(t!("opt-web-token-new"))
                .font(egui::TextStyle::Monospace)
                .desired_width(260.0),
        );
        if ui
            .button(t!("opt-web-rotate"))
            .on_hover_text(t!("opt-web-rotate-tip"))
            .clicked()
        {
            s.webui.token.clear();
        }
        r
    })
    .inner
}

/// A port in the dynamic range, from a time-seeded hash (no rng crate in the shared UI).
fn random_port(seed: f64) -> u16 {
    let mut x = seed.to_bits() ^ 0x9E37_79B9_7F4A_7C15;
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    49_152 + (x % (65_536 - 49_152)) as u16
}

/// Puts this tab's settings back to their defaults.
pub fn reset_tab(s: &mut Settings, tab: Tab) {
    let d = Settings::default();
    for key in FIELDS.iter().filter(|f| f.tab == tab).map(|f| f.key) {
        copy_key(s, &d, key);
    }
}

/// Copies one dotted key's value from `from` into `to` (through JSON, so every key works).
fn copy_key(to: &mut Settings, from: &Settings, key: &str) {
    let (Ok(mut t), Ok(f)) = (serde_json::to_value(&*to), serde_json::to_value(from)) else {
        return;
    };
    let path: Vec<&str> = key.split('.').collect();
    // The scheduler's times are two keys each; the field names the first.
    let keys: Vec<Vec<&str>> = match key {
        "scheduler.start_hour" => vec![
            vec!["scheduler", "start_hour"],
            vec!["scheduler", "start_minute"],
        ],
        "scheduler.end_hour" => vec![
            vec!["scheduler", "end_hour"],
            vec!["scheduler", "end_minute"],
        ],
        _ => vec![path],
    };
    for path in keys {
        let pointer = format!("/{}", path.join("/"));
        if let (Some(slot), Some(value)) = (t.pointer_mut(&pointer), f.pointer(&pointer)) {
            *slot = value.clone();
        }
    }
    if let Ok(back) = serde_json::from_value(t) {
        *to = back;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_names_a_real_key_and_reset_restores_it() {
        let defaults = serde_json::to_value(Settings::default()).expect("json");
        for f in FIELDS {
            let pointer = format!("/{}", f.key.replace('.', "/"));
            assert!(
                defaults.pointer(&pointer).is_some(),
                "{} is not a key",
                f.key
            );
        }
        let mut s = Settings::default();
        s.speed.upload_limit_kbps = 7;
        s.scheduler.start_minute = 30;
        s.tickspeed = 5;
        reset_tab(&mut s, Tab::Speed);
        assert_eq!(s.speed.upload_limit_kbps, 0);
        assert_eq!(s.scheduler.start_minute, 0);
        assert_eq!(s.tickspeed, 5, "other tabs keep their values");
    }

    #[test]
    fn random_ports_are_dynamic() {
        for i in 0..100 {
            let p = random_port(f64::from(i) * 0.37);
            assert!(p >= 49_152);
        }
    }
}
