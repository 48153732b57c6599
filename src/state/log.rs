use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "lowercase")]
pub enum LogLevel {
    Debug,
    Info,
    Warning,
    Error,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct LogLine {
    pub at_ms: u64,
    pub level: LogLevel,
    /// The torrent the line is about, if any.
    pub info_hash: Option<String>,
    pub message: String,
}

/// A problem shown to the user until dismissed.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Notice {
    pub at_ms: u64,
    pub level: LogLevel,
    pub message: String,
}

/// How a toast looks and how long it stays (per kind, from the notification settings).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventKind {
    Info,
    Success,
    Warning,
    Error,
}

/// Something that happened that the user may want to see as a toast: added, completed,
/// a tracker error. Numbered so a reader can tell which ones it has shown.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Event {
    pub id: u64,
    pub at_ms: u64,
    pub kind: EventKind,
    pub message: String,
}
