//! The tracker client that talks to real trackers, as the chosen client profile would:
//! HTTP(S) with the profile's exact request head, UDP (BEP 15) with its datagram, the
//! profile's peer_id and key with their scope, and one global limit on requests in flight.

mod http;
mod setup;
mod tls;
pub mod udp;

use super::client::{
    AnnounceError, AnnounceEvent, AnnounceFuture, AnnounceReply, AnnounceRequest, ScrapeFuture,
    ScrapeReply, TrackerClient, TrackerPeer,
};
use super::group::TierPolicy;
use crate::engine::persona::Persona;
use crate::profile::{ClientProfile, Profiles};
use crate::protocol::tracker::{
    self as codec, AnnounceParams, Event, Scheme, TrackerError, TrackerUrl,
};
pub use setup::live_client;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;
use tokio::time::timeout;
use udp::{ConnectionIds, Retransmit};

/// Redirects followed before giving up.
const MAX_REDIRECTS: usize = 5;

#[derive(Clone, Copy, Debug)]
pub struct LiveOptions {
    /// The port we announce (our listening port).
    pub port: u16,
    /// Requests in flight at once, over all torrents and trackers.
    pub max_concurrent: usize,
    /// Whole HTTP exchange (connect, TLS, request, reply, redirects).
    pub http_timeout: Duration,
    pub udp: Retransmit,
}

impl Default for LiveOptions {
    fn default() -> Self {
        LiveOptions {
            port: 6881,
            max_concurrent: 64,
            http_timeout: Duration::from_secs(30),
            udp: Retransmit::default(),
        }
    }
}

pub struct LiveClient(Arc<Inner>);

struct Inner {
    /// The profiles we can pose as and the identities we use (shared with the peer listener).
    persona: Arc<Persona>,
    options: LiveOptions,
    connection_ids: ConnectionIds,
    in_flight: Semaphore,
}

impl LiveClient {
    /// A client that poses as `profile` only.
    pub fn new(profile: ClientProfile, options: LiveOptions) -> LiveClient {
        LiveClient::with_profiles(Profiles::default(), profile, options)
    }

    /// A client that poses as `profile` by default and as any of `profiles` when a torrent asks.
    pub fn with_profiles(
        profiles: Profiles,
        profile: ClientProfile,
        options: LiveOptions,
    ) -> LiveClient {
        LiveClient::with_persona(Arc::new(Persona::new(profiles, profile)), options)
    }

    /// Who this client poses as (the peer listener shows the same peer_id).
    pub fn persona(&self) -> Arc<Persona> {
        self.0.persona.clone()
    }

    pub fn with_persona(persona: Arc<Persona>, options: LiveOptions) -> LiveClient {
        LiveClient(Arc::new(Inner {
            persona,
            options,
            connection_ids: ConnectionIds::default(),
            in_flight: Semaphore::new(options.max_concurrent.max(1)),
        }))
    }
}

impl TrackerClient for LiveClient {
    fn announce(&self, request: AnnounceRequest) -> AnnounceFuture {
        let inner = self.0.clone();
        // Queued announces hold only the request: the exchange (~2.5 KiB) is allocated once
        // the request may go. All 10 000 torrents queue at start; their exchanges at once were
        // the start's peak, and the allocator keeps a peak's pages.
        Box::pin(async move {
            let _permit = inner.permit().await?;
            Box::pin(inner.announce(request)).await
        })
    }

    fn tier_policy(&self, profile: Option<&str>) -> Option<TierPolicy> {
        Some(policy_of(self.0.profile_for(profile)))
    }

    fn scrape(&self, url: String, info_hash: [u8; 20]) -> ScrapeFuture {
        let inner = self.0.clone();
        Box::pin(async move {
            let _permit = inner.permit().await?;
            let scrape = Box::pin(inner.scrape(&url, info_hash));
            timeout(inner.options.http_timeout, scrape)
                .await
                .map_err(|_| failed("no scrape reply in time"))?
        })
    }
}

