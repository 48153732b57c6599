//! Who we are: the client profiles we can pose as, and the peer_id and key each one uses,
//! drawn by the profile's rules once per session or once per torrent as the real client does.
//! Shared by the tracker client and the peer listener, so both show the same peer_id.

use crate::profile::{ClientProfile, Profiles, Scope, generate_key, generate_peer_id};
use crate::protocol::tracker::KeyValue;
use std::collections::HashMap;
use std::sync::Mutex;

/// A (peer_id, key) pair.
pub type Identity = ([u8; 20], KeyValue);

/// The profiles and the identities drawn so far.
pub struct Persona {
    profiles: Profiles,
    /// The app's client profile.
    default: ClientProfile,
    identities: Identities,
}

impl Persona {
    pub fn new(profiles: Profiles, default: ClientProfile) -> Persona {
        Persona {
            profiles,
            default,
            identities: Identities::default(),
        }
    }

    /// The profile a torrent asked for, or the app's when it asked for none (or an unknown one).
    pub fn profile(&self, id: Option<&str>) -> &ClientProfile {
        id.and_then(|id| self.profiles.get(id))
            .unwrap_or(&self.default)
    }

    /// Every profile as (id, "Name version"), ordered by id.
    pub fn choices(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = self
            .profiles
            .iter()
            .map(|p| (p.id.clone(), format!("{} {}", p.name, p.version)))
            .collect();
        if out.iter().all(|(id, _)| *id != self.default.id) {
            out.push((
                self.default.id.clone(),
                format!("{} {}", self.default.name, self.default.version),
            ));
        }
        out.sort();
        out
    }

    pub fn default_id(&self) -> &str {
        &self.default.id
    }

    /// The (peer_id, key) `profile` announces `info_hash` with.
    pub fn identity(&self, profile: &ClientProfile, info_hash: [u8; 20]) -> Identity {
        self.identities.of(profile, info_hash)
    }
}

/// Identities drawn so far: per profile for the session, per profile and torrent.
#[derive(Default)]
struct Identities {
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
