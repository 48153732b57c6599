//! The viewer's link to the app: live (over events or polling), reconnecting, or offline.
//! Pure: times are seconds given by the caller, so the rules are tested natively.

use dfakeseeder::t;

/// Failures for this long without a success make "reconnecting" read "offline".
pub const OFFLINE_AFTER_SECS: f64 = 10.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Transport {
    /// `/api/events` (server-sent events).
    Events,
    /// `/api/state` every [`crate::feed::POLL_SECS`] seconds, after the events failed.
    Polling,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Link {
    Connecting,
    Live(Transport),
    Reconnecting,
    /// Failing for this many whole seconds.
    Offline(u64),
}

#[derive(Clone, Debug, Default)]
pub struct Connection {
    live: Option<Transport>,
    /// When the current run of failures began.
    failing_since: Option<f64>,
    /// Whether anything ever worked (before that, failures are still "connecting").
    ever_live: bool,
}

impl Connection {
    /// A state arrived (or the event stream opened).
    pub fn succeeded(&mut self, via: Transport) {
        self.live = Some(via);
        self.failing_since = None;
        self.ever_live = true;
    }

    /// A request failed or the stream dropped at `now`.
    pub fn failed(&mut self, now: f64) {
        self.live = None;
        self.failing_since.get_or_insert(now);
    }

    pub fn link(&self, now: f64) -> Link {
        if let Some(via) = self.live {
            return Link::Live(via);
        }
        match self.failing_since {
            Some(since) if now - since >= OFFLINE_AFTER_SECS => {
                Link::Offline((now - since).max(0.0) as u64)
            }
            Some(_) if self.ever_live => Link::Reconnecting,
            _ => Link::Connecting,
        }
    }
}

impl Link {
    /// What the banner says.
    pub fn text(self) -> String {
        match self {
            Link::Connecting => t!("viewer-connecting"),
            Link::Live(Transport::Events) => t!("viewer-live"),
            Link::Live(Transport::Polling) => t!("viewer-live-polling"),
            Link::Reconnecting => t!("viewer-reconnecting"),
            Link::Offline(secs) => t!("viewer-offline", secs = secs),
        }
    }

    pub fn is_live(self) -> bool {
        matches!(self, Link::Live(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connecting_live_reconnecting_offline_and_back() {
        let mut c = Connection::default();
        assert_eq!(c.link(0.0), Link::Connecting);
        c.failed(1.0);
        assert_eq!(c.link(2.0), Link::Connecting, "never worked yet");
        c.succeeded(Transport::Events);
        assert_eq!(c.link(3.0), Link::Live(Transport::Events));
        c.failed(4.0);
        c.failed(6.0);
        assert_eq!(c.link(13.9), Link::Reconnecting);
        assert_eq!(
            c.link(16.5),
            Link::Offline(12),
            "counted from the first failure"
        );
        c.succeeded(Transport::Polling);
        assert_eq!(c.link(17.0), Link::Live(Transport::Polling));
        c.failed(20.0);
        assert_eq!(c.link(21.0), Link::Reconnecting, "a new run of failures");
    }
}
