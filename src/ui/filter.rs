//! The sidebar's filters: by state and by tracker host, combined (AND), with their counts.
//! Pure functions over the torrents, one pass each, so 10 000 torrents stay cheap per frame.

use crate::state::{TorrentStatus, TorrentView, TrackerStatus};
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StateFilter {
    #[default]
    All,
    Downloading,
    Seeding,
    /// Running: downloading or seeding.
    Active,
    Paused,
    /// A simulated recheck is running.
    Checking,
    Error,
}

impl StateFilter {
    pub const ALL: [StateFilter; 7] = [
        StateFilter::All,
        StateFilter::Downloading,
        StateFilter::Seeding,
        StateFilter::Active,
        StateFilter::Paused,
        StateFilter::Checking,
        StateFilter::Error,
    ];

    pub fn label(self) -> String {
        match self {
            StateFilter::All => t!("state-all"),
            StateFilter::Downloading => t!("state-downloading"),
            StateFilter::Seeding => t!("state-seeding"),
            StateFilter::Active => t!("state-active"),
            StateFilter::Paused => t!("state-paused"),
            StateFilter::Checking => t!("state-checking"),
            StateFilter::Error => t!("state-error"),
        }
    }

    pub fn matches(self, t: &TorrentView) -> bool {
        match self {
            StateFilter::All => true,
            StateFilter::Downloading => t.status == TorrentStatus::Downloading,
            StateFilter::Seeding => t.status == TorrentStatus::Seeding,
            StateFilter::Active => matches!(
                t.status,
                TorrentStatus::Downloading | TorrentStatus::Seeding
            ),
            StateFilter::Paused => t.status == TorrentStatus::Paused,
            StateFilter::Checking => matches!(t.status, TorrentStatus::Checking { .. }),
            StateFilter::Error => matches!(t.status, TorrentStatus::Error(_)),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum TrackerFilter {
    #[default]
    All,
    Host(String),
    /// Torrents without any tracker.
    Trackerless,
}

impl TrackerFilter {
    pub fn matches(&self, t: &TorrentView) -> bool {
        match self {
            TrackerFilter::All => true,
            TrackerFilter::Host(host) => t.trackers.iter().any(|v| v.host() == host),
            TrackerFilter::Trackerless => t.trackers.is_empty(),
        }
    }
}

/// Both filters; a torrent shows when it passes both.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub state: StateFilter,
    pub tracker: TrackerFilter,
}

impl Filter {
    pub fn matches(&self, t: &TorrentView) -> bool {
        self.state.matches(t) && self.tracker.matches(t)
    }

    pub fn is_active(&self) -> bool {
        *self != Filter::default()
    }

    /// What is combined, e.g. `Seeding · tracker.example.org`.
    pub fn describe(&self) -> String {
        let tracker = match &self.tracker {
            TrackerFilter::All => None,
            TrackerFilter::Host(h) => Some(h.clone()),
            TrackerFilter::Trackerless => Some(t!("state-trackerless")),
        };
        let state = (self.state != StateFilter::All).then(|| self.state.label());
        [state, tracker]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ")
    }
}

/// One tracker host's row: how many torrents use it, and its trackers' current errors.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HostCount {
    pub host: String,
    pub torrents: usize,
    pub errors: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// In the order of [`StateFilter::ALL`].
    pub states: [usize; 7],
    /// By torrent count, then name.
    pub hosts: Vec<HostCount>,
    pub trackerless: usize,
}

/// Counts every state and host in one pass; a torrent counts once per host.
pub fn counts(torrents: &[TorrentView]) -> Counts {
    let mut out = Counts::default();
    let mut hosts: BTreeMap<&str, HostCount> = BTreeMap::new();
    let mut seen: Vec<&str> = Vec::new();
    for t in torrents {
        for (i, filter) in StateFilter::ALL.iter().enumerate() {
            out.states[i] += usize::from(filter.matches(t));
        }
        if t.trackers.is_empty() {
            out.trackerless += 1;
        }
        seen.clear();
        for v in &t.trackers {
            let host = v.host();
            let entry = hosts.entry(host).or_insert_with(|| HostCount {
                host: host.to_string(),
                ..HostCount::default()
            });
            if !seen.contains(&host) {
                seen.push(host);
                entry.torrents += 1;
            }
            if let TrackerStatus::Error(why) = &v.status
                && entry.errors.len() < 5
                && !entry.errors.contains(why)
            {
                entry.errors.push(why.clone());
            }
        }
    }
    out.hosts = hosts.into_values().collect();
    out.hosts.sort_by(|a, b| {
        b.torrents
            .cmp(&a.torrents)
            .then_with(|| a.host.cmp(&b.host))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::TrackerView;

    fn torrent(status: TorrentStatus, urls: &[&str]) -> TorrentView {
        TorrentView {
            status,
            trackers: urls
                .iter()
                .map(|u| TrackerView {
                    url: u.to_string(),
                    ..TrackerView::default()
                })
                .collect(),
            ..TorrentView::default()
        }
    }

    fn mixed() -> Vec<TorrentView> {
        let mut errored = torrent(TorrentStatus::Error("gone".into()), &["http://b.org/a"]);
        errored.trackers[0].status = TrackerStatus::Error("unregistered".into());
        vec![
            torrent(
                TorrentStatus::Downloading,
                &["http://a.org/a", "udp://a.org:6969"],
            ),
            torrent(
                TorrentStatus::Seeding,
                &["http://a.org/a", "http://b.org/a"],
            ),
            torrent(TorrentStatus::Paused, &[]),
            errored,
        ]
    }

    #[test]
    fn counts_states_and_hosts_once_per_torrent() {
        let c = counts(&mixed());
        assert_eq!(c.states, [4, 1, 1, 2, 1, 0, 1]);
        assert_eq!(c.trackerless, 1);
        let hosts: Vec<(&str, usize)> = c
            .hosts
            .iter()
            .map(|h| (h.host.as_str(), h.torrents))
            .collect();
        assert_eq!(hosts, [("a.org", 2), ("b.org", 2)]);
        assert_eq!(c.hosts[1].errors, ["unregistered"]);
        assert!(c.hosts[0].errors.is_empty());
    }

    #[test]
    fn filters_combine() {
        let all = mixed();
        let filter = Filter {
            state: StateFilter::Active,
            tracker: TrackerFilter::Host("b.org".into()),
        };
        let shown: Vec<_> = all
            .iter()
            .filter(|t| filter.matches(t))
            .map(|t| t.status.clone())
            .collect();
        assert_eq!(shown, [TorrentStatus::Seeding]);
        assert_eq!(filter.describe(), "Active · b.org");
        let trackerless = Filter {
            tracker: TrackerFilter::Trackerless,
            ..Filter::default()
        };
        assert_eq!(all.iter().filter(|t| trackerless.matches(t)).count(), 1);
        assert!(!Filter::default().is_active());
        assert_eq!(Filter::default().describe(), "");
    }
}
