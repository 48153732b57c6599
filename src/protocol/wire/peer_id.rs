//! Names the client behind a peer_id, from the table in `assets/peer_ids.json`.
//!
//! Three conventions exist: Azureus style `-XXvvvv-` (code, 4 version characters), a fixed
//! prefix followed by dash-separated numbers (`A2-1-36-0-`, `M7-4-0--`), and Shadow style
//! (`S58B-----`: one letter, then base-64 version digits up to `---`). The table gives each
//! code's name and how its version characters read:
//! - `alnum3`: three characters, `0-9` then `A-Z` for 10..35 (libtorrent's fingerprint);
//!   the fourth is a build tag and is dropped (`-qB4520-` 4.5.2, `-lt0D80-` 0.13.8).
//! - `digits4`: four decimal digits (`-BI3500-` 3.5.0.0).
//! - `two_by_two`: two 2-digit numbers (`-WW0109-` 1.9).
//! - `transmission`: `-TR3000-` 3.00, `-TR111Z-` 1.11+, from 4.0 `-TR4060-` 4.0.6.
//! - prefixed ids always read three decimal numbers each followed by `-`.
//! - `none`: the version is not decoded.

use serde::Deserialize;
use std::fmt;
use std::sync::OnceLock;

const TABLE_JSON: &str = include_str!("../../../assets/peer_ids.json");

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeerClient {
    pub name: &'static str,
    pub version: Option<String>,
}

impl fmt::Display for PeerClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.version {
            Some(v) => write!(f, "{} {v}", self.name),
            None => f.write_str(self.name),
        }
    }
}

