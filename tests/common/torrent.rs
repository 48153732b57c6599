//! Builds small valid .torrent files for tests (a minimal bencode writer).

/// A bencode value to write.
pub enum B {
    I(i64),
    S(Vec<u8>),
    L(Vec<B>),
    /// Keys must be given sorted, as bencode requires.
    D(Vec<(&'static str, B)>),
}

pub fn s(text: &str) -> B {
    B::S(text.as_bytes().to_vec())
}

pub fn encode(value: &B, out: &mut Vec<u8>) {
    match value {
        B::I(i) => out.extend_from_slice(format!("i{i}e").as_bytes()),
        B::S(bytes) => {
            out.extend_from_slice(format!("{}:", bytes.len()).as_bytes());
            out.extend_from_slice(bytes);
        }
        B::L(items) => {
            out.push(b'l');
            items.iter().for_each(|v| encode(v, out));
            out.push(b'e');
        }
        B::D(entries) => {
            out.push(b'd');
            for (k, v) in entries {
                encode(&s(k), out);
                encode(v, out);
            }
            out.push(b'e');
        }
    }
}

/// Piece length for `size`: 256 KiB, doubled until there are at most 1024 pieces.
fn piece_length(size: u64) -> u64 {
    let mut piece = 256 * 1024;
    while size.div_ceil(piece) > 1024 {
        piece *= 2;
    }
    piece
}

/// A single-file torrent of `size` bytes; `seed` makes the info-hash unique.
pub fn single_file(name: &str, size: u64, announce: &str, seed: u64) -> Vec<u8> {
    let piece = piece_length(size);
    let pieces = size.div_ceil(piece).max(1) as usize;
    let mut hashes = vec![0u8; pieces * 20];
    for (i, b) in hashes.iter_mut().enumerate() {
        *b = (seed as usize).wrapping_mul(31).wrapping_add(i) as u8;
    }
    let info = B::D(vec![
        ("length", B::I(size as i64)),
        ("name", s(name)),
        ("piece length", B::I(piece as i64)),
        ("pieces", B::S(hashes)),
        ("x-seed", B::I(seed as i64)),
    ]);
    let torrent = B::D(vec![("announce", s(announce)), ("info", info)]);
    let mut out = Vec::new();
    encode(&torrent, &mut out);
    out
}

/// A single-file torrent with an `announce-list` of the given tiers.
pub fn with_tiers(name: &str, size: u64, tiers: &[&[&str]], seed: u64) -> Vec<u8> {
    let piece = piece_length(size);
    let pieces = size.div_ceil(piece).max(1) as usize;
    let hashes: Vec<u8> = (0..pieces * 20)
        .map(|i| (seed as usize).wrapping_add(i) as u8)
        .collect();
    let info = B::D(vec![
        ("length", B::I(size as i64)),
        ("name", s(name)),
        ("piece length", B::I(piece as i64)),
        ("pieces", B::S(hashes)),
        ("x-seed", B::I(seed as i64)),
    ]);
    let list = B::L(
        tiers
            .iter()
            .map(|tier| B::L(tier.iter().map(|u| s(u)).collect()))
            .collect(),
    );
    let first = tiers.first().and_then(|t| t.first()).copied().unwrap_or("");
    let torrent = B::D(vec![
        ("announce", s(first)),
        ("announce-list", list),
        ("info", info),
    ]);
    let mut out = Vec::new();
    encode(&torrent, &mut out);
    out
}
