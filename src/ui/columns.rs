//! Every column the torrent table can show: its settings key (the old app's where the meaning is
//! the same), title, width, sort order and cell text. The chosen set lives in the `columns` setting.

use super::cells;
use crate::format;
use crate::state::{TorrentStatus, TorrentView};
use std::cmp::Ordering;

macro_rules! columns {
    ($($variant:ident: $key:literal, $width:literal;)*) => {
        /// A column of the torrent table.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum Column { $($variant),* }

        impl Column {
            /// Every column, in the chooser's order.
            pub const ALL: &[Column] = &[$(Column::$variant),*];

            /// The name in the `columns` setting.
            pub fn key(self) -> &'static str {
                match self { $(Column::$variant => $key),* }
            }

            /// The header, in the current language (message `col-<key>`).
            pub fn title(self) -> String {
                crate::i18n::tr(match self { $(Column::$variant => concat!("col-", $key)),* })
            }

            /// Initial width in points.
            pub fn width(self) -> f32 {
                match self { $(Column::$variant => $width),* }
            }
        }
    };
}

columns! {
    Queue: "id", 40.0;
    Name: "name", 260.0;
    Size: "total_size", 80.0;
    Progress: "progress", 110.0;
    Status: "status", 90.0;
    UpSpeed: "upload_rate", 85.0;
    DownSpeed: "download_rate", 85.0;
    Uploaded: "total_uploaded", 85.0;
    Downloaded: "total_downloaded", 85.0;
    SessionUp: "session_uploaded", 85.0;
    SessionDown: "session_downloaded", 85.0;
    Ratio: "ratio", 55.0;
    Seeds: "seeders", 55.0;
    Peers: "leechers", 55.0;
    NextAnnounce: "next_update", 100.0;
    Interval: "announce_interval", 90.0;
    SetUpSpeed: "upload_speed", 95.0;
    SetDownSpeed: "download_speed", 95.0;
    UpLimit: "upload_limit", 85.0;
    DownLimit: "download_limit", 85.0;
    Threshold: "threshold", 75.0;
    EtaThreshold: "eta_threshold", 100.0;
    Eta: "eta", 80.0;
    Tracker: "tracker", 140.0;
    AddedOn: "added_on", 120.0;
    CompletedOn: "completed_on", 120.0;
    SeedTime: "seed_time", 85.0;
    Client: "client_profile", 120.0;
    Label: "label", 90.0;
    CreatedBy: "created_by", 120.0;
    CreatedOn: "creation_date", 120.0;
    Comment: "comment", 160.0;
    PieceSize: "piece_length", 80.0;
    Pieces: "piece_count", 65.0;
    Private: "private", 60.0;
}

/// Shown when the setting names no known column.
pub const DEFAULT: &[Column] = &[
    Column::Queue,
    Column::Name,
    Column::Size,
    Column::Progress,
    Column::Status,
    Column::UpSpeed,
    Column::DownSpeed,
    Column::Uploaded,
    Column::Downloaded,
    Column::Ratio,
    Column::Seeds,
    Column::Peers,
    Column::NextAnnounce,
];

/// The columns named in the setting, in its order; unknown names are skipped (an old app's
/// list may name columns we do not have). Never empty.
pub fn parse(setting: &str) -> Vec<Column> {
    let mut out: Vec<Column> = Vec::new();
    for key in setting.split(',').map(str::trim) {
        if let Some(c) = Column::ALL.iter().find(|c| c.key() == key)
            && !out.contains(c)
        {
            out.push(*c);
        }
    }
    if out.is_empty() {
        out = DEFAULT.to_vec();
    }
    out
}

/// The setting for a column list.
pub fn to_setting(columns: &[Column]) -> String {
    columns
        .iter()
        .map(|c| c.key())
        .collect::<Vec<_>>()
        .join(",")
}

/// `columns` with `column` shown or hidden; hiding the last one brings the defaults back.
pub fn toggled(columns: &[Column], column: Column) -> Vec<Column> {
    let mut out: Vec<Column> = columns.iter().copied().filter(|&c| c != column).collect();
    if out.len() == columns.len() {
        out.push(column);
    }
    if out.is_empty() {
        out = DEFAULT.to_vec();
    }
    out
}

impl Column {
    /// Figures are right-aligned.
    pub fn is_numeric(self) -> bool {
        !matches!(
            self,
            Column::Name
                | Column::Progress
                | Column::Status
                | Column::Tracker
                | Column::Client
                | Column::Label
                | Column::CreatedBy
                | Column::Comment
                | Column::Private
        )
    }

