//! peer_id and key generators: pure, the randomness comes from the caller's rng.

use super::schema::{ClientProfile, KeyFormat, Tail};
use crate::protocol::tracker::KeyValue;
use crate::protocol::tracker::escape::HexCase;
use rand::Rng;

/// A fresh peer_id by the profile's rule: prefix, then a tail to 20 bytes.
pub fn generate_peer_id(profile: &ClientProfile, rng: &mut impl Rng) -> [u8; 20] {
    let rule = &profile.peer_id;
    let mut id = [0u8; 20];
    let prefix = &rule.prefix.as_bytes()[..rule.prefix.len().min(20)];
    id[..prefix.len()].copy_from_slice(prefix);
    let tail = &mut id[prefix.len()..];
    match &rule.tail {
        Tail::Alphabet { alphabet } if !alphabet.is_empty() => {
            let chars = alphabet.as_bytes();
            for b in tail.iter_mut() {
                *b = chars[rng.random_range(0..chars.len())];
            }
        }
        Tail::AlphabetChecksum { alphabet } if !alphabet.is_empty() => {
            let chars = alphabet.as_bytes();
            let n = chars.len();
            let mut sum = 0;
            if let Some((last, body)) = tail.split_last_mut() {
                for b in body.iter_mut() {
                    let i = rng.random_range(0..n);
                    sum += i;
                    *b = chars[i];
                }
                *last = chars[(n - sum % n) % n];
            }
        }
        // Binary, or an empty alphabet in a hand-built profile (validation refuses it in files).
        _ => rng.fill(tail),
    }
    id
}

/// A fresh announce key by the profile's rule; `peer_id` is used by derived keys (aria2).
pub fn generate_key(profile: &ClientProfile, peer_id: &[u8; 20], rng: &mut impl Rng) -> KeyValue {
    match profile.key.format {
        KeyFormat::Hex { case, pad, bits } => {
            let bits = u32::from(bits.clamp(1, 32));
            let n = rng.random::<u32>() >> (32 - bits);
            KeyValue::Text(match (case, pad) {
                (HexCase::Lower, true) => format!("{n:08x}"),
                (HexCase::Lower, false) => format!("{n:x}"),
                (HexCase::Upper, true) => format!("{n:08X}"),
                (HexCase::Upper, false) => format!("{n:X}"),
            })
        }
        KeyFormat::PeerIdTail { length } => {
            let length = usize::from(length).min(20);
            KeyValue::Bytes(peer_id[20 - length..].to_vec())
        }
    }
}

/// Whether `peer_id` could have come from [`generate_peer_id`] with this profile.
pub fn peer_id_matches(profile: &ClientProfile, peer_id: &[u8; 20]) -> bool {
    let Some(tail) = peer_id.strip_prefix(profile.peer_id.prefix.as_bytes()) else {
        return false;
    };
    match &profile.peer_id.tail {
        Tail::Alphabet { alphabet } => tail.iter().all(|b| alphabet.as_bytes().contains(b)),
        Tail::AlphabetChecksum { alphabet } => {
            let chars = alphabet.as_bytes();
            let indexes: Option<Vec<usize>> = tail
                .iter()
                .map(|b| chars.iter().position(|c| c == b))
                .collect();
            indexes
                .is_some_and(|ix| !chars.is_empty() && ix.iter().sum::<usize>() % chars.len() == 0)
        }
        Tail::Binary => true,
    }
}

/// Whether `key` could have come from [`generate_key`] with this profile and `peer_id`.
pub fn key_matches(profile: &ClientProfile, key: &KeyValue, peer_id: &[u8; 20]) -> bool {
    match (&profile.key.format, key) {
        (KeyFormat::Hex { case, pad, bits }, KeyValue::Text(text)) => {
            let digits_ok = text.bytes().all(|b| match case {
                HexCase::Lower => b.is_ascii_digit() || (b'a'..=b'f').contains(&b),
                HexCase::Upper => b.is_ascii_digit() || (b'A'..=b'F').contains(&b),
            });
            let len_ok = if *pad {
                text.len() == 8
            } else {
                (1..=8).contains(&text.len())
            };
            let value = u32::from_str_radix(text, 16).ok();
            let fits =
                value.is_some_and(|v| u64::from(v) < 1u64 << u32::from((*bits).clamp(1, 32)));
            let canonical = *pad || !text.starts_with('0') || text == "0";
            digits_ok && len_ok && fits && canonical
        }
        (KeyFormat::PeerIdTail { length }, KeyValue::Bytes(bytes)) => {
            let length = usize::from(*length).min(20);
            bytes.as_slice() == &peer_id[20 - length..]
        }
        _ => false,
    }
}
