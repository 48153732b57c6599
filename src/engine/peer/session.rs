//! One incoming peer connection, answered as the emulated client would: its handshake
//! (reserved bytes, peer_id policy), its extension handshake with the real metadata size, what
//! it sends first for our simulated pieces, metadata (BEP 9) on request; never piece data —
//! requests are rejected (Fast) or ignored, as a seeder whose upload slots are full.

use super::board::Board;
use super::directory::{PeerDirectory, PeerTorrent};
use crate::engine::clock::Clock;
use crate::engine::core::read;
use crate::engine::persona::Persona;
use crate::profile::{ClientProfile, ExtensionContext, Opening, WirePeerId, generate_peer_id};
use crate::protocol::wire::{
    Bitfield, DEFAULT_MAX_MESSAGE_LEN, Decoder, ExtensionHandshake, Frame, Handshake, Message,
    MetadataMessage, metadata, peer_id,
};
use crate::state::{PeerState, SharedState, TorrentStatus};
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::time::{Instant, sleep_until, timeout};

/// Bytes read from a peer at once.
const READ_BUFFER: usize = 2048;

#[derive(Clone, Copy, Debug)]
pub struct PeerTiming {
    /// Time allowed for the peer's handshake.
    pub handshake: Duration,
    /// A peer silent this long is dropped.
    pub idle: Duration,
    pub keepalive: Duration,
}

impl PeerTiming {
    /// The `peer_protocol.*` settings.
    pub fn from_settings(s: &crate::settings::Settings) -> PeerTiming {
        let secs = |n: u32| Duration::from_secs(u64::from(n.max(1)));
        let p = &s.peer_protocol;
        PeerTiming {
            handshake: secs(p.handshake_timeout_seconds),
            idle: secs(p.message_read_timeout_seconds),
            keepalive: secs(p.keep_alive_interval_seconds),
        }
    }
}

/// What every session shares.
pub struct SessionCtx {
    pub directory: PeerDirectory,
    pub persona: Arc<Persona>,
    pub state: SharedState,
    pub board: Board,
    pub clock: Clock,
    /// Our listening port (sent in the extension handshake).
    pub port: u16,
    pub max_per_torrent: usize,
}

/// Serves one connection until it ends; the error says why it was closed.
pub async fn serve<S>(
    mut stream: S,
    peer: SocketAddr,
    id: u64,
    ctx: &SessionCtx,
) -> Result<(), String>
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let since_ms = ctx.clock.now_ms();
    // The settings at the time the peer connects.
    let timing = PeerTiming::from_settings(&crate::engine::core::read(&ctx.state).settings);
    ctx.board.update(id, |p| {
        p.address = peer.to_string();
        p.since_ms = since_ms;
    });
    let mut decoder = Decoder::new(DEFAULT_MAX_MESSAGE_LEN);
    let mut frames = Vec::new();
    // Small: peers send us short messages (the decoder joins longer ones across reads), and an
    // idle connection holds its buffer the whole time (10 000 idle peers × 16 KiB was 160 MiB).
    let mut buf = vec![0u8; READ_BUFFER];
    let theirs = timeout(
        timing.handshake,
        read_handshake(&mut stream, &mut decoder, &mut frames, &mut buf),
    )
    .await
    .map_err(|_| "no handshake in time".to_string())??;
    let torrent = ctx
        .directory
        .get(&theirs.info_hash)
        .ok_or("handshake for a torrent we do not serve")?;
    let hash_hex = torrent.hash_hex();
    let (progress, profile_id) = active(ctx, &hash_hex).ok_or("that torrent is not running")?;
    let _slot =
        Slot::take(&torrent, ctx.max_per_torrent).ok_or("too many connections for that torrent")?;
    let profile = ctx.persona.profile(profile_id.as_deref());
    let mut conn = Connection::answer(ctx, &torrent, profile, &theirs, peer, progress);
    ctx.board.update(id, |p| {
        p.info_hash = Some(hash_hex);
        p.client = peer_id::describe(&theirs.peer_id);
        p.state = PeerState::Connected;
    });
    write(&mut stream, &conn.opening).await?;
    let mut keepalive_at = Instant::now() + timing.keepalive;
    loop {
        for frame in frames.drain(..) {
            if let Frame::Message(message) = frame {
                if conn.needs_info(&message) {
                    conn.load_info(&torrent.torrent_file).await;
                }
                let reply = conn.handle(message, ctx, id);
                if !reply.is_empty() {
                    write(&mut stream, &reply).await?;
                }
            }
        }
        tokio::select! {
            _ = torrent.gone.cancelled() => return Ok(()),
            _ = sleep_until(keepalive_at) => {
                write(&mut stream, &encode(&Message::KeepAlive)).await?;
                keepalive_at = Instant::now() + timing.keepalive;
            }
            read = timeout(timing.idle, stream.read(&mut buf)) => {
                let n = read.map_err(|_| "idle too long".to_string())?.map_err(|e| e.to_string())?;
                if n == 0 {
                    return Ok(());
                }
                decoder.feed(&buf[..n], &mut frames).map_err(|e| e.to_string())?;
            }
        }
    }
}

