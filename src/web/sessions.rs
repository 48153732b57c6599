//! Login sessions: random ids in memory, each with an expiry; a bounded count.

use std::collections::HashMap;
use std::time::{Duration, Instant};

/// Most sessions at once; beyond it the one expiring soonest is dropped.
pub const MAX_SESSIONS: usize = 1024;

pub struct Sessions {
    ttl: Duration,
    by_id: HashMap<String, Instant>,
}

impl Sessions {
    pub fn new(ttl: Duration) -> Sessions {
        Sessions {
            ttl,
            by_id: HashMap::new(),
        }
    }

    pub fn ttl(&self) -> Duration {
        self.ttl
    }

    /// Opens a session and returns its id.
    pub fn open(&mut self, now: Instant) -> Result<String, String> {
        self.drop_expired(now);
        if self.by_id.len() >= MAX_SESSIONS
            && let Some(soonest) = self
                .by_id
                .iter()
                .min_by_key(|(_, until)| **until)
                .map(|(id, _)| id.clone())
        {
            self.by_id.remove(&soonest);
        }
        let id = super::secrets::random_hex(32)?;
        self.by_id.insert(id.clone(), now + self.ttl);
        Ok(id)
    }

    /// Whether `id` is a live session at `now` (an expired one is dropped).
    pub fn is_valid(&mut self, id: &str, now: Instant) -> bool {
        match self.by_id.get(id) {
            Some(until) if now < *until => true,
            Some(_) => {
                self.by_id.remove(id);
                false
            }
            None => false,
        }
    }

    pub fn close(&mut self, id: &str) {
        self.by_id.remove(id);
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    fn drop_expired(&mut self, now: Instant) {
        self.by_id.retain(|_, until| now < *until);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_expire_and_close() {
        let t0 = Instant::now();
        let mut s = Sessions::new(Duration::from_secs(60));
        let id = s.open(t0).unwrap();
        assert_eq!(id.len(), 64);
        assert!(s.is_valid(&id, t0 + Duration::from_secs(59)));
        assert!(!s.is_valid(&id, t0 + Duration::from_secs(60)));
        assert!(s.is_empty(), "the expired one was dropped");
        let id = s.open(t0).unwrap();
        s.close(&id);
        assert!(!s.is_valid(&id, t0));
        assert!(!s.is_valid("", t0));
    }

    #[test]
    fn the_count_is_bounded() {
        let t0 = Instant::now();
        let mut s = Sessions::new(Duration::from_secs(60));
        let first = s.open(t0).unwrap();
        for i in 0..MAX_SESSIONS {
            s.open(t0 + Duration::from_millis(i as u64 + 1)).unwrap();
        }
        assert_eq!(s.len(), MAX_SESSIONS);
        assert!(!s.is_valid(&first, t0), "the oldest made room");
    }
}
