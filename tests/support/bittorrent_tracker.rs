//! webtorrent's bittorrent-tracker (npm 11.2.3, installed by `scripts/install-test-deps` into
//! `target/npm`) on a free loopback port, HTTP and UDP, run by `tests/support/bt_tracker.mjs`.
//! It accepts any info-hash. `/stats.json` names each peer's client from its peer_id, and the script's
//! `/harness/swarm` lists the peers of one hash exactly as the tracker recorded them.

use std::path::PathBuf;
use std::process::Command;

use serde::Deserialize;
use tempfile::TempDir;

use super::http;
use super::ports::free_port;
use super::process::Proc;
use super::{INSTALL_HINT, hex20, repo_path};

pub struct BtTracker {
    // Killed before its directory is removed.
    proc: Proc,
    port: u16,
    _dir: TempDir,
}

/// One hash's swarm as bittorrent-tracker holds it.
#[derive(Debug, Clone, Deserialize)]
pub struct BtSwarm {
    pub info_hash: String,
    /// False when the tracker never saw the hash.
    pub known: bool,
    pub complete: u32,
    pub incomplete: u32,
    pub peers: Vec<BtPeer>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct BtPeer {
    /// Lowercase hex of the 20-byte peer_id.
    pub peer_id: String,
    pub ip: String,
    pub port: u16,
    /// Announced with left=0.
    pub complete: bool,
    /// "http" or "udp".
    #[serde(rename = "type")]
    pub kind: String,
    /// Client name from the peer_id (bittorrent-peerid), e.g. "qBittorrent".
    pub client: String,
    pub version: Option<String>,
}

/// The npm packages' folder.
pub fn node_modules() -> PathBuf {
    repo_path("target/npm/node_modules")
}

impl BtTracker {
    pub fn start() -> Result<BtTracker, String> {
        let server = node_modules().join("bittorrent-tracker/server.js");
        if !server.is_file() {
            return Err(format!(
                "bittorrent-tracker not installed ({} missing); {INSTALL_HINT}",
                server.display()
            ));
        }
        let mut last = String::new();
        // A port can be taken between picking and binding: retry with another.
        for _ in 0..3 {
            match Self::start_once() {
                Ok(t) => return Ok(t),
                Err(e) => last = e,
            }
        }
        Err(last)
    }

    fn start_once() -> Result<BtTracker, String> {
        let dir = tempfile::Builder::new()
            .prefix("dfs-bt-tracker-")
            .tempdir()
            .map_err(|e| format!("temp dir: {e}"))?;
        let port = free_port()?;
        let mut cmd = Command::new("node");
        cmd.arg(repo_path("tests/support/bt_tracker.mjs"))
            .arg(port.to_string())
            .arg(node_modules());
        let proc = Proc::spawn("bittorrent-tracker", cmd, dir.path())?;
        let mut t = BtTracker {
            proc,
            port,
            _dir: dir,
        };
        t.proc.wait_ready(|p| {
            if !p.stdout_text().contains("UDP4 LISTENING") {
                return Ok(false);
            }
            let r = http::get(port, "/stats.json")?;
            Ok(r.status == 200 && r.body_text().starts_with('{'))
        })?;
        Ok(t)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn announce_url_http(&self) -> String {
        format!("http://127.0.0.1:{}/announce", self.port)
    }

    pub fn announce_url_udp(&self) -> String {
        format!("udp://127.0.0.1:{}/announce", self.port)
    }

    /// Any GET on the tracker's port (e.g. a hand-made announce).
    pub fn get(&self, path_and_query: &str) -> Result<http::Response, String> {
        http::get(self.port, path_and_query)
    }

    /// `/stats.json`: torrents, peersAll, peersSeederOnly, peersLeecherOnly, clients{name:{version:n}}...
    pub fn stats_json(&self) -> Result<serde_json::Value, String> {
        let r = self.get("/stats.json")?;
        if r.status != 200 {
            return Err(format!("stats.json: HTTP {}: {}", r.status, r.body_text()));
        }
        serde_json::from_slice(&r.body)
            .map_err(|e| format!("stats.json is not JSON ({e}): {}", r.body_text()))
    }

    /// The swarm of `info_hash` with every peer the tracker holds for it.
    pub fn swarm(&self, info_hash: &[u8; 20]) -> Result<BtSwarm, String> {
        let r = self.get(&format!("/harness/swarm?info_hash={}", hex20(info_hash)))?;
        if r.status != 200 {
            return Err(format!(
                "harness/swarm: HTTP {}: {}",
                r.status,
                r.body_text()
            ));
        }
        serde_json::from_slice(&r.body)
            .map_err(|e| format!("harness/swarm ({e}): {}", r.body_text()))
    }

    /// What the process printed so far (warnings and errors go to stderr).
    pub fn output(&self) -> String {
        self.proc.output_summary()
    }
}
