//! BEP 12 scheduling for one announce group, as a pure state machine.
//!
//! A group is the list of trackers one announce goes to in turn: the whole torrent's trackers in
//! tier order (the default), or one tier (when the client announces to all tiers), or a single
//! tracker (when it announces to every tracker of a tier). The group announces to its current
//! tracker; on success that tracker moves to the front of its tier, on failure the next one is
//! tried at once, and when all have failed the group backs off (60 s doubling to 1 h) and starts
//! over: it retries forever.

use std::time::Duration;
use tokio::time::Instant;

/// First back-off after a whole round failed; doubles per round up to [`MAX_BACKOFF`].
pub const FIRST_BACKOFF: Duration = Duration::from_secs(60);
pub const MAX_BACKOFF: Duration = Duration::from_secs(3600);
/// Used until a tracker says otherwise.
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(1800);

#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    pub tier: u32,
    pub url: String,
    /// Whether this tracker accepted our `started` in this run.
    pub started: bool,
    /// The `tracker id` it gave us, echoed on later announces.
    pub tracker_id: Option<Vec<u8>>,
    /// Our session (uploaded, downloaded) when we sent it `started`: what we report to it
    /// counts from there, so a resume never reports the same bytes twice.
    pub baseline: (u64, u64),
    /// The client profile it got `started` from: `stopped` must come from the same client.
    pub profile: Option<String>,
}

/// What a successful announce tells the scheduler.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Accepted {
    pub interval: Option<Duration>,
    pub min_interval: Option<Duration>,
    pub tracker_id: Option<Vec<u8>>,
}

#[derive(Clone, Debug)]
pub struct Group {
    members: Vec<Member>,
    current: usize,
    /// Trackers tried since the last success or back-off.
    tried: usize,
    failed_rounds: u32,
    pub next_at: Instant,
    pub interval: Duration,
    pub min_interval: Duration,
}

impl Group {
    /// A group over `(tier, url)` pairs in order; it is due at `now`.
    pub fn new(trackers: impl IntoIterator<Item = (u32, String)>, now: Instant) -> Option<Group> {
        let members: Vec<Member> = trackers
            .into_iter()
            .map(|(tier, url)| Member {
                tier,
                url,
                started: false,
                tracker_id: None,
                baseline: (0, 0),
                profile: None,
            })
            .collect();
        if members.is_empty() {
            return None;
        }
        Some(Group {
            members,
            current: 0,
            tried: 0,
            failed_rounds: 0,
            next_at: now,
            interval: DEFAULT_INTERVAL,
            min_interval: Duration::ZERO,
        })
    }

    pub fn current(&self) -> &Member {
        &self.members[self.current]
    }

    pub fn current_mut(&mut self) -> &mut Member {
        &mut self.members[self.current]
    }

    pub fn members(&self) -> &[Member] {
        &self.members
    }

    /// The current tracker answered. `override_interval` is the user's per-torrent interval,
    /// which never goes below the tracker's `min interval`.
    pub fn accepted(
        &mut self,
        now: Instant,
        reply: &Accepted,
        sent_started: bool,
        override_interval: Option<Duration>,
    ) {
        if let Some(interval) = reply.interval {
            self.interval = interval;
        }
        self.min_interval = reply.min_interval.unwrap_or(Duration::ZERO);
        let member = &mut self.members[self.current];
        if reply.tracker_id.is_some() {
            member.tracker_id = reply.tracker_id.clone();
        }
        if sent_started {
            member.started = true;
        }
        self.promote();
        self.tried = 0;
        self.failed_rounds = 0;
        let wanted = override_interval.unwrap_or(self.interval);
        self.next_at = now + wanted.max(self.min_interval);
    }

    /// The current tracker failed: try the next one now, or back off when all have failed.
    /// Returns the delay before the next attempt.
    pub fn failed(&mut self, now: Instant) -> Duration {
        self.tried += 1;
        if self.tried < self.members.len() {
            self.current = (self.current + 1) % self.members.len();
            self.next_at = now;
            return Duration::ZERO;
        }
        let delay = backoff(self.failed_rounds);
        self.failed_rounds = self.failed_rounds.saturating_add(1);
        self.tried = 0;
        self.current = 0;
        self.next_at = now + delay;
        delay
    }

