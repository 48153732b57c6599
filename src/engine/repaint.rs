//! When the window must draw again. A frame costs 10–20 ms of CPU with software rendering, so
//! an idle window must not be woken every simulation tick: it is woken when a torrent runs
//! (its figures move each second), when something it shows changed, and otherwise at least
//! every [`QUIET_REFRESH`] (a tracker's reply for a paused torrent lands in the state without
//! a command). Commands always wake it.

use crate::state::{AppState, TorrentStatus};
use std::time::Duration;
use tokio::time::Instant;

/// What changed, for the window to decide whether the view it shows needs a new frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repaint {
    /// Anything but the monitoring history (commands, simulation figures, events).
    State,
    /// A new monitoring sample: only the Monitoring view shows it.
    Monitor,
}

/// The longest an idle window goes without a frame while the state is being written.
pub const QUIET_REFRESH: Duration = Duration::from_secs(5);

/// What a frame shows that can change while no torrent runs.
#[derive(Debug, PartialEq)]
struct Shown {
    torrents: usize,
    log_count: u64,
    last_event: u64,
    notices: usize,
    incoming: usize,
    totals: [u64; 4],
    limits: (u32, u32, bool),
    listening_port: u16,
}

impl Shown {
    fn of(state: &AppState) -> Shown {
        let s = &state.stats;
        Shown {
            torrents: state.torrents.len(),
            log_count: state.log_count,
            last_event: state.events.back().map_or(0, |e| e.id),
            notices: state.notices.len(),
            incoming: state.incoming.len(),
            totals: [
                s.session_uploaded,
                s.session_downloaded,
                s.total_uploaded,
                s.total_downloaded,
            ],
            limits: (
                s.upload_limit_kib,
                s.download_limit_kib,
                s.alt_speed_enabled,
            ),
            listening_port: s.listening_port,
        }
    }
}

#[derive(Default)]
pub struct RepaintPolicy {
    last: Option<(Instant, Shown)>,
}

impl RepaintPolicy {
    /// After a simulation tick: whether the window needs a frame.
    pub fn tick_wants(&self, state: &AppState, now: Instant) -> bool {
        let Some((at, shown)) = &self.last else {
            return true;
        };
        let running = state.torrents.iter().any(|t| {
            matches!(
                t.status,
                TorrentStatus::Downloading
                    | TorrentStatus::Seeding
                    | TorrentStatus::Checking { .. }
            )
        });
        running || now.duration_since(*at) >= QUIET_REFRESH || *shown != Shown::of(state)
    }

    /// The window was asked for a frame of this state.
    pub fn drew(&mut self, state: &AppState, now: Instant) {
        self.last = Some((now, Shown::of(state)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::TorrentView;

    fn with(statuses: &[TorrentStatus]) -> AppState {
        AppState {
            torrents: statuses
                .iter()
                .map(|s| TorrentView {
                    status: s.clone(),
                    ..TorrentView::default()
                })
                .collect(),
            ..AppState::default()
        }
    }

    #[tokio::test(start_paused = true)]
    async fn an_idle_state_is_drawn_again_only_after_the_quiet_refresh() {
        let mut policy = RepaintPolicy::default();
        let state = with(&[TorrentStatus::Paused]);
        assert!(policy.tick_wants(&state, Instant::now()), "first frame");
        policy.drew(&state, Instant::now());
        tokio::time::advance(Duration::from_secs(1)).await;
        assert!(!policy.tick_wants(&state, Instant::now()));
        tokio::time::advance(QUIET_REFRESH).await;
        assert!(policy.tick_wants(&state, Instant::now()));
    }

    #[tokio::test(start_paused = true)]
    async fn running_torrents_and_shown_changes_are_drawn_at_once() {
        let mut policy = RepaintPolicy::default();
        let mut state = with(&[TorrentStatus::Paused]);
        policy.drew(&state, Instant::now());
        state.log_count += 1;
        assert!(policy.tick_wants(&state, Instant::now()), "a new log line");
        policy.drew(&state, Instant::now());
        state.stats.total_uploaded += 1;
        assert!(policy.tick_wants(&state, Instant::now()), "new totals");
        let running = with(&[TorrentStatus::Seeding]);
        policy.drew(&running, Instant::now());
        assert!(policy.tick_wants(&running, Instant::now()), "figures move");
    }
}
