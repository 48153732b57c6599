//! The real binary, headless: it keeps its torrents across runs, stops cleanly on SIGTERM, and a
//! SIGKILL loses at most 10 s of accounting.

mod support;

use serde_json::Value;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_dfakeseeder");

fn spawn_headless(config_dir: &Path) -> Child {
    Command::new(BIN)
        .args(["--headless", "--no-web", "--config-dir"])
        .arg(config_dir)
        .env("DFAKESEEDER_LOG", "debug")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the binary starts")
}

fn signal(child: &Child, sig: &str) {
    let status = Command::new("kill")
        .args(["-s", sig, &child.id().to_string()])
        .status();
    assert!(status.is_ok_and(|s| s.success()), "kill -s {sig}");
}

fn wait_exit(child: &mut Child, within: Duration) -> std::process::ExitStatus {
    let deadline = Instant::now() + within;
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            return status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("the process did not exit within {within:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn read_ledger(dir: &Path) -> Option<Value> {
    let text = std::fs::read_to_string(dir.join("ledger.json")).ok()?;
    serde_json::from_str(&text).ok()
}

/// Waits until the ledger lists `count` torrents.
fn wait_ledger(dir: &Path, count: usize, within: Duration) -> Value {
    let deadline = Instant::now() + within;
    loop {
        let listed = |l: &Value| l["torrents"].as_array().is_some_and(|t| t.len() == count);
        if let Some(ledger) = read_ledger(dir).filter(listed) {
            return ledger;
        }
        assert!(
            Instant::now() < deadline,
            "the ledger never listed {count} torrents"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn put_fixture_torrents(dir: &Path, names: &[&str]) {
    let torrents = dir.join("torrents");
    std::fs::create_dir_all(&torrents).expect("torrents dir");
    for name in names {
        std::fs::copy(
            support::fixture(&format!("torrents/{name}")),
            torrents.join(name),
        )
        .expect("copy fixture");
    }
}

#[test]
fn help_documents_every_flag() {
    let out = Command::new(BIN).arg("--help").output().expect("runs");
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for flag in [
        "--headless",
        "--config-dir",
        "--import-dfakeseeder",
        "--web",
        "--no-web",
        "--version",
        "--help",
        "[TORRENT]",
    ] {
        assert!(
            help.contains(flag),
            "--help does not mention {flag}:\n{help}"
        );
    }
    let version = Command::new(BIN).arg("--version").output().expect("runs");
    assert!(String::from_utf8_lossy(&version.stdout).starts_with("dfakeseeder "));
}

#[test]
fn headless_keeps_its_torrents_and_exits_cleanly_on_sigterm() {
    let dir = tempfile::tempdir().expect("temp dir");
    put_fixture_torrents(dir.path(), &["ot.torrent", "dump_udp.torrent"]);

    let mut child = spawn_headless(dir.path());
    let ledger = wait_ledger(dir.path(), 2, Duration::from_secs(30));
    signal(&child, "TERM");
    assert!(
        wait_exit(&mut child, Duration::from_secs(15)).success(),
        "exit 0 on SIGTERM"
    );

    let names: Vec<&str> = ledger["torrents"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t["name"].as_str())
        .collect();
    assert_eq!(names.len(), 2, "{ledger}");
    assert!(
        dir.path().join("torrents/ot.torrent").exists(),
        "the torrent files are kept"
    );
    assert!(dir.path().join("torrents/dump_udp.torrent").exists());

    // A second run finds the same torrents.
    let mut again = spawn_headless(dir.path());
    std::thread::sleep(Duration::from_secs(2));
    signal(&again, "INT");
    assert!(
        wait_exit(&mut again, Duration::from_secs(15)).success(),
        "exit 0 on SIGINT"
    );
    let ledger = read_ledger(dir.path()).expect("ledger readable");
    assert_eq!(ledger["torrents"].as_array().map(Vec::len), Some(2));
}

#[test]
fn sigkill_loses_at_most_ten_seconds_of_accounting() {
    const SPEED_KIB: f64 = 1000.0;
    let dir = tempfile::tempdir().expect("temp dir");
    put_fixture_torrents(dir.path(), &["ot.torrent"]);
    // A fixed factor of 0.5 makes the accounting exact: 500 KiB/s from the moment it starts.
    let settings = serde_json::json!({
        "threshold": 0,
        "upload_speed": SPEED_KIB as u32,
        "download_speed": SPEED_KIB as u32,
        "seeding_profile": "custom",
        "custom_seeding_profile": { "upload_speed": 1000, "download_speed": 1000, "speed_variance": 0.0 }
    });
    std::fs::write(dir.path().join("settings.json"), settings.to_string()).expect("settings");

    let spawned = Instant::now();
    let mut child = spawn_headless(dir.path());
    wait_ledger(dir.path(), 1, Duration::from_secs(30));
    std::thread::sleep(Duration::from_secs(14));
    signal(&child, "KILL");
    let killed_after = spawned.elapsed().as_secs_f64();
    let _ = wait_exit(&mut child, Duration::from_secs(5));

    let ledger = read_ledger(dir.path()).expect("the ledger is intact after SIGKILL");
    let uploaded = ledger["torrents"][0]["total_uploaded"]
        .as_f64()
        .expect("a number");
    let rate = SPEED_KIB * 1024.0 * 0.5;
    // At most what ran between spawn and kill; at least all of it but the last 10 s.
    assert!(
        uploaded <= rate * killed_after,
        "{uploaded} > {}",
        rate * killed_after
    );
    assert!(
        uploaded >= rate * (killed_after - 10.0),
        "lost more than 10 s: {uploaded} < {}",
        rate * (killed_after - 10.0)
    );

    // The next run starts from the saved totals and keeps counting.
    let mut again = spawn_headless(dir.path());
    std::thread::sleep(Duration::from_secs(3));
    signal(&again, "TERM");
    assert!(wait_exit(&mut again, Duration::from_secs(15)).success());
    let after = read_ledger(dir.path()).expect("ledger");
    let total = after["torrents"][0]["total_uploaded"]
        .as_f64()
        .expect("a number");
    assert!(total > uploaded, "{total} <= {uploaded}");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("corrupt") || n.contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn import_brings_the_old_apps_torrents_and_totals() {
    let old = tempfile::tempdir().expect("old dir");
    let new = tempfile::tempdir().expect("new dir");
    let old_torrents = old.path().join("torrents");
    std::fs::create_dir_all(&old_torrents).expect("dir");
    let kept = old_torrents.join("ot.torrent");
    std::fs::copy(support::fixture("torrents/ot.torrent"), &kept).expect("copy");
    let settings = serde_json::json!({
        "upload_speed": 77,
        "tickspeed": 9,
        "some_old_key": true,
        "torrents": {
            kept.to_string_lossy(): {
                "id": 1, "active": true, "total_uploaded": 123456789, "total_downloaded": 4194304,
                "progress": 1.0, "upload_speed": 33, "download_speed": 44, "threshold": 10, "label": "old"
            },
            "/nowhere/missing.torrent": { "id": 2, "total_uploaded": 5 }
        }
    });
    let old_settings = old.path().join("settings.json");
    std::fs::write(&old_settings, settings.to_string()).expect("write");

    let mut child = Command::new(BIN)
        .args(["--headless", "--no-web", "--import-dfakeseeder"])
        .arg(&old_settings)
        .arg("--config-dir")
        .arg(new.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts");
    let ledger = wait_ledger(new.path(), 1, Duration::from_secs(30));
    signal(&child, "TERM");
    assert!(wait_exit(&mut child, Duration::from_secs(15)).success());
    let mut report = String::new();
    if let Some(mut out) = child.stdout.take() {
        use std::io::Read;
        let _ = out.read_to_string(&mut report);
    }

    let entry = &ledger["torrents"][0];
    assert_eq!(entry["name"], "payload_ot.bin");
    assert!(
        entry["total_uploaded"]
            .as_u64()
            .is_some_and(|u| u >= 123_456_789)
    );
    assert_eq!(entry["upload_speed_kib"], 33);
    assert_eq!(entry["label"], "old");
    assert!(report.contains("Imported 1 torrents"), "{report}");
    assert!(
        report.contains("missing.torrent"),
        "the skipped torrent is named: {report}"
    );
    let saved: Value = serde_json::from_str(
        &std::fs::read_to_string(new.path().join("settings.json")).expect("settings"),
    )
    .expect("json");
    assert_eq!(saved["upload_speed"], 77);
}

#[test]
fn preview_announce_prints_the_captured_bytes() {
    let out = Command::new(BIN)
        .args([
            "preview-announce",
            "--profile",
            "qbittorrent-4.5.2",
            "--torrent",
        ])
        .arg(support::fixture("torrents/dump_http.torrent"))
        .args([
            "--url",
            "http://127.0.0.1:7070/announce",
            "--event",
            "started",
            "--uploaded",
            "0",
        ])
        .args(["--downloaded", "0", "--left", "4194304", "--port", "6892"])
        .args(["--peer-id", "-qB4520-MD72fpz1wNI~", "--key", "D9E4ED9F"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let captured = std::fs::read(support::fixture("captures/qbittorrent-4.5.2-started.http"))
        .expect("capture");
    assert_eq!(
        out.stdout, captured,
        "byte for byte, nothing else on stdout"
    );

    let udp = Command::new(BIN)
        .args([
            "preview-announce",
            "--profile",
            "transmission-3.00",
            "--torrent",
        ])
        .arg(support::fixture("torrents/dump_udp.torrent"))
        .args([
            "--url",
            "udp://127.0.0.1:7071/announce",
            "--event",
            "started",
            "--left",
            "4194304",
        ])
        .args([
            "--port",
            "6893",
            "--peer-id",
            "-TR3000-yfu29cca88x7",
            "--key",
            "hex:4d371bdf",
        ])
        .args([
            "--connection-id",
            "1122334455667788",
            "--transaction-id",
            "694045c",
        ])
        .output()
        .expect("runs");
    let captured = std::fs::read_to_string(support::fixture(
        "captures/transmission-3.00-udp-announce-started.hex",
    ))
    .expect("capture");
    let printed = String::from_utf8_lossy(&udp.stdout);
    assert_eq!(
        printed.trim(),
        captured.split_whitespace().collect::<String>()
    );
}

/// Reads the child's stdout until the `web:` and `token:` lines (or gives up).
fn web_lines(child: &mut Child) -> (String, String) {
    use std::io::BufRead;
    let out = child.stdout.take().expect("piped stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(out).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let (mut url, mut token) = (String::new(), String::new());
    let deadline = Instant::now() + Duration::from_secs(30);
    while (url.is_empty() || token.is_empty()) && Instant::now() < deadline {
        match rx.recv_timeout(Duration::from_millis(200)) {
            Ok(line) => {
                if let Some(u) = line.strip_prefix("web: ") {
                    url = u.trim().to_string();
                } else if let Some(t) = line.strip_prefix("token: ") {
                    token = t.trim().to_string();
                }
            }
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            Err(_) => break,
        }
    }
    (url, token)
}

#[test]
fn headless_serves_the_api_where_web_says_and_prints_the_url_and_token() {
    let dir = tempfile::tempdir().expect("temp dir");
    put_fixture_torrents(dir.path(), &["ot.torrent"]);
    let mut child = Command::new(BIN)
        .args(["--headless", "--web", "127.0.0.1:0", "--config-dir"])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts");
    let (url, token) = web_lines(&mut child);
    let port: u16 = url
        .strip_prefix("http://127.0.0.1:")
        .and_then(|rest| rest.strip_suffix('/'))
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("web line {url:?}"));
    assert_eq!(token.len(), 64, "token line {token:?}");
    assert!(token.bytes().all(|b| b.is_ascii_hexdigit()));
    let saved = std::fs::read_to_string(dir.path().join("settings.json")).expect("settings");
    assert!(saved.contains(&token), "the token is kept in the settings");

    let health = support::http::get(port, "/api/health").expect("health");
    assert_eq!(health.status, 200);
    let denied = support::http::get(port, "/api/state").expect("state");
    assert_eq!(denied.status, 401);
    let state = bearer_get(port, "/api/state", &token);
    assert!(state.contains("\"torrents\""), "{state}");
    signal(&child, "TERM");
    assert!(wait_exit(&mut child, Duration::from_secs(15)).success());
    assert!(
        support::http::get(port, "/api/health").is_err(),
        "the server stopped with the program"
    );
}

/// GET with `Authorization: Bearer`, HTTP/1.0; the whole response as text.
fn bearer_get(port: u16, path: &str, token: &str) -> String {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    let req = format!(
        "GET {path} HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Bearer {token}\r\n\r\n"
    );
    s.write_all(req.as_bytes()).expect("send");
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    assert!(
        out.starts_with("HTTP/1.0 200") || out.starts_with("HTTP/1.1 200"),
        "{out}"
    );
    out
}

#[test]
fn headless_no_web_serves_nothing_and_a_public_bind_without_auth_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let port = support::ports::free_port().expect("port");
    let settings = serde_json::json!({"webui": {"port": port}});
    std::fs::write(dir.path().join("settings.json"), settings.to_string()).expect("settings");
    let mut child = Command::new(BIN)
        .args(["--headless", "--no-web", "--config-dir"])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts");
    // The engine is up once it has saved the settings with a new token.
    let deadline = Instant::now() + Duration::from_secs(30);
    while !std::fs::read_to_string(dir.path().join("settings.json"))
        .is_ok_and(|s| s.contains("token"))
    {
        assert!(Instant::now() < deadline, "the program never started");
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(Duration::from_secs(1));
    assert!(
        support::http::get(port, "/api/health").is_err(),
        "nothing listens"
    );
    signal(&child, "TERM");
    assert!(wait_exit(&mut child, Duration::from_secs(15)).success());
    let mut printed = String::new();
    if let Some(mut out) = child.stdout.take() {
        use std::io::Read;
        let _ = out.read_to_string(&mut printed);
    }
    assert!(!printed.contains("web: "), "{printed}");

    // Without --web the settings' address is used; a public one without auth stops the start.
    let open = serde_json::json!({"webui": {"auth_enabled": false}});
    std::fs::write(dir.path().join("settings.json"), open.to_string()).expect("settings");
    let out = Command::new(BIN)
        .args(["--headless", "--web", "0.0.0.0:0", "--config-dir"])
        .arg(dir.path())
        .output()
        .expect("runs");
    assert!(!out.status.success(), "refused");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("0.0.0.0:0") && err.contains("127.0.0.1"),
        "{err}"
    );
}
