//! 10 000 peer connections opened and closed against the listener: heap, threads and
//! descriptors back to where they were.

use super::measure::{Tolerance, check_flat, sample};
use super::support::engine::snapshot;
use super::support::listening::seeding;
use super::support::torrent::TestTorrent;
use std::io::Write;
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// What lives on between two idle moments: the listener's accept backlog state and the
/// connection board's map table, whose capacity is kept. A leak of 16 B per connection would
/// be 160 KiB.
const TOLERANCE: Tolerance = Tolerance {
    bytes: 32 * 1024,
    allocations: 50,
};

pub fn connections() -> Result<String, String> {
    let torrent = TestTorrent::new("peers.bin", 1 << 20, 256 * 1024);
    let app = seeding("qbittorrent-4.5.2", &torrent);
    // Half say nothing, half send a cut handshake for our torrent: both paths end in a close.
    let mut hello = vec![19];
    hello.extend_from_slice(b"BitTorrent protocol");
    hello.extend_from_slice(&[0; 8]);
    hello.extend_from_slice(&torrent.info_hash);
    let churn = |n: usize| -> Result<(), String> {
        for i in 0..n {
            let mut s = TcpStream::connect(("127.0.0.1", app.port))
                .map_err(|e| format!("connection {i}: {e}"))?;
            if i % 2 == 1 {
                let _ = s.write_all(&hello);
            }
        }
        Ok(())
    };
    let tasks = app.runtime.metrics().num_alive_tasks();
    let idle = || -> Result<(), String> {
        let deadline = Instant::now() + Duration::from_secs(20);
        while !snapshot(&app.handle).incoming.is_empty() {
            if Instant::now() > deadline {
                return Err("connections still open 20 s after the last one closed".into());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        // Every session's task has ended and been freed.
        while app.runtime.metrics().num_alive_tasks() > tasks {
            if Instant::now() > deadline {
                return Err(format!(
                    "{} tasks alive after the connections closed, {tasks} before",
                    app.runtime.metrics().num_alive_tasks()
                ));
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        Ok(())
    };
    let mut samples = Vec::with_capacity(5);
    // Warm-up at the same burst size, so tokio's I/O and task slabs reach their peak first.
    churn(2000)?;
    idle()?;
    samples.push(sample());
    for _ in 0..4 {
        churn(2000)?;
        idle()?;
        samples.push(sample());
    }
    app.stop();
    check_flat(
        "10 000 peer connections (4 × 2 000 after 2 000 warm-up)",
        &samples,
        0,
        0,
        TOLERANCE,
    )
}
