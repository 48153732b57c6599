//! The bencoded body of an HTTP scrape reply (BEP 48).

use super::TrackerError;
use super::http_response::{bytes, count_value, decode_dict, key_type};
use super::reply::ScrapeStats;
use crate::protocol::wire::bencode::Value;

/// Parses a scrape reply into (info-hash, stats) in the tracker's order; a count the tracker
/// leaves out reads as 0.
pub fn parse_scrape(body: &[u8]) -> Result<Vec<([u8; 20], ScrapeStats)>, TrackerError> {
    let root = decode_dict(body)?;
    if let Some(reason) = root.get(b"failure reason") {
        return Err(TrackerError::Failure {
            reason: String::from_utf8_lossy(bytes("failure reason", reason)?).into_owned(),
        });
    }
    let files = match root.get(b"files") {
        Some(Value::Dict(files)) => files,
        Some(other) => return Err(key_type("files", "a dictionary", other)),
        None => return Err(TrackerError::MissingKey { key: "files" }),
    };
    files
        .iter()
        .map(|(key, stats)| {
            let hash = info_hash_key(key)?;
            let name = format!("files.{}", hex::encode(hash));
            if !matches!(stats, Value::Dict(_)) {
                return Err(key_type(&name, "a dictionary", stats));
            }
            let field = |field: &str| -> Result<Option<u32>, TrackerError> {
                let key = format!("{name}.{field}");
                stats
                    .get(field.as_bytes())
                    .map(|v| count_value(&key, v))
                    .transpose()
            };
            Ok((
                hash,
                ScrapeStats {
                    complete: field("complete")?.unwrap_or(0),
                    incomplete: field("incomplete")?.unwrap_or(0),
                    downloaded: field("downloaded")?.unwrap_or(0),
                },
            ))
        })
        .collect()
}

/// A `files` key: 20 raw bytes, or (bittorrent-tracker) the same bytes read as Latin-1 and
/// written as UTF-8, which makes up to 40 bytes.
fn info_hash_key(key: &[u8]) -> Result<[u8; 20], TrackerError> {
    if let Ok(hash) = <[u8; 20]>::try_from(key) {
        return Ok(hash);
    }
    let latin1: Option<Vec<u8>> = std::str::from_utf8(key).ok().and_then(|s| {
        s.chars()
            .map(|c| u8::try_from(u32::from(c)).ok())
            .collect::<Option<Vec<u8>>>()
    });
    latin1
        .and_then(|bytes| <[u8; 20]>::try_from(bytes).ok())
        .ok_or_else(|| TrackerError::KeyType {
            key: format!("files key {}", hex::encode(key)),
            expected: "a 20-byte info-hash",
            got: "a byte string of another length",
        })
}
