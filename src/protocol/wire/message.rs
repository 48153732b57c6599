//! Length-prefixed peer messages (BEP 3, the Fast extension of BEP 6, the extended message of
//! BEP 10): one frame is `<u32 length><id><payload>`, length 0 being a keep-alive.

use super::WireError;

/// A block reference, shared by request, cancel and reject_request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Block {
    pub index: u32,
    pub begin: u32,
    pub length: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    KeepAlive,
    Choke,
    Unchoke,
    Interested,
    NotInterested,
    Have {
        index: u32,
    },
    /// Raw bytes; check them against the piece count with `Bitfield::from_peer`.
    Bitfield(Vec<u8>),
    Request(Block),
    Piece {
        index: u32,
        begin: u32,
        data: Vec<u8>,
    },
    Cancel(Block),
    /// BEP 5: the peer's DHT port.
    Port(u16),
    Suggest {
        index: u32,
    },
    HaveAll,
    HaveNone,
    RejectRequest(Block),
    AllowedFast {
        index: u32,
    },
    /// BEP 10: `id` 0 is the extension handshake, others are the ids we assigned in our `m`.
    Extended {
        id: u8,
        payload: Vec<u8>,
    },
    /// An id this codec does not know (e.g. BEP 52 hash messages); a session may ignore it.
    Unknown {
        id: u8,
        payload: Vec<u8>,
    },
}

pub mod id {
    pub const CHOKE: u8 = 0;
    pub const UNCHOKE: u8 = 1;
    pub const INTERESTED: u8 = 2;
    pub const NOT_INTERESTED: u8 = 3;
    pub const HAVE: u8 = 4;
    pub const BITFIELD: u8 = 5;
    pub const REQUEST: u8 = 6;
    pub const PIECE: u8 = 7;
    pub const CANCEL: u8 = 8;
    pub const PORT: u8 = 9;
    pub const SUGGEST: u8 = 13;
    pub const HAVE_ALL: u8 = 14;
    pub const HAVE_NONE: u8 = 15;
    pub const REJECT_REQUEST: u8 = 16;
    pub const ALLOWED_FAST: u8 = 17;
    pub const EXTENDED: u8 = 20;
}

/// The 13-byte header of a piece message carrying `data_len` bytes, so a sender can stream
/// the block after it without building the whole message.
pub fn piece_header(index: u32, begin: u32, data_len: u32) -> Result<[u8; 13], WireError> {
    let len = data_len.checked_add(9).ok_or(WireError::MessageTooLong {
        name: "piece",
        len: data_len as usize,
    })?;
    let mut out = [0u8; 13];
    out[..4].copy_from_slice(&len.to_be_bytes());
    out[4] = id::PIECE;
    out[5..9].copy_from_slice(&index.to_be_bytes());
    out[9..13].copy_from_slice(&begin.to_be_bytes());
    Ok(out)
}

