//! `.torrent` parsing: bencode access, the info-hash, and precise errors.
//!
//! [`Metainfo::parse`] takes the bytes, [`load_file`] reads a file first. Only v1 and hybrid v1+v2
//! torrents are accepted; the info-hash is SHA-1 over the `info` dictionary exactly as written.

mod bencode;
mod error;
mod fields;
mod info;
mod load;
mod magnet;
mod parse;
mod trackers;

pub use bencode::{BencodeError, Byte, MAX_DEPTH};
pub use error::{LoadError, LoadProblem, MetainfoError, PathProblem};
pub use load::load_file;

use crate::state::FileEntry;

/// Largest `.torrent` accepted (checked before reading or parsing); real ones rarely pass 10 MiB.
pub const MAX_TORRENT_SIZE: u64 = 64 * 1024 * 1024;

/// A parsed v1 (or hybrid) torrent.
#[derive(Debug, Clone, PartialEq)]
pub struct Metainfo {
    /// SHA-1 of `info_bytes`.
    pub info_hash: [u8; 20],
    /// `info.name.utf-8` or `info.name`, lossy UTF-8.
    pub name: String,
    /// BEP 12 tiers in file order, without empty tiers or repeated URLs.
    pub tiers: Vec<Vec<String>>,
    pub piece_length: u64,
    pub piece_count: u32,
    /// Bytes covered by the pieces, BEP 47 padding files included.
    pub total_size: u64,
    /// Single-file: one entry named `name`. Multi-file: each `path` joined with `/`, relative to the
    /// torrent's `name` folder; padding files are left out, so the lengths may sum to less than
    /// `total_size`.
    pub files: Vec<FileEntry>,
    pub private: bool,
    /// Unix seconds.
    pub creation_date: Option<i64>,
    pub comment: Option<String>,
    pub created_by: Option<String>,
    /// The bencoded `info` dictionary exactly as in the file (served later by ut_metadata).
    /// The engine drops it once the torrent is loaded ([`Metainfo::drop_info_bytes`]): with its
    /// piece hashes it is most of a torrent's memory (20 KiB for 1 GiB in 1 MiB pieces).
    pub info_bytes: Vec<u8>,
    /// Length of the `info` dictionary (kept when `info_bytes` is dropped).
    pub info_len: usize,
    /// A v1+v2 hybrid; the v1 info-hash is used.
    pub hybrid: bool,
}

impl Metainfo {
    /// Frees the `info` dictionary's bytes; `info_len` still says how long it is. Who needs
    /// the bytes again (a peer asking for metadata) reads them from the `.torrent` copy.
    pub fn drop_info_bytes(&mut self) {
        self.info_bytes = Vec::new();
    }

    /// Parses a whole `.torrent`; see [`MetainfoError`] for what is refused.
    pub fn parse(bytes: &[u8]) -> Result<Metainfo, MetainfoError> {
        parse::parse(bytes)
    }

    /// The info-hash as 40 lowercase hex digits.
    pub fn info_hash_hex(&self) -> String {
        hex::encode(self.info_hash)
    }

    /// Every tracker URL with its tier number (from 0), in announce order.
    pub fn trackers(&self) -> impl Iterator<Item = (u32, &str)> {
        self.tiers.iter().enumerate().flat_map(|(tier, urls)| {
            let tier = u32::try_from(tier).unwrap_or(u32::MAX);
            urls.iter().map(move |url| (tier, url.as_str()))
        })
    }
}
