//! A tracker client for paused-clock tests whose announces really go over loopback UDP (BEP 15,
//! through [`super::udp`]) to a real tracker. `announce` does the exchange, blocking, before it
//! returns its (ready) future: on a paused current-thread runtime nothing else runs meanwhile, so
//! simulated time stands still for the round trip (the live client's own sockets would see their
//! timeouts fire at once, as tokio auto-advances a paused clock while it waits for I/O).
//! For current-thread runtimes only: it blocks the thread that polls the announcer.

use super::udp;
use dfakeseeder::engine::tracker::{
    AnnounceError, AnnounceEvent, AnnounceFuture, AnnounceReply, AnnounceRequest, TrackerClient,
    TrackerPeer,
};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub struct BlockingUdpTracker {
    port: u16,
    session: Mutex<Option<udp::Session>>,
    /// Announces answered, and those that failed.
    pub answered: Arc<AtomicUsize>,
    pub failed: Arc<AtomicUsize>,
}

impl BlockingUdpTracker {
    /// Announces to the UDP tracker on 127.0.0.1:`port`, whatever the torrent's URL says.
    pub fn new(port: u16) -> BlockingUdpTracker {
        BlockingUdpTracker {
            port,
            session: Mutex::new(None),
            answered: Arc::default(),
            failed: Arc::default(),
        }
    }
}

impl BlockingUdpTracker {
    /// One round trip on the kept session; a new session (connect) when there is none or the
    /// last one failed.
    fn exchange(&self, announce: &udp::Announce) -> Result<udp::AnnounceReply, String> {
        let mut kept = self.session.lock().map_err(|_| "poisoned".to_string())?;
        let session = match kept.as_mut() {
            Some(s) => s,
            None => kept.insert(udp::Session::open(self.port)?),
        };
        let reply = session.announce(announce);
        if reply.is_err() {
            *kept = None;
        }
        reply
    }
}

impl TrackerClient for BlockingUdpTracker {
    fn announce(&self, request: AnnounceRequest) -> AnnounceFuture {
        let (answered, failed) = (self.answered.clone(), self.failed.clone());
        let announce = udp::Announce {
            info_hash: request.info_hash,
            peer_id: *b"-qB4520-paused-clock",
            port: 6881,
            left: request.left,
            event: match request.event {
                AnnounceEvent::None => udp::Event::None,
                AnnounceEvent::Started => udp::Event::Started,
                AnnounceEvent::Completed => udp::Event::Completed,
                AnnounceEvent::Stopped => udp::Event::Stopped,
            },
        };
        let reply = self.exchange(&announce);
        Box::pin(async move {
            match reply {
                Ok(r) => {
                    answered.fetch_add(1, Relaxed);
                    Ok(AnnounceReply {
                        interval: Some(Duration::from_secs(u64::from(r.interval))),
                        seeders: Some(r.seeders),
                        leechers: Some(r.leechers),
                        peers: r
                            .peers
                            .iter()
                            .filter_map(|p| p.parse().ok())
                            .map(|addr| TrackerPeer {
                                addr,
                                peer_id: None,
                            })
                            .collect(),
                        ..AnnounceReply::default()
                    })
                }
                Err(e) => {
                    failed.fetch_add(1, Relaxed);
                    Err(AnnounceError::Failed(e))
                }
            }
        })
    }
}
