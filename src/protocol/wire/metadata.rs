//! BEP 9 `ut_metadata` messages: a bencoded dictionary, and for `data` the raw piece after it.
//! The info dictionary travels in 16 KiB pieces; only the last may be shorter.

use super::WireError;
use super::bencode::{self, Value};

pub const METADATA_PIECE_LEN: usize = 16 * 1024;
/// The largest `total_size` accepted from a peer; far above any real info dictionary.
pub const MAX_METADATA_SIZE: u32 = 32 * 1024 * 1024;

const REQUEST: i64 = 0;
const DATA: i64 = 1;
const REJECT: i64 = 2;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MetadataMessage {
    Request {
        piece: u32,
    },
    Data {
        piece: u32,
        total_size: u32,
        data: Vec<u8>,
    },
    Reject {
        piece: u32,
    },
    /// BEP 9 asks receivers to ignore message types they do not know.
    Unknown {
        msg_type: i64,
    },
}

/// How many pieces metadata of `total_size` bytes takes.
pub fn piece_count(total_size: usize) -> u32 {
    u32::try_from(total_size.div_ceil(METADATA_PIECE_LEN)).unwrap_or(u32::MAX)
}

/// The info dictionary's bytes cut into the pieces peers request.
pub fn pieces_of(info: &[u8]) -> impl ExactSizeIterator<Item = &[u8]> {
    info.chunks(METADATA_PIECE_LEN)
}

/// Decodes a peer's message and checks it is a request for a piece that exists.
pub fn decode_request(payload: &[u8], info_len: usize) -> Result<u32, WireError> {
    match MetadataMessage::decode(payload)? {
        MetadataMessage::Request { piece } => {
            let pieces = piece_count(info_len);
            if piece < pieces {
                Ok(piece)
            } else {
                Err(WireError::MetadataPieceOutOfRange {
                    what: "request",
                    piece: piece.into(),
                    pieces,
                })
            }
        }
        other => Err(WireError::MetadataNotRequest { got: other.name() }),
    }
}

/// The `data` answer for `piece` of `info`.
pub fn data_message(info: &[u8], piece: u32) -> Result<MetadataMessage, WireError> {
    let pieces = piece_count(info.len());
    let out_of_range = || WireError::MetadataPieceOutOfRange {
        what: "data",
        piece: piece.into(),
        pieces,
    };
    let total_size = u32::try_from(info.len()).map_err(|_| WireError::MetadataSize {
        got: i64::try_from(info.len()).unwrap_or(i64::MAX),
        max: MAX_METADATA_SIZE,
    })?;
    let data = pieces_of(info)
        .nth(piece as usize)
        .ok_or_else(out_of_range)?;
    Ok(MetadataMessage::Data {
        piece,
        total_size,
        data: data.to_vec(),
    })
}

impl MetadataMessage {
    pub fn name(&self) -> &'static str {
        match self {
            MetadataMessage::Request { .. } => "request",
            MetadataMessage::Data { .. } => "data",
            MetadataMessage::Reject { .. } => "reject",
            MetadataMessage::Unknown { .. } => "message of unknown type",
        }
    }

    /// The extended-message payload (the caller frames it with the peer's ut_metadata id).
    pub fn encode(&self) -> Vec<u8> {
        let (msg_type, piece, total_size, data) = match self {
            MetadataMessage::Request { piece } => (REQUEST, Some(*piece), None, &[][..]),
            MetadataMessage::Data {
                piece,
                total_size,
                data,
            } => (DATA, Some(*piece), Some(*total_size), &data[..]),
            MetadataMessage::Reject { piece } => (REJECT, Some(*piece), None, &[][..]),
            MetadataMessage::Unknown { msg_type } => (*msg_type, None, None, &[][..]),
        };
        let mut dict = vec![(&b"msg_type"[..], Value::Int(msg_type))];
        if let Some(piece) = piece {
            dict.push((b"piece", Value::Int(piece.into())));
        }
        if let Some(total) = total_size {
            dict.push((b"total_size", Value::Int(total.into())));
        }
        let mut out = bencode::encode(&Value::Dict(dict));
        out.extend_from_slice(data);
        out
    }

    pub fn decode(payload: &[u8]) -> Result<MetadataMessage, WireError> {
        let (dict, used) = bencode::decode_prefix(payload)?;
        if !matches!(dict, Value::Dict(_)) {
            return Err(WireError::MetadataNotDict { got: dict.kind() });
        }
        let rest = &payload[used..];
        let msg_type = int(&dict, "msg_type")?;
        let piece = || -> Result<u32, WireError> {
            let n = int(&dict, "piece")?;
            u32::try_from(n).map_err(|_| WireError::MetadataKeyType {
                key: "piece",
                expected: "an integer in 0..=4294967295",
                got: n.to_string(),
            })
        };
        let no_trailing = |what: &'static str| match rest.len() {
            0 => Ok(()),
            extra => Err(WireError::MetadataTrailing { what, extra }),
        };
        match msg_type {
            REQUEST => {
                no_trailing("request")?;
                Ok(MetadataMessage::Request { piece: piece()? })
            }
            REJECT => {
                no_trailing("reject")?;
                Ok(MetadataMessage::Reject { piece: piece()? })
            }
            DATA => {
                let piece = piece()?;
                let total = int(&dict, "total_size")?;
                let total_size = u32::try_from(total)
                    .ok()
                    .filter(|t| (1..=MAX_METADATA_SIZE).contains(t))
                    .ok_or(WireError::MetadataSize {
                        got: total,
                        max: MAX_METADATA_SIZE,
                    })?;
                let pieces = piece_count(total_size as usize);
                if piece >= pieces {
                    return Err(WireError::MetadataPieceOutOfRange {
                        what: "data",
                        piece: piece.into(),
                        pieces,
                    });
                }
                let start = piece as usize * METADATA_PIECE_LEN;
                let expected = (total_size as usize - start).min(METADATA_PIECE_LEN);
                if rest.len() != expected {
                    return Err(WireError::MetadataDataLength {
                        piece,
                        got: rest.len(),
                        expected,
                    });
                }
                Ok(MetadataMessage::Data {
                    piece,
                    total_size,
                    data: rest.to_vec(),
                })
            }
            other => Ok(MetadataMessage::Unknown { msg_type: other }),
        }
    }
}

