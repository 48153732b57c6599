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
