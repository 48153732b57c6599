//! BEP 15 exchanges: connect (connection ids kept 60 s per tracker address), then announce,
//! each retransmitted after `base · 2^n` until an answer with our transaction id arrives.

use crate::protocol::tracker::udp::connect_request;
use crate::protocol::tracker::udp_reply::parse_connect;
use crate::protocol::tracker::{TrackerError, TrackerUrl};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::Duration;
use tokio::net::UdpSocket;
use tokio::time::{Instant, timeout};

/// How long a connection id stays valid (BEP 15: one minute).
const CONNECTION_ID_LIFE: Duration = Duration::from_secs(60);

/// Retransmission: the first wait, and how many times it doubles (BEP 15: 15 s, up to 8).
#[derive(Clone, Copy, Debug)]
pub struct Retransmit {
    pub first_wait: Duration,
    pub retries: u32,
}

impl Default for Retransmit {
    /// 15 s, 30 s, 60 s: about 2 minutes before a tracker counts as down.
    fn default() -> Self {
        Retransmit {
            first_wait: Duration::from_secs(15),
            retries: 2,
        }
    }
}

/// Why an exchange failed: the tracker said so, or it could not be reached.
#[derive(Debug)]
pub enum UdpError {
    Tracker(TrackerError),
    Io(String),
}

impl From<String> for UdpError {
    fn from(s: String) -> UdpError {
        UdpError::Io(s)
    }
}

/// Connection ids by tracker address, shared by every torrent.
#[derive(Default)]
pub struct ConnectionIds(Mutex<HashMap<SocketAddr, (u64, Instant)>>);

impl ConnectionIds {
    fn get(&self, addr: SocketAddr) -> Option<u64> {
        let map = self.0.lock().ok()?;
        map.get(&addr)
            .filter(|(_, at)| at.elapsed() < CONNECTION_ID_LIFE)
            .map(|(id, _)| *id)
    }

    fn put(&self, addr: SocketAddr, id: u64) {
        if let Ok(mut map) = self.0.lock() {
            map.retain(|_, (_, at)| at.elapsed() < CONNECTION_ID_LIFE);
            map.insert(addr, (id, Instant::now()));
        }
    }

    fn forget(&self, addr: SocketAddr) {
        if let Ok(mut map) = self.0.lock() {
            map.remove(&addr);
        }
    }
}

/// A socket connected to the tracker (a new source port per exchange, as clients do).
pub async fn open(url: &TrackerUrl) -> Result<(UdpSocket, SocketAddr), String> {
    let addr = tokio::net::lookup_host((url.host.as_str(), url.port))
        .await
        .map_err(|e| format!("cannot resolve {}: {e}", url.host))?
        .next()
        .ok_or_else(|| format!("{} has no address", url.host))?;
    let local = if addr.is_ipv4() {
        "0.0.0.0:0"
    } else {
        "[::]:0"
    };
    let socket = UdpSocket::bind(local)
        .await
        .map_err(|e| format!("cannot open a UDP socket: {e}"))?;
    socket
        .connect(addr)
        .await
        .map_err(|e| format!("cannot reach {addr}: {e}"))?;
    Ok((socket, addr))
}

/// The connection id for `addr`: the cached one, or a fresh connect exchange.
pub async fn connection_id(
    socket: &UdpSocket,
    addr: SocketAddr,
    ids: &ConnectionIds,
    timing: Retransmit,
    transaction_id: impl FnMut() -> u32,
) -> Result<u64, UdpError> {
    if let Some(id) = ids.get(addr) {
        return Ok(id);
    }
    let id = exchange(
        socket,
        timing,
        transaction_id,
        |tid| connect_request(tid).to_vec(),
        parse_connect,
    )
    .await?;
    ids.put(addr, id);
    Ok(id)
}

/// Drops a connection id the tracker refused.
pub fn refused(ids: &ConnectionIds, addr: SocketAddr) {
    ids.forget(addr);
}

/// Sends `build(tid)` and waits for the reply that `parse` accepts for that transaction id,
/// retransmitting with doubling waits. Datagrams for other transaction ids are ignored.
pub async fn exchange<T>(
    socket: &UdpSocket,
    timing: Retransmit,
    mut transaction_id: impl FnMut() -> u32,
    build: impl Fn(u32) -> Vec<u8>,
    parse: impl Fn(&[u8], u32) -> Result<T, TrackerError>,
) -> Result<T, UdpError> {
    let mut buf = vec![0u8; 2048];
    for attempt in 0..=timing.retries {
        let tid = transaction_id();
        let datagram = build(tid);
        socket
            .send(&datagram)
            .await
            .map_err(|e| format!("sending to the tracker failed: {e}"))?;
        let wait = timing.first_wait * 2u32.saturating_pow(attempt);
        let deadline = Instant::now() + wait;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let n = match timeout(left, socket.recv(&mut buf)).await {
                Err(_) => break,
                Ok(Err(e)) => return Err(format!("receiving from the tracker failed: {e}").into()),
                Ok(Ok(n)) => n,
            };
            match parse(&buf[..n], tid) {
                Ok(value) => return Ok(value),
                // A late answer to an earlier try: keep waiting for ours.
                Err(TrackerError::UdpTransaction { .. }) => continue,
                Err(e) => return Err(UdpError::Tracker(e)),
            }
        }
    }
    Err(format!("no answer after {} tries", timing.retries + 1).into())
}