    /// The user changed the interval: the next regular announce moves to `last` plus the new
    /// interval (never below `min interval`). A group backing off keeps its retry time.
    pub fn reschedule(&mut self, last: Instant, override_interval: Option<Duration>) {
        if self.tried == 0 && self.failed_rounds == 0 {
            self.next_at = last
                + override_interval
                    .unwrap_or(self.interval)
                    .max(self.min_interval);
        }
    }

    /// When a manual announce may go: now, or at the end of the tracker's `min interval`.
    pub fn earliest_manual(&self, last_announce: Option<Instant>) -> Option<Instant> {
        last_announce.map(|at| at + self.min_interval)
    }

    /// Trackers that accepted our `started` (they get a `stopped`).
    pub fn started_members(&self) -> impl Iterator<Item = &Member> {
        self.members.iter().filter(|m| m.started)
    }

    /// Forgets that a tracker got `started` (after we sent it `stopped`).
    pub fn mark_stopped(&mut self, url: &str) {
        self.members
            .iter_mut()
            .filter(|m| m.url == url)
            .for_each(|m| m.started = false);
    }

    /// A new run (resume after pause): every tracker gets `started` again.
    pub fn restart(&mut self, now: Instant) {
        self.members.iter_mut().for_each(|m| m.started = false);
        self.tried = 0;
        self.failed_rounds = 0;
        self.next_at = now;
    }

    /// Moves the current tracker to the front of its tier (BEP 12).
    fn promote(&mut self) {
        let tier = self.members[self.current].tier;
        let first = self
            .members
            .iter()
            .position(|m| m.tier == tier)
            .unwrap_or(self.current);
        let member = self.members.remove(self.current);
        self.members.insert(first, member);
        self.current = first;
    }
}

/// Which trackers a client announces to (a client-profile setting; libtorrent's
/// `announce_to_all_tiers` and `announce_to_all_trackers`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TierPolicy {
    /// One announce per tier (else one for the whole torrent, falling through the tiers).
    pub all_tiers: bool,
    /// Every tracker of a tier (each then announces on its own).
    pub all_in_tier: bool,
}

/// Splits a torrent's `(tier, url)` list into announce groups under `policy`.
pub fn split(trackers: &[(u32, String)], policy: TierPolicy) -> Vec<Vec<(u32, String)>> {
    if policy.all_in_tier {
        return trackers.iter().map(|t| vec![t.clone()]).collect();
    }
    if !policy.all_tiers {
        return if trackers.is_empty() {
            Vec::new()
        } else {
            vec![trackers.to_vec()]
        };
    }
    let mut groups: Vec<Vec<(u32, String)>> = Vec::new();
    for t in trackers {
        match groups.last_mut() {
            Some(g) if g[0].0 == t.0 => g.push(t.clone()),
            _ => groups.push(vec![t.clone()]),
        }
    }
    groups
}