    /// The cell's text (the progress bar, status and name are drawn by the table itself);
    /// `queue` is the torrent's queue position from 0, `now_ms` the engine clock.
    pub fn text(self, t: &TorrentView, queue: usize, now_ms: u64) -> String {
        let opt = |v: Option<String>| v.unwrap_or_else(|| cells::NONE.to_string());
        let when = |ms: Option<u64>| opt(ms.map(|ms| format::datetime((ms / 1000) as i64)));
        match self {
            Column::Queue => (queue + 1).to_string(),
            Column::Name => t.name.clone(),
            Column::Size => format::bytes(t.total_size),
            Column::Progress => cells::percent(t.progress),
            Column::Status => cells::status(&t.status),
            Column::UpSpeed => format::rate(t.upload_rate),
            Column::DownSpeed => format::rate(t.download_rate),
            Column::Uploaded => format::bytes(t.total_uploaded),
            Column::Downloaded => format::bytes(t.total_downloaded),
            Column::SessionUp => format::bytes(t.session_uploaded),
            Column::SessionDown => format::bytes(t.session_downloaded),
            Column::Ratio => format::ratio(t.ratio()),
            Column::Seeds => cells::count(t.seeders),
            Column::Peers => cells::count(t.leechers),
            Column::NextAnnounce => cells::countdown(t.next_announce_ms, now_ms),
            Column::Interval => t.announce_interval_secs.map_or_else(
                || t!("cell-trackers-interval"),
                |s| format::duration(u64::from(s)),
            ),
            Column::SetUpSpeed => format::kib(t.upload_speed_kib, "0 KiB/s"),
            Column::SetDownSpeed => format::kib(t.download_speed_kib, "0 KiB/s"),
            Column::UpLimit => format::kib(t.upload_limit_kib, &t!("cell-none")),
            Column::DownLimit => format::kib(t.download_limit_kib, &t!("cell-none")),
            Column::Threshold => format!("{} %", t.threshold),
            Column::EtaThreshold => opt(t.eta_secs(true).map(format::duration)),
            Column::Eta => opt(t.eta_secs(false).map(format::duration)),
            Column::Tracker => opt(t.trackers.first().map(|tr| tr.host().to_string())),
            Column::AddedOn => when(Some(t.added_at_ms).filter(|&ms| ms > 0)),
            Column::CompletedOn => when(t.completed_at_ms),
            Column::SeedTime => format::duration(t.seed_time_secs),
            Column::Client => t
                .client_profile
                .clone()
                .unwrap_or_else(|| t!("cell-default-client")),
            Column::Label => t.label.clone(),
            Column::CreatedBy => opt(t.created_by.clone()),
            Column::CreatedOn => opt(t.creation_date.map(format::datetime)),
            Column::Comment => opt(t.comment.clone()),
            Column::PieceSize => format::bytes(t.piece_length),
            Column::Pieces => t.piece_count.to_string(),
            Column::Private => {
                if t.private {
                    t!("cell-yes")
                } else {
                    t!("cell-no")
                }
            }
        }
    }

