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
    pub label: &'static str,
    pub edit: fn(&mut Ui, &mut Settings, &AppState) -> Response,
}

macro_rules! field {
    ($tab:ident, $key:literal, $label:literal, |$ui:ident, $s:ident, $st:ident| $body:expr) => {
        Field {
            tab: Tab::$tab,
            key: $key,
            label: $label,
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
    options: &[(T, &str)],
) -> Response {
    let current = options
        .iter()
        .find(|(o, _)| o == v)
        .map_or("", |(_, name)| name);
    egui::ComboBox::from_id_salt(id)
        .selected_text(current)
        .show_ui(ui, |ui| {
            for (o, name) in options {
                ui.selectable_value(v, *o, *name);
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

const ALGORITHMS: [(Algorithm, &str); 4] = [
    (Algorithm::Off, "Off"),
    (Algorithm::Pareto, "Pareto"),
    (Algorithm::PowerLaw, "Power law"),
    (Algorithm::LogNormal, "Log-normal"),
];

const MODES: [(RedistributionMode, &str); 3] = [
    (RedistributionMode::Tick, "Every step"),
    (RedistributionMode::Custom, "Every N minutes"),
    (RedistributionMode::Announce, "On each announce"),
];

fn up(s: &mut Settings) -> &mut DistributionSettings {
    &mut s.speed_distribution.upload
}

fn down(s: &mut Settings) -> &mut DistributionSettings {
    &mut s.speed_distribution.download
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
    field!(
        General,
        "ui_settings.color_scheme",
        "Colours",
        |ui, s, st| choice(
            ui,
            "color_scheme",
            &mut s.ui_settings.color_scheme,
            &[
                (ColorScheme::Auto, "As the system"),
                (ColorScheme::Light, "Light"),
                (ColorScheme::Dark, "Dark")
            ]
        )
    ),
    field!(General, "ui_settings.density", "Density", |ui, s, st| {
        choice(
            ui,
            "density",
            &mut s.ui_settings.density,
            &[
                (Density::Compact, "Compact"),
                (Density::Comfortable, "Comfortable"),
            ],
        )
    }),
    field!(
        General,
        "start_minimized",
        "Start minimised (on restart)",
        |ui, s, st| check(ui, &mut s.start_minimized)
    ),
    field!(
        General,
        "remember_window_size",
        "Remember the window's size and place (on restart)",
        |ui, s, st| check(ui, &mut s.remember_window_size)
    ),
    field!(
        General,
        "watch_folder.enabled",
        "Add torrents from a watch folder",
        |ui, s, st| check(ui, &mut s.watch_folder.enabled)
    ),
    field!(General, "watch_folder.path", "Watch folder", |ui, s, st| ui
        .add(
            egui::TextEdit::singleline(&mut s.watch_folder.path)
                .hint_text("/path/to/folder")
                .desired_width(220.0)
        )),
    field!(
        General,
        "watch_folder.delete_added_torrents",
        "Delete .torrent files once added",
        |ui, s, st| check(ui, &mut s.watch_folder.delete_added_torrents)
    ),
    field!(
        Connection,
        "connection.listening_port",
        "Listening port (on restart)",
        |ui, s, st| {
            ui.horizontal(|ui| {
                let r = num(ui, &mut s.connection.listening_port, 1, 65_535, "");
                if ui
                    .button("Random")
                    .on_hover_text("A port in 49152..=65535")
                    .clicked()
                {
                    s.connection.listening_port = random_port(ui.input(|i| i.time));
                }
                r
            })
            .inner
        }
    ),
    field!(
        Connection,
        "connection.max_global_connections",
        "Most peer connections (on restart)",
        |ui, s, st| num(ui, &mut s.connection.max_global_connections, 1, 100_000, "")
    ),
    field!(
        Connection,
        "connection.max_per_torrent",
        "Most per torrent (on restart)",
        |ui, s, st| num(ui, &mut s.connection.max_per_torrent, 1, 10_000, "")
    ),
    field!(
        Connection,
        "proxy.type",
        "Proxy for tracker traffic",
        |ui, s, st| choice(
            ui,
            "proxy_type",
            &mut s.proxy.kind,
            &[
                (ProxyType::None, "None"),
                (ProxyType::Http, "HTTP (CONNECT)"),
                (ProxyType::Socks5, "SOCKS5")
            ]
        )
    ),
    field!(Connection, "proxy.server", "Proxy host", |ui, s, st| ui
        .add(
            egui::TextEdit::singleline(&mut s.proxy.server).desired_width(200.0)
        )),
    field!(Connection, "proxy.port", "Proxy port", |ui, s, st| num(
        ui,
        &mut s.proxy.port,
        1,
        65_535,
        ""
    )),
    field!(
        Connection,
        "proxy.auth_enabled",
        "Proxy needs a user name and password",
        |ui, s, st| check(ui, &mut s.proxy.auth_enabled)
    ),
    field!(
        Connection,
        "proxy.username",
        "Proxy user name",
        |ui, s, st| ui.add(egui::TextEdit::singleline(&mut s.proxy.username).desired_width(200.0))
    ),
    field!(
        Connection,
        "proxy.password",
        "Proxy password",
        |ui, s, st| ui.add(
            egui::TextEdit::singleline(&mut s.proxy.password)
                .password(true)
                .desired_width(200.0)
        )
    ),
    field!(
        PeerProtocol,
        "peer_protocol.handshake_timeout_seconds",
        "Handshake timeout (new connections)",
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
        "Drop a silent peer after (new connections)",
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
        "Keep-alive every (new connections)",
        |ui, s, st| num(
            ui,
            &mut s.peer_protocol.keep_alive_interval_seconds,
            10,
            600,
            " s"
        )
    ),
    field!(
        Speed,
        "speed.upload_limit_kbps",
        "Global upload limit (0 = none)",
        |ui, s, st| num(ui, &mut s.speed.upload_limit_kbps, 0, 10_000_000, " KiB/s")
    ),
    field!(
        Speed,
        "speed.download_limit_kbps",
        "Global download limit (0 = none)",
        |ui, s, st| num(
            ui,
            &mut s.speed.download_limit_kbps,
            0,
            10_000_000,
            " KiB/s"
        )
    ),
    field!(
        Speed,
        "speed.enable_alternative_speeds",
        "Use the alternative limits now",
        |ui, s, st| check(ui, &mut s.speed.enable_alternative_speeds)
    ),
    field!(
        Speed,
        "speed.alt_upload_limit_kbps",
        "Alternative upload limit",
        |ui, s, st| num(
            ui,
            &mut s.speed.alt_upload_limit_kbps,
            0,
            10_000_000,
            " KiB/s"
        )
    ),
    field!(
        Speed,
        "speed.alt_download_limit_kbps",
        "Alternative download limit",
        |ui, s, st| num(
            ui,
            &mut s.speed.alt_download_limit_kbps,
            0,
            10_000_000,
            " KiB/s"
        )
    ),
    field!(
        Speed,
        "scheduler.enabled",
        "Switch to the alternative limits on a schedule",
        |ui, s, st| check(ui, &mut s.scheduler.enabled)
    ),
    field!(
        Speed,
        "scheduler.start_hour",
        "Scheduled from",
        |ui, s, st| time(
            ui,
            &mut s.scheduler.start_hour,
            &mut s.scheduler.start_minute
        )
    ),
    field!(
        Speed,
        "scheduler.end_hour",
        "Scheduled until (before the start: next day)",
        |ui, s, st| time(ui, &mut s.scheduler.end_hour, &mut s.scheduler.end_minute)
    ),
    field!(Speed, "scheduler.days", "On these days", |ui, s, st| {
        ui.horizontal(|ui| {
            let mut first = None;
            for (name, on) in s.scheduler.days.each_mut() {
                let r = ui.checkbox(on, name);
                first.get_or_insert(r);
            }
            first.unwrap_or_else(|| ui.label(""))
        })
        .inner
    }),
    field!(
        Speed,
        "speed_distribution.upload.algorithm",
        "Share upload speeds",
        |ui, s, st| choice(ui, "up_algorithm", &mut up(s).algorithm, &ALGORITHMS)
    ),
    field!(
        Speed,
        "speed_distribution.upload.spread_percentage",
        "Upload spread",
        |ui, s, st| num(ui, &mut up(s).spread_percentage, 0, 100, " %")
    ),
    field!(
        Speed,
        "speed_distribution.upload.redistribution_mode",
        "Share upload again",
        |ui, s, st| choice(ui, "up_mode", &mut up(s).redistribution_mode, &MODES)
    ),
    field!(
        Speed,
        "speed_distribution.upload.custom_interval_minutes",
        "Upload: every N minutes",
        |ui, s, st| num(ui, &mut up(s).custom_interval_minutes, 1, 1440, " min")
    ),
    field!(
        Speed,
        "speed_distribution.upload.stopped_min_percentage",
        "Upload: torrents stopped, at least",
        |ui, s, st| num(ui, &mut up(s).stopped_min_percentage, 0, 100, " %")
    ),
    field!(
        Speed,
        "speed_distribution.upload.stopped_max_percentage",
        "Upload: torrents stopped, at most",
        |ui, s, st| num(ui, &mut up(s).stopped_max_percentage, 0, 100, " %")
    ),
    field!(
        Speed,
        "speed_distribution.download.algorithm",
        "Share download speeds",
        |ui, s, st| choice(ui, "down_algorithm", &mut down(s).algorithm, &ALGORITHMS)
    ),
    field!(
        Speed,
        "speed_distribution.download.spread_percentage",
        "Download spread",
        |ui, s, st| num(ui, &mut down(s).spread_percentage, 0, 100, " %")
    ),
    field!(
        Speed,
        "speed_distribution.download.redistribution_mode",
        "Share download again",
        |ui, s, st| choice(ui, "down_mode", &mut down(s).redistribution_mode, &MODES)
    ),
    field!(
        Speed,
        "speed_distribution.download.custom_interval_minutes",
        "Download: every N minutes",
        |ui, s, st| num(ui, &mut down(s).custom_interval_minutes, 1, 1440, " min")
    ),
    field!(
        Speed,
        "speed_distribution.download.stopped_min_percentage",
        "Download: torrents stopped, at least",
        |ui, s, st| num(ui, &mut down(s).stopped_min_percentage, 0, 100, " %")
    ),
    field!(
        Speed,
        "speed_distribution.download.stopped_max_percentage",
        "Download: torrents stopped, at most",
        |ui, s, st| num(ui, &mut down(s).stopped_max_percentage, 0, 100, " %")
    ),
    field!(
        BitTorrent,
        "client_profile",
        "Pose as (on restart)",
        |ui, s, st| {
            let options: Vec<(String, String)> = st.client_profiles.clone();
            string_choice(ui, "client_profile", &mut s.client_profile, &options)
        }
    ),
    field!(
        BitTorrent,
        "bittorrent.announce_interval_seconds",
        "Announce interval (0 = the tracker's)",
        |ui, s, st| num(
            ui,
            &mut s.bittorrent.announce_interval_seconds,
            0,
            86_400,
            " s"
        )
    ),
    field!(
        BitTorrent,
        "bittorrent.numwant",
        "Peers to ask for (0 = as the client does)",
        |ui, s, st| num(ui, &mut s.bittorrent.numwant, 0, 1000, "")
    ),
    field!(
        BitTorrent,
        "bittorrent.scrape_interval_seconds",
        "Scrape interval (new announce tasks)",
        |ui, s, st| num(
            ui,
            &mut s.bittorrent.scrape_interval_seconds,
            60,
            86_400,
            " s"
        )
    ),
    field!(
        BitTorrent,
        "upload_speed",
        "Upload speed of new torrents",
        |ui, s, st| num(ui, &mut s.upload_speed, 0, 10_000_000, " KiB/s")
    ),
    field!(
        BitTorrent,
        "download_speed",
        "Download speed of new torrents",
        |ui, s, st| num(ui, &mut s.download_speed, 0, 10_000_000, " KiB/s")
    ),
    field!(
        BitTorrent,
        "threshold",
        "New torrents upload from",
        |ui, s, st| num(ui, &mut s.threshold, 0, 100, " %")
    ),
    field!(
        BitTorrent,
        "seeding_profile",
        "Seeding profile",
        |ui, s, st| {
            let options: Vec<(String, String)> =
                ["conservative", "balanced", "aggressive", "custom"]
                    .iter()
                    .map(|p| (p.to_string(), p.to_string()))
                    .collect();
            string_choice(ui, "seeding_profile", &mut s.seeding_profile, &options)
        }
    ),
    field!(
        Notifications,
        "notification_settings.enabled",
        "Show toasts",
        |ui, s, st| check(ui, &mut s.notification_settings.enabled)
    ),
    field!(
        Notifications,
        "notification_settings.position",
        "Where",
        |ui, s, st| choice(
            ui,
            "toast_position",
            &mut s.notification_settings.position,
            &[
                (ToastPosition::TopLeft, "Top left"),
                (ToastPosition::TopCenter, "Top centre"),
                (ToastPosition::TopRight, "Top right"),
                (ToastPosition::BottomLeft, "Bottom left"),
                (ToastPosition::BottomCenter, "Bottom centre"),
                (ToastPosition::BottomRight, "Bottom right")
            ]
        )
    ),
    field!(
        Notifications,
        "notification_settings.max_visible",
        "At most on screen",
        |ui, s, st| num(ui, &mut s.notification_settings.max_visible, 1, 10, "")
    ),
    field!(
        Notifications,
        "notification_settings.info_timeout_ms",
        "Information stays (0 = until closed)",
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
        "Success stays",
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
        "Warning stays",
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
        "Error stays",
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
        "notification_settings.show_in_statusbar",
        "Newest event in the status bar",
        |ui, s, st| check(ui, &mut s.notification_settings.show_in_statusbar)
    ),
    field!(Advanced, "tickspeed", "Simulation step", |ui, s, st| num(
        ui,
        &mut s.tickspeed,
        1,
        3600,
        " s"
    )),
    field!(
        Advanced,
        "ui_settings.monitoring_refresh_interval",
        "Monitoring sample every",
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
        "Save the accounting every (on restart)",
        |ui, s, st| num(ui, &mut s.storage.ledger_interval_seconds, 1, 10, " s")
    ),
];

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
