//! Filling a profile's extension-handshake template for one connection.

use super::schema::{ClientProfile, Opening};
use super::template::IntTemplate;
use crate::protocol::wire::{ExtensionHandshake, Handshake, Reserved};
use std::net::IpAddr;

/// What the template's placeholders stand for on one connection.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExtensionContext {
    /// Our listening port (`{port}`).
    pub port: u16,
    /// The remote peer's address (`yourip`).
    pub peer_ip: Option<IpAddr>,
    /// Size of the info dictionary (`{metadata_size}`).
    pub metadata_size: Option<u32>,
    /// We have every piece (`{seeding}`, `{seeding_only}`).
    pub seeding: bool,
    /// Seconds since we completed the torrent (`{complete_ago}`); -1 is sent when `None`.
    pub complete_ago: Option<i64>,
    /// PEX is on: `m_pex` joins `m`.
    pub pex: bool,
}

impl ClientProfile {
    /// The handshake reserved bytes; all zero if the profile's hex is bad (validation refuses
    /// that in files).
    pub fn reserved(&self) -> Reserved {
        Reserved::from_hex(&self.wire.reserved).unwrap_or(Reserved([0; 8]))
    }

    pub fn handshake(&self, info_hash: [u8; 20], peer_id: [u8; 20]) -> Handshake {
        Handshake {
            reserved: self.reserved(),
            info_hash,
            peer_id,
        }
    }

    /// The first message after the extension handshake, given how many of `total` pieces we have.
    pub fn opening(&self, have: u32, total: u32) -> Opening {
        let first = self.wire.first_message;
        match have {
            0 => first.empty,
            n if n >= total => first.complete,
            _ => first.partial,
        }
    }

    /// The BEP 10 handshake this client sends on a connection described by `ctx`.
    pub fn extension_handshake(&self, ctx: &ExtensionContext) -> ExtensionHandshake {
        let t = &self.wire.extension;
        let mut m = t.m.clone();
        if ctx.pex {
            m.extend(t.m_pex.iter().map(|(k, v)| (k.clone(), *v)));
        }
        let eval = |field: Option<IntTemplate>| -> Option<i64> {
            match field? {
                IntTemplate::Literal(n) => Some(n),
                IntTemplate::Port => Some(i64::from(ctx.port)),
                IntTemplate::MetadataSize => ctx.metadata_size.map(i64::from),
                IntTemplate::CompleteAgo => Some(ctx.complete_ago.unwrap_or(-1)),
                IntTemplate::Seeding => Some(i64::from(ctx.seeding)),
                IntTemplate::SeedingOnly => ctx.seeding.then_some(1),
            }
        };
        ExtensionHandshake {
            m,
            v: t.v.clone(),
            p: eval(t.p).and_then(|n| u16::try_from(n).ok()),
            yourip: ctx.peer_ip.filter(|_| t.yourip),
            reqq: t.reqq,
            e: eval(t.e),
            upload_only: eval(t.upload_only),
            complete_ago: eval(t.complete_ago),
            metadata_size: eval(t.metadata_size).and_then(|n| u32::try_from(n).ok()),
            extra: Default::default(),
        }
    }
}
