//! Client profiles as data: what peer_id, key, query, headers, UDP datagram and peer-wire
//! handshake one real client sends. Six captured clients are embedded from `assets/clients/`;
//! more can be dropped as `*.toml` in a directory ([`Profiles::load`]).

mod extension;
mod generate;
mod load;
mod schema;
pub mod template;
mod validate;

pub use extension::ExtensionContext;
pub use generate::{generate_key, generate_peer_id, key_matches, peer_id_matches};
pub use load::{ProfileError, Profiles, parse_profile};
pub use schema::*;

use crate::protocol::tracker::Event;

/// The profile new torrents use unless told otherwise.
pub const DEFAULT_PROFILE: &str = "qbittorrent-5.1.2";

impl ClientProfile {
    /// The numwant to send: the one given, else the profile's for this event, else none.
    pub fn numwant_for(&self, event: Event, given: Option<i32>) -> Option<i32> {
        given.or_else(|| self.numwant.map(|n| n.for_event(event)))
    }
}
