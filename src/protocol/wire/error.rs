//! Every way a peer's bytes can be wrong, worded so a log line says what to fix or why we hung up.

use thiserror::Error;

#[derive(Error, Debug, Clone, PartialEq, Eq)]
pub enum WireError {
    #[error("handshake of {got} bytes, expected 68")]
    HandshakeLength { got: usize },
    #[error(
        "handshake pstrlen {got}, expected 19 (not a plaintext BitTorrent handshake; MSE/PE encryption?)"
    )]
    Pstrlen { got: u8 },
    #[error("handshake protocol string {got:?}, expected \"BitTorrent protocol\"")]
    Pstr { got: String },
    #[error("reserved bytes {got:?}: expected 16 hex digits")]
    ReservedHex { got: String },

    #[error("length prefix {len} exceeds the limit of {limit} bytes")]
    LengthLimit { len: u32, limit: u32 },
    #[error("{name} message of {got} bytes, expected {expected}")]
    MessageLength {
        name: &'static str,
        got: usize,
        expected: usize,
    },
    #[error("{name} message of {got} bytes, expected at least {min}")]
    MessageTooShort {
        name: &'static str,
        got: usize,
        min: usize,
    },
    #[error("{name} payload of {len} bytes does not fit a length prefix")]
    MessageTooLong { name: &'static str, len: usize },
    #[error("connection closed inside the {what}: {got} of {expected} bytes received")]
    Truncated {
        what: &'static str,
        got: usize,
        expected: usize,
    },
    #[error("the decoder failed earlier ({0}); the connection must be closed")]
    Failed(Box<WireError>),

    #[error("bitfield of {got} bytes for {pieces} pieces, expected {expected}")]
    BitfieldLength {
        got: usize,
        pieces: u32,
        expected: usize,
    },
    #[error("bitfield for {pieces} pieces has spare bits set after the last piece")]
    BitfieldSpareBits { pieces: u32 },

    #[error("bencode: {what} at byte {at}")]
    Bencode { what: String, at: usize },

    #[error("extension handshake is {got}, expected a dictionary")]
    ExtensionNotDict { got: &'static str },
    #[error("extension handshake key `{key}` should be {expected}, got {got}")]
    ExtensionKeyType {
        key: String,
        expected: &'static str,
        got: String,
    },

    #[error("ut_metadata message is {got}, expected a dictionary")]
    MetadataNotDict { got: &'static str },
    #[error("ut_metadata message without `{key}`")]
    MetadataMissingKey { key: &'static str },
    #[error("ut_metadata key `{key}` should be {expected}, got {got}")]
    MetadataKeyType {
        key: &'static str,
        expected: &'static str,
        got: String,
    },
    #[error("ut_metadata {what} for piece {piece}, the metadata has {pieces} pieces")]
    MetadataPieceOutOfRange {
        what: &'static str,
        piece: i64,
        pieces: u32,
    },
    #[error("ut_metadata data for piece {piece} carries {got} bytes, expected {expected}")]
    MetadataDataLength {
        piece: u32,
        got: usize,
        expected: usize,
    },
    #[error("ut_metadata total_size {got} is out of range (1..={max})")]
    MetadataSize { got: i64, max: u32 },
    #[error("ut_metadata {what} followed by {extra} unexpected bytes")]
    MetadataTrailing { what: &'static str, extra: usize },
    #[error("ut_metadata message is a {got}, expected a request")]
    MetadataNotRequest { got: &'static str },
}
