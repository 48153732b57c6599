//! An incremental decoder: feed it whatever chunks the socket returns and it yields whole frames.
//!
//! It holds at most one partial frame, and a frame's length prefix is checked against the limit
//! before any of its body is buffered, so a peer can make it hold at most `4 + limit` bytes.
//! Memory grows with the bytes actually received, never with what a prefix merely announces.
//! After an error it refuses further input: the caller is expected to close the connection.

use super::handshake::{self, HANDSHAKE_LEN, Handshake};
use super::{Message, WireError};

/// Room for a 1 MiB piece or a bitfield of 8 Mi pieces, plus the largest header.
pub const DEFAULT_MAX_MESSAGE_LEN: u32 = 1024 * 1024 + 13;

/// Buffers that grew past this for one large frame are released once it is decoded.
const KEEP_CAPACITY: usize = 64 * 1024;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Frame {
    Handshake(Handshake),
    Message(Message),
}

#[derive(Debug)]
pub struct Decoder {
    limit: u32,
    expect_handshake: bool,
    buf: Vec<u8>,
    /// Total size (prefix included) of the message being assembled, once its prefix is known.
    frame_len: Option<usize>,
    failed: Option<WireError>,
}

impl Decoder {
    /// A decoder for a fresh connection: a handshake first, then messages of at most `limit`
    /// bytes (the length prefix's value).
    pub fn new(limit: u32) -> Decoder {
        Decoder {
            limit,
            expect_handshake: true,
            buf: Vec::new(),
            frame_len: None,
            failed: None,
        }
    }

    /// A decoder for a stream whose handshake was already read.
    pub fn after_handshake(limit: u32) -> Decoder {
        Decoder {
            expect_handshake: false,
            ..Decoder::new(limit)
        }
    }

    pub fn limit(&self) -> u32 {
        self.limit
    }

    /// Bytes of a partial frame held now; never more than [`Decoder::max_buffered`].
    pub fn buffered(&self) -> usize {
        self.buf.len()
    }

    pub fn max_buffered(&self) -> usize {
        4 + self.limit as usize
    }

    /// Consumes all of `chunk`, appending each completed frame to `out`. On error, the frames
    /// decoded before it are in `out` and the decoder is spent.
    pub fn feed(&mut self, chunk: &[u8], out: &mut Vec<Frame>) -> Result<(), WireError> {
        if let Some(err) = &self.failed {
            return Err(WireError::Failed(Box::new(err.clone())));
        }
        let result = self.feed_inner(chunk, out);
        if let Err(err) = &result {
            self.failed = Some(err.clone());
            self.buf = Vec::new();
        }
        result
    }

    /// Call at end of stream: reports a frame cut short by the peer closing.
    pub fn finish(&self) -> Result<(), WireError> {
        if let Some(err) = &self.failed {
            return Err(WireError::Failed(Box::new(err.clone())));
        }
        let got = self.buf.len();
        let (what, expected) = match (self.expect_handshake, self.frame_len) {
            (true, _) => ("handshake", HANDSHAKE_LEN),
            (false, Some(len)) => ("message", len),
            (false, None) => ("length prefix", 4),
        };
        if got == 0 {
            Ok(())
        } else {
            Err(WireError::Truncated {
                what,
                got,
                expected,
            })
        }
    }

    fn target(&self) -> usize {
        match (self.expect_handshake, self.frame_len) {
            (true, _) => HANDSHAKE_LEN,
            (false, Some(len)) => len,
            (false, None) => 4,
        }
    }

    fn feed_inner(&mut self, mut chunk: &[u8], out: &mut Vec<Frame>) -> Result<(), WireError> {
        while !chunk.is_empty() {
            let target = self.target();
            let take = (target - self.buf.len()).min(chunk.len());
            self.buf.extend_from_slice(&chunk[..take]);
            chunk = &chunk[take..];
            if self.expect_handshake {
                handshake::check_prefix(&self.buf)?;
            }
            if self.buf.len() == target {
                self.complete(out)?;
            }
        }
        Ok(())
    }

