//! The BEP 10 extension handshake (extended message id 0): a bencoded dictionary.
//!
//! Encoding is canonical (keys sorted), which is what every captured client sends, so a profile's
//! handshake can be reproduced byte for byte. Decoding is tolerant of what it does not know
//! (unknown keys, non-UTF-8 names) but reports a known key of the wrong type or range.

use super::bencode::{self, Value};
use super::{Message, WireError};
use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// A key beyond the typed ones, kept when it is an integer or a byte string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Extra {
    Int(i64),
    Bytes(Vec<u8>),
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExtensionHandshake {
    /// Extension name → the extended message id the sender wants it as; 0 = disabled.
    /// Always written, even when empty, as every client does.
    pub m: BTreeMap<String, u8>,
    /// Client name and version, e.g. "qBittorrent/4.5.2".
    pub v: Option<String>,
    /// The sender's listening port.
    pub p: Option<u16>,
    /// The receiver's address as the sender sees it.
    pub yourip: Option<IpAddr>,
    /// How many outstanding requests the sender accepts.
    pub reqq: Option<u32>,
    /// 1 = the sender prefers encrypted connections.
    pub e: Option<i64>,
    pub upload_only: Option<i64>,
    /// libtorrent: seconds since the sender completed the torrent, -1 = never or unknown.
    pub complete_ago: Option<i64>,
    /// BEP 9: size of the info dictionary.
    pub metadata_size: Option<u32>,
    /// Other integer or string keys; a typed field wins over an extra of the same name.
    pub extra: BTreeMap<String, Extra>,
}

impl ExtensionHandshake {
    /// The canonical bencoded dictionary.
    pub fn encode(&self) -> Vec<u8> {
        let ip = self.yourip.map(|ip| match ip {
            IpAddr::V4(v4) => v4.octets().to_vec(),
            IpAddr::V6(v6) => v6.octets().to_vec(),
        });
        let mut dict: BTreeMap<&[u8], Value<'_>> = BTreeMap::new();
        for (key, value) in &self.extra {
            let value = match value {
                Extra::Int(n) => Value::Int(*n),
                Extra::Bytes(b) => Value::Bytes(b),
            };
            dict.insert(key.as_bytes(), value);
        }
        let m = self
            .m
            .iter()
            .map(|(k, id)| (k.as_bytes(), Value::Int(i64::from(*id))));
        dict.insert(b"m", Value::Dict(m.collect()));
        let ints = [
            (&b"p"[..], self.p.map(i64::from)),
            (b"reqq", self.reqq.map(i64::from)),
            (b"e", self.e),
            (b"upload_only", self.upload_only),
            (b"complete_ago", self.complete_ago),
            (b"metadata_size", self.metadata_size.map(i64::from)),
        ];
        for (key, value) in ints {
            if let Some(n) = value {
                dict.insert(key, Value::Int(n));
            }
        }
        if let Some(v) = &self.v {
            dict.insert(b"v", Value::Bytes(v.as_bytes()));
        }
        if let Some(ip) = &ip {
            dict.insert(b"yourip", Value::Bytes(ip));
        }
        bencode::encode(&Value::Dict(dict.into_iter().collect()))
    }

    /// The extended message (id 0) carrying this handshake.
    pub fn to_message(&self) -> Message {
        Message::Extended {
            id: 0,
            payload: self.encode(),
        }
    }

    /// Decodes a peer's handshake payload (the bytes after the extended id).
    pub fn decode(payload: &[u8]) -> Result<ExtensionHandshake, WireError> {
        let root = bencode::decode(payload)?;
        let Value::Dict(entries) = &root else {
            return Err(WireError::ExtensionNotDict { got: root.kind() });
        };
        let mut hs = ExtensionHandshake::default();
        for (key, value) in entries {
            let Ok(key) = std::str::from_utf8(key) else {
                continue;
            };
            match key {
                "m" => hs.m = decode_m(value)?,
                "v" => hs.v = Some(String::from_utf8_lossy(bytes(key, value)?).into_owned()),
                "p" => hs.p = Some(ranged(key, value)?),
                "reqq" => hs.reqq = Some(ranged(key, value)?),
                "metadata_size" => hs.metadata_size = Some(ranged(key, value)?),
                "e" => hs.e = Some(int(key, value)?),
                "upload_only" => hs.upload_only = Some(int(key, value)?),
                "complete_ago" => hs.complete_ago = Some(int(key, value)?),
                "yourip" => hs.yourip = Some(decode_ip(value)?),
                _ => {
                    let extra = match value {
                        Value::Int(n) => Extra::Int(*n),
                        Value::Bytes(b) => Extra::Bytes(b.to_vec()),
                        Value::List(_) | Value::Dict(_) => continue,
                    };
                    hs.extra.insert(key.to_owned(), extra);
                }
            }
        }
        Ok(hs)
    }
}

fn wrong(key: &str, expected: &'static str, got: String) -> WireError {
    WireError::ExtensionKeyType {
        key: key.to_owned(),
        expected,
        got,
    }
}

fn int(key: &str, value: &Value<'_>) -> Result<i64, WireError> {
    match value {
        Value::Int(n) => Ok(*n),
        other => Err(wrong(key, "an integer", other.kind().to_owned())),
    }
}

fn bytes<'v>(key: &str, value: &'v Value<'_>) -> Result<&'v [u8], WireError> {
    match value {
        Value::Bytes(b) => Ok(b),
        other => Err(wrong(key, "a byte string", other.kind().to_owned())),
    }
}