impl Inner {
    /// A place among the requests in flight (the global limit).
    async fn permit(&self) -> Result<tokio::sync::SemaphorePermit<'_>, AnnounceError> {
        self.in_flight
            .acquire()
            .await
            .map_err(|_| failed("the client is shutting down"))
    }

    fn profile_for(&self, id: Option<&str>) -> &ClientProfile {
        self.persona.profile(id)
    }

    async fn announce(&self, request: AnnounceRequest) -> Result<AnnounceReply, AnnounceError> {
        let url = TrackerUrl::parse(&request.url).map_err(to_error)?;
        let profile = self.profile_for(request.profile.as_deref());
        let (peer_id, key) = self.persona.identity(profile, request.info_hash);
        let params = AnnounceParams {
            info_hash: request.info_hash,
            peer_id,
            port: self.options.port,
            uploaded: request.uploaded,
            downloaded: request.downloaded,
            left: request.left,
            corrupt: 0,
            redundant: 0,
            event: event(request.event),
            key,
            numwant: request.numwant.map(|n| n.min(i32::MAX as u32) as i32),
            tracker_id: request.tracker_id.clone(),
        };
        let reply = match url.scheme {
            Scheme::Udp => {
                self.udp_announce(profile, &request.url, &url, &params)
                    .await?
            }
            Scheme::Http | Scheme::Https => {
                let exchange = self.http_announce(profile, &request.url, &params);
                timeout(self.options.http_timeout, exchange)
                    .await
                    .map_err(|_| {
                        failed(format!("no reply within {:?}", self.options.http_timeout))
                    })??
            }
        };
        Ok(convert(reply))
    }

    async fn http_announce(
        &self,
        profile: &ClientProfile,
        url: &str,
        params: &AnnounceParams,
    ) -> Result<codec::AnnounceReply, AnnounceError> {
        let mut request = codec::announce_request(profile, url, params).map_err(to_error)?;
        let mut current = url.to_string();
        for _ in 0..=MAX_REDIRECTS {
            let target = TrackerUrl::parse(&current).map_err(to_error)?;
            let (head, body) = http::exchange(&target, &request).await.map_err(failed)?;
            let next = if head.is_redirect() {
                head.redirect_url(&current).map_err(to_error)?
            } else {
                None
            };
            if let Some(next) = next {
                request =
                    codec::http_request::redirect_request(profile, &next).map_err(to_error)?;
                current = next;
                continue;
            }
            if head.status != 200 {
                // A tracker may still explain itself in a bencoded body.
                if let Err(TrackerError::Failure { reason }) = codec::parse_announce(&body) {
                    return Err(AnnounceError::Refused(reason));
                }
                return Err(failed(format!("HTTP {} {}", head.status, head.reason)));
            }
            return codec::parse_announce(&body).map_err(to_error);
        }
        Err(failed(format!("more than {MAX_REDIRECTS} redirects")))
    }

    async fn udp_announce(
        &self,
        profile: &ClientProfile,
        raw: &str,
        url: &TrackerUrl,
        params: &AnnounceParams,
    ) -> Result<codec::AnnounceReply, AnnounceError> {
        // Fail early on a profile that cannot speak UDP, rather than sending nothing.
        codec::udp::profile_announce(profile, raw, params, 0, 0).map_err(to_error)?;
        let (socket, addr) = udp::open(url).await.map_err(failed)?;
        let timing = self.options.udp;
        let ids = &self.connection_ids;
        let cid = udp::connection_id(&socket, addr, ids, timing, rand::random)
            .await
            .map_err(from_udp)?;
        let ipv6 = matches!(addr, SocketAddr::V6(_));
        let build =
            |tid| codec::udp::profile_announce(profile, raw, params, cid, tid).unwrap_or_default();
        let parse = |d: &[u8], tid| codec::udp_reply::parse_announce(d, tid, ipv6);
        let result = udp::exchange(&socket, timing, rand::random, build, parse).await;
        if result.is_err() {
            // The id may have expired on the tracker's side: connect afresh next time.
            udp::refused(ids, addr);
        }
        result.map_err(from_udp)
    }
}

