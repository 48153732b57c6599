use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
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
