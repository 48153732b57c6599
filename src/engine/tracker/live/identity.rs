//! Who we are to trackers: the peer_id and key, drawn by the profile's rules, once per
//! session or once per torrent as the real client does.

use crate::profile::{ClientProfile, Scope, generate_key, generate_peer_id};
use crate::protocol::tracker::KeyValue;
use std::collections::HashMap;
use std::sync::Mutex;

/// A (peer_id, key) pair.
type Identity = ([u8; 20], KeyValue);

/// Identities drawn so far: per profile for the session, per profile and torrent.
#[derive(Default)]
pub struct Identities {
    session: Mutex<HashMap<String, Identity>>,
    per_torrent: Mutex<HashMap<(String, [u8; 20]), Identity>>,
}

impl Identities {
    /// The (peer_id, key) to announce `info_hash` with as `profile`'s client.
    pub fn of(&self, profile: &ClientProfile, info_hash: [u8; 20]) -> Identity {
        let session = self.session_of(profile);
        let per_torrent_id = profile.peer_id.scope == Scope::Torrent;
        let per_torrent_key = profile.key.scope == Scope::Torrent;
        if !per_torrent_id && !per_torrent_key {
            return session;
        }
        let Ok(mut map) = self.per_torrent.lock() else {
            return session;
        };
        map.entry((profile.id.clone(), info_hash))
            .or_insert_with(|| {
                let mut rng = rand::rng();
                let id = if per_torrent_id {
                    generate_peer_id(profile, &mut rng)
                } else {
                    session.0
                };
                let key = if per_torrent_key {
                    generate_key(profile, &id, &mut rng)
                } else {
                    session.1.clone()
                };
                (id, key)
            })
            .clone()
    }

    /// The profile's identity for this run, drawn on first use.
    fn session_of(&self, profile: &ClientProfile) -> Identity {
        let draw = || {
            let mut rng = rand::rng();
            let id = generate_peer_id(profile, &mut rng);
            let key = generate_key(profile, &id, &mut rng);
            (id, key)
        };
        match self.session.lock() {
            Ok(mut map) => map.entry(profile.id.clone()).or_insert_with(draw).clone(),
            Err(_) => draw(),
        }
    }
}
