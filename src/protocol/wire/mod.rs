//! The peer-wire codec, sans-IO: bytes in, values out, no sockets, clocks or randomness.
//!
//! A connection's engine feeds received chunks to a [`Decoder`], gets [`Frame`]s back, and
//! answers with [`Handshake::encode`] and [`Message::encode_into`]. Extension payloads are
//! decoded on demand with [`ExtensionHandshake::decode`] and [`MetadataMessage::decode`].

pub mod bencode;
pub mod bitfield;
mod decoder;
mod error;
pub mod extension;
pub mod handshake;
pub mod message;
pub mod metadata;
pub mod peer_id;

pub use bitfield::Bitfield;
pub use decoder::{DEFAULT_MAX_MESSAGE_LEN, Decoder, Frame};
pub use error::WireError;
pub use extension::{ExtensionHandshake, Extra};
pub use handshake::{HANDSHAKE_LEN, Handshake, Reserved};
pub use message::{Block, Message, piece_header};
pub use metadata::MetadataMessage;
pub use peer_id::PeerClient;
