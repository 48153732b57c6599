//! `GET /api/events`: server-sent events. The state on connect, then at most once a second and
//! only when its revision moved. A snapshot is serialised only when the client's connection
//! asks for the next event, so a slow client gets the newest state, never a backlog.

use super::error::ApiError;
use super::shared::Shared;
use super::snapshot;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt as _;
use futures_util::stream;
use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::OwnedSemaphorePermit;
use tokio::time::{Instant, Interval, MissedTickBehavior};

/// The shortest time between two snapshots to one client.
pub const MIN_GAP: Duration = Duration::from_secs(1);
pub const KEEP_ALIVE: Duration = Duration::from_secs(15);
/// Streams open at once; more get 503.
pub const MAX_STREAMS: usize = 32;

struct Feed {
    shared: Arc<Shared>,
    sent: Option<u64>,
    /// When the last bytes went out (a keep-alive is due `KEEP_ALIVE` later).
    last_write: Instant,
    tick: Interval,
    _slot: OwnedSemaphorePermit,
}

/// What one step of the stream writes: an event's frames, or a keep-alive comment.
type Frames = Vec<Bytes>;

pub async fn events(State(shared): State<Arc<Shared>>) -> Result<Response, ApiError> {
    let slot = shared
        .event_slots
        .clone()
        .try_acquire_owned()
        .map_err(|_| {
            ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                format!("at most {MAX_STREAMS} event streams at once"),
            )
        })?;
    let mut tick = tokio::time::interval_at(Instant::now() + MIN_GAP, MIN_GAP);
    tick.set_missed_tick_behavior(MissedTickBehavior::Delay);
    let feed = Feed {
        shared,
        sent: None,
        last_write: Instant::now(),
        tick,
        _slot: slot,
    };
    let frames = stream::unfold(feed, |mut feed| async move {
        let frames = next_frames(&mut feed).await?;
        feed.last_write = Instant::now();
        Some((frames, feed))
    })
    .flat_map(|frames| stream::iter(frames.into_iter().map(Ok::<Bytes, Infallible>)));
    let mut response = Body::from_stream(frames).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/event-stream"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    Ok(response)
}

/// Waits for a new revision (at most one a second) or a due keep-alive; `None` ends the
/// stream (the server stops). The snapshot's JSON is the cache's shared bytes, never copied:
/// 32 streams at 10 000 torrents would otherwise copy ~10 MiB each every second.
async fn next_frames(feed: &mut Feed) -> Option<Frames> {
    if feed.sent.is_some() {
        loop {
            tokio::select! {
                _ = feed.shared.stop.cancelled() => return None,
                _ = feed.tick.tick() => {}
            }
            if Some(snapshot::revision(&feed.shared.state)) != feed.sent {
                break;
            }
            if feed.last_write.elapsed() >= KEEP_ALIVE {
                return Some(vec![Bytes::from_static(b": keep-alive\n\n")]);
            }
        }
    }
    Some(
        match feed.shared.state_cache.state_json(&feed.shared.state) {
            Ok((revision, json)) => {
                feed.sent = Some(revision);
                // serde_json writes the state on one line, so it is one `data:` field.
                vec![
                    Bytes::from_static(b"event: state\ndata: "),
                    json,
                    Bytes::from_static(b"\n\n"),
                ]
            }
            Err(e) => {
                // Never expected (plain data); say so rather than end the stream.
                feed.sent = Some(snapshot::revision(&feed.shared.state));
                let line = format!("event: error\ndata: {}\n\n", e.replace(['\n', '\r'], " "));
                vec![Bytes::from(line)]
            }
        },
    )
}
