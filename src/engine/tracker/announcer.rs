//! One announce group's task: announces when due, follows the engine's signals, keeps the
//! tracker views up to date, and says `stopped` on pause, removal and quit.

use super::client::{AnnounceError, AnnounceEvent, AnnounceReply, AnnounceRequest, TrackerClient};
use super::group::{Accepted, Group};
use super::signals::{RunState, Signals, Totals};
use super::view::ViewWriter;
use crate::engine::simulation::bytes_left;
use crate::state::{TorrentStatus, TrackerStatus};
use std::sync::Arc;
use std::time::Duration;
use tokio::time::{Instant, sleep_until, timeout};

/// Longest a group waits for its `stopped` announces.
pub const STOPPED_BUDGET: Duration = Duration::from_secs(5);
/// When the first scrape goes out after a group starts.
const FIRST_SCRAPE: Duration = Duration::from_secs(30);
/// Safety net over the client's own timeouts.
const ANNOUNCE_LIMIT: Duration = Duration::from_secs(300);

/// What the group tasks of one torrent share.
pub struct AnnounceCtx {
    pub info_hash: [u8; 20],
    pub view: ViewWriter,
    pub client: Arc<dyn TrackerClient>,
}

/// The torrent's figures at announce time.
struct Figures {
    uploaded: u64,
    downloaded: u64,
    left: u64,
    errored: bool,
    override_interval: Option<Duration>,
    profile: Option<String>,
    /// The app's numwant, when it overrides the client profile's.
    numwant: Option<u32>,
}

/// The task lives as long as its torrent, so its size counts: it is an `async` block over
/// the arguments (an `async fn` would keep them twice, as arguments and as its locals).
#[allow(
    clippy::manual_async_fn,
    reason = "an async fn stores its arguments twice"
)]
pub fn run_group(
    ctx: Arc<AnnounceCtx>,
    mut group: Group,
    mut signals: Signals,
) -> impl Future<Output = ()> + Send {
    async move { group_loop(&ctx, &mut group, &mut signals).await }
}

async fn group_loop(ctx: &AnnounceCtx, group: &mut Group, signals: &mut Signals) {
    let mut seen = signals.latest();
    let mut completed_pending = false;
    let mut last_announce: Option<Instant> = None;
    // After a pause or an error, the next run says `started` to every tracker again.
    let mut restart_on_run = false;
    // The first scrape soon after start, so trackers on standby show their swarm too.
    let mut scrape_at = Instant::now() + FIRST_SCRAPE;
    loop {
        let control = signals.latest();
        if control.completed != seen.completed {
            completed_pending = true;
            group.next_at = Instant::now();
        }
        if control.reschedule != seen.reschedule {
            reschedule(ctx, group, last_announce);
        }
        if control.force != seen.force {
            let now = Instant::now();
            group.next_at = match group.earliest_manual(last_announce) {
                Some(earliest) if !control.force.ignore_min_interval => earliest.max(now),
                _ => now,
            };
        }
        if control.run_seq != seen.run_seq {
            // Running again (a resume, or a retry after an error): announce now.
            if std::mem::take(&mut restart_on_run) {
                group.restart(Instant::now());
            } else {
                group.next_at = Instant::now();
            }
        }
        seen = control;
        if control.run != RunState::Running {
            Box::pin(say_stopped(ctx, group, signals.last_totals())).await;
            if control.run == RunState::Stopping {
                return;
            }
            restart_on_run = true;
        } else if ctx.figures().is_none_or(|f| f.errored) {
            // Unregistered (or gone): nothing to say until the user retries.
            restart_on_run = true;
        } else {
            // One timer for the nearer of the next announce and the next scrape.
            tokio::select! {
                _ = sleep_until(group.next_at.min(scrape_at)) => {}
                alive = signals.changed() => if !alive { return },
            }
            let now = Instant::now();
            if group.next_at <= now {
                let pending = completed_pending;
                completed_pending = Box::pin(announce(ctx, group, pending)).await;
                last_announce = Some(Instant::now());
            } else if scrape_at <= now {
                Box::pin(scrape(ctx, group)).await;
                // The setting as it is now: a change applies from the next scrape on.
                let secs = ctx.view.settings(|s| s.bittorrent.scrape_interval_seconds);
                scrape_at = Instant::now() + Duration::from_secs(u64::from(secs.max(60)));
            }
            continue;
        }
        if !signals.changed().await {
            return;
        }
    }
}

