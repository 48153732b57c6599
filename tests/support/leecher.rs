//! A real BitTorrent client as a test oracle: `tests/support/leecher.py`, a libtorrent 2.0 leecher run
//! by Debian's `/usr/bin/python3` (python3-libtorrent). It adds a torrent (or magnet) with no data, dials
//! only 127.0.0.1:PORT and reports what libtorrent saw of that peer.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use serde::Deserialize;
use tempfile::TempDir;

use super::process::Proc;
use super::{INSTALL_HINT, repo_path};

const PYTHON: &str = "/usr/bin/python3";
/// Beyond its own run time the script needs to import libtorrent and shut the session down.
const GRACE: Duration = Duration::from_secs(30);

/// Ends a run early once reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Until {
    /// The peer's BitTorrent handshake was received.
    Handshake,
    /// The torrent's metadata arrived from the peer (magnet links).
    Metadata,
    /// The peer announced all pieces.
    Seed,
}

impl Until {
    fn arg(self) -> &'static str {
        match self {
            Until::Handshake => "handshake",
            Until::Metadata => "metadata",
            Until::Seed => "seed",
        }
    }
}

/// What libtorrent observed of the peer over the whole run.
#[derive(Debug, Clone, Deserialize)]
pub struct LeecherReport {
    pub libtorrent: String,
    pub info_hash: String,
    pub elapsed_s: f64,
    /// The peer's 68-byte handshake was received and accepted (right info-hash).
    pub handshake: bool,
    /// libtorrent's name for the peer (`peer_info.client`): from the extension handshake `v`, or the peer_id.
    pub client: Option<String>,
    pub peer_id_hex: Option<String>,
    /// The peer has (announced) every piece.
    pub is_seed: bool,
    /// Most pieces the peer was seen to have.
    pub pieces: u32,
    /// Pieces in the torrent, once libtorrent has the metadata.
    pub torrent_pieces: Option<u32>,
    pub supports_extensions: bool,
    /// The peer's 8 reserved handshake bytes as 16 hex digits.
    pub reserved_hex: Option<String>,
    /// The peer's BEP 10 extension handshake as libtorrent's log prints it.
    pub extended_handshake: Option<String>,
    pub metadata_received: bool,
    pub until_met: bool,
    /// Peer and torrent errors (refused connections, protocol errors, ...), latest last.
    pub errors: Vec<String>,
    /// Other alerts, for diagnosis.
    pub events: Vec<serde_json::Value>,
}

pub struct Leecher;

impl Leecher {
    /// Runs the leecher for `secs` seconds against 127.0.0.1:`peer_port`. `source` is a .torrent path or
    /// a magnet link. Blocks for the whole run.
    pub fn run(source: &str, peer_port: u16, secs: f64) -> Result<LeecherReport, String> {
        Self::start(source, peer_port, secs, None)?.finish()
    }

    /// Like `run`, but returns as soon as `until` holds (at most `secs` seconds).
    pub fn run_until(
        source: &str,
        peer_port: u16,
        secs: f64,
        until: Until,
    ) -> Result<LeecherReport, String> {
        Self::start(source, peer_port, secs, Some(until))?.finish()
    }

    /// Starts the leecher in the background; collect the report with `finish`.
    pub fn start(
        source: &str,
        peer_port: u16,
        secs: f64,
        until: Option<Until>,
    ) -> Result<RunningLeecher, String> {
        if !Path::new(PYTHON).is_file() {
            return Err(format!("{PYTHON} missing; {INSTALL_HINT}"));
        }
        if !(secs > 0.0 && secs.is_finite()) {
            return Err(format!("bad run time {secs}"));
        }
        let dir = tempfile::Builder::new()
            .prefix("dfs-leecher-")
            .tempdir()
            .map_err(|e| format!("temp dir: {e}"))?;
        let save = dir.path().join("data");
        let mut cmd = Command::new(PYTHON);
        cmd.arg(repo_path("tests/support/leecher.py"))
            .arg(source)
            .arg(peer_port.to_string())
            .arg("--secs")
            .arg(secs.to_string())
            .arg("--save-path")
            .arg(&save);
        if let Some(u) = until {
            cmd.arg("--until").arg(u.arg());
        }
        let proc = Proc::spawn("leecher", cmd, dir.path())?;
        Ok(RunningLeecher {
            proc,
            limit: Duration::from_secs_f64(secs) + GRACE,
            _dir: dir,
        })
    }
}

pub struct RunningLeecher {
    // Killed before its directory is removed.
    proc: Proc,
    limit: Duration,
    _dir: TempDir,
}

impl RunningLeecher {
    /// Waits for the run to end and parses its report.
    pub fn finish(mut self) -> Result<LeecherReport, String> {
        let status = self.proc.wait_with_limit(self.limit)?;
        let err = self.proc.stderr_text();
        if err.contains("No module named 'libtorrent'") {
            return Err(format!("python3-libtorrent missing; {INSTALL_HINT}"));
        }
        // 0: handshake seen, 3: not seen; anything else is a failure of the script itself.
        if !matches!(status.code(), Some(0) | Some(3)) {
            return Err(format!(
                "leecher failed ({status}): {}",
                self.proc.output_summary()
            ));
        }
        let out = self.proc.stdout_text();
        serde_json::from_str(out.trim())
            .map_err(|e| format!("leecher report is not valid ({e}): {out}"))
    }
}
