//! `GET /api/events`: server-sent events. The state on connect, then at most once a second and
//! only when its revision moved. A snapshot is serialised only when the client's connection
//! asks for the next event, so a slow client gets the newest state, never a backlog.

use super::error::ApiError;
use super::shared::Shared;
use super::snapshot;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::stream::{self, Stream};
use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::OwnedSemaphorePermit;
use tokio::time::{Interval, MissedTickBehavior};

/// The shortest time between two snapshots to one client.
pub const MIN_GAP: Duration = Duration::from_secs(1);
pub const KEEP_ALIVE: Duration = Duration::from_secs(15);
/// Streams open at once; more get 503.
pub const MAX_STREAMS: usize = 32;

struct Feed {
    shared: Arc<Shared>,
    sent: Option<u64>,
    tick: Interval,
    _slot: OwnedSemaphorePermit,
}

pub async fn events(
    State(shared): State<Arc<Shared>>,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, ApiError> {
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
    let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + MIN_GAP, MIN_GAP);
    tick.set_missed_tick_behavior(MissedTickBehavior::Delay);
    let feed = Feed {
        shared,
        sent: None,
        tick,
        _slot: slot,
    };
    let stream = stream::unfold(feed, |mut feed| async move {
        if feed.sent.is_some() {
            loop {
                tokio::select! {
                    _ = feed.shared.stop.cancelled() => return None,
                    _ = feed.tick.tick() => {}
                }
                if Some(snapshot::revision(&feed.shared.state)) != feed.sent {
                    break;
                }
            }
        }
        let event = match snapshot::state_json(&feed.shared.state) {
            Ok((revision, json)) => {
                feed.sent = Some(revision);
                Event::default().event("state").data(json)
            }
            Err(e) => {
                // Never expected (plain data); say so rather than end the stream.
                feed.sent = Some(snapshot::revision(&feed.shared.state));
                Event::default().event("error").data(e.replace('\n', " "))
            }
        };
        Some((Ok(event), feed))
    });
    Ok(Sse::new(stream).keep_alive(KeepAlive::new().interval(KEEP_ALIVE).text("keep-alive")))
}
