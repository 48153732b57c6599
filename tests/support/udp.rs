//! A hand-made BEP 15 (UDP tracker) client: connect, then announce or scrape. Enough to check that a
//! tracker's UDP side works; the engine has its own implementation.

use std::net::UdpSocket;
use std::time::Duration;

const PROTOCOL_ID: u64 = 0x0417_2710_1980;
const TIMEOUT: Duration = Duration::from_secs(3);
const ATTEMPTS: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    None = 0,
    Completed = 1,
    Started = 2,
    Stopped = 3,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnounceReply {
    pub interval: u32,
    pub leechers: u32,
    pub seeders: u32,
    /// Compact IPv4 peers as "a.b.c.d:port".
    pub peers: Vec<String>,
}

pub struct Announce {
    pub info_hash: [u8; 20],
    pub peer_id: [u8; 20],
    pub port: u16,
    pub left: u64,
    pub event: Event,
}

/// Connects to the tracker on 127.0.0.1:`port` and announces once.
pub fn announce(port: u16, a: &Announce) -> Result<AnnounceReply, String> {
    let sock = open(port)?;
    let conn = connect(&sock)?;
    announce_on(&sock, conn, a)
}

/// One socket and its connection id, reused for many announces while the id is valid
/// (BEP 15: a minute), so each announce is one round trip.
pub struct Session {
    sock: UdpSocket,
    conn: u64,
    since: std::time::Instant,
}

impl Session {
    pub fn open(port: u16) -> Result<Session, String> {
        let sock = open(port)?;
        let conn = connect(&sock)?;
        Ok(Session {
            sock,
            conn,
            since: std::time::Instant::now(),
        })
    }

    pub fn announce(&mut self, a: &Announce) -> Result<AnnounceReply, String> {
        if self.since.elapsed() > Duration::from_secs(50) {
            self.conn = connect(&self.sock)?;
            self.since = std::time::Instant::now();
        }
        announce_on(&self.sock, self.conn, a)
    }
}

fn announce_on(sock: &UdpSocket, conn: u64, a: &Announce) -> Result<AnnounceReply, String> {
    let tid = transaction_id();
    let mut req = Vec::with_capacity(98);
    req.extend_from_slice(&conn.to_be_bytes());
    req.extend_from_slice(&1u32.to_be_bytes());
    req.extend_from_slice(&tid.to_be_bytes());
    req.extend_from_slice(&a.info_hash);
    req.extend_from_slice(&a.peer_id);
    req.extend_from_slice(&0u64.to_be_bytes()); // downloaded
    req.extend_from_slice(&a.left.to_be_bytes());
    req.extend_from_slice(&0u64.to_be_bytes()); // uploaded
    req.extend_from_slice(&(a.event as u32).to_be_bytes());
    req.extend_from_slice(&0u32.to_be_bytes()); // ip: the sender's
    req.extend_from_slice(&tid.rotate_left(16).to_be_bytes()); // key
    req.extend_from_slice(&(-1i32).to_be_bytes()); // num_want: default
    req.extend_from_slice(&a.port.to_be_bytes());
    let resp = exchange(sock, &req, 1, tid)?;
    if resp.len() < 20 {
        return Err(format!("announce reply of {} bytes", resp.len()));
    }
    let peers = resp[20..]
        .chunks_exact(6)
        .map(|p| {
            format!(
                "{}.{}.{}.{}:{}",
                p[0],
                p[1],
                p[2],
                p[3],
                u16::from_be_bytes([p[4], p[5]])
            )
        })
        .collect();
    Ok(AnnounceReply {
        interval: be32(&resp, 8),
        leechers: be32(&resp, 12),
        seeders: be32(&resp, 16),
        peers,
    })
}

/// Scrapes one hash: (seeders, completed, leechers).
pub fn scrape(port: u16, info_hash: &[u8; 20]) -> Result<(u32, u32, u32), String> {
    let sock = open(port)?;
    let conn = connect(&sock)?;
    let tid = transaction_id();
    let mut req = Vec::with_capacity(36);
    req.extend_from_slice(&conn.to_be_bytes());
    req.extend_from_slice(&2u32.to_be_bytes());
    req.extend_from_slice(&tid.to_be_bytes());
    req.extend_from_slice(info_hash);
    let resp = exchange(&sock, &req, 2, tid)?;
    if resp.len() < 20 {
        return Err(format!("scrape reply of {} bytes", resp.len()));
    }
    Ok((be32(&resp, 8), be32(&resp, 12), be32(&resp, 16)))
}

fn open(port: u16) -> Result<UdpSocket, String> {
    let sock = UdpSocket::bind(("127.0.0.1", 0)).map_err(|e| format!("udp bind: {e}"))?;
    sock.connect(("127.0.0.1", port))
        .map_err(|e| format!("udp connect :{port}: {e}"))?;
    sock.set_read_timeout(Some(TIMEOUT))
        .map_err(|e| e.to_string())?;
    Ok(sock)
}

fn connect(sock: &UdpSocket) -> Result<u64, String> {
    let tid = transaction_id();
    let mut req = Vec::with_capacity(16);
    req.extend_from_slice(&PROTOCOL_ID.to_be_bytes());
    req.extend_from_slice(&0u32.to_be_bytes());
    req.extend_from_slice(&tid.to_be_bytes());
    let resp = exchange(sock, &req, 0, tid)?;
    if resp.len() < 16 {
        return Err(format!("connect reply of {} bytes", resp.len()));
    }
    Ok(u64::from_be_bytes([
        resp[8], resp[9], resp[10], resp[11], resp[12], resp[13], resp[14], resp[15],
    ]))
}

/// Sends `req` and returns the reply with the expected action and transaction id, resending on
/// timeout. A tracker error (action 3) is returned as Err with its message.
fn exchange(sock: &UdpSocket, req: &[u8], action: u32, tid: u32) -> Result<Vec<u8>, String> {
    let mut buf = [0u8; 2048];
    let mut last = String::new();
    for _ in 0..ATTEMPTS {
        sock.send(req).map_err(|e| format!("udp send: {e}"))?;
        match sock.recv(&mut buf) {
            Ok(n) if n >= 8 && be32(&buf, 4) == tid => {
                let got = be32(&buf, 0);
                if got == 3 {
                    return Err(format!(
                        "tracker error: {}",
                        String::from_utf8_lossy(&buf[8..n])
                    ));
                }
                if got != action {
                    return Err(format!("reply action {got}, expected {action}"));
                }
                return Ok(buf[..n].to_vec());
            }
            Ok(n) => last = format!("unexpected {n}-byte reply"),
            Err(e) => last = format!("udp recv: {e}"),
        }
    }
    Err(format!(
        "no UDP tracker reply after {ATTEMPTS} attempts: {last}"
    ))
}

fn be32(b: &[u8], at: usize) -> u32 {
    u32::from_be_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// Unpredictable enough for tests; no RNG needed.
fn transaction_id() -> u32 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    nanos ^ std::process::id().rotate_left(13)
}
