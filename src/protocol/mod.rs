//! Sans-IO protocol codecs: bytes and values in, bytes and values out, no sockets or clocks.
//!
//! [`tracker`] builds announce and scrape requests (HTTP and BEP 15 UDP) from a client profile
//! and parses the replies; [`wire`] is the peer-wire codec.

pub mod tracker;
pub mod wire;
