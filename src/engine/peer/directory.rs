//! Which torrents peers may connect for: the engine adds and removes them; removing cancels
//! every connection of that torrent.

use crate::metainfo::Metainfo;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::AtomicUsize;
use std::sync::{Arc, RwLock};
use tokio_util::sync::CancellationToken;

#[derive(Clone)]
pub struct PeerTorrent {
    pub meta: Arc<Metainfo>,
    /// Lowercase hex info-hash (the key into the app state).
    pub hash_hex: String,
    /// The `.torrent` copy, read when a peer asks for the metadata (`meta` has no info bytes).
    pub torrent_file: PathBuf,
    /// Ends the torrent's connections when it goes away.
    pub gone: CancellationToken,
    /// Its connections now (for the per-torrent limit).
    pub connections: Arc<AtomicUsize>,
}

#[derive(Clone, Default)]
pub struct PeerDirectory(Arc<RwLock<HashMap<[u8; 20], PeerTorrent>>>);

impl PeerDirectory {
    pub fn insert(&self, meta: Arc<Metainfo>, torrent_file: PathBuf) {
        let entry = PeerTorrent {
            hash_hex: meta.info_hash_hex(),
            torrent_file,
            meta,
            gone: CancellationToken::new(),
            connections: Arc::default(),
        };
        let replaced = self
            .0
            .write()
            .ok()
            .and_then(|mut map| map.insert(entry.meta.info_hash, entry));
        if let Some(old) = replaced {
            old.gone.cancel();
        }
    }

    pub fn remove(&self, info_hash: &[u8; 20]) {
        if let Some(old) = self
            .0
            .write()
            .ok()
            .and_then(|mut map| map.remove(info_hash))
        {
            old.gone.cancel();
        }
    }

    pub fn get(&self, info_hash: &[u8; 20]) -> Option<PeerTorrent> {
        self.0.read().ok()?.get(info_hash).cloned()
    }
}
