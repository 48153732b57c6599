use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub enum PeerState {
    #[default]
    Handshaking,
    Connected,
}

/// A peer connected to our listening port.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct IncomingPeer {
    pub address: String,
    /// The torrent it asked for (hex info-hash), once its handshake arrived.
    pub info_hash: Option<String>,
    /// The client, from its peer_id and its extension handshake `v`.
    pub client: String,
    pub state: PeerState,
    /// Engine-clock Unix ms.
    pub since_ms: u64,
    pub messages_in: u64,
    pub messages_out: u64,
    pub last_message: String,
}
