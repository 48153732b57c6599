//! The live list of incoming connections, written by the sessions and copied into the app
//! state by the engine once per step.

use crate::state::IncomingPeer;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

/// Most connections listed (the rest are counted, not shown).
pub const MAX_LISTED: usize = 1000;

#[derive(Clone, Default)]
pub struct Board(Arc<Mutex<BTreeMap<u64, IncomingPeer>>>);

impl Board {
    pub fn update(&self, id: u64, f: impl FnOnce(&mut IncomingPeer)) {
        if let Ok(mut map) = self.0.lock()
            && (map.len() < MAX_LISTED || map.contains_key(&id))
        {
            f(map.entry(id).or_default());
        }
    }

    pub fn remove(&self, id: u64) {
        if let Ok(mut map) = self.0.lock() {
            map.remove(&id);
        }
    }

    /// The listed connections, oldest first.
    pub fn snapshot(&self) -> Vec<IncomingPeer> {
        self.0
            .lock()
            .map(|m| m.values().cloned().collect())
            .unwrap_or_default()
    }
}