impl Inner {
    async fn scrape(&self, raw: &str, info_hash: [u8; 20]) -> Result<ScrapeReply, AnnounceError> {
        let url = TrackerUrl::parse(raw).map_err(to_error)?;
        let stats = match url.scheme {
            Scheme::Udp => {
                let (socket, addr) = udp::open(&url).await.map_err(failed)?;
                let (ids, timing) = (&self.connection_ids, self.options.udp);
                let cid = udp::connection_id(&socket, addr, ids, timing, rand::random)
                    .await
                    .map_err(from_udp)?;
                let hashes = [info_hash];
                let build = |tid| codec::udp::scrape_request(cid, tid, &hashes).unwrap_or_default();
                let parse = |d: &[u8], tid| codec::udp_reply::parse_scrape(d, tid, &hashes);
                udp::exchange(&socket, timing, rand::random, build, parse)
                    .await
                    .map_err(from_udp)?
            }
            Scheme::Http | Scheme::Https => {
                let request = codec::scrape_request(self.persona.profile(None), raw, &[info_hash])
                    .map_err(to_error)?
                    .ok_or_else(|| failed("this tracker has no scrape URL"))?;
                let target = TrackerUrl::parse(&codec::scrape_url(raw).unwrap_or_default())
                    .map_err(to_error)?;
                let (head, body) = http::exchange(&target, &request).await.map_err(failed)?;
                if head.status != 200 {
                    return Err(failed(format!(
                        "scrape: HTTP {} {}",
                        head.status, head.reason
                    )));
                }
                codec::scrape::parse_scrape(&body).map_err(to_error)?
            }
        };
        let (_, s) = stats
            .into_iter()
            .find(|(hash, _)| *hash == info_hash)
            .ok_or_else(|| failed("the scrape reply does not list this torrent"))?;
        Ok(ScrapeReply {
            seeders: s.complete,
            leechers: s.incomplete,
            downloaded: s.downloaded,
        })
    }
}

/// A profile's BEP 12 behaviour.
pub fn policy_of(profile: &ClientProfile) -> TierPolicy {
    TierPolicy {
        all_tiers: profile.trackers.all_tiers,
        all_in_tier: profile.trackers.all_trackers_in_tier,
    }
}

fn from_udp(e: udp::UdpError) -> AnnounceError {
    match e {
        udp::UdpError::Tracker(e) => to_error(e),
        udp::UdpError::Io(why) => failed(why),
    }
}

fn event(e: AnnounceEvent) -> Event {
    match e {
        AnnounceEvent::None => Event::None,
        AnnounceEvent::Started => Event::Started,
        AnnounceEvent::Completed => Event::Completed,
        AnnounceEvent::Stopped => Event::Stopped,
    }
}

fn failed(why: impl Into<String>) -> AnnounceError {
    AnnounceError::Failed(why.into())
}

fn to_error(e: TrackerError) -> AnnounceError {
    match e {
        TrackerError::Failure { reason } => AnnounceError::Refused(reason),
        other => AnnounceError::Failed(other.to_string()),
    }
}

fn convert(reply: codec::AnnounceReply) -> AnnounceReply {
    AnnounceReply {
        interval: Some(Duration::from_secs(u64::from(reply.interval))),
        min_interval: reply
            .min_interval
            .map(|s| Duration::from_secs(u64::from(s))),
        tracker_id: reply.tracker_id,
        seeders: reply.complete,
        leechers: reply.incomplete,
        downloaded: reply.downloaded,
        peers: reply
            .peers
            .iter()
            .filter_map(|p| match p.addr {
                codec::PeerAddr::Ip(ip) => Some(TrackerPeer {
                    addr: SocketAddr::new(ip, p.port),
                    peer_id: p.peer_id,
                }),
                codec::PeerAddr::Name(_) => None,
            })
            .collect(),
        warning: reply.warning,
    }
}
