//! A tracker client double: records every announce and answers from a script, instantly, so
//! tests can run on a paused tokio clock.

use dfakeseeder::engine::tracker::{
    AnnounceError, AnnounceEvent, AnnounceFuture, AnnounceReply, AnnounceRequest, ScrapeFuture,
    ScrapeReply, TrackerClient,
};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::time::Instant;

#[derive(Clone, Debug)]
pub struct Seen {
    pub at: Instant,
    pub request: AnnounceRequest,
}

type Script = dyn Fn(&AnnounceRequest) -> Result<AnnounceReply, AnnounceError> + Send + Sync;

pub struct FakeTracker {
    pub seen: Mutex<Vec<Seen>>,
    pub scraped: Mutex<Vec<String>>,
    /// Every proxy the engine set, in order.
    pub proxies: Mutex<Vec<dfakeseeder::settings::ProxySettings>>,
    script: Box<Script>,
}

impl FakeTracker {
    pub fn new(
        script: impl Fn(&AnnounceRequest) -> Result<AnnounceReply, AnnounceError>
        + Send
        + Sync
        + 'static,
    ) -> Arc<FakeTracker> {
        Arc::new(FakeTracker {
            seen: Mutex::default(),
            scraped: Mutex::default(),
            proxies: Mutex::default(),
            script: Box::new(script),
        })
    }

    /// Always answers with this interval and min interval (seconds).
    pub fn answering(interval: u64, min_interval: u64) -> Arc<FakeTracker> {
        FakeTracker::new(move |_| Ok(reply(interval, min_interval)))
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().map(|s| s.clone()).unwrap_or_default()
    }

    pub fn events(&self, url: &str) -> Vec<AnnounceEvent> {
        self.seen()
            .iter()
            .filter(|s| s.request.url == url)
            .map(|s| s.request.event)
            .collect()
    }

    pub fn count(&self, event: AnnounceEvent) -> usize {
        self.seen()
            .iter()
            .filter(|s| s.request.event == event)
            .count()
    }
}

pub fn reply(interval: u64, min_interval: u64) -> AnnounceReply {
    AnnounceReply {
        interval: Some(Duration::from_secs(interval)),
        min_interval: Some(Duration::from_secs(min_interval)),
        seeders: Some(5),
        leechers: Some(7),
        ..Default::default()
    }
}

impl TrackerClient for FakeTracker {
    fn announce(&self, request: AnnounceRequest) -> AnnounceFuture {
        let answer = (self.script)(&request);
        if let Ok(mut seen) = self.seen.lock() {
            seen.push(Seen {
                at: Instant::now(),
                request,
            });
        }
        Box::pin(async move { answer })
    }

    fn set_proxy(&self, proxy: &dfakeseeder::settings::ProxySettings) {
        if let Ok(mut proxies) = self.proxies.lock() {
            proxies.push(proxy.clone());
        }
    }

    /// Every tracker scrapes as 11 seeders, 12 leechers, 13 downloaded.
    fn scrape(&self, url: String, _info_hash: [u8; 20]) -> ScrapeFuture {
        if let Ok(mut scraped) = self.scraped.lock() {
            scraped.push(url);
        }
        Box::pin(async {
            Ok(ScrapeReply {
                seeders: 11,
                leechers: 12,
                downloaded: 13,
            })
        })
    }
}
