//! The client profile schema: everything that makes our requests look like one real client's.
//! Profiles are TOML files in `assets/clients/`; see `qbittorrent-4.5.2.toml` for a commented one.

use super::template::{IntTemplate, QueryParam};
use crate::protocol::tracker::Event;
use crate::protocol::tracker::escape::{Escaping, HexCase};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClientProfile {
    /// The file stem, e.g. `qbittorrent-4.5.2`; set by the loader, not written in the file.
    #[serde(skip)]
    pub id: String,
    pub name: String,
    pub version: String,
    /// `YYYY-MM-DD`.
    pub release_date: chrono::NaiveDate,
    pub peer_id: PeerIdRule,
    pub key: KeyRule,
    /// numwant per event; absent when the client sends none (rTorrent).
    pub numwant: Option<NumWant>,
    pub http: HttpRule,
    /// BEP 15; absent when the client does not announce over UDP (aria2 without DHT).
    pub udp: Option<UdpRule>,
    pub trackers: TrackerPolicy,
    pub wire: WireRule,
}

/// Whether a value is drawn once per torrent or once per application run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    Torrent,
    Session,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeerIdRule {
    /// e.g. `-qB4520-`; the tail fills the rest of the 20 bytes.
    pub prefix: String,
    pub tail: Tail,
    pub scope: Scope,
    /// The peer_id in peer-wire handshakes.
    pub wire: WirePeerId,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Tail {
    /// Each byte drawn uniformly from `alphabet` (ASCII).
    Alphabet { alphabet: String },
    /// Like `alphabet`, but the last character makes the sum of the tail's alphabet indexes a
    /// multiple of the alphabet size (Transmission's check character).
    AlphabetChecksum { alphabet: String },
    /// Any byte.
    Binary,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WirePeerId {
    /// The same peer_id as sent to trackers.
    SameAsTracker,
    /// A fresh random peer_id (same prefix and tail rule) on every peer connection.
    PerConnection,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyRule {
    pub format: KeyFormat,
    pub scope: Scope,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum KeyFormat {
    /// A random number of `bits` (31 or 32) written in hex, 8 digits zero-padded or as short
    /// as the number.
    Hex { case: HexCase, pad: bool, bits: u8 },
    /// The last `length` bytes of the peer_id, raw (aria2).
    PeerIdTail { length: u8 },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NumWant {
    pub started: i32,
    pub completed: i32,
    /// Regular updates (no event).
    pub none: i32,
    pub stopped: i32,
}

impl NumWant {
    pub fn for_event(&self, event: Event) -> i32 {
        match event {
            Event::Started => self.started,
            Event::Completed => self.completed,
            Event::None => self.none,
            Event::Stopped => self.stopped,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HttpRule {
    /// `HTTP/1.1` or `HTTP/1.0`.
    pub version: String,
    pub escape: Escaping,
    /// Whether `Host` always carries the port or only when it is not the scheme's default.
    pub host_port: HostPort,
    /// Request headers in order; `{host}` in a value becomes the Host header value.
    pub headers: Vec<Header>,
    /// Query parameters in order.
    pub query: Vec<QueryParam>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HostPort {
    NonDefault,
    Always,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    pub name: String,
    pub value: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UdpRule {
    /// num_want when the profile has no numwant and none is given (BEP 15: -1 = default).
    pub num_want_unset: i32,
    /// How the 32-bit key is made from the announce key.
    pub key: UdpKey,
    /// BEP 41: append the URL's path and query as URLData options.
    pub url_data: bool,
    /// BEP 41: close the options with EndOfOptions (libtorrent does not).
    pub url_data_end: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UdpKey {
    /// The HTTP key text read as a hex number (the same key on both transports).
    HexText,
}

/// BEP 12 multi-tracker behaviour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrackerPolicy {
    /// Announce to every tracker of a tier, not only the first that answers.
    pub all_trackers_in_tier: bool,
    /// Announce to every tier, not only the first that works.
    pub all_tiers: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireRule {
    /// The 8 handshake reserved bytes as 16 hex digits.
    pub reserved: String,
    pub extension: ExtensionTemplate,
    /// The first message after the extension handshake.
    pub first_message: FirstMessage,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FirstMessage {
    /// We have no piece.
    pub empty: Opening,
    /// We have some pieces.
    pub partial: Opening,
    /// We have every piece.
    pub complete: Opening,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Opening {
    Nothing,
    HaveNone,
    HaveAll,
    Bitfield,
}

/// The BEP 10 extension handshake as template fields; see [`super::ExtensionContext`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtensionTemplate {
    /// Extension name → message id, as sent with PEX off.
    pub m: BTreeMap<String, u8>,
    /// Entries added to (or replacing ones in) `m` when PEX is on.
    #[serde(default)]
    pub m_pex: BTreeMap<String, u8>,
    pub v: Option<String>,
    pub reqq: Option<u32>,
    pub p: Option<IntTemplate>,
    /// `true`: send the peer's address as `yourip`.
    #[serde(default)]
    pub yourip: bool,
    pub e: Option<IntTemplate>,
    pub upload_only: Option<IntTemplate>,
    pub complete_ago: Option<IntTemplate>,
    pub metadata_size: Option<IntTemplate>,
}
