//! Which torrents peers may connect for: the engine adds and removes them; removing cancels
//! every connection of that torrent.

use crate::metainfo::Metainfo;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::AtomicUsize;
use std::sync::{Arc, RwLock};
use tokio_util::sync::CancellationToken;

/// What a peer connection needs of a torrent: the few figures its handshake and bitfield
/// carry (not the whole metainfo: this is kept for every torrent).
#[derive(Clone)]
pub struct PeerTorrent {
    pub info_hash: [u8; 20],
    /// Length of the bencoded `info` dictionary (the BEP 9 `metadata_size`).
    pub info_len: usize,
    pub piece_count: u32,
    /// The `.torrent` copy, read when a peer asks for the metadata.
    pub torrent_file: PathBuf,
    /// Ends the torrent's connections when it goes away.
    pub gone: CancellationToken,
    /// Its connections now (for the per-torrent limit).
    pub connections: Arc<AtomicUsize>,
}

impl PeerTorrent {
    /// Lowercase hex info-hash (the key into the app state).
    pub fn hash_hex(&self) -> String {
        hex::encode(self.info_hash)
    }
}

#[derive(Clone, Default)]
pub struct PeerDirectory(Arc<RwLock<HashMap<[u8; 20], PeerTorrent>>>);

impl PeerDirectory {
    pub fn insert(&self, meta: &Metainfo, torrent_file: PathBuf) {
        let entry = PeerTorrent {
            info_hash: meta.info_hash,
            info_len: meta.info_len,
            piece_count: meta.piece_count,
            torrent_file,
            gone: CancellationToken::new(),
            connections: Arc::default(),
        };
        let replaced = self
            .0
            .write()
            .ok()
            .and_then(|mut map| map.insert(entry.info_hash, entry));
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
