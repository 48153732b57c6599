//! Announce throughput: 10 000 torrents announced to a real opentracker on loopback (HTTP, then
//! UDP) through the live client and the engine. Prints announces per second and the process's
//! RSS; the figures go into docs/PERFORMANCE.md. Run: `cargo bench --bench announce`.

#[path = "../tests/support/mod.rs"]
mod support;

use dfakeseeder::engine::tracker::live::live_client;
use dfakeseeder::engine::{self, EngineOptions};
use dfakeseeder::settings::Settings;
use dfakeseeder::state::{Command, TorrentSource, TrackerStatus};
use std::sync::Arc;
use std::time::{Duration, Instant};
use support::tracked::Tracked;

const TORRENTS: usize = 10_000;

fn rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib: f64 = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0);
    kib / 1024.0
}

fn run(udp: bool) -> Result<(), String> {
    let set = Tracked::start("b", TORRENTS)?;
    let ot = &set.tracker;
    let url = if udp {
        ot.udp_announce_url()
    } else {
        ot.http_announce_url()
    };
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let settings = Settings::default();
    let (client, policy, _) = live_client(dir.path(), &settings)?;
    let mut options = EngineOptions::new(dir.path().to_path_buf(), settings);
    options.tracker_client = Some(Arc::new(client));
    options.tier_policy = policy;
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    let handle = {
        let _enter = runtime.enter();
        engine::spawn(options)
    };
    let files = set.files(&url)?;
    let rss_before = rss_mib();
    let start = Instant::now();
    for (i, data) in files.into_iter().enumerate() {
        handle.send(Command::AddTorrent(TorrentSource::Bytes {
            name: format!("b{i}"),
            data,
        }));
    }
    let mut added_at = None;
    loop {
        let (added, working) = {
            let s = handle.state.read().map_err(|_| "poisoned")?;
            let working = s
                .torrents
                .iter()
                .filter(|t| {
                    t.trackers
                        .first()
                        .is_some_and(|v| v.status == TrackerStatus::Working)
                })
                .count();
            (s.torrents.len(), working)
        };
        if added == TORRENTS && added_at.is_none() {
            added_at = Some(start.elapsed());
        }
        if working == TORRENTS {
            break;
        }
        if start.elapsed() > Duration::from_secs(600) {
            return Err(format!(
                "only {working} of {TORRENTS} announced in 10 minutes"
            ));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let all = start.elapsed();
    let kind = if udp { "UDP" } else { "HTTP" };
    println!(
        "{kind}: {TORRENTS} torrents added in {:.2} s; all announced (started) after {:.2} s; RSS {:.1} MiB (was {:.1})",
        added_at.unwrap_or(all).as_secs_f64(),
        all.as_secs_f64(),
        rss_mib(),
        rss_before
    );
    // Announce throughput alone: every torrent announces again at once.
    let (hashes, now_ms) = {
        let s = handle.state.read().map_err(|_| "poisoned")?;
        (
            s.torrents
                .iter()
                .map(|t| t.info_hash.clone())
                .collect::<Vec<_>>(),
            s.now_ms,
        )
    };
    let forced = Instant::now();
    handle.send(Command::ForceAnnounce {
        info_hashes: hashes,
        ignore_min_interval: true,
    });
    loop {
        let done = {
            let s = handle.state.read().map_err(|_| "poisoned")?;
            s.torrents
                .iter()
                .filter(|t| {
                    // Answered: a failed announce also sets `last_announce_ms`.
                    t.trackers.first().is_some_and(|v| {
                        v.status == TrackerStatus::Working
                            && v.last_announce_ms.is_some_and(|at| at > now_ms)
                    })
                })
                .count()
        };
        if done == TORRENTS {
            break;
        }
        if forced.elapsed() > Duration::from_secs(600) {
            return Err(format!("only {done} re-announced"));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let secs = forced.elapsed().as_secs_f64();
    println!(
        "{kind}: {TORRENTS} forced announces in {secs:.2} s: {:.0} announces/s; RSS {:.1} MiB",
        TORRENTS as f64 / secs,
        rss_mib()
    );
    runtime.block_on(handle.shutdown());
    Ok(())
}

fn main() {
    for udp in [false, true] {
        if let Err(e) = run(udp) {
            eprintln!("bench failed: {e}");
            std::process::exit(1);
        }
    }
}
