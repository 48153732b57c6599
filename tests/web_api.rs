//! The web server in-process, over a real engine without trackers, on 127.0.0.1:0: every
//! endpoint, authentication and bans, read-only versus control, body limits and errors, static
//! files, the Host check, security headers, server-sent events and HTTPS.

mod support;

use dfakeseeder::engine::EngineHandle;
use dfakeseeder::state::{AppState, TorrentStatus};
use dfakeseeder::web::{WebContext, WebServer};
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};
use support::engine::snapshot;
use support::web::{Events, Reply, Req, TOKEN, config, send, serve, session_pair};

/// An engine with `n` synthetic torrents, loaded.
async fn engine(dir: &std::path::Path, n: u64) -> EngineHandle {
    let handle = support::engine::start(dir, dfakeseeder::settings::Settings::default(), 3);
    for seed in 0..n {
        support::engine::add(&handle, seed, 1 << 20);
    }
    wait(&handle, |s| s.torrents.len() == n as usize, "the torrents").await;
    handle
}

async fn wait(handle: &EngineHandle, ok: impl Fn(&AppState) -> bool, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !ok(&snapshot(handle)) {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn get(server: &WebServer, path: &str, token: Option<&str>) -> Reply {
    let mut req = Req::get(path);
    if let Some(t) = token {
        req = req.bearer(t);
    }
    send(server.local_addr(), req).await.expect("answer")
}

fn first_hash(handle: &EngineHandle) -> String {
    snapshot(handle).torrents[0].info_hash.clone()
}

/// A clock the test moves by hand.
fn manual_clock() -> (dfakeseeder::web::clock::Now, Arc<AtomicU64>) {
    let base = Instant::now();
    let offset = Arc::new(AtomicU64::new(0));
    let o = offset.clone();
    let now: dfakeseeder::web::clock::Now =
        Arc::new(move || base + Duration::from_secs(o.load(Ordering::SeqCst)));
    (now, offset)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn public_endpoints_are_public_and_the_rest_needs_the_token() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = engine(dir.path(), 2).await;
    let mut cfg = config(false);
    // This test sends many wrong tokens; bans are tested on their own.
    cfg.ban_after_failures = 100;
    let server = serve(&handle, cfg, None).await;

    let health = get(&server, "/api/health", None).await;
    assert_eq!(health.status, 200);
    assert_eq!(
        health.json(),
        serde_json::json!({"status": "ok", "service": "dfakeseeder", "version": env!("CARGO_PKG_VERSION")})
    );
    let auth = get(&server, "/api/auth", None).await;
    assert_eq!(
        auth.json(),
        serde_json::json!({"auth_required": true, "authenticated": false})
    );
    let auth = get(&server, "/api/auth", Some(TOKEN)).await;
    assert_eq!(auth.json()["authenticated"], true);

    let hash = first_hash(&handle);
    let protected = [
        "/api/state".to_string(),
        "/api/torrents".into(),
        format!("/api/torrents/{hash}"),
        "/api/stats".into(),
        "/api/events".into(),
    ];
    for path in &protected {
        let none = get(&server, path, None).await;
        assert_eq!(none.status, 401, "{path} without a token");
        assert!(!none.error().is_empty());
        let wrong = get(&server, path, Some("nope")).await;
        assert_eq!(wrong.status, 401, "{path} with a wrong token");
    }

    let state = get(&server, "/api/state", Some(TOKEN)).await;
    assert_eq!(state.status, 200);
    assert!(
        state
            .header("content-type")
            .is_some_and(|t| t.starts_with("application/json"))
    );
    let served: AppState = serde_json::from_slice(&state.body).expect("AppState JSON");
    assert_eq!(served.torrents.len(), 2);
    assert!(served.revision > 0);
    assert!(
        served.settings.webui.token.is_empty(),
        "the token is not served"
    );

    let list: Vec<dfakeseeder::state::TorrentView> =
        serde_json::from_slice(&get(&server, "/api/torrents", Some(TOKEN)).await.body)
            .expect("list");
    assert_eq!(list.len(), 2);
    let one = get(&server, &format!("/api/torrents/{hash}"), Some(TOKEN)).await;
    assert_eq!(one.json()["info_hash"], hash.as_str());
    let upper = get(
        &server,
        &format!("/api/torrents/{}", hash.to_uppercase()),
        Some(TOKEN),
    )
    .await;
    assert_eq!(upper.status, 200, "upper-case hex names the same torrent");
    let stats: dfakeseeder::state::GlobalStats =
        serde_json::from_slice(&get(&server, "/api/stats", Some(TOKEN)).await.body).expect("stats");
    let engine_stats = snapshot(&handle).stats;
    assert_eq!(
        (&stats.seeding_profile, stats.max_connections),
        (&engine_stats.seeding_profile, engine_stats.max_connections)
    );

    let unknown = get(
        &server,
        &format!("/api/torrents/{}", "0".repeat(40)),
        Some(TOKEN),
    )
    .await;
    assert_eq!(unknown.status, 404);
    assert!(unknown.error().contains("no torrent"));
    let malformed = get(&server, "/api/torrents/xyz", Some(TOKEN)).await;
    assert_eq!(malformed.status, 400);
    let nothing = get(&server, "/api/nonesuch", Some(TOKEN)).await;
    assert_eq!(nothing.status, 404);
    assert!(!nothing.error().is_empty());
    server.stop().await;
    handle.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_gives_a_strict_http_only_cookie_and_logout_ends_it() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = engine(dir.path(), 1).await;
    let mut cfg = config(false);
    cfg.password_hash = dfakeseeder::web::secrets::hash_password("hunter2").expect("hash");
    let server = serve(&handle, cfg, None).await;
    let addr = server.local_addr();

    let login = send(
        addr,
        Req::post("/api/login", format!(r#"{{"token":"{TOKEN}"}}"#)).json_body(),
    )
    .await
    .expect("login");
    assert_eq!(login.status, 200, "{}", login.text());
    assert_eq!(login.json(), serde_json::json!({"ok": true}));
    let set = login.header("set-cookie").expect("a cookie").to_string();
    let attrs: Vec<&str> = set.split(';').map(str::trim).collect();
    assert!(
        attrs[0].starts_with("dfs_session=") && attrs[0].len() > "dfs_session=".len() + 30,
        "{set}"
    );
    for a in ["HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=3600"] {
        assert!(attrs.contains(&a), "{a} missing in {set}");
    }
    assert!(
        !attrs.contains(&"Secure"),
        "no Secure over plain HTTP: {set}"
    );
    let cookie = session_pair(&set);

    let state = send(addr, Req::get("/api/state").cookie(&cookie))
        .await
        .expect("state");
    assert_eq!(state.status, 200);
    let auth = send(addr, Req::get("/api/auth").cookie(&cookie))
        .await
        .expect("auth");
    assert_eq!(auth.json()["authenticated"], true);
    let forged = send(addr, Req::get("/api/state").cookie("dfs_session=abc"))
        .await
        .expect("forged");
    assert_eq!(forged.status, 401);

    let logout = send(addr, Req::post("/api/logout", "").cookie(&cookie))
        .await
        .expect("logout");
    assert_eq!(logout.status, 200);
    assert!(
        logout
            .header("set-cookie")
            .is_some_and(|c| c.contains("Max-Age=0"))
    );
    let after = send(addr, Req::get("/api/state").cookie(&cookie))
        .await
        .expect("after");
    assert_eq!(after.status, 401, "the session is gone");

    // User name and password (argon2 hash in the settings).
    let good = r#"{"username":"admin","password":"hunter2"}"#;
    let ok = send(addr, Req::post("/api/login", good).json_body())
        .await
        .expect("pw login");
    assert_eq!(ok.status, 200, "{}", ok.text());
    let cookie = session_pair(ok.header("set-cookie").expect("cookie"));
    assert_eq!(
        send(addr, Req::get("/api/stats").cookie(&cookie))
            .await
            .expect("stats")
            .status,
        200
    );
    for bad in [
        r#"{"username":"admin","password":"hunter3"}"#,
        r#"{"username":"root","password":"hunter2"}"#,
        r#"{"token":"wrong"}"#,
    ] {
        let r = send(addr, Req::post("/api/login", bad).json_body())
            .await
            .expect("bad login");
        assert_eq!(r.status, 401, "{bad}");
        assert!(!r.error().is_empty());
        assert!(r.header("set-cookie").is_none());
    }
    server.stop().await;
    handle.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn five_failures_ban_the_address_until_the_ban_expires() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = engine(dir.path(), 1).await;
    let (now, offset) = manual_clock();
    let ctx = WebContext {
        now,
        ..WebContext::new(handle.state.clone(), handle.sender())
    };
    let server = serve(&handle, config(false), Some(ctx)).await;
    let addr = server.local_addr();
    let wrong = Req::post("/api/login", r#"{"token":"wrong"}"#).json_body();
    let right = Req::post("/api/login", format!(r#"{{"token":"{TOKEN}"}}"#)).json_body();

    for i in 0..4 {
        assert_eq!(
            send(addr, wrong.clone()).await.expect("login").status,
            401,
            "failure {i}"
        );
    }
    // The fifth failure is a wrong bearer token: it counts as much.
    assert_eq!(get(&server, "/api/state", Some("wrong")).await.status, 401);
    let banned = send(addr, right.clone()).await.expect("login");
    assert_eq!(banned.status, 429, "banned even with the right token");
    assert!(!banned.error().is_empty());
    assert_eq!(get(&server, "/api/state", Some(TOKEN)).await.status, 429);
    assert_eq!(
        get(&server, "/api/health", None).await.status,
        200,
        "health stays public"
    );

    offset.store(299, Ordering::SeqCst);
    assert_eq!(
        send(addr, right.clone()).await.expect("login").status,
        429,
        "still banned"
    );
    offset.store(301, Ordering::SeqCst);
    assert_eq!(
        send(addr, right).await.expect("login").status,
        200,
        "the ban is over"
    );
    assert_eq!(get(&server, "/api/state", Some(TOKEN)).await.status, 200);
    server.stop().await;
    handle.shutdown().await;
}

/// Every control endpoint, as (method, path, body).
fn control_calls(hash: &str, torrent: &[u8]) -> Vec<Req> {
    vec![
        Req::post("/api/torrents", torrent.to_vec()),
        Req::post(&format!("/api/torrents/{hash}/pause"), ""),
        Req::post(&format!("/api/torrents/{hash}/resume"), ""),
        Req::post(&format!("/api/torrents/{hash}/announce"), ""),
        Req::delete(&format!("/api/torrents/{hash}")),
        Req::post("/api/alt-speed", r#"{"enabled":true}"#).json_body(),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_read_only_server_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = engine(dir.path(), 2).await;
    let server = serve(&handle, config(false), None).await;
    let hash = first_hash(&handle);
    let before = snapshot(&handle);
    let new = support::synthetic::synthetic("new", 1 << 20, &[&["http://127.0.0.1:1/a"]], 99);
    for call in control_calls(&hash, &new) {
        let what = format!("{} {}", call.method, call.path);
        let unauthenticated = send(server.local_addr(), call.clone())
            .await
            .expect("answer");
        assert_eq!(unauthenticated.status, 401, "{what} without a token");
        let r = send(server.local_addr(), call.bearer(TOKEN))
            .await
            .expect("answer");
        assert_eq!(r.status, 403, "{what}: {}", r.text());
        assert!(r.error().contains("read-only"), "{what}");
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let after = snapshot(&handle);
    assert_eq!(after.torrents.len(), before.torrents.len());
    assert_eq!(
        after
            .torrents
            .iter()
            .map(|t| (&t.info_hash, t.is_paused()))
            .collect::<Vec<_>>(),
        before
            .torrents
            .iter()
            .map(|t| (&t.info_hash, t.is_paused()))
            .collect::<Vec<_>>()
    );
    assert_eq!(after.settings, before.settings);
    server.stop().await;
    handle.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn control_endpoints_act_on_the_engine_when_allowed() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = engine(dir.path(), 2).await;
    let server = serve(&handle, config(true), None).await;
    let addr = server.local_addr();
    let hash = first_hash(&handle);
    let call = |req: Req| send(addr, req.bearer(TOKEN));

    let r = call(Req::post(&format!("/api/torrents/{hash}/pause"), ""))
        .await
        .expect("pause");
    assert_eq!(r.status, 202, "{}", r.text());
    wait(
        &handle,
        |s| s.torrent(&hash).is_some_and(|t| t.is_paused()),
        "the pause",
    )
    .await;
    // The pause shows in the API's own state too.
    let state: AppState =
        serde_json::from_slice(&get(&server, "/api/state", Some(TOKEN)).await.body).expect("state");
    assert_eq!(
        state.torrent(&hash).map(|t| t.status.clone()),
        Some(TorrentStatus::Paused)
    );

    let r = call(Req::post(&format!("/api/torrents/{hash}/resume"), ""))
        .await
        .expect("resume");
    assert_eq!(r.status, 202);
    wait(
        &handle,
        |s| s.torrent(&hash).is_some_and(|t| !t.is_paused()),
        "the resume",
    )
    .await;
    let r = call(Req::post(&format!("/api/torrents/{hash}/announce"), ""))
        .await
        .expect("announce");
    assert_eq!(r.status, 202);

    let r = call(Req::post("/api/alt-speed", r#"{"enabled":true}"#).json_body())
        .await
        .expect("alt");
    assert_eq!(r.json(), serde_json::json!({"ok": true, "enabled": true}));
    wait(
        &handle,
        |s| s.settings.speed.enable_alternative_speeds,
        "the alternative speeds",
    )
    .await;

    let data = support::synthetic::synthetic("uploaded", 1 << 20, &[&["http://127.0.0.1:1/a"]], 42);
    let r = call(Req::post("/api/torrents", data.clone()))
        .await
        .expect("upload");
    assert_eq!(r.status, 202, "{}", r.text());
    let new_hash = r.json()["info_hash"].as_str().expect("hash").to_string();
    wait(
        &handle,
        |s| s.torrent(&new_hash).is_some_and(|t| t.name == "uploaded"),
        "the upload",
    )
    .await;
    let again = call(Req::post("/api/torrents", data)).await.expect("again");
    assert_eq!(again.status, 409);

    let broken = call(Req::post("/api/torrents", b"d4:infoi1ee".to_vec()))
        .await
        .expect("broken");
    assert_eq!(broken.status, 400);
    assert!(
        broken.error().starts_with("not a valid .torrent: "),
        "{}",
        broken.error()
    );
    let empty = call(Req::post("/api/torrents", "")).await.expect("empty");
    assert_eq!(empty.status, 400);

    let r = call(Req::delete(&format!("/api/torrents/{new_hash}")))
        .await
        .expect("delete");
    assert_eq!(r.status, 202);
    wait(&handle, |s| s.torrent(&new_hash).is_none(), "the removal").await;

    let ghost = "f".repeat(40);
    for req in [
        Req::post(&format!("/api/torrents/{ghost}/pause"), ""),
        Req::post(&format!("/api/torrents/{ghost}/resume"), ""),
        Req::post(&format!("/api/torrents/{ghost}/announce"), ""),
        Req::delete(&format!("/api/torrents/{ghost}")),
    ] {
        let what = format!("{} {}", req.method, req.path);
        let r = call(req).await.expect("answer");
        assert_eq!(r.status, 404, "{what}");
        assert!(r.error().contains(&ghost));
    }
    server.stop().await;
    handle.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_and_malformed_bodies_get_json_errors() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = engine(dir.path(), 1).await;
    let server = serve(&handle, config(true), None).await;
    let addr = server.local_addr();
    let before = snapshot(&handle).torrents.len();

    let huge = vec![b'd'; 10 * 1024 * 1024 + 1];
    let r = send(addr, Req::post("/api/torrents", huge).bearer(TOKEN))
        .await
        .expect("huge");
    assert_eq!(r.status, 413, "{}", r.text());
    assert!(!r.error().is_empty());

    let big_json = format!(r#"{{"token":"{}"}}"#, "a".repeat(20 * 1024));
    let r = send(addr, Req::post("/api/login", big_json).json_body())
        .await
        .expect("big json");
    assert_eq!(r.status, 413);
    assert!(!r.error().is_empty());

    for (body, json) in [
        ("{not json", true),
        (r#"{"enabled":"yes"}"#, true),
        (r#"{"enabled":true,"extra":1}"#, true),
        (r#"{"enabled":true}"#, false),
    ] {
        let mut req = Req::post("/api/alt-speed", body).bearer(TOKEN);
        if json {
            req = req.json_body();
        }
        let r = send(addr, req).await.expect("answer");
        assert!((400..500).contains(&r.status), "{body}: {}", r.status);
        assert!(!r.error().is_empty(), "{body}");
    }
    let r = send(addr, Req::post("/api/login", r#"{"user":"x"}"#).json_body())
        .await
        .expect("login");
    assert!((400..500).contains(&r.status));
    assert!(!r.error().is_empty());
    let hash = first_hash(&handle);
    let bad_query = Req::delete(&format!("/api/torrents/{hash}?delete_file=maybe")).bearer(TOKEN);
    let r = send(addr, bad_query).await.expect("query");
    assert_eq!(r.status, 400);
    assert!(!r.error().is_empty());
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(snapshot(&handle).torrents.len(), before);
    server.stop().await;
    handle.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn static_files_are_public_and_cannot_leave_the_embedded_map() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = engine(dir.path(), 0).await;
    let server = serve(&handle, config(false), None).await;

    let root = get(&server, "/", None).await;
    assert_eq!(root.status, 200, "the page is public");
    assert!(
        root.header("content-type")
            .is_some_and(|t| t.starts_with("text/html"))
    );
    if !dfakeseeder::web::has_viewer() {
        assert!(
            root.text().contains("scripts/build-viewer"),
            "{}",
            root.text()
        );
    }
    for path in [
        "/../Cargo.toml",
        "/%2e%2e/Cargo.toml",
        "/%2E%2E%2FCargo.toml",
        "/..%2fCargo.toml",
        "//etc/passwd",
        "/etc/passwd",
        "/Cargo.toml",
        "/src/lib.rs",
        "/./index.html/../../Cargo.toml",
    ] {
        let r = get(&server, path, None).await;
        assert!(r.status == 404 || r.status == 400, "{path}: {}", r.status);
        let text = r.text();
        assert!(
            !text.contains("[package]") && !text.contains("root:"),
            "{path} leaked: {text}"
        );
    }
    server.stop().await;
    handle.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_known_host_names_are_answered_and_headers_are_set() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = engine(dir.path(), 0).await;
    let mut cfg = config(false);
    cfg.extra_hosts = vec!["seeder.lan".into()];
    let server = serve(&handle, cfg, None).await;
    let addr = server.local_addr();
    let port = addr.port();
    for host in [
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        format!("[::1]:{port}"),
        "seeder.lan".into(),
    ] {
        let r = send(addr, Req::get("/api/health").host(&host))
            .await
            .expect("answer");
        assert_eq!(r.status, 200, "{host}");
    }
    for host in [
        format!("evil.example:{port}"),
        format!("localhost:{}", port.wrapping_add(1)),
        "localhost".into(),
    ] {
        let r = send(addr, Req::get("/api/health").host(&host))
            .await
            .expect("answer");
        assert_eq!(r.status, 421, "{host}");
        assert!(r.error().contains("host"));
        let page = send(addr, Req::get("/").host(&host)).await.expect("answer");
        assert_eq!(page.status, 421, "the page too, for {host}");
    }

    for path in ["/", "/api/health", "/api/state"] {
        let r = get(&server, path, None).await;
        let csp = r.header("content-security-policy").unwrap_or_default();
        for part in [
            "default-src 'self'",
            "script-src 'self' 'wasm-unsafe-eval'",
            "frame-ancestors 'none'",
        ] {
            assert!(csp.contains(part), "{path}: CSP {csp:?} lacks {part}");
        }
        assert_eq!(r.header("x-frame-options"), Some("DENY"), "{path}");
        assert_eq!(
            r.header("x-content-type-options"),
            Some("nosniff"),
            "{path}"
        );
        assert!(r.header("referrer-policy").is_some(), "{path}");
    }
    assert_eq!(
        get(&server, "/api/health", None)
            .await
            .header("cache-control"),
        Some("no-store")
    );
    server.stop().await;
    handle.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_public_address_without_auth_is_refused_before_binding() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = engine(dir.path(), 0).await;
    let mut cfg = config(false);
    cfg.bind = "0.0.0.0:0".parse().expect("addr");
    cfg.auth_enabled = false;
    let refused =
        dfakeseeder::web::start(cfg, WebContext::new(handle.state.clone(), handle.sender()))
            .await
            .err()
            .expect("refused");
    assert!(
        refused.contains("0.0.0.0:0") && refused.contains("127.0.0.1"),
        "{refused}"
    );
    // Loopback without auth is fine, and then nothing asks for a token.
    let mut open = config(false);
    open.auth_enabled = false;
    let server = serve(&handle, open, None).await;
    assert_eq!(get(&server, "/api/state", None).await.status, 200);
    assert_eq!(
        get(&server, "/api/auth", None).await.json(),
        serde_json::json!({"auth_required": false, "authenticated": true})
    );
    server.stop().await;
    handle.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_send_the_state_at_once_then_changes_at_most_once_a_second() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = engine(dir.path(), 2).await;
    let server = serve(&handle, config(false), None).await;
    let hash = first_hash(&handle);
    let mut events = Events::open(server.local_addr(), TOKEN)
        .await
        .expect("open");
    let (kind, data) = events
        .next(Duration::from_secs(5))
        .await
        .expect("first event");
    assert_eq!(kind, "state");
    let first: AppState = serde_json::from_str(&data).expect("AppState");
    assert_eq!(first.torrents.len(), 2);
    assert!(!first.torrent(&hash).is_some_and(|t| t.is_paused()));

    handle.send(dfakeseeder::state::Command::Pause(vec![hash.clone()]));
    let mut got = None;
    let started = Instant::now();
    let mut arrivals = Vec::new();
    while started.elapsed() < Duration::from_secs(8) {
        let (_, data) = events
            .next(Duration::from_secs(5))
            .await
            .expect("a later event");
        arrivals.push(Instant::now());
        let state: AppState = serde_json::from_str(&data).expect("AppState");
        assert!(state.revision > first.revision);
        if state.torrent(&hash).is_some_and(|t| t.is_paused()) {
            got = Some(state);
            break;
        }
    }
    assert!(got.is_some(), "the pause was pushed");
    // The engine changes the state every tick; the stream still waits a second between sends.
    let (_, _) = events.next(Duration::from_secs(5)).await.expect("next");
    arrivals.push(Instant::now());
    for pair in arrivals.windows(2) {
        let gap = pair[1] - pair[0];
        assert!(
            gap >= Duration::from_millis(900),
            "two events {gap:?} apart"
        );
    }
    // Streams are bounded: with the most open, one more is refused.
    let mut open = Vec::new();
    for _ in 1..32 {
        let mut e = Events::open(server.local_addr(), TOKEN)
            .await
            .expect("open");
        e.next(Duration::from_secs(5)).await.expect("first event");
        open.push(e);
    }
    let refused = get(&server, "/api/events", Some(TOKEN)).await;
    assert_eq!(refused.status, 503);
    assert!(refused.error().contains("32"));
    drop(open);
    // Stopping the server ends the stream.
    server.stop().await;
    let end = events.next(Duration::from_secs(5)).await;
    assert!(end.is_err(), "{end:?}");
    handle.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn https_with_a_self_signed_certificate() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = engine(dir.path(), 1).await;
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).expect("cert");
    let cert_path = dir.path().join("cert.pem");
    let key_path = dir.path().join("key.pem");
    std::fs::write(&cert_path, cert.cert.pem()).expect("write cert");
    std::fs::write(&key_path, cert.signing_key.serialize_pem()).expect("write key");
    let mut cfg = config(false);
    cfg.tls = Some(dfakeseeder::web::TlsFiles {
        cert: cert_path.clone(),
        key: key_path.clone(),
    });
    let server = serve(&handle, cfg.clone(), None).await;
    assert!(
        server.url().starts_with("https://127.0.0.1:"),
        "{}",
        server.url()
    );
    let addr: SocketAddr = server.local_addr();
    let der = cert.cert.der().to_vec();
    let host = format!("localhost:{}", addr.port());
    let health = support::web::send_tls(
        addr,
        der.clone(),
        "localhost",
        Req::get("/api/health").host(&host),
    )
    .await
    .expect("TLS answer");
    assert_eq!(health.status, 200);
    let login = support::web::send_tls(
        addr,
        der.clone(),
        "localhost",
        Req::post("/api/login", format!(r#"{{"token":"{TOKEN}"}}"#))
            .json_body()
            .host(&host),
    )
    .await
    .expect("login");
    assert!(
        login
            .header("set-cookie")
            .is_some_and(|c| c.contains("; Secure")),
        "{:?}",
        login.headers
    );
    // Plain HTTP on the TLS port gets nothing useful.
    let plain = send(addr, Req::get("/api/health")).await;
    assert!(plain.map(|r| r.status != 200).unwrap_or(true));
    server.stop().await;

    // A broken key file is refused with its name.
    std::fs::write(&key_path, "not a key").expect("write");
    let why = dfakeseeder::web::start(cfg, WebContext::new(handle.state.clone(), handle.sender()))
        .await
        .err()
        .expect("refused");
    assert!(why.contains("key.pem"), "{why}");
    handle.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_supervisor_follows_the_settings_and_restarts_on_change() {
    let dir = tempfile::tempdir().expect("dir");
    let handle = engine(dir.path(), 1).await;
    let ctx = WebContext::new(handle.state.clone(), handle.sender());
    let supervisor =
        dfakeseeder::web::supervise(ctx, handle.settings(), dfakeseeder::web::Mode::Window, None);
    let first = support::ports::free_port().expect("port");
    let second = support::ports::free_port().expect("port");
    let health = |port: u16| async move {
        let addr: SocketAddr = ([127, 0, 0, 1], port).into();
        send(addr, Req::get("/api/health")).await.map(|r| r.status)
    };
    assert!(health(first).await.is_err(), "off by default in the window");

    let mut s = snapshot(&handle).settings;
    s.webui.enabled = true;
    s.webui.port = first;
    s.webui.token = TOKEN.into();
    handle.send(dfakeseeder::state::Command::UpdateSettings(Box::new(
        s.clone(),
    )));
    let up = wait_port(first).await;
    assert_eq!(up, Ok(200));
    let addr: SocketAddr = ([127, 0, 0, 1], first).into();
    assert_eq!(
        send(addr, Req::get("/api/state").bearer(TOKEN))
            .await
            .map(|r| r.status),
        Ok(200)
    );

    // A new port, and the token emptied (Rotate): a new one is made.
    s.webui.port = second;
    s.webui.token.clear();
    handle.send(dfakeseeder::state::Command::UpdateSettings(Box::new(
        s.clone(),
    )));
    assert_eq!(wait_port(second).await, Ok(200));
    let token = snapshot(&handle).settings.webui.token;
    assert!(
        token.len() == 64 && token != TOKEN,
        "a new token: {token:?}"
    );
    s.webui.token = token;
    assert!(health(first).await.is_err(), "the old port is closed");
    let events = snapshot(&handle).events;
    assert!(
        events
            .iter()
            .any(|e| e.message.contains(&format!(":{second}/"))),
        "{events:?}"
    );

    s.webui.enabled = false;
    handle.send(dfakeseeder::state::Command::UpdateSettings(Box::new(s)));
    let deadline = Instant::now() + Duration::from_secs(10);
    while health(second).await.is_ok() {
        assert!(Instant::now() < deadline, "the server did not stop");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    handle.shutdown().await;
    tokio::time::timeout(Duration::from_secs(10), supervisor)
        .await
        .expect("the supervisor ends with the engine")
        .expect("no panic");
}

async fn wait_port(port: u16) -> Result<u16, String> {
    let addr: SocketAddr = ([127, 0, 0, 1], port).into();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        match send(addr, Req::get("/api/health")).await {
            Ok(r) => return Ok(r.status),
            Err(e) if Instant::now() > deadline => return Err(e),
            Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
}
