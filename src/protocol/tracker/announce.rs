//! What one announce says about us: the values a client puts in the query or datagram.

/// BEP 3 / BEP 15 announce event.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Event {
    /// A regular update: no `event` parameter, BEP 15 code 0.
    #[default]
    None,
    Started,
    Completed,
    Stopped,
}

impl Event {
    /// The query value; `None` for a regular update (the parameter is left out).
    pub fn query_word(self) -> Option<&'static str> {
        match self {
            Event::None => None,
            Event::Started => Some("started"),
            Event::Completed => Some("completed"),
            Event::Stopped => Some("stopped"),
        }
    }

    /// The BEP 15 event code.
    pub fn udp_code(self) -> u32 {
        match self {
            Event::None => 0,
            Event::Completed => 1,
            Event::Started => 2,
            Event::Stopped => 3,
        }
    }

    /// Parses `none`, `started`, `completed` or `stopped` (as the CLI takes it).
    pub fn parse(word: &str) -> Option<Event> {
        match word {
            "none" | "" => Some(Event::None),
            "started" => Some(Event::Started),
            "completed" => Some(Event::Completed),
            "stopped" => Some(Event::Stopped),
            _ => None,
        }
    }
}

/// The announce `key`: most clients send hex text, aria2 sends raw bytes of its peer_id.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum KeyValue {
    /// Sent as written (escaped like any query value), e.g. `AD4108D6`.
    Text(String),
    /// Raw bytes, percent-escaped in the query.
    Bytes(Vec<u8>),
}

impl KeyValue {
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            KeyValue::Text(text) => text.as_bytes(),
            KeyValue::Bytes(bytes) => bytes,
        }
    }
}

/// Everything one announce carries besides the profile's fixed parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnnounceParams {
    pub info_hash: [u8; 20],
    pub peer_id: [u8; 20],
    pub port: u16,
    pub uploaded: u64,
    pub downloaded: u64,
    pub left: u64,
    /// Bytes that failed the hash check (libtorrent, Transmission).
    pub corrupt: u64,
    /// Bytes received twice (libtorrent).
    pub redundant: u64,
    pub event: Event,
    pub key: KeyValue,
    /// Overrides the profile's per-event numwant when set.
    pub numwant: Option<i32>,
    /// The `tracker id` a tracker asked us to send back.
    pub tracker_id: Option<Vec<u8>>,
}