/// The user's interval changed: the next regular announce moves, and the window's countdown
/// follows it.
fn reschedule(ctx: &AnnounceCtx, group: &mut Group, last_announce: Option<Instant>) {
    if let (Some(last), Some(figures)) = (last_announce, ctx.figures()) {
        group.reschedule(last, figures.override_interval);
        let next_ms = ctx.view.epoch_ms(group.next_at);
        let url = group.current().url.clone();
        ctx.view
            .tracker(&url, |v| v.next_announce_ms = Some(next_ms));
    }
}

/// Announces to the group's current tracker; returns whether a `completed` is still owed.
async fn announce(ctx: &AnnounceCtx, group: &mut Group, completed_pending: bool) -> bool {
    let Some(figures) = ctx.figures() else {
        return completed_pending;
    };
    let member = group.current().clone();
    let event = if !member.started {
        AnnounceEvent::Started
    } else if completed_pending {
        AnnounceEvent::Completed
    } else {
        AnnounceEvent::None
    };
    let (baseline, profile) = if event == AnnounceEvent::Started {
        (
            (figures.uploaded, figures.downloaded),
            figures.profile.clone(),
        )
    } else {
        (member.baseline, member.profile.clone())
    };
    let request = AnnounceRequest {
        url: member.url.clone(),
        info_hash: ctx.info_hash,
        event,
        uploaded: figures.uploaded.saturating_sub(baseline.0),
        downloaded: figures.downloaded.saturating_sub(baseline.1),
        left: figures.left,
        tracker_id: member.tracker_id.clone(),
        profile: profile.clone(),
        numwant: figures.numwant,
    };
    ctx.view
        .tracker(&member.url, |v| v.status = TrackerStatus::Updating);
    let result = match timeout(ANNOUNCE_LIMIT, ctx.client.announce(request)).await {
        Ok(result) => result,
        Err(_) => Err(AnnounceError::Failed("no answer within 5 minutes".into())),
    };
    let now = Instant::now();
    match result {
        Ok(reply) => {
            let accepted = Accepted {
                interval: reply.interval,
                min_interval: reply.min_interval,
                tracker_id: reply.tracker_id.clone(),
            };
            group.accepted(
                now,
                &accepted,
                event == AnnounceEvent::Started,
                figures.override_interval,
            );
            if event == AnnounceEvent::Started {
                group.current_mut().baseline = baseline;
                group.current_mut().profile = profile;
            }
            ctx.show_reply(&member.url, &reply, group);
            let told_complete = event == AnnounceEvent::Completed
                || (event == AnnounceEvent::Started && figures.left == 0);
            completed_pending && !told_complete
        }
        Err(error) if error.is_unregistered() => {
            ctx.show_error(&member.url, &error, None);
            let reason = error.to_string();
            ctx.view
                .torrent(|t| t.status = TorrentStatus::Error(reason));
            completed_pending
        }
        Err(error) => {
            group.failed(now);
            ctx.show_error(&member.url, &error, Some(group.next_at));
            completed_pending
        }
    }
}

/// Scrapes the group's trackers whose view lacks swarm figures or that we do not announce to.
async fn scrape(ctx: &AnnounceCtx, group: &Group) {
    let current = group.current().url.clone();
    for member in group.members() {
        let known = ctx.view.read(|t| {
            t.trackers
                .iter()
                .any(|v| v.url == member.url && v.seeders.is_some() && v.url == current)
        });
        if known == Some(true) {
            continue;
        }
        match ctx.client.scrape(member.url.clone(), ctx.info_hash).await {
            Ok(s) => ctx.view.tracker(&member.url, |v| {
                v.seeders = Some(s.seeders);
                v.leechers = Some(s.leechers);
                v.downloaded = Some(s.downloaded);
            }),
            Err(e) => tracing::debug!("scrape of {} failed: {e}", member.url),
        }
    }
}