fn int(dict: &Value<'_>, key: &'static str) -> Result<i64, WireError> {
    match dict.get(key.as_bytes()) {
        None => Err(WireError::MetadataMissingKey { key }),
        Some(Value::Int(n)) => Ok(*n),
        Some(other) => Err(WireError::MetadataKeyType {
            key,
            expected: "an integer",
            got: other.kind().to_owned(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i % 251) as u8).collect()
    }

    #[test]
    fn splits_in_16_kib_pieces() {
        let info = info(40_000);
        let pieces: Vec<&[u8]> = pieces_of(&info).collect();
        assert_eq!(
            pieces.iter().map(|p| p.len()).collect::<Vec<_>>(),
            [16384, 16384, 7232]
        );
        assert_eq!(piece_count(40_000), 3);
        assert_eq!(piece_count(16384), 1);
        assert_eq!(piece_count(0), 0);
    }

    #[test]
    fn wire_form_of_each_message() {
        assert_eq!(
            MetadataMessage::Request { piece: 0 }.encode(),
            b"d8:msg_typei0e5:piecei0ee"
        );
        assert_eq!(
            MetadataMessage::Reject { piece: 1 }.encode(),
            b"d8:msg_typei2e5:piecei1ee"
        );
        let data = data_message(b"d4:name1:xe", 0).unwrap();
        let bytes = data.encode();
        assert_eq!(
            bytes,
            b"d8:msg_typei1e5:piecei0e10:total_sizei11eed4:name1:xe"
        );
        assert_eq!(MetadataMessage::decode(&bytes), Ok(data));
    }

    #[test]
    fn data_round_trips_for_every_piece() {
        let info = info(40_000);
        for piece in 0..3 {
            let msg = data_message(&info, piece).unwrap();
            assert_eq!(MetadataMessage::decode(&msg.encode()), Ok(msg));
        }
        assert_eq!(
            data_message(&info, 3).unwrap_err().to_string(),
            "ut_metadata data for piece 3, the metadata has 3 pieces"
        );
    }

    #[test]
    fn requests_are_checked_against_the_metadata() {
        let req = MetadataMessage::Request { piece: 1 }.encode();
        assert_eq!(decode_request(&req, 20_000), Ok(1));
        assert_eq!(
            decode_request(&req, 16_384).unwrap_err().to_string(),
            "ut_metadata request for piece 1, the metadata has 1 pieces"
        );
        let reject = MetadataMessage::Reject { piece: 0 }.encode();
        assert_eq!(
            decode_request(&reject, 100).unwrap_err().to_string(),
            "ut_metadata message is a reject, expected a request"
        );
    }

    #[test]
    fn malformed_messages_are_named() {
        let cases: [(&[u8], &str); 7] = [
            (b"d5:piecei0ee", "ut_metadata message without `msg_type`"),
            (
                b"d8:msg_type1:0e",
                "ut_metadata key `msg_type` should be an integer, got a byte string",
            ),
            (
                b"d8:msg_typei0e5:piecei-1ee",
                "ut_metadata key `piece` should be an integer in 0..=4294967295, got -1",
            ),
            (
                b"d8:msg_typei0e5:piecei0eeXY",
                "ut_metadata request followed by 2 unexpected bytes",
            ),
            (
                b"d8:msg_typei1e5:piecei0e10:total_sizei0ee",
                "ut_metadata total_size 0 is out of range (1..=33554432)",
            ),
            (
                b"d8:msg_typei1e5:piecei0e10:total_sizei5eeabc",
                "ut_metadata data for piece 0 carries 3 bytes, expected 5",
            ),
            (
                b"li0ee",
                "ut_metadata message is a list, expected a dictionary",
            ),
        ];
        for (input, text) in cases {
            assert_eq!(
                MetadataMessage::decode(input).unwrap_err().to_string(),
                text
            );
        }
        assert_eq!(
            MetadataMessage::decode(b"d8:msg_typei7ee"),
            Ok(MetadataMessage::Unknown { msg_type: 7 })
        );
    }
}
