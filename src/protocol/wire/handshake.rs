//! The BEP 3 handshake: `19 "BitTorrent protocol" reserved[8] info_hash[20] peer_id[20]`.

use super::WireError;

pub const PSTR: &[u8; 19] = b"BitTorrent protocol";
pub const HANDSHAKE_LEN: usize = 68;

/// The 8 reserved bytes, where clients advertise extensions. Each client sets its own pattern
/// (qBittorrent `0000000000100005`, Transmission `0000000000100004`), so profiles store them whole.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Reserved(pub [u8; 8]);

impl Reserved {
    /// BEP 10 extension protocol: byte 5, bit 0x10.
    const EXTENSION: (usize, u8) = (5, 0x10);
    /// BEP 6 Fast extension: byte 7, bit 0x04.
    const FAST: (usize, u8) = (7, 0x04);
    /// BEP 5 DHT (the peer answers `port` messages): byte 7, bit 0x01.
    const DHT: (usize, u8) = (7, 0x01);

    /// Parses 16 hex digits, the form client profiles and the captures use.
    pub fn from_hex(text: &str) -> Result<Reserved, WireError> {
        let mut bytes = [0u8; 8];
        hex::decode_to_slice(text, &mut bytes).map_err(|_| WireError::ReservedHex {
            got: text.to_owned(),
        })?;
        Ok(Reserved(bytes))
    }

    pub fn to_hex(self) -> String {
        hex::encode(self.0)
    }

    fn get(self, (byte, bit): (usize, u8)) -> bool {
        self.0[byte] & bit != 0
    }

    fn set(mut self, (byte, bit): (usize, u8), on: bool) -> Reserved {
        if on {
            self.0[byte] |= bit;
        } else {
            self.0[byte] &= !bit;
        }
        self
    }

    pub fn extension_protocol(self) -> bool {
        self.get(Self::EXTENSION)
    }

    pub fn fast(self) -> bool {
        self.get(Self::FAST)
    }

    pub fn dht(self) -> bool {
        self.get(Self::DHT)
    }

    pub fn with_extension_protocol(self, on: bool) -> Reserved {
        self.set(Self::EXTENSION, on)
    }

    pub fn with_fast(self, on: bool) -> Reserved {
        self.set(Self::FAST, on)
    }

    pub fn with_dht(self, on: bool) -> Reserved {
        self.set(Self::DHT, on)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handshake {
    pub reserved: Reserved,
    pub info_hash: [u8; 20],
    pub peer_id: [u8; 20],
}

impl Handshake {
    pub fn encode(&self) -> [u8; HANDSHAKE_LEN] {
        let mut out = [0u8; HANDSHAKE_LEN];
        out[0] = 19;
        out[1..20].copy_from_slice(PSTR);
        out[20..28].copy_from_slice(&self.reserved.0);
        out[28..48].copy_from_slice(&self.info_hash);
        out[48..68].copy_from_slice(&self.peer_id);
        out
    }

    /// Decodes exactly 68 bytes.
    pub fn decode(bytes: &[u8]) -> Result<Handshake, WireError> {
        check_prefix(bytes)?;
        let bytes: &[u8; HANDSHAKE_LEN] = bytes
            .try_into()
            .map_err(|_| WireError::HandshakeLength { got: bytes.len() })?;
        let mut hs = Handshake {
            reserved: Reserved::default(),
            info_hash: [0; 20],
            peer_id: [0; 20],
        };
        hs.reserved.0.copy_from_slice(&bytes[20..28]);
        hs.info_hash.copy_from_slice(&bytes[28..48]);
        hs.peer_id.copy_from_slice(&bytes[48..68]);
        Ok(hs)
    }
}

/// Checks as much of pstrlen and pstr as `bytes` holds, so a stream decoder can reject an
/// encrypted or foreign connection on its first byte instead of waiting for 68.
pub fn check_prefix(bytes: &[u8]) -> Result<(), WireError> {
    if let Some(&len) = bytes.first()
        && usize::from(len) != PSTR.len()
    {
        return Err(WireError::Pstrlen { got: len });
    }
    let pstr = &bytes[bytes.len().min(1)..bytes.len().min(20)];
    if !PSTR.starts_with(pstr) {
        return Err(WireError::Pstr {
            got: String::from_utf8_lossy(pstr).into_owned(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserved_bits_match_the_captured_clients() {
        let qbt = Reserved::from_hex("0000000000100005").unwrap();
        assert!(qbt.extension_protocol() && qbt.fast() && qbt.dht());
        let tr = Reserved::from_hex("0000000000100004").unwrap();
        assert!(tr.extension_protocol() && tr.fast() && !tr.dht());
        let rt = Reserved::from_hex("0000000000100000").unwrap();
        assert!(rt.extension_protocol() && !rt.fast() && !rt.dht());
        let built = Reserved::default()
            .with_extension_protocol(true)
            .with_fast(true)
            .with_dht(true);
        assert_eq!(built, qbt);
        assert_eq!(qbt.with_dht(false), tr);
        assert_eq!(tr.to_hex(), "0000000000100004");
    }

    #[test]
    fn reserved_hex_must_be_16_digits() {
        assert_eq!(
            Reserved::from_hex("00100005").unwrap_err().to_string(),
            "reserved bytes \"00100005\": expected 16 hex digits"
        );
        assert!(Reserved::from_hex("000000000010000g").is_err());
    }

    #[test]
    fn round_trip() {
        let hs = Handshake {
            reserved: Reserved::default().with_extension_protocol(true),
            info_hash: [7; 20],
            peer_id: *b"-qB4520-abcdefghijkl",
        };
        let bytes = hs.encode();
        assert_eq!(&bytes[..20], b"\x13BitTorrent protocol");
        assert_eq!(Handshake::decode(&bytes), Ok(hs));
    }

    #[test]
    fn rejects_wrong_length_pstrlen_and_pstr() {
        let good = Handshake {
            reserved: Reserved::default(),
            info_hash: [1; 20],
            peer_id: [2; 20],
        }
        .encode();
        assert_eq!(
            Handshake::decode(&good[..40]).unwrap_err().to_string(),
            "handshake of 40 bytes, expected 68"
        );
        let mut bad = good;
        bad[0] = 0x90;
        assert_eq!(
            Handshake::decode(&bad),
            Err(WireError::Pstrlen { got: 0x90 })
        );
        let mut bad = good;
        bad[1..20].copy_from_slice(b"BitTorrent Protocol");
        assert_eq!(
            Handshake::decode(&bad).unwrap_err().to_string(),
            "handshake protocol string \"BitTorrent Protocol\", expected \"BitTorrent protocol\""
        );
        assert_eq!(check_prefix(b"\x13BitTorrent p"), Ok(()));
        assert!(check_prefix(b"\x13BitX").is_err());
    }
}
