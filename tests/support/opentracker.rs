//! A real opentracker (Debian package) on a free loopback port, HTTP and UDP.
//!
//! Debian builds it with a whitelist: only the info-hashes given to `start` are accepted, others get
//! "Requested download is not authorized". Peers of a hash are read from `/stats?mode=top100`, whose
//! format (as this build prints it) is
//! `Top 100 torrents by peers:\n\t<peers>\t<HEX>\n...Top 100 torrents by seeds:\n\t<seeds>\t<HEX>\n`:
//! "peers" counts seeds and leechers together, and a hash without seeds is missing from the second list.
//! Note `mode=tpbs` never answers in this build.
//!
//! Pitfalls met on the way: a "stopped" announce is answered without looking at the whitelist (so it
//! cannot prove the list is loaded); the list is read once, by a thread racing the chroot; and
//! opentracker binds with SO_REUSEPORT, so two instances on one port would silently share it (ports
//! come from `free_port`, whose plain bind fails on a port a running opentracker holds).

use std::collections::HashMap;
use std::os::unix::fs::PermissionsExt;
use std::process::Command;

use tempfile::TempDir;

use super::http::{self, Response};
use super::ports::free_port;
use super::process::Proc;
use super::{hex20, parse_hex20};

/// Seeds and leechers of one info-hash as a tracker counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SwarmCount {
    pub seeders: u32,
    pub leechers: u32,
}

pub struct OpenTracker {
    // Field order matters: the process is killed before its directory is removed.
    proc: Proc,
    port: u16,
    _dir: TempDir,
}

/// Peer_id of the readiness probe.
const PROBE_PEER_ID: &[u8; 20] = b"-HARNESS-probe-00000";

impl OpenTracker {
    /// Starts opentracker accepting exactly `whitelist`, and waits until it serves them.
    pub fn start(whitelist: &[[u8; 20]]) -> Result<OpenTracker, String> {
        let mut last = String::new();
        // A port can be taken between picking and binding: retry with another.
        for _ in 0..3 {
            match Self::start_once(whitelist) {
                Ok(t) => return Ok(t),
                Err(e) => last = e,
            }
        }
        Err(last)
    }

    fn start_once(whitelist: &[[u8; 20]]) -> Result<OpenTracker, String> {
        let dir = tempfile::Builder::new()
            .prefix("dfs-opentracker-")
            .tempdir()
            .map_err(|e| format!("temp dir: {e}"))?;
        // As root it chroots into the dir and drops to `nobody`, who must still read the whitelist.
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755))
            .map_err(|e| e.to_string())?;
        let list: String = whitelist.iter().map(|h| hex20(h) + "\n").collect();
        let list_path = dir.path().join("whitelist.txt");
        write_file(&list_path, &list)?;
        // opentracker reads the whitelist in a thread that races with its chroot into the rootdir, and
        // reads it only once: the same absolute path must work before and after the chroot. So the list
        // is also written at <rootdir>/<rootdir>/whitelist.txt.
        let rel = list_path
            .strip_prefix("/")
            .map_err(|_| format!("temp dir {} is not absolute", dir.path().display()))?;
        let mirrored = dir.path().join(rel);
        if let Some(parent) = mirrored.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("create {}: {e}", parent.display()))?;
            let mut d = parent;
            while d != dir.path() {
                std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o755))
                    .map_err(|e| e.to_string())?;
                d = d.parent().ok_or("mirrored whitelist outside the rootdir")?;
            }
        }
        write_file(&mirrored, &list)?;
        let port = free_port()?;
        let conf = format!(
            "listen.tcp_udp 127.0.0.1:{port}\naccess.whitelist {}\ntracker.rootdir {}\n\
             tracker.user nobody\naccess.stats 127.0.0.1\n",
            list_path.display(),
            dir.path().display()
        );
        let conf_path = dir.path().join("opentracker.conf");
        write_file(&conf_path, &conf)?;
        let mut cmd = Command::new("opentracker");
        cmd.arg("-f").arg(&conf_path);
        let proc = Proc::spawn("opentracker", cmd, dir.path())?;
        let mut t = OpenTracker {
            proc,
            port,
            _dir: dir,
        };
        let probe_hash = whitelist.first().copied();
        t.proc.wait_ready(|_| match probe_hash {
            Some(h) => whitelist_in_force(port, &h),
            None => Ok(http::get(port, "/stats?mode=torr")?.status == 200),
        })?;
        Ok(t)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn pid(&self) -> u32 {
        self.proc.id()
    }

    pub fn http_announce_url(&self) -> String {
        format!("http://127.0.0.1:{}/announce", self.port)
    }

    pub fn udp_announce_url(&self) -> String {
        format!("udp://127.0.0.1:{}/announce", self.port)
    }

    /// Any GET on the tracker's port (e.g. a hand-made announce or scrape).
    pub fn get(&self, path_and_query: &str) -> Result<Response, String> {
        http::get(self.port, path_and_query)
    }

    /// The text of `/stats?mode=MODE` (peer, torr, top100, udp4, tcp4, scrp, completed, ...).
    pub fn stats(&self, mode: &str) -> Result<String, String> {
        let r = self.get(&format!("/stats?mode={mode}"))?;
        if r.status != 200 {
            return Err(format!(
                "stats mode={mode}: HTTP {}: {}",
                r.status,
                r.body_text()
            ));
        }
        Ok(r.body_text())
    }

    pub fn top100(&self) -> Result<String, String> {
        self.stats("top100")
    }

    /// Seeds and leechers of `info_hash` from top100; zero when the tracker has no peer for it.
    pub fn swarm(&self, info_hash: &[u8; 20]) -> Result<SwarmCount, String> {
        Ok(parse_top100(&self.top100()?)?
            .get(info_hash)
            .copied()
            .unwrap_or_default())
    }
}

