//! Many small torrents and a real opentracker that knows them: the set-up of the leak scenarios
//! and the announce benchmark.

use super::opentracker::OpenTracker;
use super::torrent::TestTorrent;

pub struct Tracked {
    pub torrents: Vec<TestTorrent>,
    pub tracker: OpenTracker,
}

impl Tracked {
    /// `n` distinct single-file torrents named `{prefix}{i}` (16 KiB pieces), whitelisted by a
    /// fresh opentracker on loopback.
    pub fn start(prefix: &str, n: usize) -> Result<Tracked, String> {
        let torrents: Vec<TestTorrent> = (0..n)
            .map(|i| TestTorrent::new(&format!("{prefix}{i}"), 16 * 1024 + i as u64, 16 * 1024))
            .collect();
        let hashes: Vec<[u8; 20]> = torrents.iter().map(|t| t.info_hash).collect();
        let tracker = OpenTracker::start(&hashes)?;
        Ok(Tracked { torrents, tracker })
    }

    /// Each torrent's `.torrent` bytes, announcing to `url` only.
    pub fn files(&self, url: &str) -> Result<Vec<Vec<u8>>, String> {
        self.torrents
            .iter()
            .map(|t| t.to_bytes(&[&[url]]))
            .collect()
    }
}
