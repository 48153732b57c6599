//! A connection of the web server with two guards: it holds one permit of the server's
//! connection cap while open, and it fails (so hyper closes it) after a stretch with no bytes
//! moving either way. Together they bound what slow or silent clients (a slowloris sending
//! headers byte by byte, a reader that never reads) can hold: at most the cap, each for at most
//! the idle limit. Event streams send a keep-alive every 15 s, so they never look idle.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::sync::OwnedSemaphorePermit;
use tokio::time::{Instant, Sleep};

/// No byte in or out for this long closes the connection.
pub const IDLE_LIMIT: Duration = Duration::from_secs(60);
/// Connections open at once; more wait in the kernel's backlog until one closes.
pub const MAX_CONNECTIONS: usize = 256;

pub struct Guarded<S> {
    io: S,
    _permit: OwnedSemaphorePermit,
    idle: Pin<Box<Sleep>>,
    limit: Duration,
}

impl<S> Guarded<S> {
    pub fn new(io: S, permit: OwnedSemaphorePermit, limit: Duration) -> Guarded<S> {
        Guarded {
            io,
            _permit: permit,
            idle: Box::pin(tokio::time::sleep(limit)),
            limit,
        }
    }

    fn touch(&mut self) {
        let next = Instant::now() + self.limit;
        self.idle.as_mut().reset(next);
    }

    /// While the stream waits, the idle timer runs; once it fires the connection fails.
    fn idle_expired(&mut self, cx: &mut Context<'_>) -> bool {
        self.idle.as_mut().poll(cx).is_ready()
    }
}

fn timed_out() -> io::Error {
    io::Error::new(io::ErrorKind::TimedOut, "web connection idle too long")
}

impl<S: AsyncRead + Unpin> AsyncRead for Guarded<S> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        match Pin::new(&mut this.io).poll_read(cx, buf) {
            Poll::Ready(done) => {
                if buf.filled().len() > before {
                    this.touch();
                }
                Poll::Ready(done)
            }
            Poll::Pending if this.idle_expired(cx) => Poll::Ready(Err(timed_out())),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Guarded<S> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        match Pin::new(&mut this.io).poll_write(cx, data) {
            Poll::Ready(Ok(n)) => {
                if n > 0 {
                    this.touch();
                }
                Poll::Ready(Ok(n))
            }
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
            Poll::Pending if this.idle_expired(cx) => Poll::Ready(Err(timed_out())),
            Poll::Pending => Poll::Pending,
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::sync::Semaphore;

    fn guarded(
        cap: &Arc<Semaphore>,
    ) -> (Guarded<tokio::io::DuplexStream>, tokio::io::DuplexStream) {
        let (ours, theirs) = tokio::io::duplex(64);
        let permit = cap.clone().try_acquire_owned().expect("a permit");
        (Guarded::new(ours, permit, IDLE_LIMIT), theirs)
    }

    #[tokio::test(start_paused = true)]
    async fn a_silent_client_is_dropped_after_the_idle_limit() {
        let cap = Arc::new(Semaphore::new(1));
        let (mut conn, _client) = guarded(&cap);
        let started = Instant::now();
        let mut buf = [0u8; 8];
        let read = conn.read(&mut buf).await;
        assert_eq!(read.map_err(|e| e.kind()), Err(io::ErrorKind::TimedOut));
        assert!(started.elapsed() >= IDLE_LIMIT);
        assert_eq!(
            cap.available_permits(),
            0,
            "held while the connection lives"
        );
        drop(conn);
        assert_eq!(cap.available_permits(), 1, "given back when it closes");
    }

    #[tokio::test(start_paused = true)]
    async fn bytes_moving_keep_it_open() {
        let cap = Arc::new(Semaphore::new(1));
        let (mut conn, mut client) = guarded(&cap);
        let mut buf = [0u8; 8];
        for _ in 0..5 {
            tokio::time::advance(IDLE_LIMIT / 2).await;
            client.write_all(b"x").await.expect("client writes");
            assert_eq!(conn.read(&mut buf).await.expect("still open"), 1);
            tokio::time::advance(IDLE_LIMIT / 2).await;
            conn.write_all(b"y").await.expect("server writes");
            assert_eq!(client.read(&mut buf).await.expect("client reads"), 1);
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_reader_that_never_reads_fails_the_writer() {
        let cap = Arc::new(Semaphore::new(1));
        let (mut conn, _client) = guarded(&cap);
        // The duplex buffer (64 bytes) fills, then the write waits and the timer runs out.
        let big = vec![0u8; 4096];
        let wrote = conn.write_all(&big).await;
        assert_eq!(wrote.map_err(|e| e.kind()), Err(io::ErrorKind::TimedOut));
    }
}
