//! Tracker codecs, sans-IO: announce and scrape requests built from a
//! [`ClientProfile`](crate::profile::ClientProfile) exactly as the emulated client writes them,
//! and bounded parsers for what trackers answer (HTTP head, body, bencoded replies, BEP 15).

pub mod announce;
mod error;
pub mod escape;
pub mod http_body;
pub mod http_head;
pub mod http_request;
pub mod http_response;
pub mod preview;
pub mod reply;
pub mod scrape;
pub mod udp;
pub mod udp_reply;
pub mod url;

pub use announce::{AnnounceParams, Event, KeyValue};
pub use error::TrackerError;
pub use http_head::ResponseHead;
pub use http_request::{announce_request, scrape_request, scrape_url};
pub use http_response::{announce_from_response, parse_announce};
pub use preview::{UdpIds, preview};
pub use reply::{AnnounceReply, Peer, PeerAddr, ScrapeStats};
pub use url::{Scheme, TrackerUrl};
