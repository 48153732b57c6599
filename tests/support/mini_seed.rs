//! A hand-made BitTorrent seed for testing the harness itself: it answers the handshake, sends a BEP 10
//! extension handshake (with `v` and `metadata_size`), a full bitfield, and serves the info dictionary
//! over ut_metadata (BEP 9). It never sends piece data. Threads stop on Drop.

use std::io::{ErrorKind, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::{self, JoinHandle};
use std::time::Duration;

use super::bencode::{self, Value};

const PSTR: &[u8] = b"\x13BitTorrent protocol";
/// Our id for ut_metadata in the extension handshake.
const OUR_UT_METADATA: i64 = 3;
const METADATA_BLOCK: usize = 16 * 1024;
const TICK: Duration = Duration::from_millis(50);

#[derive(Clone)]
pub struct SeedSpec {
    pub info_hash: [u8; 20],
    /// The bencoded info dictionary served over ut_metadata.
    pub info: Vec<u8>,
    pub num_pieces: u32,
    pub peer_id: [u8; 20],
    /// The extension handshake's `v`.
    pub client: String,
}

pub struct MiniSeed {
    port: u16,
    stop: Arc<AtomicBool>,
    handshakes: Arc<AtomicUsize>,
    thread: Option<JoinHandle<()>>,
}

impl MiniSeed {
    pub fn start(spec: SeedSpec) -> Result<MiniSeed, String> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).map_err(|e| format!("bind: {e}"))?;
        let port = listener.local_addr().map_err(|e| e.to_string())?.port();
        listener.set_nonblocking(true).map_err(|e| e.to_string())?;
        let stop = Arc::new(AtomicBool::new(false));
        let handshakes = Arc::new(AtomicUsize::new(0));
        let (s, h) = (stop.clone(), handshakes.clone());
        let thread = thread::spawn(move || accept_loop(listener, spec, s, h));
        Ok(MiniSeed {
            port,
            stop,
            handshakes,
            thread: Some(thread),
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Handshakes with the right info-hash answered so far.
    pub fn handshakes(&self) -> usize {
        self.handshakes.load(Ordering::SeqCst)
    }
}

impl Drop for MiniSeed {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn accept_loop(
    listener: TcpListener,
    spec: SeedSpec,
    stop: Arc<AtomicBool>,
    handshakes: Arc<AtomicUsize>,
) {
    let mut conns = Vec::new();
    while !stop.load(Ordering::SeqCst) {
        match listener.accept() {
            Ok((stream, _)) => {
                let (spec, stop, hs) = (spec.clone(), stop.clone(), handshakes.clone());
                // A broken connection is the peer's business: the leecher's report shows it.
                conns.push(thread::spawn(move || {
                    let _ = serve(stream, &spec, &stop, &hs);
                }));
            }
            Err(e) if e.kind() == ErrorKind::WouldBlock => thread::sleep(TICK),
            Err(_) => thread::sleep(TICK),
        }
    }
    conns.into_iter().for_each(|c| {
        let _ = c.join();
    });
}

fn serve(
    mut s: TcpStream,
    spec: &SeedSpec,
    stop: &AtomicBool,
    handshakes: &AtomicUsize,
) -> Result<(), String> {
    s.set_nonblocking(false).map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(TICK)).map_err(|e| e.to_string())?;
    let mut hs = [0u8; 68];
    read_exact(&mut s, &mut hs, stop)?;
    if &hs[..20] != PSTR || hs[28..48] != spec.info_hash {
        return Err("wrong protocol or info-hash".into());
    }
    let mut reply = PSTR.to_vec();
    reply.extend_from_slice(&[0, 0, 0, 0, 0, 0x10, 0, 0]); // BEP 10 extension protocol
    reply.extend_from_slice(&spec.info_hash);
    reply.extend_from_slice(&spec.peer_id);
    s.write_all(&reply).map_err(|e| e.to_string())?;
    handshakes.fetch_add(1, Ordering::SeqCst);

    let ext = Value::dict([
        (
            "m",
            Value::dict([("ut_metadata", Value::Int(OUR_UT_METADATA))]),
        ),
        ("metadata_size", Value::Int(spec.info.len() as i64)),
        ("v", Value::str(&spec.client)),
    ]);
    send(&mut s, 20, &[&[0], &ext.encode()])?;
    send(&mut s, 5, &[&bitfield(spec.num_pieces)])?;

    let mut their_ut_metadata = None;
    loop {
        let mut len = [0u8; 4];
        read_exact(&mut s, &mut len, stop)?;
        let len = u32::from_be_bytes(len) as usize;
        if len == 0 {
            continue; // keep-alive
        }
        if len > 1 << 20 {
            return Err(format!("message of {len} bytes"));
        }
        let mut body = vec![0u8; len];
        read_exact(&mut s, &mut body, stop)?;
        if body.len() < 2 || body[0] != 20 {
            continue; // interested, requests, ...: a seed that never sends data ignores them
        }
        let (msg, _) = bencode::decode_prefix(&body[2..])?;
        if body[1] == 0 {
            their_ut_metadata = msg
                .get("m")
                .and_then(|m| m.get("ut_metadata"))
                .and_then(Value::as_int);
        } else if i64::from(body[1]) == OUR_UT_METADATA
            && msg.get("msg_type").and_then(Value::as_int) == Some(0)
        {
            let (Some(id), Some(piece)) =
                (their_ut_metadata, msg.get("piece").and_then(Value::as_int))
            else {
                continue;
            };
            let start =
                usize::try_from(piece).map_err(|_| "negative metadata piece")? * METADATA_BLOCK;
            let chunk = spec
                .info
                .get(start..(start + METADATA_BLOCK).min(spec.info.len()))
                .unwrap_or(&[]);
            let head = Value::dict([
                ("msg_type", Value::Int(1)),
                ("piece", Value::Int(piece)),
                ("total_size", Value::Int(spec.info.len() as i64)),
            ]);
            let id = u8::try_from(id).map_err(|_| "bad ut_metadata id")?;
            send(&mut s, 20, &[&[id], &head.encode(), chunk])?;
        }
    }
}

fn bitfield(num_pieces: u32) -> Vec<u8> {
    let n = num_pieces as usize;
    let mut bits = vec![0xffu8; n.div_ceil(8)];
    if !n.is_multiple_of(8)
        && let Some(last) = bits.last_mut()
    {
        *last = 0xff << (8 - n % 8);
    }
    bits
}

fn send(s: &mut TcpStream, id: u8, parts: &[&[u8]]) -> Result<(), String> {
    let len = 1 + parts.iter().map(|p| p.len()).sum::<usize>();
    let mut msg = Vec::with_capacity(4 + len);
    msg.extend_from_slice(&(len as u32).to_be_bytes());
    msg.push(id);
    parts.iter().for_each(|p| msg.extend_from_slice(p));
    s.write_all(&msg).map_err(|e| e.to_string())
}

/// read_exact that gives up when `stop` is set (the socket has a short read timeout).
fn read_exact(s: &mut TcpStream, buf: &mut [u8], stop: &AtomicBool) -> Result<(), String> {
    let mut got = 0;
    while got < buf.len() {
        if stop.load(Ordering::SeqCst) {
            return Err("stopped".into());
        }
        match s.read(&mut buf[got..]) {
            Ok(0) => return Err("closed".into()),
            Ok(n) => got += n,
            Err(e)
                if matches!(
                    e.kind(),
                    ErrorKind::WouldBlock | ErrorKind::TimedOut | ErrorKind::Interrupted
                ) => {}
            Err(e) => return Err(e.to_string()),
        }
    }
    Ok(())
}
