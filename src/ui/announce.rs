//! Manual announces: when a tracker's `min interval` is not over yet, the user chooses between
//! announcing anyway and announcing as soon as the tracker allows.

use crate::state::AppState;
use egui::{Context, Id, Modal};

/// Seconds until every tracker of the named torrents allows another announce (0 = now).
pub fn wait_secs(state: &AppState, hashes: &[String]) -> u64 {
    hashes
        .iter()
        .filter_map(|h| state.torrent(h))
        .flat_map(|t| &t.trackers)
        .filter_map(|v| {
            let allowed_at = v.last_announce_ms? + u64::from(v.min_interval_secs?) * 1000;
            Some(allowed_at.saturating_sub(state.now_ms).div_ceil(1000))
        })
        .max()
        .unwrap_or(0)
}

pub struct AnnounceDialog {
    pub info_hashes: Vec<String>,
    pub wait_secs: u64,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Choice {
    Undecided,
    Cancel,
    /// Announce now, before the tracker's min interval.
    Now,
    /// Announce as soon as the tracker allows.
    WhenAllowed,
}

impl AnnounceDialog {
    pub fn show(&self, ctx: &Context) -> Choice {
        let mut choice = Choice::Undecided;
        let modal = Modal::new(Id::unique("announce_confirmation")).show(ctx, |ui| {
            ui.set_max_width(420.0);
            ui.heading(t!("announce-early-title"));
            ui.label(t!("announce-early-body", secs = self.wait_secs));
            ui.separator();
            ui.horizontal(|ui| {
                if ui.button(t!("announce-now")).clicked() {
                    choice = Choice::Now;
                }
                if ui.button(t!("announce-when-allowed")).clicked() {
                    choice = Choice::WhenAllowed;
                }
            });
        });
        if choice == Choice::Undecided && modal.should_close() {
            choice = Choice::Cancel;
        }
        choice
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{TorrentView, TrackerView};

    #[test]
    fn waits_for_the_longest_min_interval() {
        let tracker = |last: u64, min: u32| TrackerView {
            last_announce_ms: Some(last),
            min_interval_secs: Some(min),
            ..TrackerView::default()
        };
        let torrent = TorrentView {
            info_hash: "a".into(),
            trackers: vec![tracker(0, 60), tracker(10_000, 900), TrackerView::default()],
            ..TorrentView::default()
        };
        let state = AppState {
            torrents: vec![torrent],
            now_ms: 100_000,
            ..AppState::default()
        };
        assert_eq!(wait_secs(&state, &["a".into()]), 810);
        assert_eq!(wait_secs(&state, &["other".into()]), 0);
        let later = AppState {
            now_ms: 2_000_000,
            ..state
        };
        assert_eq!(wait_secs(&later, &["a".into()]), 0);
    }
}
