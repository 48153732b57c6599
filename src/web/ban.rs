//! Addresses refused for a while after too many failed logins (a bounded table).

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::{Duration, Instant};

/// How long an address is refused.
pub const BAN_DURATION: Duration = Duration::from_secs(5 * 60);

/// Most addresses tracked; beyond it the stalest entry makes room.
pub const MAX_TRACKED: usize = 4096;

#[derive(Clone, Copy)]
struct Entry {
    failures: u32,
    /// The last failure: failures older than [`BAN_DURATION`] are forgotten.
    last: Instant,
    banned_until: Option<Instant>,
}

pub struct Bans {
    after: u32,
    entries: HashMap<IpAddr, Entry>,
}

impl Bans {
    /// Bans an address at its `after`-th failure in a row.
    pub fn new(after: u32) -> Bans {
        Bans {
            after: after.max(1),
            entries: HashMap::new(),
        }
    }

    /// Whether `ip` is refused at `now`.
    pub fn is_banned(&mut self, ip: IpAddr, now: Instant) -> bool {
        let Some(entry) = self.entries.get(&ip).copied() else {
            return false;
        };
        match entry.banned_until {
            Some(until) if now < until => true,
            Some(_) => {
                // Served its time: starts again from zero.
                self.entries.remove(&ip);
                false
            }
            None => false,
        }
    }

    /// Counts a failed login or a wrong token; returns whether `ip` is now banned.
    pub fn fail(&mut self, ip: IpAddr, now: Instant) -> bool {
        if !self.entries.contains_key(&ip) && self.entries.len() >= MAX_TRACKED {
            self.make_room(now);
        }
        let entry = self.entries.entry(ip).or_insert(Entry {
            failures: 0,
            last: now,
            banned_until: None,
        });
        if now.saturating_duration_since(entry.last) > BAN_DURATION {
            entry.failures = 0;
        }
        entry.failures += 1;
        entry.last = now;
        if entry.failures >= self.after {
            entry.banned_until = Some(now + BAN_DURATION);
        }
        entry.banned_until.is_some()
    }

    /// A successful login clears the address's failures.
    pub fn succeed(&mut self, ip: IpAddr) {
        self.entries.remove(&ip);
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Drops what is over; if still full, the entry whose last failure is oldest.
    fn make_room(&mut self, now: Instant) {
        self.entries.retain(|_, e| match e.banned_until {
            Some(until) => now < until,
            None => now.saturating_duration_since(e.last) <= BAN_DURATION,
        });
        if self.entries.len() >= MAX_TRACKED
            && let Some(oldest) = self
                .entries
                .iter()
                .filter(|(_, e)| e.banned_until.is_none())
                .min_by_key(|(_, e)| e.last)
                .or_else(|| self.entries.iter().min_by_key(|(_, e)| e.last))
                .map(|(ip, _)| *ip)
        {
            self.entries.remove(&oldest);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(n: u32) -> IpAddr {
        IpAddr::V4(std::net::Ipv4Addr::from(n))
    }

    #[test]
    fn banned_at_the_fifth_failure_for_five_minutes() {
        let t0 = Instant::now();
        let mut bans = Bans::new(5);
        for _ in 0..4 {
            assert!(!bans.fail(ip(1), t0));
        }
        assert!(!bans.is_banned(ip(1), t0));
        assert!(bans.fail(ip(1), t0));
        assert!(bans.is_banned(ip(1), t0 + Duration::from_secs(299)));
        assert!(!bans.is_banned(ip(2), t0), "only that address");
        assert!(!bans.is_banned(ip(1), t0 + BAN_DURATION));
        assert!(!bans.fail(ip(1), t0 + BAN_DURATION), "counting starts over");
    }

    #[test]
    fn old_failures_and_successes_reset_the_count() {
        let t0 = Instant::now();
        let mut bans = Bans::new(2);
        bans.fail(ip(1), t0);
        assert!(!bans.fail(ip(1), t0 + BAN_DURATION + Duration::from_secs(1)));
        bans.succeed(ip(1));
        assert!(!bans.fail(ip(1), t0 + BAN_DURATION * 2));
    }

    #[test]
    fn the_table_stays_bounded() {
        let t0 = Instant::now();
        let mut bans = Bans::new(5);
        for n in 0..(MAX_TRACKED as u32 + 100) {
            bans.fail(ip(n), t0 + Duration::from_millis(u64::from(n)));
        }
        assert!(bans.len() <= MAX_TRACKED);
    }
}
