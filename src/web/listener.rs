//! The server's listener: plain TCP, or TLS with each handshake in its own task (a slow client
//! cannot hold up the others). Stops accepting, and frees the port, when told to stop.

use axum::extract::connect_info::Connected;
use axum::serve::{IncomingStream, Listener};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, mpsc};
use tokio::task::JoinHandle;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::server::TlsStream;
use tokio_util::either::Either;
use tokio_util::sync::CancellationToken;

use super::guarded::{Guarded, IDLE_LIMIT, MAX_CONNECTIONS};

/// A connection: plain or TLS, under the connection cap and the idle limit.
pub type Io = Guarded<Either<TcpStream, TlsStream<TcpStream>>>;

/// A TLS handshake must finish within this.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// Handshakes in flight at once; more connections wait in the kernel's backlog.
const MAX_HANDSHAKES: usize = 64;

pub struct WebListener {
    accepted: mpsc::Receiver<(Io, SocketAddr)>,
    local: SocketAddr,
}

/// The address of the client of a connection (for bans).
#[derive(Clone, Copy, Debug)]
pub struct ClientAddr(pub SocketAddr);

impl Connected<IncomingStream<'_, WebListener>> for ClientAddr {
    fn connect_info(stream: IncomingStream<'_, WebListener>) -> Self {
        ClientAddr(*stream.remote_addr())
    }
}

impl WebListener {
    /// Starts accepting on `tcp`; the returned task ends (closing the socket) on `stop`.
    pub fn spawn(
        tcp: TcpListener,
        tls: Option<TlsAcceptor>,
        stop: CancellationToken,
    ) -> std::io::Result<(WebListener, JoinHandle<()>)> {
        let local = tcp.local_addr()?;
        let (tx, accepted) = mpsc::channel(16);
        let task = tokio::spawn(accept_loop(tcp, tls, tx, stop));
        Ok((WebListener { accepted, local }, task))
    }
}

async fn accept_loop(
    tcp: TcpListener,
    tls: Option<TlsAcceptor>,
    tx: mpsc::Sender<(Io, SocketAddr)>,
    stop: CancellationToken,
) {
    let handshakes = Arc::new(Semaphore::new(MAX_HANDSHAKES));
    let connections = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    loop {
        // At the cap, new clients wait in the kernel's backlog until a connection closes.
        let slot = tokio::select! {
            _ = stop.cancelled() => return,
            slot = connections.clone().acquire_owned() => match slot {
                Ok(slot) => slot,
                Err(_) => return,
            },
        };
        let accepted = tokio::select! {
            _ = stop.cancelled() => return,
            accepted = tcp.accept() => accepted,
        };
        let (stream, peer) = match accepted {
            Ok(pair) => pair,
            Err(e) => {
                // Out of descriptors and the like: wait a little rather than spin.
                tracing::debug!("web: accept failed: {e}");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        match &tls {
            None => {
                let conn = Guarded::new(Either::Left(stream), slot, IDLE_LIMIT);
                if tx.send((conn, peer)).await.is_err() {
                    return;
                }
            }
            Some(acceptor) => {
                let Ok(permit) = handshakes.clone().acquire_owned().await else {
                    return;
                };
                let (acceptor, tx, stop) = (acceptor.clone(), tx.clone(), stop.clone());
                tokio::spawn(async move {
                    let _permit = permit;
                    let shake = tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(stream));
                    let done = tokio::select! {
                        _ = stop.cancelled() => return,
                        done = shake => done,
                    };
                    match done {
                        Ok(Ok(tls_stream)) => {
                            let conn = Guarded::new(Either::Right(tls_stream), slot, IDLE_LIMIT);
                            let _ = tx.send((conn, peer)).await;
                        }
                        Ok(Err(e)) => tracing::debug!("web: TLS handshake with {peer}: {e}"),
                        Err(_) => tracing::debug!("web: TLS handshake with {peer} timed out"),
                    }
                });
            }
        }
    }
}

impl Listener for WebListener {
    type Io = Io;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Io, SocketAddr) {
        match self.accepted.recv().await {
            Some(pair) => pair,
            // Stopped: nothing more comes; the graceful shutdown ends the server.
            None => std::future::pending().await,
        }
    }

    fn local_addr(&self) -> std::io::Result<SocketAddr> {
        Ok(self.local)
    }
}
