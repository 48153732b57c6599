//! 10 000 garbage connections against the peer listener: it keeps serving and memory stays
//! flat. Its own test binary, so no other test's allocations blur the memory figure.

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};
use support::engine::snapshot;
use support::listening::seeding;
use support::torrent::TestTorrent;
/// This process's resident memory, KiB.
fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

#[test]
fn garbage_connections_leave_the_listener_serving_and_memory_flat() {
    let torrent = TestTorrent::new("garbage.bin", 1 << 20, 256 * 1024);
    let app = seeding("transmission-3.00", &torrent);
    let junk: [&[u8]; 4] = [
        b"",
        b"GET / HTTP/1.1\r\n\r\n",
        &[0xff; 200],
        b"\x13BitTorrent protocol\0\0\0\0\0\0\0\0short",
    ];
    let churn = |n: usize| {
        for i in 0..n {
            let Ok(mut s) = TcpStream::connect(("127.0.0.1", app.port)) else {
                continue;
            };
            let _ = s.write_all(junk[i % junk.len()]);
        }
    };
    // Warm up (allocator pools, task slabs), then 10 000 more must not grow memory.
    churn(1000);
    std::thread::sleep(Duration::from_millis(500));
    let before = rss_kib();
    churn(10_000);
    let deadline = Instant::now() + Duration::from_secs(20);
    while !snapshot(&app.handle).incoming.is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    let after = rss_kib();
    eprintln!("RSS before {before} KiB, after {after} KiB");
    // A leak of even 1 KiB per connection would show as 10 MiB.
    assert!(
        after < before + 8 * 1024,
        "RSS grew from {before} KiB to {after} KiB over 10 000 connections"
    );
    assert!(
        snapshot(&app.handle).incoming.is_empty(),
        "every garbage connection is gone"
    );
    // A real handshake still gets Transmission's answer.
    let mut s = TcpStream::connect(("127.0.0.1", app.port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(5)))
        .expect("timeout");
    let mut hello = vec![19];
    hello.extend_from_slice(b"BitTorrent protocol");
    hello.extend_from_slice(&[0, 0, 0, 0, 0, 0x10, 0, 0x04]);
    hello.extend_from_slice(&torrent.info_hash);
    hello.extend_from_slice(b"-qB4520-abcdefghijkl");
    s.write_all(&hello).expect("send");
    let mut answer = [0u8; 68];
    s.read_exact(&mut answer).expect("handshake answer");
    assert_eq!(
        &answer[20..28],
        &[0, 0, 0, 0, 0, 0x10, 0, 0x04],
        "Transmission's reserved bytes"
    );
    assert_eq!(&answer[28..48], &torrent.info_hash);
    assert!(answer[48..56].starts_with(b"-TR3000-"));
    app.stop();
}