async fn read_handshake<S: AsyncRead + Unpin>(
    stream: &mut S,
    decoder: &mut Decoder,
    frames: &mut Vec<Frame>,
    buf: &mut [u8],
) -> Result<Handshake, String> {
    loop {
        let n = stream.read(buf).await.map_err(|e| e.to_string())?;
        if n == 0 {
            return Err("closed before its handshake".into());
        }
        decoder.feed(&buf[..n], frames).map_err(|e| e.to_string())?;
        if let Some(Frame::Handshake(h)) = frames.first() {
            let h = *h;
            frames.remove(0);
            return Ok(h);
        }
    }
}

/// The torrent's progress and client profile, if it runs (paused and errored ones refuse peers).
fn active(ctx: &SessionCtx, hash: &str) -> Option<(f64, Option<String>)> {
    let state = read(&ctx.state);
    let t = state.torrent(hash)?;
    matches!(
        t.status,
        TorrentStatus::Downloading | TorrentStatus::Seeding
    )
    .then(|| (t.progress, t.client_profile.clone()))
}

/// A place in the torrent's connection count, given back on drop.
struct Slot(Arc<std::sync::atomic::AtomicUsize>);

impl Slot {
    fn take(torrent: &PeerTorrent, max: usize) -> Option<Slot> {
        let count = torrent.connections.clone();
        if count.fetch_add(1, Ordering::SeqCst) >= max {
            count.fetch_sub(1, Ordering::SeqCst);
            return None;
        }
        Some(Slot(count))
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The negotiated connection and what it still needs to answer.
struct Connection {
    info_hash: [u8; 20],
    fast: bool,
    /// Our ut_metadata id (what the peer sends requests as) and theirs (what we answer as).
    our_metadata_id: Option<u8>,
    their_metadata_id: Option<u8>,
    /// Handshake, extension handshake and first message, to send at once.
    opening: Vec<u8>,
    /// The info dictionary, read from the `.torrent` copy at the first metadata request
    /// (`None` until then; empty if it could not be read, and every request is rejected).
    info_bytes: Option<Vec<u8>>,
}

impl Connection {
    fn answer(
        ctx: &SessionCtx,
        torrent: &PeerTorrent,
        profile: &ClientProfile,
        theirs: &Handshake,
        peer: SocketAddr,
        progress: f64,
    ) -> Connection {
        let hash = torrent.info_hash;
        let peer_id = match profile.peer_id.wire {
            WirePeerId::SameAsTracker => ctx.persona.identity(profile, hash).0,
            WirePeerId::PerConnection => generate_peer_id(profile, &mut rand::rng()),
        };
        let ours = profile.handshake(hash, peer_id);
        let fast = ours.reserved.fast() && theirs.reserved.fast();
        let mut opening = ours.encode().to_vec();
        let extended = ours.reserved.extension_protocol() && theirs.reserved.extension_protocol();
        if extended {
            let ext = profile.extension_handshake(&ExtensionContext {
                port: ctx.port,
                peer_ip: Some(peer.ip()),
                metadata_size: u32::try_from(torrent.info_len).ok(),
                seeding: progress >= 1.0,
                complete_ago: None,
                pex: true,
            });
            opening.extend(encode(&ext.to_message()));
        }
        let pieces = torrent.piece_count;
        let have = Bitfield::from_progress(progress, pieces);
        let first = match profile.opening(have.count(), pieces) {
            Opening::Nothing => None,
            Opening::HaveAll if fast => Some(Message::HaveAll),
            Opening::HaveNone if fast => Some(Message::HaveNone),
            Opening::HaveNone => None,
            Opening::HaveAll | Opening::Bitfield => {
                Some(Message::Bitfield(have.as_bytes().to_vec()))
            }
        };
        if let Some(first) = first {
            opening.extend(encode(&first));
        }
        Connection {
            info_hash: hash,
            fast,
            our_metadata_id: extended
                .then(|| profile.wire.extension.m.get("ut_metadata").copied())
                .flatten(),
            their_metadata_id: None,
            opening,
            info_bytes: None,
        }
    }

    /// A metadata request comes while the info dictionary is not in memory.
    fn needs_info(&self, message: &Message) -> bool {
        self.info_bytes.is_none()
            && matches!(message, Message::Extended { id, .. } if Some(*id) == self.our_metadata_id)
    }

    /// Reads the info dictionary from the torrent's copy; it must hash to this torrent.
    async fn load_info(&mut self, copy: &std::path::Path) {
        let bytes = tokio::fs::read(copy).await.unwrap_or_default();
        let info = crate::metainfo::Metainfo::parse(&bytes)
            .ok()
            .filter(|m| m.info_hash == self.info_hash)
            .map(|m| m.info_bytes)
            .unwrap_or_default();
        self.info_bytes = Some(info);
    }

    /// The bytes to send in answer to one message.
    fn handle(&mut self, message: Message, ctx: &SessionCtx, id: u64) -> Vec<u8> {
        let name = message.name();
        let mut out = Vec::new();
        match message {
            Message::Extended { id: 0, payload } => {
                if let Ok(ext) = ExtensionHandshake::decode(&payload) {
                    self.their_metadata_id = ext.m.get("ut_metadata").copied().filter(|&i| i != 0);
                    if let Some(v) = ext.v {
                        ctx.board.update(id, |p| p.client = v);
                    }
                }
            }
            Message::Extended {
                id: ext_id,
                payload,
            } if Some(ext_id) == self.our_metadata_id => {
                out = self.metadata_answer(&payload);
            }
            Message::Request(block) if self.fast => out = encode(&Message::RejectRequest(block)),
            _ => {}
        }
        let sent = u64::from(!out.is_empty());
        ctx.board.update(id, |p| {
            p.messages_in += 1;
            p.messages_out += sent;
            p.last_message = name.to_string();
        });
        out
    }

    /// BEP 9: a metadata piece from the real info dictionary, or a reject.
    fn metadata_answer(&self, payload: &[u8]) -> Vec<u8> {
        let (Some(theirs), Ok(MetadataMessage::Request { piece })) =
            (self.their_metadata_id, MetadataMessage::decode(payload))
        else {
            return Vec::new();
        };
        let info = self.info_bytes.as_deref().unwrap_or_default();
        let answer =
            metadata::data_message(info, piece).unwrap_or(MetadataMessage::Reject { piece });
        encode(&Message::Extended {
            id: theirs,
            payload: answer.encode(),
        })
    }
}

fn encode(message: &Message) -> Vec<u8> {
    message.to_bytes().unwrap_or_default()
}

async fn write<S: AsyncWrite + Unpin>(stream: &mut S, bytes: &[u8]) -> Result<(), String> {
    stream
        .write_all(bytes)
        .await
        .map_err(|e| format!("write failed: {e}"))
}
