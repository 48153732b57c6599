//! Text of the table cells that is more than a call into [`crate::format`].

use crate::format;
use crate::state::TorrentStatus;

/// Shown where a figure is unknown.
pub const NONE: &str = "—";

/// The status word; an error shows the start of its text (the cell's tooltip has it all).
pub fn status(status: &TorrentStatus) -> String {
    match status {
        TorrentStatus::Downloading => t!("status-downloading"),
        TorrentStatus::Seeding => t!("status-seeding"),
        TorrentStatus::Paused => t!("status-paused"),
        TorrentStatus::Checking { .. } => t!("status-checking"),
        TorrentStatus::Error(why) => t!("status-error", reason = truncate(why, 40)),
    }
}

/// At most `max` characters, with an ellipsis when cut.
pub fn truncate(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// Time left until the next announce, against the engine clock (so simulated time works).
pub fn countdown(next_announce_ms: Option<u64>, now_ms: u64) -> String {
    match next_announce_ms {
        None => NONE.to_string(),
        Some(at) => format::duration(at.saturating_sub(now_ms) / 1000),
    }
}

pub fn count(n: Option<u32>) -> String {
    n.map_or_else(|| NONE.to_string(), |n| n.to_string())
}

pub fn percent(progress: f64) -> String {
    format!("{:.1} %", (progress * 100.0).clamp(0.0, 100.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countdown_uses_engine_clock() {
        assert_eq!(countdown(None, 5_000), NONE);
        assert_eq!(countdown(Some(125_000), 0), "2m 5s");
        assert_eq!(countdown(Some(10_000), 9_000), "1s");
        // Overdue announces show zero, not a wrapped-around number.
        assert_eq!(countdown(Some(1_000), 9_000), "0s");
    }

    #[test]
    fn counts_and_percents() {
        assert_eq!(count(None), NONE);
        assert_eq!(count(Some(12)), "12");
        assert_eq!(percent(0.4567), "45.7 %");
        assert_eq!(percent(1.5), "100.0 %");
    }

    #[test]
    fn status_labels() {
        assert_eq!(status(&TorrentStatus::Error("x".into())), "Error: x");
        assert_eq!(truncate("abcdef", 3), "abc…");
        assert_eq!(truncate("ab", 3), "ab");
        assert_eq!(status(&TorrentStatus::Paused), t!("status-paused"));
    }
}
