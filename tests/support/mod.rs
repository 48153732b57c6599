//! Test-side harnesses that run real programs on loopback: trackers (opentracker, webtorrent's
//! bittorrent-tracker), a real libtorrent leecher, and hand-made traffic helpers.
//!
//! Include from an integration test with `mod support;`. Every helper picks free loopback ports, waits
//! until its program answers and kills it on Drop. A missing program is an `Err` that says to run
//! `scripts/install-test-deps`: tests fail with that message rather than skip silently.
//! The helpers block; from an async test call them through `tokio::task::spawn_blocking`.
// Each test binary uses only part of the support code.
#![allow(dead_code)]

pub mod bencode;
pub mod bittorrent_tracker;
pub mod blocking_tracker;
pub mod engine;
pub mod fake_tracker;
pub mod http;
pub mod leecher;
pub mod listening;
pub mod mini_seed;
pub mod opentracker;
pub mod ports;
pub mod process;
pub mod synthetic;
pub mod torrent;
pub mod tracked;
pub mod udp;
pub mod ui;
pub mod web;

use std::path::PathBuf;

/// The hint every "program missing" error carries.
pub const INSTALL_HINT: &str =
    "run `scripts/install-test-deps` (as root or with sudo) to install the test programs";

/// A path inside the repository (the crate root), e.g. `repo_path("tests/support/leecher.py")`.
pub fn repo_path(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// A file under `tests/fixtures/`, e.g. `fixture("captures/x.http")`.
pub fn fixture(rel: &str) -> PathBuf {
    repo_path("tests/fixtures").join(rel)
}

/// A torrent from `tests/fixtures/torrents/`.
pub fn fixture_torrent(name: &str) -> PathBuf {
    fixture("torrents").join(name)
}

/// Lowercase hex of an info-hash or peer_id.
pub fn hex20(bytes: &[u8; 20]) -> String {
    hex::encode(bytes)
}

/// Parses 40 hex digits into 20 bytes.
pub fn parse_hex20(s: &str) -> Result<[u8; 20], String> {
    let mut out = [0u8; 20];
    hex::decode_to_slice(s.trim(), &mut out).map_err(|e| format!("bad 40-hex value {s:?}: {e}"))?;
    Ok(out)
}
