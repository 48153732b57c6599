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
    let idle = || -> Result<(), String> {
        let deadline = Instant::now() + Duration::from_secs(20);
        while !snapshot(&app.handle).incoming.is_empty() {
            if Instant::now() > deadline {
                return Err("connections still open 20 s after the last one closed".into());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        // The sessions' tasks end right after they leave the board.
        std::thread::sleep(Duration::from_millis(100));
        Ok(())
    };
    let mut samples = Vec::with_capacity(6);
    churn(1000)?;
    idle()?;
    samples.push(sample());
    for _ in 0..5 {
        churn(2000)?;
        idle()?;
        samples.push(sample());
    }
    app.stop();
    check_flat(
        "10 000 peer connections (5 × 2 000 after 1 000 warm-up)",
        &samples,
        0,
        0,
        TOLERANCE,
    )
}
