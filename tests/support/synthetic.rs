//! Synthetic torrents of any size for engine tests: valid metainfo with made-up piece hashes
//! (nothing is ever hashed against a payload), at most 1024 pieces however large the size.

use super::bencode::Value;

/// Piece length for `size`: 256 KiB, doubled until there are at most 1024 pieces.
fn piece_length(size: u64) -> u64 {
    let mut piece = 256 * 1024;
    while size.div_ceil(piece) > 1024 {
        piece *= 2;
    }
    piece
}

/// A single-file torrent of `size` bytes announcing to `tiers`; `seed` makes the info-hash unique.
pub fn synthetic(name: &str, size: u64, tiers: &[&[&str]], seed: u64) -> Vec<u8> {
    let piece = piece_length(size);
    let pieces = size.div_ceil(piece).max(1) as usize;
    let hashes: Vec<u8> = (0..pieces * 20)
        .map(|i| (seed as usize).wrapping_mul(31).wrapping_add(i) as u8)
        .collect();
    let info = Value::dict([
        ("length", Value::Int(size as i64)),
        ("name", Value::str(name)),
        ("piece length", Value::Int(piece as i64)),
        ("pieces", Value::Bytes(hashes)),
        ("x-seed", Value::Int(seed as i64)),
    ]);
    let first = tiers.first().and_then(|t| t.first()).copied().unwrap_or("");
    let list = Value::List(
        tiers
            .iter()
            .map(|t| Value::List(t.iter().map(|u| Value::str(u)).collect()))
            .collect(),
    );
    Value::dict([
        ("announce", Value::str(first)),
        ("announce-list", list),
        ("info", info),
    ])
    .encode()
}
