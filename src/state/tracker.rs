use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub enum TrackerStatus {
    /// Not contacted yet in this run.
    #[default]
    NotContacted,
    Updating,
    Working,
    /// The last request failed; the text says why.
    Error(String),
    /// Skipped: a tracker earlier in its tier is working (BEP 12).
    Standby,
}

/// One tracker of a torrent, with its live state.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct TrackerView {
    /// BEP 12 tier, 0-based.
    pub tier: u32,
    pub url: String,
    pub status: TrackerStatus,
    pub warning: Option<String>,
    pub last_announce_ms: Option<u64>,
    pub next_announce_ms: Option<u64>,
    pub seeders: Option<u32>,
    pub leechers: Option<u32>,
    pub downloaded: Option<u32>,
    pub peers_received: u32,
    /// Failed announces in a row (0 after a success).
    pub failures: u32,
    /// The tracker's `interval`, seconds.
    pub interval_secs: Option<u32>,
    pub min_interval_secs: Option<u32>,
}

impl TrackerView {
    /// The host part of the URL, for the sidebar's tracker filter.
    pub fn host(&self) -> &str {
        let rest = self
            .url
            .split_once("://")
            .map_or(self.url.as_str(), |(_, r)| r);
        let host_port = rest.split(['/', '?']).next().unwrap_or(rest);
        let host_port = host_port.rsplit_once('@').map_or(host_port, |(_, h)| h);
        if host_port.starts_with('[') {
            return host_port
                .split_once(']')
                .map_or(host_port, |(h, _)| &h[1..]);
        }
        host_port.split(':').next().unwrap_or(host_port)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(url: &str) -> String {
        TrackerView {
            url: url.into(),
            ..Default::default()
        }
        .host()
        .to_string()
    }

    #[test]
    fn host_of_common_urls() {
        assert_eq!(
            host("http://tracker.example.org:6969/announce"),
            "tracker.example.org"
        );
        assert_eq!(host("udp://127.0.0.1:7071/announce"), "127.0.0.1");
        assert_eq!(host("https://u:p@t.example/a?passkey=1"), "t.example");
        assert_eq!(host("udp://[::1]:6969"), "::1");
        assert_eq!(host("garbage"), "garbage");
    }
}