/// An integer that must fit `T` (a port, a count, a message id).
fn ranged<T>(key: &str, value: &Value<'_>) -> Result<T, WireError>
where
    T: TryFrom<i64> + num_bounds::Bounds,
{
    let n = int(key, value)?;
    T::try_from(n).map_err(|_| wrong(key, T::RANGE, n.to_string()))
}

/// The textual range of each integer type, for error messages.
mod num_bounds {
    pub trait Bounds {
        const RANGE: &'static str;
    }
    impl Bounds for u8 {
        const RANGE: &'static str = "an integer in 0..=255";
    }
    impl Bounds for u16 {
        const RANGE: &'static str = "an integer in 0..=65535";
    }
    impl Bounds for u32 {
        const RANGE: &'static str = "an integer in 0..=4294967295";
    }
}

fn decode_m(value: &Value<'_>) -> Result<BTreeMap<String, u8>, WireError> {
    let Value::Dict(entries) = value else {
        return Err(wrong("m", "a dictionary", value.kind().to_owned()));
    };
    let mut m = BTreeMap::new();
    for (name, id) in entries {
        let Ok(name) = std::str::from_utf8(name) else {
            continue;
        };
        m.insert(name.to_owned(), ranged(&format!("m.{name}"), id)?);
    }
    Ok(m)
}

fn decode_ip(value: &Value<'_>) -> Result<IpAddr, WireError> {
    let raw = bytes("yourip", value)?;
    if let Ok(v4) = <[u8; 4]>::try_from(raw) {
        Ok(IpAddr::V4(Ipv4Addr::from(v4)))
    } else if let Ok(v6) = <[u8; 16]>::try_from(raw) {
        Ok(IpAddr::V6(Ipv6Addr::from(v6)))
    } else {
        Err(wrong(
            "yourip",
            "4 or 16 bytes",
            format!("{} bytes", raw.len()),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRANSMISSION: &[u8] = b"d1:ei1e1:md11:ut_metadatai3ee13:metadata_sizei394e1:pi6893e4:reqqi512e11:upload_onlyi0e1:v17:Transmission 3.00e";

    #[test]
    fn decodes_and_reencodes_transmission() {
        let hs = ExtensionHandshake::decode(TRANSMISSION).unwrap();
        assert_eq!(hs.m.get("ut_metadata"), Some(&3));
        assert_eq!(
            (hs.e, hs.p, hs.reqq, hs.upload_only),
            (Some(1), Some(6893), Some(512), Some(0))
        );
        assert_eq!(hs.metadata_size, Some(394));
        assert_eq!(hs.v.as_deref(), Some("Transmission 3.00"));
        assert_eq!(hs.encode(), TRANSMISSION);
    }

    #[test]
    fn builds_canonical_order_from_fields_and_extras() {
        let mut hs = ExtensionHandshake {
            v: Some("x/1".into()),
            yourip: Some(IpAddr::V6(Ipv6Addr::LOCALHOST)),
            complete_ago: Some(-1),
            ..Default::default()
        };
        hs.m.insert("ut_pex".into(), 0);
        hs.m.insert("lt_donthave".into(), 7);
        hs.extra
            .insert("ipv4".into(), Extra::Bytes(vec![10, 0, 0, 1]));
        hs.extra.insert("v".into(), Extra::Int(9)); // the typed field wins
        let mut expected = b"d12:complete_agoi-1e4:ipv44:\x0a\x00\x00\x011:md11:lt_donthavei7e6:ut_pexi0ee1:v3:x/16:yourip16:".to_vec();
        expected.extend_from_slice(&Ipv6Addr::LOCALHOST.octets());
        expected.push(b'e');
        assert_eq!(hs.encode(), expected);
        let back = ExtensionHandshake::decode(&expected).unwrap();
        hs.extra.remove("v");
        assert_eq!(back, hs);
    }

    #[test]
    fn ignores_unknown_keys_of_any_type() {
        let hs =
            ExtensionHandshake::decode(b"d3:fooli1ee3:bard1:xi1ee1:pi1e2:\xff\xfei3ee").unwrap();
        assert_eq!(hs.p, Some(1));
        assert!(hs.extra.is_empty());
    }

    #[test]
    fn reports_wrong_types_and_ranges() {
        let cases: [(&[u8], &str); 7] = [
            (
                b"le",
                "extension handshake is a list, expected a dictionary",
            ),
            (
                b"d1:p4:6881e",
                "extension handshake key `p` should be an integer, got a byte string",
            ),
            (
                b"d1:pi70000ee",
                "extension handshake key `p` should be an integer in 0..=65535, got 70000",
            ),
            (
                b"d4:reqqi-1ee",
                "extension handshake key `reqq` should be an integer in 0..=4294967295, got -1",
            ),
            (
                b"d1:mli1eee",
                "extension handshake key `m` should be a dictionary, got a list",
            ),
            (
                b"d1:md6:ut_pexi256eee",
                "extension handshake key `m.ut_pex` should be an integer in 0..=255, got 256",
            ),
            (
                b"d6:yourip5:abcdee",
                "extension handshake key `yourip` should be 4 or 16 bytes, got 5 bytes",
            ),
        ];
        for (input, text) in cases {
            assert_eq!(
                ExtensionHandshake::decode(input).unwrap_err().to_string(),
                text
            );
        }
    }
}
