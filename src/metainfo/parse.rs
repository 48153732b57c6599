//! From the bytes of a `.torrent` to a [`Metainfo`].

use super::bencode::{Byte, Value, parse_document};
use super::error::MetainfoError;
use super::fields::{dict, integer, optional_text, require};
use super::info::parse_info;
use super::trackers::tiers;
use super::{MAX_TORRENT_SIZE, Metainfo};
use sha1::{Digest, Sha1};

pub fn parse(bytes: &[u8]) -> Result<Metainfo, MetainfoError> {
    let Some(&first) = bytes.first() else {
        return Err(MetainfoError::Empty);
    };
    let size = bytes.len() as u64;
    if size > MAX_TORRENT_SIZE {
        return Err(MetainfoError::TooLarge {
            size,
            limit: MAX_TORRENT_SIZE,
        });
    }
    // Say "not a torrent" for pictures, web pages and the like, instead of a bencode detail.
    if !matches!(first, b'd' | b'l' | b'i' | b'0'..=b'9') {
        return Err(MetainfoError::NotBencode { first: Byte(first) });
    }
    let root = match parse_document(bytes)? {
        Value::Dict(root) => root,
        other => {
            return Err(MetainfoError::NotADictionary {
                found: other.kind(),
            });
        }
    };
    let top = root.fields()?;
    let info = dict(require(&top, "info", "info")?, "info")?;
    // The hash is over the bytes exactly as written: re-encoding could reorder or drop keys.
    let info_bytes = info.raw();
    let info_hash: [u8; 20] = Sha1::digest(info_bytes).into();
    let parts = parse_info(&info.fields()?)?;
    // An unreadable date is ignored like the other informational fields.
    let creation_date = top
        .get("creation date")
        .and_then(|v| integer(v, "creation date").ok());
    Ok(Metainfo {
        info_hash,
        name: parts.name,
        tiers: tiers(&top)?,
        piece_length: parts.piece_length,
        piece_count: parts.piece_count,
        total_size: parts.total_size,
        files: parts.files,
        private: parts.private,
        creation_date,
        comment: optional_text(&top, "comment"),
        created_by: optional_text(&top, "created by"),
        info_bytes: info_bytes.to_vec(),
        info_len: info_bytes.len(),
        hybrid: parts.hybrid,
    })
}
