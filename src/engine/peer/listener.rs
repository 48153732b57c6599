//! The listening socket: accepts peers up to the global limit and runs one session each.
//! Sessions live in the listener's task set: stopping the listener ends them all.

use super::session::{SessionCtx, serve};
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

pub async fn run(
    listener: TcpListener,
    ctx: Arc<SessionCtx>,
    max_global: usize,
    stop: CancellationToken,
) {
    let slots = Arc::new(Semaphore::new(max_global.max(1)));
    let mut sessions = JoinSet::new();
    let mut next_id = 0u64;
    loop {
        let accepted = tokio::select! {
            _ = stop.cancelled() => break,
            // A finished session is freed when it ends, not at the next accept (after a burst,
            // thousands of finished tasks waited there for the next peer).
            Some(_) = sessions.join_next(), if !sessions.is_empty() => continue,
            accepted = listener.accept() => accepted,
        };
        let (socket, peer) = match accepted {
            Ok(pair) => pair,
            Err(e) => {
                // Out of file descriptors and the like: back off instead of spinning.
                tracing::warn!("accepting a peer failed: {e}");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let Ok(slot) = slots.clone().try_acquire_owned() else {
            continue; // over the global limit: the socket drops, the peer sees a close
        };
        next_id += 1;
        let (ctx, id) = (ctx.clone(), next_id);
        sessions.spawn(async move {
            let _slot = slot;
            if let Err(why) = serve(socket, peer, id, &ctx).await {
                tracing::debug!("peer {peer} closed: {why}");
            }
            ctx.board.remove(id);
        });
    }
}