#[derive(Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
enum Style {
    Alnum3,
    Digits4,
    TwoByTwo,
    Transmission,
    None,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Azureus {
    code: String,
    name: String,
    version: Style,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Prefixed {
    prefix: String,
    name: String,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Shadow {
    code: String,
    name: String,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Table {
    azureus: Vec<Azureus>,
    prefixed: Vec<Prefixed>,
    shadow: Vec<Shadow>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    // Embedded data, checked by a unit test.
    TABLE.get_or_init(|| serde_json::from_str(TABLE_JSON).expect("embedded peer_id table is valid"))
}

/// The client and version a peer_id announces, if its convention and code are known.
pub fn identify(peer_id: &[u8]) -> Option<PeerClient> {
    let table = table();
    if peer_id.len() >= 8 && peer_id[0] == b'-' && peer_id[7] == b'-' {
        let entry = table
            .azureus
            .iter()
            .find(|e| e.code.as_bytes() == &peer_id[1..3])?;
        let version = azureus_version(entry.version, &peer_id[3..7]);
        return Some(PeerClient {
            name: &entry.name,
            version,
        });
    }
    for entry in &table.prefixed {
        if let Some(rest) = peer_id.strip_prefix(entry.prefix.as_bytes())
            && let Some(version) = dashed(rest)
        {
            return Some(PeerClient {
                name: &entry.name,
                version: Some(version),
            });
        }
    }
    let entry = table
        .shadow
        .iter()
        .find(|e| peer_id.starts_with(e.code.as_bytes()))?;
    let version = shadow_version(&peer_id[entry.code.len()..])?;
    Some(PeerClient {
        name: &entry.name,
        version: Some(version),
    })
}

/// A label for logs and the peers table: the client, or the peer_id's printable start.
pub fn describe(peer_id: &[u8]) -> String {
    match identify(peer_id) {
        Some(client) => client.to_string(),
        None => {
            let start: String = peer_id
                .iter()
                .take(8)
                .map(|&b| {
                    if b.is_ascii_graphic() {
                        char::from(b)
                    } else {
                        '.'
                    }
                })
                .collect();
            format!("unknown client {start}")
        }
    }
}

fn alnum(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some(u32::from(c - b'0')),
        b'A'..=b'Z' => Some(u32::from(c - b'A') + 10),
        _ => None,
    }
}

fn digits(chars: &[u8]) -> Option<u32> {
    std::str::from_utf8(chars)
        .ok()?
        .parse()
        .ok()
        .filter(|_| chars.iter().all(u8::is_ascii_digit))
}

fn azureus_version(style: Style, v: &[u8]) -> Option<String> {
    let join = |parts: &[u32]| {
        parts
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(".")
    };
    match style {
        Style::Alnum3 => {
            let parts: Option<Vec<u32>> = v[..3].iter().map(|&c| alnum(c)).collect();
            parts.map(|p| join(&p))
        }
        Style::Digits4 => {
            let parts: Option<Vec<u32>> = v.iter().map(|c| digits(&[*c])).collect();
            parts.map(|p| join(&p))
        }
        Style::TwoByTwo => Some(join(&[digits(&v[..2])?, digits(&v[2..])?])),
        Style::Transmission => transmission_version(v),
        Style::None => None,
    }
}

fn transmission_version(v: &[u8]) -> Option<String> {
    let tag = match v[3] {
        b'Z' | b'X' => "+",
        b'B' => " beta",
        _ => "",
    };
    if v.starts_with(b"000") {
        Some(format!("0.{}", digits(&v[3..])?)) // -TR0006- is 0.6
    } else if v.starts_with(b"00") {
        Some(format!("0.{:02}", digits(&v[2..])?)) // -TR0072- is 0.72
    } else if v[0] <= b'3' {
        Some(format!(
            "{}.{:02}{tag}",
            digits(&v[..1])?,
            digits(&v[1..3])?
        ))
    } else {
        Some(format!(
            "{}.{}.{}{tag}",
            alnum(v[0])?,
            alnum(v[1])?,
            alnum(v[2])?
        ))
    }
}

/// `1-36-0-` → 1.36.0: exactly three numbers, each closed by a dash.
fn dashed(rest: &[u8]) -> Option<String> {
    let mut parts = Vec::with_capacity(3);
    let mut rest = rest;
    for _ in 0..3 {
        let end = rest
            .iter()
            .position(|&b| b == b'-')
            .filter(|&end| end > 0 && end <= 3)?;
        parts.push(digits(&rest[..end])?.to_string());
        rest = &rest[end + 1..];
    }
    Some(parts.join("."))
}

/// `58B---` → 5.8.11: up to 5 base-64 digits, then at least three dashes.
fn shadow_version(rest: &[u8]) -> Option<String> {
    let end = rest
        .iter()
        .position(|&b| b == b'-')
        .filter(|&end| (1..=5).contains(&end))?;
    if !rest[end..].starts_with(b"---") {
        return None;
    }
    let parts: Option<Vec<String>> = rest[..end]
        .iter()
        .map(|&c| match c {
            b'0'..=b'9' | b'A'..=b'Z' => alnum(c),
            b'a'..=b'z' => Some(u32::from(c - b'a') + 36),
            b'.' => Some(62),
            _ => None,
        })
        .map(|n| n.map(|n| n.to_string()))
        .collect();
    Some(parts?.join("."))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(peer_id: &[u8]) -> String {
        describe(peer_id)
    }

    #[test]
    fn embedded_table_is_valid_and_unambiguous() {
        let t = table();
        assert!(t.azureus.iter().all(|e| e.code.len() == 2));
        let mut codes: Vec<&str> = t.azureus.iter().map(|e| e.code.as_str()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), t.azureus.len());
        assert!(t.shadow.iter().all(|e| e.code.len() == 1));
        assert!(t.prefixed.iter().all(|e| !e.prefix.is_empty()));
    }

    #[test]
    fn the_captured_clients() {
        assert_eq!(named(b"-qB4520-6n0)6RErIoN8"), "qBittorrent 4.5.2");
        assert_eq!(named(b"-TR3000-b7lp7dzl74s1"), "Transmission 3.00");
        assert_eq!(
            named(b"-lt0D80-\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c"),
            "rTorrent/libTorrent 0.13.8"
        );
        assert_eq!(
            named(b"A2-1-36-0-\xf3\x89\x18\xeb\xf3\x0c\x6c\xb2\x43\x6f"),
            "aria2 1.36.0"
        );
        assert_eq!(named(b"-DE203s-abcdefghijkl"), "Deluge 2.0.3");
        assert_eq!(named(b"-LT2080-abcdefghijkl"), "libtorrent 2.0.8");
    }

    #[test]
    fn other_conventions() {
        assert_eq!(named(b"-UT355W-abcdefghijkl"), "µTorrent 3.5.5");
        assert_eq!(named(b"-qB46A0-abcdefghijkl"), "qBittorrent 4.6.10");
        assert_eq!(named(b"-BI3500-abcdefghijkl"), "BiglyBT 3.5.0.0");
        assert_eq!(named(b"-WW0109-abcdefghijkl"), "WebTorrent 1.9");
        assert_eq!(named(b"-TR111Z-abcdefghijkl"), "Transmission 1.11+");
        assert_eq!(named(b"-TR0072-abcdefghijkl"), "Transmission 0.72");
        assert_eq!(named(b"-TR4060-abcdefghijkl"), "Transmission 4.0.6");
        assert_eq!(named(b"-XL0012-abcdefghijkl"), "Xunlei");
        assert_eq!(named(b"M7-4-0--abcdefghijkl"), "Mainline 7.4.0");
        assert_eq!(named(b"M4-20-8-abcdefghijkl"), "Mainline 4.20.8");
        assert_eq!(named(b"S58B-----abcdefghijk"), "Shadow 5.8.11");
        assert_eq!(named(b"T03I-----abcdefghijk"), "BitTornado 0.3.18");
    }

    #[test]
    fn unknown_and_malformed_ids_are_not_guessed() {
        assert_eq!(named(b"-ZZ1234-abcdefghijkl"), "unknown client -ZZ1234-");
        assert_eq!(named(&[0xff; 20]), "unknown client ........");
        assert_eq!(named(b"A2-x-36-0-abcdefghij"), "unknown client A2-x-36-");
        assert_eq!(named(b"Sabcdefghijklmnopqrs"), "unknown client Sabcdefg");
        assert_eq!(named(b""), "unknown client ");
        assert_eq!(identify(b"-qB45"), None);
        // A known code with unreadable version characters keeps the name.
        assert_eq!(named(b"-qB4.2.-abcdefghijkl"), "qBittorrent");
    }
}