/// Back-off after `rounds` failed rounds: 60 s, 120 s, 240 s ... at most 1 h.
pub fn backoff(rounds: u32) -> Duration {
    let factor = 1u64 << rounds.min(16);
    (FIRST_BACKOFF * factor as u32).min(MAX_BACKOFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(urls: &[(u32, &str)]) -> (Group, Instant) {
        let now = Instant::now();
        let g = Group::new(urls.iter().map(|(t, u)| (*t, u.to_string())), now).expect("non-empty");
        (g, now)
    }

    fn ok(interval: u64, min: u64) -> Accepted {
        Accepted {
            interval: Some(Duration::from_secs(interval)),
            min_interval: Some(Duration::from_secs(min)),
            tracker_id: None,
        }
    }

    #[test]
    fn falls_through_the_tiers_then_backs_off() {
        let (mut g, now) = group(&[(0, "a"), (0, "b"), (1, "c")]);
        assert_eq!(g.current().url, "a");
        assert_eq!(g.failed(now), Duration::ZERO);
        assert_eq!(g.current().url, "b");
        assert_eq!(g.failed(now), Duration::ZERO);
        assert_eq!(g.current().url, "c");
        assert_eq!(g.failed(now), FIRST_BACKOFF);
        assert_eq!(g.next_at, now + FIRST_BACKOFF);
        assert_eq!(g.current().url, "a", "a new round starts from the top");
        for _ in 0..3 {
            g.failed(now);
        }
        assert_eq!(g.next_at, now + FIRST_BACKOFF * 2, "back-off doubles");
    }

    #[test]
    fn the_working_tracker_is_promoted_within_its_tier() {
        let (mut g, now) = group(&[(0, "a"), (0, "b"), (1, "c")]);
        g.failed(now);
        g.accepted(now, &ok(1800, 900), true, None);
        let order: Vec<_> = g.members().iter().map(|m| m.url.as_str()).collect();
        assert_eq!(order, ["b", "a", "c"]);
        assert_eq!(g.current().url, "b");
        assert!(g.current().started);
        assert_eq!(g.next_at, now + Duration::from_secs(1800));
    }

    #[test]
    fn a_tracker_in_a_later_tier_stays_in_its_tier() {
        let (mut g, now) = group(&[(0, "a"), (1, "b"), (1, "c")]);
        g.failed(now);
        g.failed(now);
        g.accepted(now, &ok(600, 0), false, None);
        let order: Vec<_> = g.members().iter().map(|m| m.url.as_str()).collect();
        assert_eq!(order, ["a", "c", "b"], "promotion never crosses tiers");
    }

    #[test]
    fn the_user_interval_is_floored_at_min_interval() {
        let (mut g, now) = group(&[(0, "a")]);
        g.accepted(now, &ok(1800, 900), true, Some(Duration::from_secs(60)));
        assert_eq!(g.next_at, now + Duration::from_secs(900));
        g.accepted(now, &ok(1800, 900), false, Some(Duration::from_secs(1200)));
        assert_eq!(g.next_at, now + Duration::from_secs(1200));
    }

    #[test]
    fn policies_split_the_trackers_into_groups() {
        let t: Vec<(u32, String)> = [(0, "a"), (0, "b"), (1, "c")]
            .iter()
            .map(|(n, u)| (*n, u.to_string()))
            .collect();
        let sizes = |p| split(&t, p).iter().map(Vec::len).collect::<Vec<_>>();
        assert_eq!(sizes(TierPolicy::default()), [3]);
        assert_eq!(
            sizes(TierPolicy {
                all_tiers: true,
                all_in_tier: false
            }),
            [2, 1]
        );
        assert_eq!(
            sizes(TierPolicy {
                all_tiers: true,
                all_in_tier: true
            }),
            [1, 1, 1]
        );
        assert!(split(&[], TierPolicy::default()).is_empty());
    }

    #[test]
    fn backoff_is_capped_at_an_hour() {
        assert_eq!(backoff(0), Duration::from_secs(60));
        assert_eq!(backoff(5), Duration::from_secs(1920));
        assert_eq!(backoff(6), MAX_BACKOFF);
        assert_eq!(backoff(u32::MAX), MAX_BACKOFF);
    }

    #[test]
    fn tracker_id_is_kept_and_restart_resends_started() {
        let (mut g, now) = group(&[(0, "a")]);
        let reply = Accepted {
            tracker_id: Some(b"xyz".to_vec()),
            ..ok(1800, 0)
        };
        g.accepted(now, &reply, true, None);
        assert_eq!(g.current().tracker_id.as_deref(), Some(&b"xyz"[..]));
        g.accepted(now, &ok(1800, 0), false, None);
        assert_eq!(
            g.current().tracker_id.as_deref(),
            Some(&b"xyz"[..]),
            "kept when not repeated"
        );
        assert_eq!(g.started_members().count(), 1);
        g.restart(now);
        assert_eq!(g.started_members().count(), 0);
    }
}