impl Message {
    /// The name used in error messages and logs.
    pub fn name(&self) -> &'static str {
        match self {
            Message::KeepAlive => "keep-alive",
            Message::Choke => "choke",
            Message::Unchoke => "unchoke",
            Message::Interested => "interested",
            Message::NotInterested => "not_interested",
            Message::Have { .. } => "have",
            Message::Bitfield(_) => "bitfield",
            Message::Request(_) => "request",
            Message::Piece { .. } => "piece",
            Message::Cancel(_) => "cancel",
            Message::Port(_) => "port",
            Message::Suggest { .. } => "suggest",
            Message::HaveAll => "have_all",
            Message::HaveNone => "have_none",
            Message::RejectRequest(_) => "reject_request",
            Message::AllowedFast { .. } => "allowed_fast",
            Message::Extended { .. } => "extended",
            Message::Unknown { .. } => "unknown",
        }
    }

    /// Appends the framed message (length prefix included) to `out`.
    pub fn encode_into(&self, out: &mut Vec<u8>) -> Result<(), WireError> {
        let start = out.len();
        out.extend_from_slice(&[0; 4]);
        match self {
            Message::KeepAlive => {}
            Message::Choke => out.push(id::CHOKE),
            Message::Unchoke => out.push(id::UNCHOKE),
            Message::Interested => out.push(id::INTERESTED),
            Message::NotInterested => out.push(id::NOT_INTERESTED),
            Message::HaveAll => out.push(id::HAVE_ALL),
            Message::HaveNone => out.push(id::HAVE_NONE),
            Message::Have { index } => push_u32s(out, id::HAVE, &[*index]),
            Message::Suggest { index } => push_u32s(out, id::SUGGEST, &[*index]),
            Message::AllowedFast { index } => push_u32s(out, id::ALLOWED_FAST, &[*index]),
            Message::Request(b) => push_u32s(out, id::REQUEST, &[b.index, b.begin, b.length]),
            Message::Cancel(b) => push_u32s(out, id::CANCEL, &[b.index, b.begin, b.length]),
            Message::RejectRequest(b) => {
                push_u32s(out, id::REJECT_REQUEST, &[b.index, b.begin, b.length])
            }
            Message::Port(port) => {
                out.push(id::PORT);
                out.extend_from_slice(&port.to_be_bytes());
            }
            Message::Bitfield(bits) => {
                out.push(id::BITFIELD);
                out.extend_from_slice(bits);
            }
            Message::Piece { index, begin, data } => {
                push_u32s(out, id::PIECE, &[*index, *begin]);
                out.extend_from_slice(data);
            }
            Message::Extended { id: ext, payload } => {
                out.extend_from_slice(&[id::EXTENDED, *ext]);
                out.extend_from_slice(payload);
            }
            Message::Unknown { id, payload } => {
                out.push(*id);
                out.extend_from_slice(payload);
            }
        }
        let body = out.len() - start - 4;
        let Ok(len) = u32::try_from(body) else {
            out.truncate(start);
            return Err(WireError::MessageTooLong {
                name: self.name(),
                len: body,
            });
        };
        out[start..start + 4].copy_from_slice(&len.to_be_bytes());
        Ok(())
    }

    pub fn to_bytes(&self) -> Result<Vec<u8>, WireError> {
        let mut out = Vec::new();
        self.encode_into(&mut out)?;
        Ok(out)
    }

    /// Decodes a frame body: the bytes after the length prefix (empty = keep-alive).
    pub fn decode(body: &[u8]) -> Result<Message, WireError> {
        let Some((&id, payload)) = body.split_first() else {
            return Ok(Message::KeepAlive);
        };
        let exact = |name: &'static str, expected: usize| {
            if body.len() == expected {
                Ok(())
            } else {
                Err(WireError::MessageLength {
                    name,
                    got: body.len(),
                    expected,
                })
            }
        };
        let at_least = |name: &'static str, min: usize| {
            if body.len() >= min {
                Ok(())
            } else {
                Err(WireError::MessageTooShort {
                    name,
                    got: body.len(),
                    min,
                })
            }
        };
        Ok(match id {
            id::CHOKE => exact("choke", 1).map(|_| Message::Choke)?,
            id::UNCHOKE => exact("unchoke", 1).map(|_| Message::Unchoke)?,
            id::INTERESTED => exact("interested", 1).map(|_| Message::Interested)?,
            id::NOT_INTERESTED => exact("not_interested", 1).map(|_| Message::NotInterested)?,
            id::HAVE_ALL => exact("have_all", 1).map(|_| Message::HaveAll)?,
            id::HAVE_NONE => exact("have_none", 1).map(|_| Message::HaveNone)?,
            id::HAVE => exact("have", 5).map(|_| Message::Have {
                index: u32_at(payload, 0),
            })?,
            id::SUGGEST => exact("suggest", 5).map(|_| Message::Suggest {
                index: u32_at(payload, 0),
            })?,
            id::ALLOWED_FAST => exact("allowed_fast", 5).map(|_| Message::AllowedFast {
                index: u32_at(payload, 0),
            })?,
            id::REQUEST => exact("request", 13).map(|_| Message::Request(block(payload)))?,
            id::CANCEL => exact("cancel", 13).map(|_| Message::Cancel(block(payload)))?,
            id::REJECT_REQUEST => {
                exact("reject_request", 13).map(|_| Message::RejectRequest(block(payload)))?
            }
            id::PORT => exact("port", 3)
                .map(|_| Message::Port(u16::from_be_bytes([payload[0], payload[1]])))?,
            id::BITFIELD => Message::Bitfield(payload.to_vec()),
            id::PIECE => at_least("piece", 9).map(|_| Message::Piece {
                index: u32_at(payload, 0),
                begin: u32_at(payload, 4),
                data: payload[8..].to_vec(),
            })?,
            id::EXTENDED => at_least("extended", 2).map(|_| Message::Extended {
                id: payload[0],
                payload: payload[1..].to_vec(),
            })?,
            other => Message::Unknown {
                id: other,
                payload: payload.to_vec(),
            },
        })
    }
}

