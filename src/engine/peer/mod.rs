//! The peer listener: answers peers on our listening port as the emulated client would.

mod board;
mod directory;
pub mod listener;
pub mod session;

pub use board::Board;
pub use directory::{PeerDirectory, PeerTorrent};
pub use session::{PeerTiming, SessionCtx};
