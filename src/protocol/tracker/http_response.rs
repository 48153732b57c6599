//! The bencoded body of an HTTP announce reply (BEP 3, 23, 7), bounded and checked.

use super::TrackerError;
use super::http_head::ResponseHead;
use super::reply::{AnnounceReply, Peer, PeerAddr, compact_peers};
use crate::protocol::wire::WireError;
use crate::protocol::wire::bencode::{self, Value};

/// Largest bencoded reply accepted; 200 dictionary peers take about 20 KiB.
pub const MAX_REPLY_BYTES: usize = 2 * 1024 * 1024;

/// Parses an announce reply; a `failure reason` wins over everything else.
pub fn parse_announce(body: &[u8]) -> Result<AnnounceReply, TrackerError> {
    let root = decode_dict(body)?;
    if let Some(reason) = root.get(b"failure reason") {
        return Err(TrackerError::Failure {
            reason: text("failure reason", reason)?,
        });
    }
    let interval = match root.get(b"interval") {
        Some(v) => positive("interval", v)?,
        None => return Err(TrackerError::MissingKey { key: "interval" }),
    };
    let mut reply = AnnounceReply {
        interval,
        min_interval: root
            .get(b"min interval")
            .map(|v| positive("min interval", v))
            .transpose()?,
        tracker_id: root
            .get(b"tracker id")
            .map(|v| bytes("tracker id", v).map(<[u8]>::to_vec))
            .transpose()?,
        complete: count(&root, "complete")?,
        incomplete: count(&root, "incomplete")?,
        downloaded: count(&root, "downloaded")?,
        warning: root
            .get(b"warning message")
            .map(|v| text("warning message", v))
            .transpose()?,
        peers: Vec::new(),
    };
    match root.get(b"peers") {
        None => {}
        Some(Value::Bytes(b)) => reply.peers = compact_peers("peers", b, false)?,
        Some(Value::List(list)) => reply.peers = dict_peers(list)?,
        Some(other) => return Err(key_type("peers", "a byte string or a list", other)),
    }
    if let Some(v) = root.get(b"peers6") {
        reply
            .peers
            .extend(compact_peers("peers6", bytes("peers6", v)?, true)?);
    }
    Ok(reply)
}

/// The announce outcome of a whole HTTP exchange (redirects are the caller's, see
/// [`ResponseHead::redirect_url`]): a 200 body is parsed; another status is a
/// [`TrackerError::HttpStatus`] unless its body carries a `failure reason`, which is more precise.
pub fn announce_from_response(
    head: &ResponseHead,
    body: &[u8],
) -> Result<AnnounceReply, TrackerError> {
    if head.status == 200 {
        return parse_announce(body);
    }
    match parse_announce(body) {
        Err(failure @ TrackerError::Failure { .. }) => Err(failure),
        _ => Err(TrackerError::HttpStatus {
            status: head.status,
            reason: head.reason.clone(),
        }),
    }
}

/// Decodes a body that must be one dictionary, within [`MAX_REPLY_BYTES`].
pub(super) fn decode_dict(body: &[u8]) -> Result<Value<'_>, TrackerError> {
    if body.len() > MAX_REPLY_BYTES {
        return Err(TrackerError::TooLarge {
            what: "tracker reply",
            len: body.len(),
            limit: MAX_REPLY_BYTES,
        });
    }
    let root = bencode::decode(body).map_err(|e| match e {
        WireError::Bencode { what, at } => TrackerError::Bencode { what, at },
        other => TrackerError::Bencode {
            what: other.to_string(),
            at: 0,
        },
    })?;
    match root {
        Value::Dict(_) => Ok(root),
        other => Err(TrackerError::NotDict { got: other.kind() }),
    }
}

pub(super) fn key_type(key: &str, expected: &'static str, got: &Value<'_>) -> TrackerError {
    TrackerError::KeyType {
        key: key.to_owned(),
        expected,
        got: got.kind(),
    }
}

pub(super) fn bytes<'v>(key: &str, value: &'v Value<'_>) -> Result<&'v [u8], TrackerError> {
    match value {
        Value::Bytes(b) => Ok(b),
        other => Err(key_type(key, "a byte string", other)),
    }
}

fn text(key: &str, value: &Value<'_>) -> Result<String, TrackerError> {
    Ok(String::from_utf8_lossy(bytes(key, value)?).into_owned())
}

pub(super) fn int_in(
    key: &str,
    value: &Value<'_>,
    min: i64,
    max: i64,
    range: &'static str,
) -> Result<i64, TrackerError> {
    match value {
        Value::Int(n) if (min..=max).contains(n) => Ok(*n),
        Value::Int(n) => Err(TrackerError::OutOfRange {
            key: key.to_owned(),
            value: *n,
            range,
        }),
        other => Err(key_type(key, "an integer", other)),
    }
}

/// A number of seconds that must be at least 1 (0 or less would make us announce in a loop).
fn positive(key: &str, value: &Value<'_>) -> Result<u32, TrackerError> {
    let n = int_in(key, value, 1, i64::from(i32::MAX), "1..=2147483647")?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

pub(super) fn count_value(key: &str, value: &Value<'_>) -> Result<u32, TrackerError> {
    let n = int_in(key, value, 0, i64::from(u32::MAX), "0..=4294967295")?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

fn count(root: &Value<'_>, key: &'static str) -> Result<Option<u32>, TrackerError> {
    root.get(key.as_bytes())
        .map(|v| count_value(key, v))
        .transpose()
}

fn dict_peers(list: &[Value<'_>]) -> Result<Vec<Peer>, TrackerError> {
    list.iter()
        .enumerate()
        .map(|(index, entry)| {
            dict_peer(entry).map_err(|what| TrackerError::BadPeer { index, what })
        })
        .collect()
}

fn dict_peer(entry: &Value<'_>) -> Result<Peer, String> {
    if !matches!(entry, Value::Dict(_)) {
        return Err(format!("is {}, expected a dictionary", entry.kind()));
    }
    let ip = match entry.get(b"ip") {
        Some(Value::Bytes(b)) => peer_addr(b)?,
        Some(other) => return Err(format!("`ip` is {}, expected a byte string", other.kind())),
        None => return Err("has no `ip`".into()),
    };
    let port = match entry.get(b"port") {
        Some(Value::Int(n)) => {
            u16::try_from(*n).map_err(|_| format!("`port` {n} is outside 0..=65535"))?
        }
        Some(other) => return Err(format!("`port` is {}, expected an integer", other.kind())),
        None => return Err("has no `port`".into()),
    };
    let peer_id = match entry.get(b"peer id") {
        None => None,
        Some(Value::Bytes(b)) => Some(
            <[u8; 20]>::try_from(*b)
                .map_err(|_| format!("`peer id` of {} bytes, expected 20", b.len()))?,
        ),
        Some(other) => {
            return Err(format!(
                "`peer id` is {}, expected a byte string",
                other.kind()
            ));
        }
    };
    Ok(Peer {
        addr: ip,
        port,
        peer_id,
    })
}

fn peer_addr(raw: &[u8]) -> Result<PeerAddr, String> {
    let text = std::str::from_utf8(raw).map_err(|_| "`ip` is not UTF-8 text".to_owned())?;
    if let Ok(ip) = text.parse() {
        return Ok(PeerAddr::Ip(ip));
    }
    let valid = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '.';
    if text.is_empty() || text.len() > 253 || !text.chars().all(valid) {
        return Err(format!(
            "`ip` {text:?} is neither an address nor a host name"
        ));
    }
    Ok(PeerAddr::Name(text.to_owned()))
}
