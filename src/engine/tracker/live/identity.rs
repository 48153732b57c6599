//! Who we are to trackers: the peer_id and key, drawn by the profile's rules, once per
//! session or once per torrent as the real client does.

use crate::profile::{ClientProfile, Scope, generate_key, generate_peer_id};
use crate::protocol::tracker::KeyValue;
use std::collections::HashMap;
use std::sync::Mutex;

/// A torrent's (peer_id, key).
type Identity = ([u8; 20], KeyValue);

pub struct Identities {
    session_peer_id: [u8; 20],
    session_key: KeyValue,
    per_torrent: Mutex<HashMap<[u8; 20], Identity>>,
}

impl Identities {
    pub fn new(profile: &ClientProfile) -> Identities {
        let mut rng = rand::rng();
        let session_peer_id = generate_peer_id(profile, &mut rng);
        let session_key = generate_key(profile, &session_peer_id, &mut rng);
        Identities {
            session_peer_id,
            session_key,
            per_torrent: Mutex::default(),
        }
    }

    /// The (peer_id, key) to announce `info_hash` with.
    pub fn of(&self, profile: &ClientProfile, info_hash: [u8; 20]) -> Identity {
        let per_torrent_id = profile.peer_id.scope == Scope::Torrent;
        let per_torrent_key = profile.key.scope == Scope::Torrent;
        if !per_torrent_id && !per_torrent_key {
            return (self.session_peer_id, self.session_key.clone());
        }
        let Ok(mut map) = self.per_torrent.lock() else {
            return (self.session_peer_id, self.session_key.clone());
        };
        let (id, key) = map.entry(info_hash).or_insert_with(|| {
            let mut rng = rand::rng();
            let id = if per_torrent_id {
                generate_peer_id(profile, &mut rng)
            } else {
                self.session_peer_id
            };
            let key = if per_torrent_key {
                generate_key(profile, &id, &mut rng)
            } else {
                self.session_key.clone()
            };
            (id, key)
        });
        (*id, key.clone())
    }
}