    /// `buf` holds exactly `target()` bytes: a handshake, a length prefix or a whole message.
    fn complete(&mut self, out: &mut Vec<Frame>) -> Result<(), WireError> {
        if self.expect_handshake {
            out.push(Frame::Handshake(Handshake::decode(&self.buf)?));
            self.expect_handshake = false;
        } else if let Some(len) = self.frame_len {
            out.push(Frame::Message(Message::decode(&self.buf[4..len])?));
            self.frame_len = None;
        } else {
            let len = u32::from_be_bytes([self.buf[0], self.buf[1], self.buf[2], self.buf[3]]);
            if len > self.limit {
                return Err(WireError::LengthLimit {
                    len,
                    limit: self.limit,
                });
            }
            if len > 0 {
                self.frame_len = Some(4 + len as usize);
                return Ok(());
            }
            out.push(Frame::Message(Message::KeepAlive));
        }
        self.buf.clear();
        if self.buf.capacity() > KEEP_CAPACITY {
            self.buf = Vec::new();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::wire::Reserved;

    fn stream() -> (Vec<u8>, Vec<Frame>) {
        let hs = Handshake {
            reserved: Reserved([0, 0, 0, 0, 0, 0x10, 0, 4]),
            info_hash: [3; 20],
            peer_id: [4; 20],
        };
        let msgs = [
            Message::Extended {
                id: 0,
                payload: b"d1:pi6881ee".to_vec(),
            },
            Message::HaveNone,
            Message::KeepAlive,
            Message::Piece {
                index: 0,
                begin: 0,
                data: vec![5; 300],
            },
        ];
        let mut bytes = hs.encode().to_vec();
        let mut frames = vec![Frame::Handshake(hs)];
        for m in msgs {
            m.encode_into(&mut bytes).unwrap();
            frames.push(Frame::Message(m));
        }
        (bytes, frames)
    }

    #[test]
    fn byte_by_byte_equals_one_chunk() {
        let (bytes, expected) = stream();
        let mut whole = Decoder::new(1000);
        let mut out = Vec::new();
        whole.feed(&bytes, &mut out).unwrap();
        assert_eq!(out, expected);
        let mut dribble = Decoder::new(1000);
        let mut out = Vec::new();
        for b in &bytes {
            dribble.feed(std::slice::from_ref(b), &mut out).unwrap();
            assert!(dribble.buffered() <= dribble.max_buffered());
        }
        assert_eq!(out, expected);
        assert_eq!(dribble.finish(), Ok(()));
    }

    #[test]
    fn rejects_an_oversized_prefix_before_buffering_its_body() {
        let mut d = Decoder::after_handshake(16);
        let mut out = Vec::new();
        assert_eq!(
            d.feed(&[0, 0, 0, 17, 7], &mut out).unwrap_err().to_string(),
            "length prefix 17 exceeds the limit of 16 bytes"
        );
        assert_eq!(d.buffered(), 0);
        assert_eq!(
            d.feed(&[0], &mut out).unwrap_err().to_string(),
            "the decoder failed earlier (length prefix 17 exceeds the limit of 16 bytes); \
             the connection must be closed"
        );
        assert!(out.is_empty());
    }

    #[test]
    fn keeps_frames_decoded_before_an_error() {
        let mut d = Decoder::after_handshake(100);
        let mut out = Vec::new();
        let err = d
            .feed(&[0, 0, 0, 1, 2, 0, 0, 0, 2, 4, 0], &mut out)
            .unwrap_err();
        assert_eq!(err.to_string(), "have message of 2 bytes, expected 5");
        assert_eq!(out, [Frame::Message(Message::Interested)]);
    }

    #[test]
    fn finish_names_the_cut_frame() {
        let (bytes, _) = stream();
        let mut out = Vec::new();
        let cases = [
            (40, "handshake: 40 of 68"),
            (70, "length prefix: 2 of 4"),
            (75, "message: 7 of 17"),
        ];
        for (cut, text) in cases {
            let mut d = Decoder::new(1000);
            d.feed(&bytes[..cut], &mut out).unwrap();
            assert_eq!(
                d.finish().unwrap_err().to_string(),
                format!("connection closed inside the {text} bytes received")
            );
        }
    }

    #[test]
    fn rejects_a_foreign_first_byte_at_once() {
        let mut d = Decoder::new(1000);
        let err = d.feed(&[0x90], &mut Vec::new()).unwrap_err();
        assert_eq!(err, WireError::Pstrlen { got: 0x90 });
    }

    #[test]
    fn releases_a_large_buffer_after_the_frame() {
        let mut d = Decoder::after_handshake(DEFAULT_MAX_MESSAGE_LEN);
        let big = Message::Bitfield(vec![0xff; 200_000]).to_bytes().unwrap();
        let mut out = Vec::new();
        d.feed(&big[..100_000], &mut out).unwrap();
        assert_eq!(d.buffered(), 100_000);
        d.feed(&big[100_000..], &mut out).unwrap();
        assert_eq!((d.buffered(), d.buf.capacity()), (0, 0));
        assert_eq!(out.len(), 1);
    }
}
