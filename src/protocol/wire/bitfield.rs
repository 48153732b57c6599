//! Which pieces a peer has: one bit per piece, high bit of byte 0 = piece 0, spare bits zero.

use super::{Message, WireError};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bitfield {
    bytes: Vec<u8>,
    pieces: u32,
}

/// Bytes a bitfield for `pieces` pieces takes on the wire.
pub fn byte_len(pieces: u32) -> usize {
    (pieces as usize).div_ceil(8)
}

impl Bitfield {
    pub fn empty(pieces: u32) -> Bitfield {
        Bitfield {
            bytes: vec![0; byte_len(pieces)],
            pieces,
        }
    }

    pub fn full(pieces: u32) -> Bitfield {
        Bitfield::from_progress(1.0, pieces)
    }

    /// The pieces we claim at `progress` (0..=1): `floor(progress × pieces)` of them, never all
    /// below 1.0. They are the first ones of a fixed bit-reversal order (0, n/2, n/4, 3n/4, ...),
    /// so they spread evenly over the torrent as a rarest-first download leaves them, and more
    /// progress only ever adds pieces. A pure function: a restart shows the same pieces.
    pub fn from_progress(progress: f64, pieces: u32) -> Bitfield {
        let n = u64::from(pieces);
        let have = if progress >= 1.0 {
            n
        } else if progress > 0.0 {
            // `as` saturates; the min keeps float rounding from claiming completion.
            ((progress * n as f64) as u64).min(n.saturating_sub(1))
        } else {
            0 // also NaN
        };
        let mut field = Bitfield::empty(pieces);
        let bits = n.next_power_of_two().trailing_zeros();
        let mut left = have;
        for j in 0..(1u64 << bits) {
            if left == 0 {
                break;
            }
            let i = if bits == 0 {
                0
            } else {
                j.reverse_bits() >> (64 - bits)
            };
            if i < n {
                field.bytes[(i / 8) as usize] |= 0x80 >> (i % 8);
                left -= 1;
            }
        }
        field
    }

    /// Validates a peer's bitfield: BEP 3 requires the exact length and zero spare bits.
    pub fn from_peer(bytes: &[u8], pieces: u32) -> Result<Bitfield, WireError> {
        let expected = byte_len(pieces);
        if bytes.len() != expected {
            return Err(WireError::BitfieldLength {
                got: bytes.len(),
                pieces,
                expected,
            });
        }
        let spare = (expected * 8 - pieces as usize) as u32;
        if let Some(last) = bytes.last()
            && spare > 0
            && last & ((1u8 << spare) - 1) != 0
        {
            return Err(WireError::BitfieldSpareBits { pieces });
        }
        Ok(Bitfield {
            bytes: bytes.to_vec(),
            pieces,
        })
    }

    pub fn piece_count(&self) -> u32 {
        self.pieces
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// False for an index past the end.
    pub fn has(&self, index: u32) -> bool {
        index < self.pieces && self.bytes[(index / 8) as usize] & (0x80 >> (index % 8)) != 0
    }

    /// Marks a piece as had (a peer's `have`); false if the index is past the end.
    pub fn set(&mut self, index: u32) -> bool {
        if index >= self.pieces {
            return false;
        }
        self.bytes[(index / 8) as usize] |= 0x80 >> (index % 8);
        true
    }

    pub fn count(&self) -> u32 {
        self.bytes.iter().map(|b| b.count_ones()).sum()
    }

    pub fn is_complete(&self) -> bool {
        self.count() == self.pieces
    }

    /// Share of pieces had, 0..=1 (1 for a torrent without pieces).
    pub fn progress(&self) -> f64 {
        if self.pieces == 0 {
            1.0
        } else {
            f64::from(self.count()) / f64::from(self.pieces)
        }
    }

    /// The first message after the handshake: with the Fast extension a seeder or an empty
    /// peer sends have_all / have_none, as the captured clients do; otherwise the bitfield.
    pub fn first_message(&self, fast: bool) -> Message {
        match (fast, self.count()) {
            (true, 0) => Message::HaveNone,
            (true, c) if c == self.pieces => Message::HaveAll,
            _ => Message::Bitfield(self.bytes.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_gives_an_even_spread_and_zero_spare_bits() {
        let half = Bitfield::from_progress(0.5, 16);
        assert_eq!(half.as_bytes(), [0xaa, 0xaa]);
        let some = Bitfield::from_progress(0.3, 10);
        assert_eq!(some.as_bytes(), [0x88, 0x80], "pieces 0, 4 and 8");
        assert_eq!(Bitfield::from_peer(some.as_bytes(), 10), Ok(some));
        assert_eq!(Bitfield::full(10).as_bytes(), [0xff, 0xc0]);
        assert_eq!(Bitfield::from_progress(1.5, 3).as_bytes(), [0xe0]);
    }

    #[test]
    fn below_one_never_looks_complete() {
        for pieces in [1, 2, 7, 16, 1000, 1_000_000] {
            let almost = Bitfield::from_progress(1.0 - f64::EPSILON, pieces);
            assert_eq!(almost.count(), pieces - 1, "{pieces}");
        }
        assert_eq!(Bitfield::from_progress(f64::NAN, 8).count(), 0);
        assert_eq!(Bitfield::from_progress(-1.0, 8).count(), 0);
    }

    #[test]
    fn more_progress_never_drops_a_piece() {
        let mut previous = Bitfield::empty(37);
        for step in 0..=100 {
            let now = Bitfield::from_progress(f64::from(step) / 100.0, 37);
            assert!(
                (0..37).all(|i| !previous.has(i) || now.has(i)),
                "step {step}"
            );
            previous = now;
        }
    }

    #[test]
    fn first_message_prefers_fast_forms() {
        assert_eq!(Bitfield::full(16).first_message(true), Message::HaveAll);
        assert_eq!(Bitfield::empty(16).first_message(true), Message::HaveNone);
        assert_eq!(
            Bitfield::full(16).first_message(false),
            Message::Bitfield(vec![0xff, 0xff])
        );
        let half = Bitfield::from_progress(0.5, 16);
        assert_eq!(
            half.first_message(true),
            Message::Bitfield(vec![0xaa, 0xaa])
        );
    }

    #[test]
    fn validates_a_peers_bitfield() {
        assert_eq!(
            Bitfield::from_peer(&[0xff, 0xff, 0xff], 16)
                .unwrap_err()
                .to_string(),
            "bitfield of 3 bytes for 16 pieces, expected 2"
        );
        assert_eq!(
            Bitfield::from_peer(&[0xff, 0xc1], 10)
                .unwrap_err()
                .to_string(),
            "bitfield for 10 pieces has spare bits set after the last piece"
        );
        let mut peer = Bitfield::from_peer(&[0x80, 0x00], 10).unwrap();
        assert!(peer.has(0) && !peer.has(1) && !peer.has(10));
        assert!(peer.set(9) && !peer.set(10));
        assert_eq!(peer.as_bytes(), [0x80, 0x40]);
        assert_eq!(peer.progress(), 0.2);
    }
}