/// Whether `hash` is accepted: a probe peer announces and leaves again. (A "stopped" announce alone
/// proves nothing: opentracker answers it without looking at the whitelist.)
fn whitelist_in_force(port: u16, hash: &[u8; 20]) -> Result<bool, String> {
    let r = http::get(
        port,
        &http::announce_path(hash, PROBE_PEER_ID, 1, 1, Some("started")),
    )?;
    let body = r.body_text();
    if r.status != 200 || body.contains("failure reason") {
        return Err(format!("probe announce: HTTP {} {body}", r.status));
    }
    let r = http::get(
        port,
        &http::announce_path(hash, PROBE_PEER_ID, 1, 1, Some("stopped")),
    )?;
    Ok(r.status == 200)
}

/// Parses `mode=top100` into counts per info-hash.
pub fn parse_top100(text: &str) -> Result<HashMap<[u8; 20], SwarmCount>, String> {
    #[derive(PartialEq)]
    enum Section {
        None,
        Peers,
        Seeds,
    }
    let mut section = Section::None;
    let mut peers: HashMap<[u8; 20], u32> = HashMap::new();
    let mut seeds: HashMap<[u8; 20], u32> = HashMap::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if line.starts_with("Top 100 torrents by peers") {
            section = Section::Peers;
            continue;
        }
        if line.starts_with("Top 100 torrents by seeds") {
            section = Section::Seeds;
            continue;
        }
        let mut parts = line.split_whitespace();
        let (Some(count), Some(hash), None) = (parts.next(), parts.next(), parts.next()) else {
            return Err(format!("unexpected top100 line {line:?}"));
        };
        let count: u32 = count
            .parse()
            .map_err(|_| format!("bad count in top100 line {line:?}"))?;
        let hash = parse_hex20(hash)?;
        match section {
            Section::Peers => peers.insert(hash, count),
            Section::Seeds => seeds.insert(hash, count),
            Section::None => return Err(format!("top100 line before any header: {line:?}")),
        };
    }
    let mut out = HashMap::new();
    for (hash, total) in peers {
        let s = seeds.get(&hash).copied().unwrap_or(0);
        out.insert(
            hash,
            SwarmCount {
                seeders: s,
                leechers: total.saturating_sub(s),
            },
        );
    }
    Ok(out)
}

fn write_file(path: &std::path::Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("write {}: {e}", path.display()))?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644))
        .map_err(|e| e.to_string())
}
