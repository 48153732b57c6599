//! The web API's whole-state answer with 1 000 and 10 000 torrents: `GET /api/state` over
//! loopback, mean of 20 requests after 3 warm-up ones, with the state changed before each request
//! (serialised again under the read lock) and unchanged (the cached JSON of that revision), and
//! how long the read lock is held per serialisation. Run: `cargo bench --bench web_state`;
//! figures go into docs/PERFORMANCE.md.

mod common;

use common::state;
use dfakeseeder::web::{WebConfig, WebContext};
use std::net::SocketAddr;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const TOKEN: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

async fn get_state(addr: SocketAddr) -> usize {
    let mut s = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let req = format!(
        "GET /api/state HTTP/1.0\r\nHost: 127.0.0.1:{}\r\nAuthorization: Bearer {TOKEN}\r\n\r\n",
        addr.port()
    );
    s.write_all(req.as_bytes()).await.expect("send");
    let mut body = Vec::new();
    s.read_to_end(&mut body).await.expect("read");
    assert!(body.starts_with(b"HTTP/1.0 200"), "not 200");
    body.len()
}

fn measure(rt: &tokio::runtime::Runtime, n: usize) {
    let shared = Arc::new(RwLock::new(state(n)));
    let (tx, _rx) = tokio::sync::mpsc::unbounded_channel();
    let mut web = dfakeseeder::settings::Settings::default().webui;
    web.token = TOKEN.into();
    let config =
        WebConfig::from_settings(&web, Some("127.0.0.1:0".parse().expect("addr"))).expect("config");
    let server = rt
        .block_on(dfakeseeder::web::start(
            config,
            WebContext::new(shared.clone(), tx),
        ))
        .expect("server");
    let addr = server.local_addr();
    for _ in 0..3 {
        rt.block_on(get_state(addr));
    }
    let runs = 20;
    let mut changed = Duration::ZERO;
    let mut bytes = 0;
    for _ in 0..runs {
        if let Ok(mut s) = shared.write() {
            s.revision += 1;
        }
        let started = Instant::now();
        bytes = rt.block_on(get_state(addr));
        changed += started.elapsed();
    }
    let changed = changed / runs;
    let started = Instant::now();
    for _ in 0..runs {
        rt.block_on(get_state(addr));
    }
    let cached = started.elapsed() / runs;
    // The lock is held only while serialising: time that alone.
    let started = Instant::now();
    for _ in 0..runs {
        let guard = shared.read().expect("lock");
        let json = serde_json::to_string(&*guard).expect("json");
        std::hint::black_box(json);
    }
    let locked = started.elapsed() / runs;
    println!(
        "{n:>6} torrents, {:>5.2} MiB: GET /api/state {:>6.2} ms changed, {:>6.2} ms unchanged; \
         read lock held {:>6.2} ms per serialisation",
        bytes as f64 / (1024.0 * 1024.0),
        ms(changed),
        ms(cached),
        ms(locked)
    );
    rt.block_on(server.stop());
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    for n in [1_000, 10_000] {
        measure(&rt, n);
    }
}