    /// How two torrents compare under this column (ties are broken by queue order by the caller).
    pub fn compare(self, a: &TorrentView, b: &TorrentView) -> Ordering {
        let by = |f: fn(&TorrentView) -> u64| f(a).cmp(&f(b));
        let by_f = |f: fn(&TorrentView) -> f64| f(a).total_cmp(&f(b));
        let by_s = |f: fn(&TorrentView) -> String| caseless(&f(a), &f(b));
        match self {
            // Queue order is the tie-break itself.
            Column::Queue => Ordering::Equal,
            Column::Name => caseless(&a.name, &b.name),
            Column::Size => by(|t| t.total_size),
            Column::Progress => by_f(|t| t.progress),
            Column::Status => status_rank(&a.status).cmp(&status_rank(&b.status)),
            Column::UpSpeed => by_f(|t| t.upload_rate),
            Column::DownSpeed => by_f(|t| t.download_rate),
            Column::Uploaded => by(|t| t.total_uploaded),
            Column::Downloaded => by(|t| t.total_downloaded),
            Column::SessionUp => by(|t| t.session_uploaded),
            Column::SessionDown => by(|t| t.session_downloaded),
            Column::Ratio => by_f(TorrentView::ratio),
            // Unknown swarm figures sort below zero.
            Column::Seeds => a.seeders.cmp(&b.seeders),
            Column::Peers => a.leechers.cmp(&b.leechers),
            // No announce scheduled sorts after every countdown.
            Column::NextAnnounce => by(|t| t.next_announce_ms.unwrap_or(u64::MAX)),
            Column::Interval => a.announce_interval_secs.cmp(&b.announce_interval_secs),
            Column::SetUpSpeed => by(|t| u64::from(t.upload_speed_kib)),
            Column::SetDownSpeed => by(|t| u64::from(t.download_speed_kib)),
            // No cap sorts above every cap.
            Column::UpLimit => by(|t| limit_key(t.upload_limit_kib)),
            Column::DownLimit => by(|t| limit_key(t.download_limit_kib)),
            Column::Threshold => by(|t| u64::from(t.threshold)),
            Column::EtaThreshold => by(|t| t.eta_secs(true).unwrap_or(u64::MAX)),
            Column::Eta => by(|t| t.eta_secs(false).unwrap_or(u64::MAX)),
            Column::Tracker => by_s(|t| {
                t.trackers
                    .first()
                    .map_or(String::new(), |tr| tr.host().to_string())
            }),
            Column::AddedOn => by(|t| t.added_at_ms),
            Column::CompletedOn => by(|t| t.completed_at_ms.unwrap_or(u64::MAX)),
            Column::SeedTime => by(|t| t.seed_time_secs),
            Column::Client => by_s(|t| t.client_profile.clone().unwrap_or_default()),
            Column::Label => caseless(&a.label, &b.label),
            Column::CreatedBy => by_s(|t| t.created_by.clone().unwrap_or_default()),
            Column::CreatedOn => a.creation_date.cmp(&b.creation_date),
            Column::Comment => by_s(|t| t.comment.clone().unwrap_or_default()),
            Column::PieceSize => by(|t| t.piece_length),
            Column::Pieces => by(|t| u64::from(t.piece_count)),
            Column::Private => a.private.cmp(&b.private),
        }
    }
}

fn limit_key(kib: u32) -> u64 {
    if kib == 0 { u64::MAX } else { u64::from(kib) }
}

/// Case-insensitive comparison without allocating (names are compared on every sort).
pub fn caseless(a: &str, b: &str) -> Ordering {
    a.chars()
        .flat_map(char::to_lowercase)
        .cmp(b.chars().flat_map(char::to_lowercase))
        // Names equal but for case still need a fixed order.
        .then_with(|| a.cmp(b))
}

fn status_rank(status: &TorrentStatus) -> u8 {
    match status {
        TorrentStatus::Downloading => 0,
        TorrentStatus::Seeding => 1,
        TorrentStatus::Checking { .. } => 2,
        TorrentStatus::Paused => 3,
        TorrentStatus::Error(_) => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_the_setting_round_trips() {
        let mut keys: Vec<&str> = Column::ALL.iter().map(|c| c.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), Column::ALL.len());
        let all = to_setting(Column::ALL);
        assert_eq!(parse(&all), Column::ALL);
    }

    #[test]
    fn unknown_and_empty_settings_fall_back() {
        // The old app's default list: `id,name,progress,upload_speed,...` all known here.
        let old = parse("id,name,progress,upload_speed,download_speed,seeders,leechers,total_size");
        assert_eq!(old.len(), 8);
        assert_eq!(old[3], Column::SetUpSpeed);
        assert_eq!(parse("filepath,nonsense"), DEFAULT);
        assert_eq!(parse(""), DEFAULT);
        assert_eq!(parse("name,name,ratio"), [Column::Name, Column::Ratio]);
    }

    #[test]
    fn toggling_adds_removes_and_never_empties() {
        let shown = toggled(&[Column::Name], Column::Ratio);
        assert_eq!(shown, [Column::Name, Column::Ratio]);
        assert_eq!(toggled(&shown, Column::Name), [Column::Ratio]);
        assert_eq!(toggled(&[Column::Name], Column::Name), DEFAULT);
    }

    #[test]
    fn every_column_has_text() {
        let t = TorrentView {
            name: "x".into(),
            total_size: 1000,
            download_rate: 100.0,
            threshold: 50,
            ..Default::default()
        };
        for c in Column::ALL {
            assert!(!c.text(&t, 0, 0).is_empty() || *c == Column::Label, "{c:?}");
        }
        assert_eq!(Column::Eta.text(&t, 0, 0), "10s");
        assert_eq!(Column::EtaThreshold.text(&t, 0, 0), "5s");
        assert_eq!(Column::Queue.text(&t, 4, 0), "5");
    }
}
