//! Test torrents made at run time, so their tracker URLs can point at a harness's free port.
//! The info-hash does not depend on the trackers: make the torrent, whitelist its hash, start the
//! tracker, then write the .torrent with the tracker's URL.

use std::path::{Path, PathBuf};

use sha1::{Digest, Sha1};

use super::bencode::{Value, dict_value_span};

pub struct TestTorrent {
    pub name: String,
    pub length: u64,
    pub piece_length: u32,
    /// The bencoded info dictionary, as served over ut_metadata.
    pub info: Vec<u8>,
    pub info_hash: [u8; 20],
}

impl TestTorrent {
    /// A single-file torrent over a deterministic payload (see [`payload_byte`]) of `length` bytes.
    pub fn new(name: &str, length: u64, piece_length: u32) -> TestTorrent {
        let piece_length = piece_length.max(1);
        let mut pieces = Vec::new();
        let mut start = 0u64;
        while start < length {
            let end = (start + u64::from(piece_length)).min(length);
            let data: Vec<u8> = (start..end).map(payload_byte).collect();
            pieces.extend_from_slice(&sha1(&data));
            start = end;
        }
        let info = Value::dict([
            ("length", Value::Int(length as i64)),
            ("name", Value::str(name)),
            ("piece length", Value::Int(i64::from(piece_length))),
            ("pieces", Value::Bytes(pieces)),
        ])
        .encode();
        let info_hash = sha1(&info);
        TestTorrent {
            name: name.to_string(),
            length,
            piece_length,
            info,
            info_hash,
        }
    }

    pub fn num_pieces(&self) -> u32 {
        self.length.div_ceil(u64::from(self.piece_length)) as u32
    }

    pub fn info_hash_hex(&self) -> String {
        hex::encode(self.info_hash)
    }

    /// The .torrent bytes: `announce` is the first URL, `announce-list` carries the tiers when there
    /// is more than one URL.
    pub fn to_bytes(&self, tiers: &[&[&str]]) -> Result<Vec<u8>, String> {
        let info = super::bencode::decode(&self.info)?;
        let mut top = Value::dict([("info", info)]);
        let Value::Dict(map) = &mut top else {
            return Err("not a dictionary".into());
        };
        if let Some(first) = tiers.iter().flat_map(|t| t.iter()).next() {
            map.insert(b"announce".to_vec(), Value::str(first));
        }
        if tiers.iter().map(|t| t.len()).sum::<usize>() > 1 {
            let list = tiers
                .iter()
                .map(|t| Value::List(t.iter().map(|u| Value::str(u)).collect()));
            map.insert(b"announce-list".to_vec(), Value::List(list.collect()));
        }
        Ok(top.encode())
    }

    /// Writes `<dir>/<name>.torrent` and returns its path.
    pub fn write(&self, dir: &Path, tiers: &[&[&str]]) -> Result<PathBuf, String> {
        let path = dir.join(format!("{}.torrent", self.name));
        std::fs::write(&path, self.to_bytes(tiers)?)
            .map_err(|e| format!("write {}: {e}", path.display()))?;
        Ok(path)
    }

    /// A magnet link with the hash, the name and the given trackers.
    pub fn magnet(&self, trackers: &[&str]) -> String {
        let mut m = format!(
            "magnet:?xt=urn:btih:{}&dn={}",
            self.info_hash_hex(),
            super::http::percent_encode(self.name.as_bytes())
        );
        for t in trackers {
            m.push_str("&tr=");
            m.push_str(&super::http::percent_encode(t.as_bytes()));
        }
        m
    }
}

/// Byte `offset` of every test torrent's payload.
pub fn payload_byte(offset: u64) -> u8 {
    (offset.wrapping_mul(2_654_435_761) >> 7) as u8
}

/// The v1 info-hash of .torrent bytes (SHA-1 of the raw info dictionary).
pub fn info_hash_of(torrent: &[u8]) -> Result<[u8; 20], String> {
    Ok(sha1(dict_value_span(torrent, "info")?))
}

/// Reads a .torrent file and returns its info-hash.
pub fn info_hash_of_file(path: &Path) -> Result<[u8; 20], String> {
    let bytes = std::fs::read(path).map_err(|e| format!("read {}: {e}", path.display()))?;
    info_hash_of(&bytes)
}

pub fn sha1(data: &[u8]) -> [u8; 20] {
    Sha1::digest(data).into()
}
