//! Every way a tracker exchange can go wrong, worded so a log line or the Trackers tab says what
//! happened without a packet capture.

use thiserror::Error;

#[derive(Error, Debug, Clone, PartialEq, Eq)]
pub enum TrackerError {
    /// The tracker answered with `failure reason` (HTTP) or an action 3 datagram (UDP).
    #[error("tracker refused: {reason}")]
    Failure { reason: String },

    #[error("tracker URL {url:?}: {what}")]
    Url { url: String, what: String },
    #[error("{what} of {len} bytes exceeds the limit of {limit} bytes")]
    TooLarge {
        what: &'static str,
        len: usize,
        limit: usize,
    },
    #[error("profile {profile}: {what}")]
    Profile { profile: String, what: String },

    #[error("HTTP response: {what}")]
    HttpHead { what: String },
    #[error("HTTP status {status} {reason}")]
    HttpStatus { status: u16, reason: String },
    #[error("HTTP body: {what}")]
    HttpBody { what: String },

    #[error("reply is not valid bencode: {what} at byte {at}")]
    Bencode { what: String, at: usize },
    #[error("reply is {got}, expected a dictionary")]
    NotDict { got: &'static str },
    #[error("reply has no `{key}`")]
    MissingKey { key: &'static str },
    #[error("reply key `{key}` should be {expected}, got {got}")]
    KeyType {
        key: String,
        expected: &'static str,
        got: &'static str,
    },
    #[error("reply key `{key}` is {value}, outside {range}")]
    OutOfRange {
        key: String,
        value: i64,
        range: &'static str,
    },
    #[error("`{key}` holds {len} bytes, not a multiple of {unit}")]
    PeersLength {
        key: &'static str,
        len: usize,
        unit: usize,
    },
    #[error("peer {index} in `peers`: {what}")]
    BadPeer { index: usize, what: String },

    #[error("UDP {what} of {got} bytes, expected {expected}")]
    UdpLength {
        what: &'static str,
        got: usize,
        expected: String,
    },
    #[error("UDP reply for transaction {got:#010x}, expected {expected:#010x}")]
    UdpTransaction { expected: u32, got: u32 },
    #[error("UDP reply with action {got}, expected {expected} ({name})")]
    UdpAction {
        expected: u32,
        got: u32,
        name: &'static str,
    },
    #[error("UDP {what}")]
    Udp { what: String },
}
