//! The browser viewer end to end: the real headless binary with three torrents serves the
//! viewer it embeds (`scripts/build-viewer` builds `wasm/dist` first), and headless Chromium,
//! driven by `tests/viewer_chromium.mjs`, logs in through the viewer's form with the printed
//! token, finds the three torrents in the page's ARIA mirror, and sees a pause made through the
//! API within 3 s; a second page refused the event stream falls back to polling. A screenshot
//! goes to `target/viewer-chromium.png`.

mod support;

use std::process::Command;
use std::time::{Duration, Instant};
use support::process::Proc;
use support::{INSTALL_HINT, repo_path};

const BIN: &str = env!("CARGO_BIN_EXE_dfakeseeder");
const NAMES: [&str; 3] = ["viewer-alpha.iso", "viewer-bravo.iso", "viewer-charlie.iso"];

fn preconditions() -> Result<(), String> {
    if !repo_path("wasm/dist/index.html").is_file() {
        return Err("wasm/dist is missing: run scripts/build-viewer (scripts/test does)".into());
    }
    if !std::path::Path::new("/usr/bin/chromium").is_file() {
        return Err(format!("/usr/bin/chromium is missing; {INSTALL_HINT}"));
    }
    if !support::bittorrent_tracker::node_modules()
        .join("playwright-core/package.json")
        .is_file()
    {
        return Err(format!("npm playwright-core is missing; {INSTALL_HINT}"));
    }
    Ok(())
}

/// The `web:` and `token:` lines the binary prints once its server listens.
fn printed(proc: &Proc) -> Option<(String, String)> {
    let out = proc.stdout_text();
    let line = |prefix: &str| {
        out.lines()
            .find_map(|l| l.strip_prefix(prefix))
            .map(|v| v.trim().to_string())
    };
    Some((line("web: ")?, line("token: ").filter(|t| !t.is_empty())?))
}

#[test]
fn the_viewer_logs_in_shows_three_torrents_and_follows_a_pause() {
    if let Err(why) = preconditions() {
        panic!("{why}");
    }
    let dir = tempfile::tempdir().expect("temp dir");
    // Trackers on a closed loopback port: announces fail quietly, nothing leaves the machine.
    let dead = support::ports::free_port().expect("port");
    let tracker = format!("http://127.0.0.1:{dead}/announce");
    let mut files = Vec::new();
    for (i, name) in NAMES.iter().enumerate() {
        let path = dir.path().join(format!("{i}.torrent"));
        let bytes = support::synthetic::synthetic(name, 1 << 20, &[&[&tracker]], 700 + i as u64);
        std::fs::write(&path, bytes).expect("torrent");
        files.push(path);
    }
    let config = dir.path().join("config");
    std::fs::create_dir(&config).expect("config dir");
    std::fs::write(
        config.join("settings.json"),
        r#"{"webui": {"allow_control": true}}"#,
    )
    .expect("settings");

    let port = support::ports::free_port().expect("port");
    let mut cmd = Command::new(BIN);
    cmd.arg("--headless")
        .arg("--config-dir")
        .arg(&config)
        .arg("--web")
        .arg(format!("127.0.0.1:{port}"))
        .args(&files);
    let started = Instant::now();
    let mut app = Proc::spawn("dfakeseeder", cmd, dir.path()).expect("spawn");
    app.wait_ready(|p| Ok(printed(p).is_some()))
        .expect("the server starts");
    let (url, token) = printed(&app).expect("web and token lines");
    let serving = started.elapsed();

    let screenshot = repo_path("target/viewer-chromium.png");
    let mut node = Command::new("node");
    node.arg(repo_path("tests/viewer_chromium.mjs"))
        .arg(&url)
        .arg(&token)
        .arg(support::bittorrent_tracker::node_modules())
        .arg(&screenshot)
        .args(NAMES);
    let mut browser = Proc::spawn("viewer_chromium", node, dir.path()).expect("node");
    let status = browser
        .wait_with_limit(Duration::from_secs(120))
        .expect("the browser test ends");
    assert!(
        status.success(),
        "the browser test failed: {}\n{}",
        browser.output_summary(),
        app.output_summary()
    );
    let timings: serde_json::Value =
        serde_json::from_str(browser.stdout_text().trim()).expect("timings JSON");
    let pause_ms = timings["pause_to_page_ms"].as_u64().expect("pause timing");
    assert!(pause_ms <= 3000, "the pause showed after {pause_ms} ms");
    eprintln!(
        "viewer e2e: server up in {} ms, browser {timings}, whole test {} ms",
        serving.as_millis(),
        started.elapsed().as_millis()
    );
    assert!(screenshot.is_file(), "screenshot written");
}
