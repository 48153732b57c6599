//! What a tracker tells us, the same for HTTP and UDP replies, and the compact peer formats
//! both use (BEP 23 `peers`, BEP 7 `peers6`, BEP 15 peer lists).

use super::TrackerError;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AnnounceReply {
    /// Seconds until the next regular announce.
    pub interval: u32,
    pub min_interval: Option<u32>,
    /// To send back as `trackerid` on later announces.
    pub tracker_id: Option<Vec<u8>>,
    /// Seeders.
    pub complete: Option<u32>,
    /// Leechers.
    pub incomplete: Option<u32>,
    /// Completed downloads.
    pub downloaded: Option<u32>,
    pub warning: Option<String>,
    pub peers: Vec<Peer>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Peer {
    pub addr: PeerAddr,
    pub port: u16,
    /// Only in dictionary peer lists.
    pub peer_id: Option<[u8; 20]>,
}

/// BEP 3 lets a dictionary peer name a host instead of an address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PeerAddr {
    Ip(IpAddr),
    Name(String),
}

/// One torrent's line in a scrape reply.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ScrapeStats {
    pub complete: u32,
    pub incomplete: u32,
    pub downloaded: u32,
}

/// Decodes `key`'s compact peer list: 6 bytes (IPv4 + port) or 18 bytes (IPv6 + port) each.
pub fn compact_peers(
    key: &'static str,
    bytes: &[u8],
    ipv6: bool,
) -> Result<Vec<Peer>, TrackerError> {
    let unit = if ipv6 { 18 } else { 6 };
    if !bytes.len().is_multiple_of(unit) {
        return Err(TrackerError::PeersLength {
            key,
            len: bytes.len(),
            unit,
        });
    }
    let peers = bytes.chunks_exact(unit).map(|chunk| {
        let (ip, port) = chunk.split_at(unit - 2);
        let ip = match <[u8; 16]>::try_from(ip) {
            Ok(v6) => IpAddr::V6(Ipv6Addr::from(v6)),
            Err(_) => {
                let mut v4 = [0; 4];
                v4.copy_from_slice(ip);
                IpAddr::V4(Ipv4Addr::from(v4))
            }
        };
        Peer {
            addr: PeerAddr::Ip(ip),
            port: u16::from_be_bytes([port[0], port[1]]),
            peer_id: None,
        }
    });
    Ok(peers.collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_compact_v4_and_v6_peers() {
        let v4 = compact_peers(
            "peers",
            &[127, 0, 0, 1, 0x1a, 0xe1, 10, 0, 0, 2, 0, 80],
            false,
        );
        let v4 = v4.unwrap();
        assert_eq!(v4.len(), 2);
        assert_eq!(v4[0].addr, PeerAddr::Ip("127.0.0.1".parse().unwrap()));
        assert_eq!((v4[0].port, v4[1].port), (6881, 80));
        let mut v6 = vec![0u8; 15];
        v6.extend_from_slice(&[1, 0x1a, 0xe1]);
        let v6 = compact_peers("peers6", &v6, true).unwrap();
        assert_eq!(v6[0].addr, PeerAddr::Ip("::1".parse().unwrap()));
        assert_eq!(v6[0].port, 6881);
    }

    #[test]
    fn a_partial_entry_is_an_error() {
        let err = compact_peers("peers6", &[0; 20], true).unwrap_err();
        assert_eq!(
            err.to_string(),
            "`peers6` holds 20 bytes, not a multiple of 18"
        );
    }
}
