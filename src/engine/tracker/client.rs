//! What the announcer asks of a tracker client, and what it gets back.
//!
//! The real client (HTTP and UDP, shaped by the client profile) and the test doubles both
//! implement [`TrackerClient`]; the announcer never touches a socket.

use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AnnounceEvent {
    None,
    Started,
    Completed,
    Stopped,
}

/// One announce to one tracker.
#[derive(Clone, Debug, PartialEq)]
pub struct AnnounceRequest {
    pub url: String,
    pub info_hash: [u8; 20],
    pub event: AnnounceEvent,
    /// Bytes since our `started` to this tracker.
    pub uploaded: u64,
    pub downloaded: u64,
    pub left: u64,
    pub tracker_id: Option<Vec<u8>>,
    /// The client profile to pose as (`None` = the client's default).
    pub profile: Option<String>,
    /// Peers to ask for, overriding the profile's (`None` = as the profile does).
    pub numwant: Option<u32>,
}

/// A peer a tracker told us about; dictionary peer lists carry its peer_id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrackerPeer {
    pub addr: SocketAddr,
    pub peer_id: Option<[u8; 20]>,
}

/// A tracker's answer to an announce.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AnnounceReply {
    pub interval: Option<Duration>,
    pub min_interval: Option<Duration>,
    pub tracker_id: Option<Vec<u8>>,
    pub seeders: Option<u32>,
    pub leechers: Option<u32>,
    pub downloaded: Option<u32>,
    pub peers: Vec<TrackerPeer>,
    pub warning: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum AnnounceError {
    /// The tracker answered with a `failure reason`.
    Refused(String),
    /// No usable answer: network, timeout, HTTP status, malformed reply.
    Failed(String),
}

impl std::fmt::Display for AnnounceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnnounceError::Refused(reason) => write!(f, "tracker says: {reason}"),
            AnnounceError::Failed(why) => f.write_str(why),
        }
    }
}

impl AnnounceError {
    /// Whether the tracker says it does not know the torrent: announcing again is pointless
    /// until the user retries.
    pub fn is_unregistered(&self) -> bool {
        const SIGNS: [&str; 5] = [
            "unregistered",
            "not registered",
            "torrent not found",
            "unknown torrent",
            "info_hash not found",
        ];
        match self {
            AnnounceError::Refused(reason) => {
                let reason = reason.to_lowercase();
                SIGNS.iter().any(|s| reason.contains(s))
            }
            AnnounceError::Failed(_) => false,
        }
    }
}

/// A tracker's scrape figures for one torrent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ScrapeReply {
    pub seeders: u32,
    pub leechers: u32,
    pub downloaded: u32,
}

pub type AnnounceFuture =
    Pin<Box<dyn Future<Output = Result<AnnounceReply, AnnounceError>> + Send>>;
pub type ScrapeFuture = Pin<Box<dyn Future<Output = Result<ScrapeReply, AnnounceError>> + Send>>;

pub trait TrackerClient: Send + Sync + 'static {
    fn announce(&self, request: AnnounceRequest) -> AnnounceFuture;

    /// Which trackers a torrent posing as `profile` announces to; `None` leaves it to the
    /// engine's default.
    fn tier_policy(&self, profile: Option<&str>) -> Option<super::group::TierPolicy> {
        let _ = profile;
        None
    }

    /// Scrapes one torrent (BEP 48 for HTTP, BEP 15 for UDP). Trackers without a scrape URL
    /// answer `Failed`.
    fn scrape(&self, url: String, info_hash: [u8; 20]) -> ScrapeFuture {
        let _ = (url, info_hash);
        Box::pin(async { Err(AnnounceError::Failed("this client does not scrape".into())) })
    }

    /// The proxy for tracker traffic changed (the engine calls this at start and on every
    /// settings change); requests from now on use it.
    fn set_proxy(&self, proxy: &crate::settings::ProxySettings) {
        let _ = proxy;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unregistered_reasons_are_recognised() {
        for reason in [
            "Unregistered torrent",
            "torrent not registered with this tracker",
            "Torrent not found",
        ] {
            assert!(
                AnnounceError::Refused(reason.into()).is_unregistered(),
                "{reason}"
            );
        }
        assert!(!AnnounceError::Refused("too many requests".into()).is_unregistered());
        assert!(!AnnounceError::Failed("unregistered".into()).is_unregistered());
    }
}
