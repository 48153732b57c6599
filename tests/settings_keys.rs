//! Every setting the settings window shows, walked from one table: set through the real window
//! (egui_kittest) into a real engine, then its effect is checked on the engine or the window.
//! A key the window shows without a row here, or whose check fails, fails the test.

mod support;

use chrono::{Local, TimeZone};
use dfakeseeder::engine::{self, Clock, EngineHandle, EngineOptions};
use dfakeseeder::settings::{ProxyType, Settings};
use dfakeseeder::state::{AppState, Command, TorrentSource};
use dfakeseeder::ui::{App, CommandSink};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use support::engine::snapshot;
use support::fake_tracker::FakeTracker;
use support::synthetic::synthetic;
use support::web::{self as web, Reply, Req};

type H = Harness<'static, App>;

/// How the test changes a field in the window.
enum Act {
    /// A number field takes this value.
    Number(f64),
    /// A checkbox is clicked.
    Toggle,
    /// A drop-down gets this choice (its visible text).
    Choose(&'static str),
    /// A text field gets this text.
    Text(String),
    /// The button with this message's label (in the current language) is pressed.
    Press(&'static str),
}

/// What the world looks like for a check.
struct World<'a> {
    h: &'a mut H,
    /// What was sent to the desktop.
    desktop: &'a std::sync::Mutex<Vec<String>>,
    /// The engine's runtime, on a paused clock: time moves only when the test drives it.
    rt: &'a tokio::runtime::Runtime,
    handle: &'a EngineHandle,
    tracker: &'a FakeTracker,
    config: &'a Path,
    folder: &'a Path,
    web: &'a WebFixture,
}

/// What the web rows need: the port the server starts on, its first token, a certificate.
struct WebFixture {
    first_port: u16,
    second_port: u16,
    first_token: String,
    cert_der: Vec<u8>,
    cert_path: String,
    key_path: String,
}

type Check = Box<dyn Fn(&mut World<'_>) -> Result<(), String>>;

fn ok_if(cond: bool, what: impl Into<String>) -> Result<(), String> {
    if cond { Ok(()) } else { Err(what.into()) }
}

fn saved(config: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(config.join("settings.json")).unwrap_or_default();
    serde_json::from_str(&text).unwrap_or_default()
}

/// A key that applies on restart: its label says so and the value is saved for the next start.
fn on_restart(key: &'static str, expected: serde_json::Value) -> Check {
    Box::new(move |w| {
        let label = dfakeseeder::ui::settings_keys()
            .into_iter()
            .find(|(k, _)| *k == key)
            .map(|(_, l)| l)
            .unwrap_or_default();
        ok_if(
            label.contains("on restart"),
            format!("label {label:?} says nothing of a restart"),
        )?;
        let pointer = format!("/{}", key.replace('.', "/"));
        let got = saved(w.config).pointer(&pointer).cloned();
        ok_if(
            got.as_ref() == Some(&expected),
            format!("saved {got:?}, not {expected}"),
        )
    })
}

fn state_check(f: impl Fn(&AppState) -> Result<(), String> + 'static) -> Check {
    Box::new(move |w| f(&snapshot(w.handle)))
}

fn rows() -> Vec<(&'static str, Act, Check)> {
    use serde_json::json;
    vec![
        (
            "ui_settings.color_scheme",
            Act::Choose("Light"),
            Box::new(|w| {
                let theme = w.h.ctx.options(|o| o.theme_preference);
                ok_if(
                    theme == egui::ThemePreference::Light,
                    format!("theme {theme:?}"),
                )
            }),
        ),
        (
            "ui_settings.density",
            Act::Choose("Compact"),
            Box::new(|w| {
                let y = w.h.ctx.style_of(egui::Theme::Light).spacing.interact_size.y;
                ok_if(y < 18.0, format!("interact height {y}"))
            }),
        ),
        (
            "start_minimized",
            Act::Toggle,
            on_restart("start_minimized", json!(true)),
        ),
        (
            "remember_window_size",
            Act::Toggle,
            on_restart("remember_window_size", json!(false)),
        ),
        (
            "watch_folder.path",
            Act::Text(String::new()),
            state_check(|s| ok_if(!s.settings.watch_folder.path.is_empty(), "path not set")),
        ),
        (
            "watch_folder.enabled",
            Act::Toggle,
            Box::new(|w| {
                let data = synthetic("watched", 1 << 20, &[&["http://t.example/a"]], 77);
                std::fs::write(w.folder.join("watched.torrent"), data)
                    .map_err(|e| e.to_string())?;
                wait(
                    w,
                    |s| s.torrents.iter().any(|t| t.name == "watched"),
                    "the watched file",
                )
            }),
        ),
        (
            "watch_folder.delete_added_torrents",
            Act::Toggle,
            Box::new(|w| {
                let data = synthetic("watched2", 1 << 20, &[&["http://t.example/a"]], 78);
                let path = w.folder.join("watched2.torrent");
                std::fs::write(&path, data).map_err(|e| e.to_string())?;
                wait(
                    w,
                    |s| s.torrents.iter().any(|t| t.name == "watched2"),
                    "the second file",
                )?;
                wait(w, |_| !path.exists(), "its deletion")
            }),
        ),
        (
            "connection.listening_port",
            Act::Number(51413.0),
            on_restart("connection.listening_port", json!(51413)),
        ),
        (
            "connection.max_global_connections",
            Act::Number(321.0),
            on_restart("connection.max_global_connections", json!(321)),
        ),
        (
            "connection.max_per_torrent",
            Act::Number(21.0),
            on_restart("connection.max_per_torrent", json!(21)),
        ),
        (
            "proxy.server",
            Act::Text("127.0.0.1".into()),
            proxy_check(|p| p.server == "127.0.0.1"),
        ),
        (
            "proxy.port",
            Act::Number(1081.0),
            proxy_check(|p| p.port == 1081),
        ),
        (
            "proxy.auth_enabled",
            Act::Toggle,
            proxy_check(|p| p.auth_enabled),
        ),
        (
            "proxy.username",
            Act::Text("ann".into()),
            proxy_check(|p| p.username == "ann"),
        ),
        (
            "proxy.password",
            Act::Text("secret".into()),
            proxy_check(|p| p.password == "secret"),
        ),
        (
            "proxy.type",
            Act::Choose("SOCKS5"),
            proxy_check(|p| p.kind == ProxyType::Socks5),
        ),
        (
            "peer_protocol.handshake_timeout_seconds",
            Act::Number(7.0),
            timing_check(|t| t.handshake == Duration::from_secs(7)),
        ),
        (
            "peer_protocol.message_read_timeout_seconds",
            Act::Number(70.0),
            timing_check(|t| t.idle == Duration::from_secs(70)),
        ),
        (
            "peer_protocol.keep_alive_interval_seconds",
            Act::Number(40.0),
            timing_check(|t| t.keepalive == Duration::from_secs(40)),
        ),
        (
            "speed.upload_limit_kbps",
            Act::Number(900.0),
            state_check(|s| {
                ok_if(
                    s.stats.upload_limit_kib == 900,
                    format!("{}", s.stats.upload_limit_kib),
                )
            }),
        ),
        (
            "speed.download_limit_kbps",
            Act::Number(800.0),
            state_check(|s| {
                ok_if(
                    s.stats.download_limit_kib == 800,
                    format!("{}", s.stats.download_limit_kib),
                )
            }),
        ),
        (
            "speed.alt_upload_limit_kbps",
            Act::Number(70.0),
            state_check(|s| ok_if(s.settings.speed.alt_upload_limit_kbps == 70, "not kept")),
        ),
        (
            "speed.alt_download_limit_kbps",
            Act::Number(60.0),
            state_check(|s| ok_if(s.settings.speed.alt_download_limit_kbps == 60, "not kept")),
        ),
        (
            "speed.enable_alternative_speeds",
            Act::Toggle,
            state_check(|s| {
                ok_if(
                    s.stats.alt_speed_enabled && s.stats.upload_limit_kib == 70,
                    "the alternative limits are not in force",
                )
            }),
        ),
        // The clock reads 12:00: a window 12:00 -> 13:00 on every day turns them on.
        (
            "scheduler.start_hour",
            Act::Number(12.0),
            state_check(|s| ok_if(s.settings.scheduler.start_hour == 12, "not kept")),
        ),
        (
            "scheduler.end_hour",
            Act::Number(13.0),
            state_check(|s| ok_if(s.settings.scheduler.end_hour == 13, "not kept")),
        ),
        (
            "scheduler.days",
            Act::Toggle,
            state_check(|s| ok_if(!s.settings.scheduler.days.monday, "Monday still on")),
        ),
        (
            "scheduler.enabled",
            Act::Toggle,
            Box::new(|w| {
                // Turned off by hand first, the schedule turns the alternative limits back on.
                w.handle.send(Command::SetAltSpeed(false));
                wait(
                    w,
                    |s| s.stats.alt_speed_enabled,
                    "the schedule to switch them on",
                )
            }),
        ),
        (
            "speed_distribution.upload.algorithm",
            Act::Choose("Pareto"),
            distribution_check(true),
        ),
        (
            "speed_distribution.upload.spread_percentage",
            Act::Number(10.0),
            state_check(|s| {
                ok_if(
                    s.settings.speed_distribution.upload.spread_percentage == 10,
                    "not kept",
                )
            }),
        ),
        (
            "speed_distribution.upload.stopped_min_percentage",
            Act::Number(0.0),
            state_check(|s| {
                ok_if(
                    s.settings.speed_distribution.upload.stopped_min_percentage == 0,
                    "not kept",
                )
            }),
        ),
        (
            "speed_distribution.upload.stopped_max_percentage",
            Act::Number(0.0),
            distribution_check(true),
        ),
        (
            "speed_distribution.upload.custom_interval_minutes",
            Act::Number(2.0),
            state_check(|s| {
                ok_if(
                    s.settings.speed_distribution.upload.custom_interval_minutes == 2,
                    "not kept",
                )
            }),
        ),
        (
            "speed_distribution.upload.redistribution_mode",
            Act::Choose("Every N minutes"),
            state_check(|s| {
                ok_if(
                    s.settings.speed_distribution.upload.redistribution_mode
                        == dfakeseeder::settings::RedistributionMode::Custom,
                    "not kept",
                )
            }),
        ),
        (
            "speed_distribution.download.algorithm",
            Act::Choose("Power law"),
            distribution_check(false),
        ),
        (
            "speed_distribution.download.spread_percentage",
            Act::Number(20.0),
            state_check(|s| {
                ok_if(
                    s.settings.speed_distribution.download.spread_percentage == 20,
                    "not kept",
                )
            }),
        ),
        (
            "speed_distribution.download.stopped_min_percentage",
            Act::Number(0.0),
            state_check(|s| {
                ok_if(
                    s.settings
                        .speed_distribution
                        .download
                        .stopped_min_percentage
                        == 0,
                    "not kept",
                )
            }),
        ),
        (
            "speed_distribution.download.stopped_max_percentage",
            Act::Number(0.0),
            distribution_check(false),
        ),
        (
            "speed_distribution.download.custom_interval_minutes",
            Act::Number(3.0),
            state_check(|s| {
                ok_if(
                    s.settings
                        .speed_distribution
                        .download
                        .custom_interval_minutes
                        == 3,
                    "not kept",
                )
            }),
        ),
        (
            "speed_distribution.download.redistribution_mode",
            Act::Choose("On each announce"),
            state_check(|s| {
                ok_if(
                    s.settings.speed_distribution.download.redistribution_mode
                        == dfakeseeder::settings::RedistributionMode::Announce,
                    "not kept",
                )
            }),
        ),
        (
            "client_profile",
            Act::Choose("Deluge 2.1.1"),
            on_restart("client_profile", json!("deluge-2.1.1")),
        ),
        (
            "bittorrent.announce_interval_seconds",
            Act::Number(3600.0),
            Box::new(|w| {
                let s = snapshot(w.handle);
                let t = s.torrents.first().ok_or("no torrent")?;
                let tr = t.trackers.first().ok_or("no tracker")?;
                let (last, next) = (
                    tr.last_announce_ms.unwrap_or(0),
                    tr.next_announce_ms.unwrap_or(0),
                );
                ok_if(
                    (3_599_000..=3_600_000).contains(&next.saturating_sub(last)),
                    format!("next announce {} s after the last", (next - last) / 1000),
                )
            }),
        ),
        (
            "bittorrent.numwant",
            Act::Number(77.0),
            Box::new(|w| {
                let hash = snapshot(w.handle)
                    .torrents
                    .first()
                    .map(|t| t.info_hash.clone())
                    .ok_or("no torrent")?;
                w.handle.send(Command::ForceAnnounce {
                    info_hashes: vec![hash],
                    ignore_min_interval: true,
                });
                wait(w, |_| true, "")?;
                let last = w.tracker.seen().last().map(|s| s.request.numwant);
                ok_if(
                    last == Some(Some(77)),
                    format!("last announce asked for {last:?}"),
                )
            }),
        ),
        (
            "bittorrent.scrape_interval_seconds",
            Act::Number(120.0),
            Box::new(|w| {
                let before = w.tracker.scraped.lock().map(|s| s.len()).unwrap_or(0);
                // The current wait (15 min) ends, then scrapes come every 2 minutes.
                advance(w, Duration::from_secs(15 * 60 + 5 * 120 + 5));
                let after = w.tracker.scraped.lock().map(|s| s.len()).unwrap_or(0);
                ok_if(
                    after >= before + 5,
                    format!("{} scrapes in 10 minutes", after - before),
                )
            }),
        ),
        (
            "upload_speed",
            Act::Number(123.0),
            new_torrent_check(|t| t.upload_speed_kib == 123),
        ),
        (
            "download_speed",
            Act::Number(456.0),
            new_torrent_check(|t| t.download_speed_kib == 456),
        ),
        (
            "threshold",
            Act::Number(66.0),
            new_torrent_check(|t| t.threshold == 66),
        ),
        (
            "seeding_profile",
            Act::Choose("conservative"),
            state_check(|s| {
                ok_if(
                    s.stats.seeding_profile == "conservative",
                    s.stats.seeding_profile.clone(),
                )
            }),
        ),
        (
            "notification_settings.position",
            Act::Choose("Bottom left"),
            toast_check(|rect, screen| {
                rect.left() < 100.0 && rect.bottom() > screen.bottom() - 150.0
            }),
        ),
        (
            "notification_settings.info_timeout_ms",
            Act::Number(0.0),
            toast_stays_check(),
        ),
        (
            "notification_settings.max_visible",
            Act::Number(1.0),
            toast_count_check(),
        ),
        (
            "notification_settings.success_timeout_ms",
            Act::Number(5000.0),
            state_check(|s| {
                ok_if(
                    s.settings.notification_settings.success_timeout_ms == 5000,
                    "not kept",
                )
            }),
        ),
        (
            "notification_settings.warning_timeout_ms",
            Act::Number(6000.0),
            state_check(|s| {
                ok_if(
                    s.settings.notification_settings.warning_timeout_ms == 6000,
                    "not kept",
                )
            }),
        ),
        (
            "notification_settings.error_timeout_ms",
            Act::Number(7000.0),
            state_check(|s| {
                ok_if(
                    s.settings.notification_settings.error_timeout_ms == 7000,
                    "not kept",
                )
            }),
        ),
        (
            "notification_settings.desktop_notifications",
            Act::Toggle,
            Box::new(|w| {
                let hash = snapshot(w.handle)
                    .torrents
                    .first()
                    .map(|t| t.info_hash.clone())
                    .ok_or("no torrent")?;
                w.handle.send(Command::ForceComplete(vec![hash]));
                advance(w, Duration::from_secs(2));
                let shown = w.desktop.lock().map(|d| d.clone()).unwrap_or_default();
                ok_if(
                    shown.iter().any(|m| m.starts_with("Completed:")),
                    format!("desktop got {shown:?}"),
                )
            }),
        ),
        (
            "notification_settings.show_in_statusbar",
            Act::Toggle,
            Box::new(|w| {
                clear_toasts(w);
                event(w, "status bar probe");
                let shown = w.h.query_all_by_label("status bar probe").count();
                ok_if(shown == 1, format!("shown {shown} times (the toast only)"))
            }),
        ),
        (
            "notification_settings.enabled",
            Act::Toggle,
            Box::new(|w| {
                clear_toasts(w);
                event(w, "no toast probe");
                let shown = w.h.query_all_by_label("no toast probe").count();
                ok_if(shown == 0, format!("shown {shown} times"))
            }),
        ),
        (
            "performance.network_interface",
            Act::Text("127.0.0.1".into()),
            on_restart(
                "performance.network_interface",
                serde_json::json!("127.0.0.1"),
            ),
        ),
        (
            "logging.log_to_file",
            Act::Toggle,
            Box::new(|w| {
                pause_first(w);
                let text = std::fs::read_to_string(log_path(w)).unwrap_or_default();
                ok_if(text.contains("Paused: t0"), format!("log file: {text:?}"))
            }),
        ),
        (
            "logging.level",
            Act::Choose("error"),
            Box::new(|w| {
                let before = std::fs::read_to_string(log_path(w)).unwrap_or_default();
                pause_first(w);
                let after = std::fs::read_to_string(log_path(w)).unwrap_or_default();
                ok_if(after == before, "an info line was written at level error")
            }),
        ),
        (
            "logging.max_size_mb",
            Act::Number(1.0),
            Box::new(|w| {
                fill_log(w, "error");
                ok_if(
                    w.config.join("logs/dfakeseeder.log.1").exists(),
                    "no rotation at 1 MiB",
                )
            }),
        ),
        (
            "logging.max_files",
            Act::Number(1.0),
            Box::new(|w| {
                fill_log(w, "error");
                fill_log(w, "error");
                let logs = w.config.join("logs");
                ok_if(
                    logs.join("dfakeseeder.log.1").exists()
                        && !logs.join("dfakeseeder.log.2").exists(),
                    "more than one old file kept",
                )
            }),
        ),
        (
            "tickspeed",
            Act::Number(5.0),
            Box::new(|w| {
                advance(w, Duration::from_secs(30));
                let s = snapshot(w.handle);
                let at: Vec<u64> = s
                    .stats
                    .history
                    .iter()
                    .rev()
                    .take(3)
                    .map(|h| h.at_ms)
                    .collect();
                ok_if(
                    at.windows(2).all(|p| p[0] - p[1] == 5000),
                    format!("steps at {at:?}"),
                )
            }),
        ),
        (
            "ui_settings.monitoring_refresh_interval",
            Act::Number(4.0),
            Box::new(|w| {
                advance(w, Duration::from_secs(20));
                let s = snapshot(w.handle);
                let at: Vec<u64> = s
                    .monitor
                    .samples
                    .iter()
                    .rev()
                    .take(3)
                    .map(|m| m.at_ms)
                    .collect();
                ok_if(
                    s.monitor.refresh_secs == 4 && at.windows(2).all(|p| p[0] - p[1] == 4000),
                    format!("samples at {at:?}"),
                )
            }),
        ),
        (
            "storage.ledger_interval_seconds",
            Act::Number(9.0),
            on_restart("storage.ledger_interval_seconds", json!(9)),
        ),
        (
            "webui.enabled",
            Act::Toggle,
            Box::new(|w| {
                let port = w.web.first_port;
                let token = w.web.first_token.clone();
                web_until(w, Req::get("/api/state").bearer(&token), |r| {
                    r.status == 200
                })?;
                ok_if(
                    web_addr(w).port() == port,
                    format!("serving on {}", web_addr(w)),
                )
            }),
        ),
        (
            "webui.port",
            Act::Number(0.0),
            Box::new(|w| {
                let (old, new) = (w.web.first_port, w.web.second_port);
                ok_if(web_addr(w).port() == new, format!("port {}", web_addr(w)))?;
                web_until(w, Req::get("/api/health"), |r| r.status == 200)?;
                let old_addr = SocketAddr::from(([127, 0, 0, 1], old));
                let gone = w.rt.block_on(web::send(old_addr, Req::get("/api/health")));
                ok_if(
                    gone.is_err(),
                    format!("the old port still answers: {gone:?}"),
                )
            }),
        ),
        (
            "webui.token",
            Act::Press("opt-web-rotate"),
            Box::new(|w| {
                let token = snapshot(w.handle).settings.webui.token;
                ok_if(
                    token.len() == 64 && token != w.web.first_token,
                    format!("token {token:?}"),
                )?;
                web_until(w, Req::get("/api/state").bearer(&token), |r| {
                    r.status == 200
                })?;
                let old = w.web.first_token.clone();
                web_until(w, Req::get("/api/state").bearer(&old), |r| r.status == 401).map(|_| ())
            }),
        ),
        (
            "webui.password_hash",
            Act::Text("hunter2".into()),
            Box::new(|w| {
                let hash = snapshot(w.handle).settings.webui.password_hash;
                ok_if(hash.starts_with("$argon2id$"), format!("hash {hash:?}"))?;
                let file =
                    std::fs::read_to_string(w.config.join("settings.json")).unwrap_or_default();
                ok_if(!file.contains("hunter2"), "the plain password is on disk")?;
                login_check(w, "admin", "hunter2", 200)?;
                login_check(w, "admin", "hunter3", 401)
            }),
        ),
        (
            "webui.username",
            Act::Text("ann".into()),
            Box::new(|w| {
                login_check(w, "ann", "hunter2", 200)?;
                login_check(w, "admin", "hunter2", 401)
            }),
        ),
        (
            "webui.session_timeout_minutes",
            Act::Number(7.0),
            Box::new(|w| {
                let token = snapshot(w.handle).settings.webui.token;
                let body = format!(r#"{{"token":"{token}"}}"#);
                let cookie_of = |r: &Reply| r.header("set-cookie").unwrap_or_default().to_string();
                let login = Req::post("/api/login", body).json_body();
                web_until(w, login, |r| cookie_of(r).contains("Max-Age=420")).map(|_| ())
            }),
        ),
        (
            "webui.ban_after_failures",
            Act::Number(2.0),
            Box::new(|w| {
                let wrong = Req::post("/api/login", r#"{"token":"wrong"}"#).json_body();
                web_until(w, wrong.clone(), |r| r.status == 401)?;
                let second = w.rt.block_on(web::send(web_addr(w), wrong.clone()));
                ok_if(
                    second.as_ref().is_ok_and(|r| r.status == 401),
                    format!("{second:?}"),
                )?;
                let third = w.rt.block_on(web::send(web_addr(w), wrong));
                ok_if(
                    third.as_ref().is_ok_and(|r| r.status == 429),
                    format!("after two failures: {third:?}"),
                )
            }),
        ),
        (
            "webui.allow_control",
            Act::Toggle,
            Box::new(|w| {
                let s = snapshot(w.handle);
                let token = s.settings.webui.token.clone();
                let hash = s
                    .torrents
                    .iter()
                    .find(|t| t.name == "t5")
                    .map(|t| t.info_hash.clone());
                let hash = hash.ok_or("no torrent t5")?;
                let pause = Req::post(&format!("/api/torrents/{hash}/pause"), "").bearer(&token);
                web_until(w, pause, |r| r.status == 202)?;
                wait(
                    w,
                    |s| s.torrent(&hash).is_some_and(|t| t.is_paused()),
                    "the pause",
                )?;
                w.handle.send(Command::Resume(vec![hash]));
                Ok(())
            }),
        ),
        (
            "webui.allowed_hosts",
            Act::Text("seeder.lan".into()),
            Box::new(|w| {
                web_until(w, Req::get("/api/health").host("seeder.lan"), |r| {
                    r.status == 200
                })?;
                let evil = Req::get("/api/health").host("evil.example");
                web_until(w, evil, |r| r.status == 421).map(|_| ())
            }),
        ),
        (
            "webui.interface",
            Act::Text("127.0.0.2".into()),
            Box::new(|w| {
                let web = snapshot(w.handle).settings.webui;
                ok_if(
                    web.interface == "127.0.0.2",
                    format!("interface {:?}", web.interface),
                )?;
                // Only this computer is still on: 127.0.0.1 is bound whatever the address says.
                ok_if(
                    web_addr(w).ip().to_string() == "127.0.0.1",
                    "not forced to loopback",
                )?;
                web_until(w, Req::get("/api/health"), |r| r.status == 200).map(|_| ())
            }),
        ),
        (
            "webui.localhost_only",
            Act::Toggle,
            Box::new(|w| {
                let port = web_addr(w).port();
                let host = format!("127.0.0.2:{port}");
                let addr = SocketAddr::from(([127, 0, 0, 2], port));
                web_until_at(w, addr, Req::get("/api/health").host(&host), |r| {
                    r.status == 200
                })?;
                let one = SocketAddr::from(([127, 0, 0, 1], port));
                let gone = w.rt.block_on(web::send(one, Req::get("/api/health")));
                ok_if(gone.is_err(), format!("127.0.0.1 still answers: {gone:?}"))
            }),
        ),
        (
            "webui.auth_enabled",
            Act::Toggle,
            Box::new(|w| web_until(w, Req::get("/api/state"), |r| r.status == 200).map(|_| ())),
        ),
        (
            "webui.https_cert_path",
            Act::Text(String::new()),
            Box::new(|w| {
                let web = snapshot(w.handle).settings.webui;
                ok_if(
                    web.https_cert_path == w.web.cert_path,
                    format!("{:?}", web.https_cert_path),
                )?;
                // Not used until HTTPS is on: plain HTTP still answers.
                web_until(w, Req::get("/api/health"), |r| r.status == 200).map(|_| ())
            }),
        ),
        (
            "webui.https_key_path",
            Act::Text(String::new()),
            Box::new(|w| {
                let web = snapshot(w.handle).settings.webui;
                ok_if(
                    web.https_key_path == w.web.key_path,
                    format!("{:?}", web.https_key_path),
                )?;
                web_until(w, Req::get("/api/health"), |r| r.status == 200).map(|_| ())
            }),
        ),
        (
            "webui.https_enabled",
            Act::Toggle,
            Box::new(|w| {
                let addr = web_addr(w);
                let host = format!("localhost:{}", addr.port());
                for _ in 0..100 {
                    let der = w.web.cert_der.clone();
                    let req = Req::get("/api/health").host(&host);
                    let r = w.rt.block_on(web::send_tls(addr, der, "localhost", req));
                    if r.is_ok_and(|r| r.status == 200) {
                        return Ok(());
                    }
                    drive(w.rt, Duration::from_millis(50));
                    std::thread::sleep(Duration::from_millis(10));
                }
                Err("no HTTPS answer".into())
            }),
        ),
        (
            "language",
            Act::Choose("Deutsch — German"),
            Box::new(|w| {
                let settings = dfakeseeder::i18n::tr("toolbar-settings");
                ok_if(
                    settings != "Settings" && w.h.query_by_label(&settings).is_some(),
                    format!("toolbar shows {settings:?}"),
                )
            }),
        ),
    ]
}

/// Where the web server of the settings in force listens.
fn web_addr(w: &World<'_>) -> SocketAddr {
    let web = snapshot(w.handle).settings.webui;
    let ip = web
        .bind_ip()
        .unwrap_or(std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST));
    SocketAddr::new(ip, web.port)
}

/// Retries `req` until its reply satisfies `ok` (the server restarts after a change).
fn web_until(w: &mut World<'_>, req: Req, ok: impl Fn(&Reply) -> bool) -> Result<Reply, String> {
    let addr = web_addr(w);
    web_until_at(w, addr, req, ok)
}

fn web_until_at(
    w: &mut World<'_>,
    addr: SocketAddr,
    req: Req,
    ok: impl Fn(&Reply) -> bool,
) -> Result<Reply, String> {
    let mut last = String::new();
    for _ in 0..100 {
        match w.rt.block_on(web::send(addr, req.clone())) {
            Ok(r) if ok(&r) => return Ok(r),
            Ok(r) => last = format!("{} {}", r.status, r.text()),
            Err(e) => last = e,
        }
        drive(w.rt, Duration::from_millis(50));
        std::thread::sleep(Duration::from_millis(10));
    }
    Err(format!(
        "{} {} at {addr}: last {last}",
        req.method, req.path
    ))
}

fn login_check(w: &mut World<'_>, user: &str, password: &str, status: u16) -> Result<(), String> {
    let body = serde_json::json!({"username": user, "password": password}).to_string();
    web_until(w, Req::post("/api/login", body).json_body(), |r| {
        r.status == status
    })
    .map(|_| ())
}

fn log_path(w: &World<'_>) -> std::path::PathBuf {
    w.config.join("logs").join("dfakeseeder.log")
}

/// Pauses the first torrent (an info line "Paused: t0"), then resumes it.
fn pause_first(w: &mut World<'_>) {
    let s = snapshot(w.handle);
    let Some(t) = s.torrents.iter().find(|t| t.name == "t0") else {
        return;
    };
    w.handle.send(Command::Pause(vec![t.info_hash.clone()]));
    advance(w, Duration::from_secs(1));
    w.handle.send(Command::Resume(vec![t.info_hash.clone()]));
    advance(w, Duration::from_secs(1));
}

/// Grows the log file past 1 MiB, then has an error logged (a refused rename).
fn fill_log(w: &mut World<'_>, _level: &str) {
    use std::io::Write;
    let path = log_path(w);
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
    {
        let _ = f.write_all(&vec![b'.'; 1024 * 1024]);
    }
    let hash = snapshot(w.handle)
        .torrents
        .first()
        .map(|t| t.info_hash.clone())
        .unwrap_or_default();
    w.handle.send(Command::Rename {
        info_hash: hash,
        name: " ".into(),
    });
    advance(w, Duration::from_secs(1));
}

fn proxy_check(f: fn(&dfakeseeder::settings::ProxySettings) -> bool) -> Check {
    Box::new(move |w| {
        let last = w
            .tracker
            .proxies
            .lock()
            .ok()
            .and_then(|p| p.last().cloned());
        ok_if(
            last.as_ref().is_some_and(f),
            format!("the tracker client has {last:?}"),
        )
    })
}

fn timing_check(f: fn(&dfakeseeder::engine::peer::PeerTiming) -> bool) -> Check {
    state_check(move |s| {
        let timing = dfakeseeder::engine::peer::PeerTiming::from_settings(&s.settings);
        ok_if(f(&timing), format!("new peer connections use {timing:?}"))
    })
}

fn new_torrent_check(f: fn(&dfakeseeder::state::TorrentView) -> bool) -> Check {
    Box::new(move |w| {
        let seed = 1000 + snapshot(w.handle).torrents.len() as u64;
        let name = format!("new{seed}");
        w.handle.send(Command::AddTorrent(TorrentSource::Bytes {
            name: name.clone(),
            data: synthetic(&name, 1 << 20, &[&["http://t.example/a"]], seed),
        }));
        wait(
            w,
            |s| s.torrents.iter().any(|t| t.name == name),
            "the new torrent",
        )?;
        let s = snapshot(w.handle);
        let t = s.torrents.iter().find(|t| t.name == name).ok_or("gone")?;
        ok_if(
            f(t),
            format!(
                "new torrent: up {} down {} threshold {}",
                t.upload_speed_kib, t.download_speed_kib, t.threshold
            ),
        )
    })
}

/// The running torrents' set speeds are shared out: with nobody stopped and spread > 0 they
/// differ from the flat default.
fn distribution_check(upload: bool) -> Check {
    Box::new(move |w| {
        advance(w, Duration::from_secs(3));
        let s = snapshot(w.handle);
        let speeds: Vec<u32> = s
            .torrents
            .iter()
            .map(|t| {
                if upload {
                    t.upload_speed_kib
                } else {
                    t.download_speed_kib
                }
            })
            .collect();
        let distinct = speeds
            .iter()
            .collect::<std::collections::BTreeSet<_>>()
            .len();
        ok_if(distinct > 1, format!("speeds {speeds:?}"))
    })
}

fn event(w: &mut World<'_>, text: &str) {
    if let Ok(mut s) = w.handle.state.write() {
        let now = s.now_ms;
        s.push_event(now, dfakeseeder::state::EventKind::Info, text.into());
        s.revision += 1;
    }
    w.h.run();
}

fn toast_check(f: fn(egui::Rect, egui::Rect) -> bool) -> Check {
    Box::new(move |w| {
        clear_toasts(w);
        event(w, "position probe");
        let screen = w.h.ctx.content_rect();
        let node =
            w.h.query_all_by_label("position probe")
                .next()
                .ok_or("no toast")?;
        let b = node.accesskit_node().bounding_box().ok_or("no box")?;
        let rect = egui::Rect::from_min_max(
            egui::pos2(b.x0 as f32, b.y0 as f32),
            egui::pos2(b.x1 as f32, b.y1 as f32),
        );
        ok_if(f(rect, screen), format!("toast at {rect:?} on {screen:?}"))
    })
}

/// With one toast at a time, two events show one toast (plus the newest in the status bar).
fn toast_count_check() -> Check {
    Box::new(|w| {
        clear_toasts(w);
        event(w, "count probe a");
        event(w, "count probe b");
        let shown = w.h.query_all_by_label_contains("count probe").count();
        ok_if(shown == 2, format!("{shown} shown"))
    })
}

/// Closes every toast on screen (their close buttons), so a probe starts clean.
fn clear_toasts(w: &mut World<'_>) {
    for _ in 0..20 {
        let Some(close) = w.h.query_all_by_role_and_label(Role::Button, "×").next() else {
            return;
        };
        close.click();
        w.h.run();
    }
}

/// An information toast with timeout 0 stays until closed.
fn toast_stays_check() -> Check {
    Box::new(|w| {
        clear_toasts(w);
        event(w, "stay probe");
        std::thread::sleep(Duration::from_millis(1700));
        for _ in 0..5 {
            w.h.step();
        }
        let shown = w.h.query_all_by_label("stay probe").count();
        ok_if(shown >= 1, "it went away")
    })
}

/// Lets the engine run `d` of simulated time (in small steps), redrawing the window.
fn advance(w: &mut World<'_>, d: Duration) {
    drive(w.rt, d);
    w.h.run();
}

fn drive(rt: &tokio::runtime::Runtime, d: Duration) {
    rt.block_on(async {
        let step = Duration::from_millis(500);
        let mut left = d;
        while left > Duration::ZERO {
            let s = step.min(left);
            tokio::time::sleep(s).await;
            left -= s;
        }
    });
}

/// Waits (simulated, and a little real time for file-system events) until `ok`.
fn wait(w: &mut World<'_>, ok: impl Fn(&AppState) -> bool, what: &str) -> Result<(), String> {
    for _ in 0..400 {
        drive(w.rt, Duration::from_millis(20));
        std::thread::sleep(Duration::from_millis(5));
        if ok(&snapshot(w.handle)) {
            w.h.run();
            return Ok(());
        }
    }
    Err(format!("timed out waiting for {what}"))
}

/// Opens the settings (if needed), finds the field by searching for its key, changes it, OK.
fn set_through_window(h: &mut H, key: &str, label: &str, act: &Act) -> Result<(), String> {
    if h.query_by_label("Search:").is_none()
        && h.query_by_label(&dfakeseeder::i18n::tr("search-label"))
            .is_none()
    {
        let settings = dfakeseeder::i18n::tr("toolbar-settings");
        h.query_all_by_role_and_label(Role::Button, &settings)
            .next()
            .ok_or("no Settings button")?
            .click();
        h.run();
    }
    let search_label = dfakeseeder::i18n::tr("search-label");
    let search = h.get_by_role_and_label(Role::TextInput, &search_label);
    search.focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_role_and_label(Role::TextInput, &dfakeseeder::i18n::tr("search-label"))
        .type_text(key);
    // A grid whose columns change width (the search shows other fields) takes a few frames.
    if h.try_run().is_err() {
        h.run_steps(10);
    }
    let field = h
        .query_all_by_label_contains(label)
        .find(|n| {
            matches!(
                n.accesskit_node().role(),
                Role::SpinButton
                    | Role::CheckBox
                    | Role::ComboBox
                    | Role::TextInput
                    | Role::PasswordInput
            )
        })
        .ok_or(format!("no editor labelled {label:?}"))?;
    match act {
        Act::Number(v) => field.set_value_accesskit(*v),
        Act::Toggle => field.click(),
        Act::Press(message) => {
            let label = dfakeseeder::i18n::tr(message);
            h.query_all_by_role_and_label(Role::Button, &label)
                .next()
                .ok_or(format!("no button {label:?}"))?
                .click();
        }
        Act::Choose(option) => {
            field.click();
            h.run();
            h.query_all_by_label(option)
                .last()
                .ok_or(format!("no choice {option:?}"))?
                .click();
        }
        Act::Text(text) => {
            field.focus();
            h.run();
            h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
            let field = h
                .query_all_by_label_contains(label)
                .find(|n| {
                    matches!(
                        n.accesskit_node().role(),
                        Role::TextInput | Role::PasswordInput
                    )
                })
                .ok_or("the text field went away")?;
            field.type_text(text);
        }
    }
    h.run();
    let ok = dfakeseeder::i18n::tr("common-ok");
    h.query_all_by_role_and_label(Role::Button, &ok)
        .last()
        .ok_or("no OK")?
        .click();
    h.run();
    Ok(())
}

#[test]
fn every_setting_the_window_shows_has_an_effect() {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .start_paused(true)
        .build()
        .expect("runtime");
    let config = tempfile::tempdir().expect("dir");
    let folder = tempfile::tempdir().expect("dir");
    let tracker = FakeTracker::answering(1800, 0);
    // A Tuesday (the scheduler row turns Monday off).
    let noon = Local
        .with_ymd_and_hms(2026, 1, 6, 12, 0, 0)
        .earliest()
        .expect("local noon");
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).expect("cert");
    let cert_path = folder.path().join("cert.pem");
    let key_path = folder.path().join("key.pem");
    std::fs::write(&cert_path, cert.cert.pem()).expect("cert");
    std::fs::write(&key_path, cert.signing_key.serialize_pem()).expect("key");
    let web_fixture = WebFixture {
        first_port: support::ports::free_port().expect("port"),
        second_port: support::ports::free_port().expect("port"),
        first_token: "ab".repeat(32),
        cert_der: cert.cert.der().to_vec(),
        cert_path: cert_path.display().to_string(),
        key_path: key_path.display().to_string(),
    };
    let mut initial = Settings::default();
    initial.webui.port = web_fixture.first_port;
    initial.webui.token = web_fixture.first_token.clone();
    let mut options = EngineOptions::new(config.path().to_path_buf(), initial);
    options.clock = Clock::starting_at(noon.timestamp_millis() as u64);
    options.seed = Some(5);
    options.tracker_client = Some(tracker.clone());
    let desktop: Arc<std::sync::Mutex<Vec<String>>> = Arc::default();
    let shown = desktop.clone();
    options.desktop = Some(Arc::new(move |_, message: &str| {
        if let Ok(mut d) = shown.lock() {
            d.push(message.to_string());
        }
    }));
    let profiles = dfakeseeder::profile::Profiles::embedded().expect("profiles");
    let default = profiles.get("qbittorrent-5.1.2").expect("profile").clone();
    options.persona = Some(Arc::new(dfakeseeder::engine::persona::Persona::new(
        profiles, default,
    )));
    let handle = {
        let _enter = rt.enter();
        engine::spawn(options)
    };
    // The web server follows the settings as in the window (off until webui.enabled).
    let _web = {
        let _enter = rt.enter();
        let ctx = dfakeseeder::web::WebContext::new(handle.state.clone(), handle.sender());
        dfakeseeder::web::supervise(ctx, handle.settings(), dfakeseeder::web::Mode::Window, None)
    };
    for seed in 0..6 {
        let name = format!("t{seed}");
        handle.send(Command::AddTorrent(TorrentSource::Bytes {
            name: name.clone(),
            // A second tier, on standby, is scraped.
            data: synthetic(
                &name,
                1 << 30,
                &[
                    &["http://t.example/announce"],
                    &["http://u.example/announce"],
                ],
                seed,
            ),
        }));
    }
    let sender = handle.sender();
    let sink: CommandSink = Arc::new(move |c| {
        let _ = sender.send(c);
    });
    drive(&rt, Duration::from_secs(2));
    let app = App::new(handle.state.clone(), Some(sink));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    // The language list names each language in its own script, as the window finds fonts.
    h.ctx.add_font_provider(Arc::new(
        egui_system_font_provider::SystemFontProvider::new(),
    ));
    h.run();

    let keys = dfakeseeder::ui::settings_keys();
    let mut rows = rows();
    // The watch folder path is this test's temporary folder.
    for row in rows.iter_mut() {
        if row.0 == "watch_folder.path" {
            row.1 = Act::Text(folder.path().display().to_string());
        }
        match row.0 {
            "webui.port" => row.1 = Act::Number(f64::from(web_fixture.second_port)),
            "webui.https_cert_path" => row.1 = Act::Text(web_fixture.cert_path.clone()),
            "webui.https_key_path" => row.1 = Act::Text(web_fixture.key_path.clone()),
            _ => {}
        }
    }
    let mut failures = Vec::new();
    for (key, _) in &keys {
        if !rows.iter().any(|(k, _, _)| k == key) {
            failures.push(format!("{key}: shown in the window but not checked here"));
        }
    }
    for (key, act, check) in &rows {
        let Some(label) = dfakeseeder::ui::settings_keys()
            .into_iter()
            .find(|(k, _)| k == key)
            .map(|(_, l)| l)
        else {
            failures.push(format!("{key}: not in the window"));
            continue;
        };
        if let Err(e) = set_through_window(&mut h, key, &label, act) {
            failures.push(format!("{key}: could not set it: {e}"));
            continue;
        }
        drive(&rt, Duration::from_millis(50));
        h.run();
        let mut world = World {
            h: &mut h,
            desktop: &desktop,
            rt: &rt,
            handle: &handle,
            tracker: &tracker,
            config: config.path(),
            folder: folder.path(),
            web: &web_fixture,
        };
        if let Err(e) = check(&mut world) {
            failures.push(format!("{key}: no effect: {e}"));
        }
    }
    dfakeseeder::i18n::set_language("en");
    rt.block_on(handle.shutdown());
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
