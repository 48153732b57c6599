//! Free loopback ports for the programs under test.

use std::collections::HashSet;
use std::net::{TcpListener, TcpStream, UdpSocket};
use std::sync::Mutex;

/// Ports already handed out in this test binary: tests run in parallel threads, and the OS may offer
/// a just-released port again before the first program has bound it.
static HANDED_OUT: Mutex<Option<HashSet<u16>>> = Mutex::new(None);

/// A port that is free on 127.0.0.1 for both TCP and UDP (trackers serve both on one port).
/// Another process may still take it before the caller binds: starters retry on a failed bind.
pub fn free_port() -> Result<u16, String> {
    let mut last_err = String::from("no attempt");
    for _ in 0..50 {
        let tcp = match TcpListener::bind(("127.0.0.1", 0)) {
            Ok(l) => l,
            Err(e) => {
                last_err = format!("bind tcp 127.0.0.1:0: {e}");
                continue;
            }
        };
        let port = match tcp.local_addr() {
            Ok(a) => a.port(),
            Err(e) => {
                last_err = format!("local_addr: {e}");
                continue;
            }
        };
        if UdpSocket::bind(("127.0.0.1", port)).is_err() {
            last_err = format!("udp port {port} busy");
            continue;
        }
        let mut guard = HANDED_OUT
            .lock()
            .map_err(|_| "port registry poisoned".to_string())?;
        if guard.get_or_insert_with(HashSet::new).insert(port) {
            return Ok(port);
        }
        last_err = format!("port {port} already handed out");
    }
    Err(format!("no free loopback port: {last_err}"))
}

/// A loopback TCP port where connections are refused, and that nobody can take while this lives: it is
/// the local port of a connected socket (bound, not listening). A port merely found free could be
/// taken meanwhile by any listener, e.g. a libtorrent session of a parallel test.
pub struct ClosedPort {
    port: u16,
    _hold: (TcpListener, TcpStream, TcpStream),
}

impl ClosedPort {
    pub fn new() -> Result<ClosedPort, String> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).map_err(|e| format!("bind: {e}"))?;
        let addr = listener.local_addr().map_err(|e| e.to_string())?;
        let client = TcpStream::connect(addr).map_err(|e| format!("connect {addr}: {e}"))?;
        let (server, _) = listener.accept().map_err(|e| format!("accept: {e}"))?;
        let port = client.local_addr().map_err(|e| e.to_string())?.port();
        Ok(ClosedPort {
            port,
            _hold: (listener, client, server),
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }
}