fn push_u32s(out: &mut Vec<u8>, id: u8, values: &[u32]) {
    out.push(id);
    values
        .iter()
        .for_each(|v| out.extend_from_slice(&v.to_be_bytes()));
}

/// Callers have checked the payload length first.
fn u32_at(payload: &[u8], at: usize) -> u32 {
    let mut word = [0u8; 4];
    word.copy_from_slice(&payload[at..at + 4]);
    u32::from_be_bytes(word)
}

fn block(payload: &[u8]) -> Block {
    Block {
        index: u32_at(payload, 0),
        begin: u32_at(payload, 4),
        length: u32_at(payload, 8),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_kinds() -> Vec<Message> {
        let b = Block {
            index: 7,
            begin: 16384,
            length: 16384,
        };
        vec![
            Message::KeepAlive,
            Message::Choke,
            Message::Unchoke,
            Message::Interested,
            Message::NotInterested,
            Message::Have { index: 15 },
            Message::Bitfield(vec![0xff, 0xfe]),
            Message::Request(b),
            Message::Piece {
                index: 1,
                begin: 0,
                data: vec![9; 10],
            },
            Message::Cancel(b),
            Message::Port(6881),
            Message::Suggest { index: 3 },
            Message::HaveAll,
            Message::HaveNone,
            Message::RejectRequest(b),
            Message::AllowedFast { index: 4 },
            Message::Extended {
                id: 0,
                payload: b"de".to_vec(),
            },
            Message::Unknown {
                id: 21,
                payload: vec![1, 2],
            },
        ]
    }

    #[test]
    fn every_kind_round_trips() {
        for msg in all_kinds() {
            let bytes = msg.to_bytes().unwrap();
            let len = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize;
            assert_eq!(len, bytes.len() - 4, "{msg:?}");
            assert_eq!(Message::decode(&bytes[4..]), Ok(msg));
        }
    }

    #[test]
    fn wire_bytes_are_the_documented_ones() {
        assert_eq!(Message::KeepAlive.to_bytes().unwrap(), [0, 0, 0, 0]);
        assert_eq!(Message::HaveNone.to_bytes().unwrap(), [0, 0, 0, 1, 15]);
        assert_eq!(
            Message::Have { index: 258 }.to_bytes().unwrap(),
            [0, 0, 0, 5, 4, 0, 0, 1, 2]
        );
        assert_eq!(
            Message::Port(0x1ae1).to_bytes().unwrap(),
            [0, 0, 0, 3, 9, 0x1a, 0xe1]
        );
    }

    #[test]
    fn piece_header_matches_the_full_encoding() {
        let full = Message::Piece {
            index: 2,
            begin: 32768,
            data: vec![0xab; 100],
        }
        .to_bytes()
        .unwrap();
        assert_eq!(piece_header(2, 32768, 100).unwrap(), full[..13]);
        assert!(piece_header(0, 0, u32::MAX).is_err());
    }

    #[test]
    fn wrong_lengths_are_named() {
        let cases: [(&[u8], &str); 6] = [
            (&[4, 0, 0], "have message of 3 bytes, expected 5"),
            (
                &[6, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 64, 0, 0],
                "request message of 14 bytes, expected 13",
            ),
            (&[1, 0], "unchoke message of 2 bytes, expected 1"),
            (&[9, 1], "port message of 2 bytes, expected 3"),
            (
                &[7, 0, 0, 0, 0],
                "piece message of 5 bytes, expected at least 9",
            ),
            (&[20], "extended message of 1 bytes, expected at least 2"),
        ];
        for (body, text) in cases {
            assert_eq!(Message::decode(body).unwrap_err().to_string(), text);
        }
    }
}
