//! The real window (eframe, glow on Mesa's llvmpipe) under Xvfb: it maps, draws, quits on
//! Ctrl+Q when `close_action` is `quit`, and a SIGTERM closes it without asking even while
//! torrents run; both save the ledger and exit 0. Needs xvfb, xdotool and imagemagick
//! (`scripts/install-test-deps`).

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};
use std::thread::sleep;
use std::time::{Duration, Instant};
use support::process::Proc;

const BIN: &str = env!("CARGO_BIN_EXE_dfakeseeder");

/// An Xvfb server on a display no one else uses; killed on drop.
struct Display {
    number: u32,
    _server: Proc,
}

fn xvfb(logs: &Path) -> Display {
    // Displays from 140 up: low numbers (:0, :99) are often taken on shared machines; each
    // test of this binary takes the next number, so two never race for one.
    static NEXT: AtomicU32 = AtomicU32::new(140);
    let number = std::iter::from_fn(|| Some(NEXT.fetch_add(1, Ordering::Relaxed)))
        .take_while(|&n| n < 400)
        .find(|n| {
            !Path::new(&format!("/tmp/.X{n}-lock")).exists()
                && !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
        })
        .expect("a free X display number");
    let mut cmd = Command::new("Xvfb");
    cmd.args([
        &format!(":{number}"),
        "-screen",
        "0",
        "1280x800x24",
        "-nolisten",
        "tcp",
    ]);
    let mut server = Proc::spawn("xvfb", cmd, logs).expect("Xvfb starts");
    // Ready when a client can connect: its socket file exists from bind(), a moment before
    // the server listens, and a window started in that moment could not connect (seen once).
    server
        .wait_ready(|_| {
            Command::new("xdotool")
                .arg("getdisplaygeometry")
                .env("DISPLAY", format!(":{number}"))
                .output()
                .map(|out| out.status.success())
                .map_err(|e| format!("xdotool: {e}"))
        })
        .expect("Xvfb answers");
    Display {
        number,
        _server: server,
    }
}

fn x_command(display: &Display, program: &str, args: &[&str]) -> Result<String, String> {
    let out = Command::new(program)
        .args(args)
        .env("DISPLAY", format!(":{}", display.number))
        .output()
        .map_err(|e| format!("{program}: {e}; run scripts/install-test-deps"))?;
    if !out.status.success() {
        return Err(format!(
            "{program} {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// A config dir with settings for this run and one torrent to load at start.
fn config(dir: &Path, close_action: &str) {
    let port = support::ports::free_port().expect("free port");
    let settings = serde_json::json!({
        "close_action": close_action,
        "connection": { "listening_port": port },
    });
    std::fs::write(dir.join("settings.json"), settings.to_string()).expect("settings");
}

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/torrents/ot.torrent")
}

/// Starts the window and waits until it is mapped; returns the process and the window id.
fn start(display: &Display, config_dir: &Path, logs: &Path) -> (Proc, String) {
    let mut cmd = Command::new(BIN);
    cmd.arg("--config-dir")
        .arg(config_dir)
        .arg(fixture())
        .env("DISPLAY", format!(":{}", display.number))
        .env_remove("WAYLAND_DISPLAY")
        .env("DFAKESEEDER_LOG", "info");
    let mut app = Proc::spawn("window", cmd, logs).expect("the binary starts");
    let mut window = String::new();
    app.wait_ready(|_| {
        let found = x_command(display, "xdotool", &["search", "--name", "^dfakeseeder$"])?;
        window = found.lines().next().unwrap_or_default().to_string();
        Ok(!window.is_empty())
    })
    .expect("the window appears");
    (app, window)
}

/// The standard deviation of the screen's pixels (0 = one flat colour).
fn screen_spread(display: &Display, shot: &Path) -> f64 {
    let path = shot.display().to_string();
    x_command(display, "import", &["-window", "root", &path]).expect("screenshot");
    let spread = x_command(
        display,
        "convert",
        &[&path, "-format", "%[fx:standard_deviation]", "info:"],
    )
    .expect("image statistics");
    spread.trim().parse().unwrap_or(0.0)
}

fn wait_ledger_lists_one(dir: &Path) -> bool {
    let text = std::fs::read_to_string(dir.join("ledger.json")).unwrap_or_default();
    let ledger: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    ledger["torrents"].as_array().is_some_and(|t| t.len() == 1)
}

/// The window has drawn more than a background: panels, text, the table's row.
fn wait_drawn(display: &Display, logs: &Path) -> f64 {
    let deadline = Instant::now() + Duration::from_secs(20);
    let shot = logs.join("window.png");
    loop {
        let spread = screen_spread(display, &shot);
        if spread > 0.05 || Instant::now() > deadline {
            return spread;
        }
        sleep(Duration::from_millis(300));
    }
}

#[test]
fn the_real_window_draws_and_ctrl_q_quits() {
    let logs = tempfile::tempdir().expect("dir");
    let dir = tempfile::tempdir().expect("dir");
    config(dir.path(), "quit");
    let display = xvfb(logs.path());
    let (mut app, window) = start(&display, dir.path(), logs.path());
    let spread = wait_drawn(&display, logs.path());
    assert!(spread > 0.05, "the screen stayed flat ({spread})");
    // The main window is at least the size it asks for (1100×700).
    let geometry = x_command(&display, "xdotool", &["getwindowgeometry", &window]).expect("geom");
    assert!(geometry.contains("Geometry:"), "{geometry}");
    x_command(&display, "xdotool", &["windowfocus", "--sync", &window]).expect("focus");
    x_command(&display, "xdotool", &["key", "--window", &window, "ctrl+q"]).expect("key");
    let status = app
        .wait_with_limit(Duration::from_secs(20))
        .expect("Ctrl+Q ends the app");
    assert!(status.success(), "{status}: {}", app.output_summary());
    assert!(
        wait_ledger_lists_one(dir.path()),
        "the ledger was saved on quit"
    );
}

#[test]
fn sigterm_closes_the_window_without_asking() {
    let logs = tempfile::tempdir().expect("dir");
    let dir = tempfile::tempdir().expect("dir");
    // "ask" would hold a close back while the torrent runs; a signal must not wait for anyone.
    config(dir.path(), "ask");
    let display = xvfb(logs.path());
    let (mut app, _) = start(&display, dir.path(), logs.path());
    wait_drawn(&display, logs.path());
    let killed = Command::new("kill")
        .args(["-s", "TERM", &app.id().to_string()])
        .status();
    assert!(killed.is_ok_and(|s| s.success()));
    let status = app
        .wait_with_limit(Duration::from_secs(20))
        .expect("SIGTERM ends the app");
    assert!(status.success(), "{status}: {}", app.output_summary());
    assert!(wait_ledger_lists_one(dir.path()));
}