/// Tells every tracker that got `started` that we stop, within [`STOPPED_BUDGET`].
/// `last` stands in for the torrent's figures once it has left the state (removal).
async fn say_stopped(ctx: &AnnounceCtx, group: &mut Group, last: Option<Totals>) {
    let figures = ctx.figures().map(|f| Totals {
        uploaded: f.uploaded,
        downloaded: f.downloaded,
        left: f.left,
    });
    let Some(figures) = figures.or(last) else {
        return;
    };
    let started: Vec<_> = group.started_members().cloned().collect();
    let farewell = async {
        for member in &started {
            let request = AnnounceRequest {
                url: member.url.clone(),
                info_hash: ctx.info_hash,
                event: AnnounceEvent::Stopped,
                uploaded: figures.uploaded.saturating_sub(member.baseline.0),
                downloaded: figures.downloaded.saturating_sub(member.baseline.1),
                left: figures.left,
                tracker_id: member.tracker_id.clone(),
                profile: member.profile.clone(),
                // A stopped announce asks what the client profile asks (usually 0).
                numwant: None,
            };
            if let Err(e) = ctx.client.announce(request).await {
                tracing::debug!("stopped to {} failed: {e}", member.url);
            }
        }
    };
    if timeout(STOPPED_BUDGET, farewell).await.is_err() {
        tracing::debug!("stopped announces cut off after {STOPPED_BUDGET:?}");
    }
    for member in &started {
        group.mark_stopped(&member.url);
        ctx.view.tracker(&member.url, |v| {
            v.status = TrackerStatus::NotContacted;
            v.next_announce_ms = None;
        });
    }
}

impl AnnounceCtx {
    fn figures(&self) -> Option<Figures> {
        // The torrent's own interval, else the app's default (0 = the tracker's).
        let (default_interval, numwant) = self.view.settings(|s| {
            let b = &s.bittorrent;
            (
                (b.announce_interval_seconds > 0).then_some(b.announce_interval_seconds),
                (b.numwant > 0).then_some(b.numwant),
            )
        });
        self.view.read(|t| Figures {
            uploaded: t.session_uploaded,
            downloaded: t.session_downloaded,
            left: bytes_left(t),
            errored: matches!(t.status, TorrentStatus::Error(_)),
            override_interval: t
                .announce_interval_secs
                .or(default_interval)
                .map(|s| Duration::from_secs(u64::from(s))),
            profile: t.client_profile.clone(),
            numwant,
        })
    }

    fn show_reply(&self, url: &str, reply: &AnnounceReply, group: &Group) {
        let now_ms = self.view.clock.now_ms();
        let next_ms = self.view.epoch_ms(group.next_at);
        self.view.tracker(url, |v| {
            v.status = TrackerStatus::Working;
            v.failures = 0;
            v.warning = reply.warning.clone();
            v.last_announce_ms = Some(now_ms);
            v.next_announce_ms = Some(next_ms);
            v.seeders = reply.seeders.or(v.seeders);
            v.leechers = reply.leechers.or(v.leechers);
            v.downloaded = reply.downloaded.or(v.downloaded);
            v.peers_received = reply.peers.len() as u32;
            v.interval_secs = reply.interval.map(|d| d.as_secs() as u32);
            v.min_interval_secs = reply.min_interval.map(|d| d.as_secs() as u32);
        });
        self.view.torrent(|t| keep_peers(t, url, reply));
    }

    fn show_error(&self, url: &str, error: &AnnounceError, retry_at: Option<Instant>) {
        let now_ms = self.view.clock.now_ms();
        let next_ms = retry_at.map(|at| self.view.epoch_ms(at));
        let mut newly_failed = false;
        self.view.tracker(url, |v| {
            newly_failed = v.failures == 0;
            v.failures = v.failures.saturating_add(1);
            v.status = TrackerStatus::Error(error.to_string());
            v.last_announce_ms = Some(now_ms);
            v.next_announce_ms = next_ms;
        });
        // A toast when a tracker starts failing, not for every retry.
        if newly_failed {
            let name = self.view.read(|t| t.name.clone()).unwrap_or_default();
            let message = t!(
                "ev-tracker-error",
                name = name.as_str(),
                error = error.to_string()
            );
            self.view.event(crate::state::EventKind::Warning, message);
        }
    }
}

/// Replaces the peers `url` returned before with those it returned now, newest first, capped.
fn keep_peers(t: &mut crate::state::TorrentView, url: &str, reply: &AnnounceReply) {
    use crate::protocol::wire::peer_id;
    use crate::state::{MAX_PEERS, PeerView};
    t.peers.retain(|p| p.tracker != url);
    let fresh = reply.peers.iter().take(MAX_PEERS).map(|p| PeerView {
        address: p.addr.to_string(),
        client: p.peer_id.map(|id| peer_id::describe(&id)),
        tracker: url.to_string(),
    });
    let mut peers: Vec<PeerView> = fresh.collect();
    peers.append(&mut t.peers);
    peers.truncate(MAX_PEERS);
    t.peers = peers;
}
