//! `ledger.json`: every torrent's accounting, written every few seconds and on quit.
//!
//! `{"version": 1, "torrents": [...], "orphans": [...]}`. `torrents` is in queue order;
//! `orphans` are records whose `.torrent` copy is gone (removed torrents, lost files): they are
//! kept so that adding the torrent again restores its totals.

use super::atomic::write_atomic_from;
use super::corrupt::{read_if_present, set_aside, unreadable};
use super::{LedgerEntry, Loaded, StoreError};
use serde::{Deserialize, Serialize};
use std::path::Path;

pub const LEDGER_FILE: &str = "ledger.json";
pub const LEDGER_VERSION: u32 = 1;

const FALLBACK: &str = "the ledger starts empty (torrent totals start from zero)";

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ledger {
    pub torrents: Vec<LedgerEntry>,
    pub orphans: Vec<LedgerEntry>,
}

/// The file as written: borrows the engine's records, so saving copies nothing.
#[derive(Serialize)]
struct LedgerOut<'a> {
    version: u32,
    torrents: &'a [LedgerEntry],
    orphans: &'a [LedgerEntry],
}

/// Unknown top-level keys are ignored, so the version check gives the clearer message.
#[derive(Deserialize)]
struct LedgerIn {
    version: u32,
    torrents: Vec<LedgerEntry>,
    #[serde(default)]
    orphans: Vec<LedgerEntry>,
}

/// Loads `<dir>/ledger.json`. A missing file gives an empty ledger; an unusable one is moved
/// aside and gives an empty ledger plus a notice saying why and where it went.
pub fn load_ledger(dir: &Path) -> Loaded<Ledger> {
    let path = dir.join(LEDGER_FILE);
    match read_if_present(&path) {
        Ok(None) => Loaded {
            value: Ledger::default(),
            notice: None,
        },
        Ok(Some(bytes)) => match ledger_from_json(&bytes) {
            Ok(value) => Loaded {
                value,
                notice: None,
            },
            Err(problem) => Loaded {
                value: Ledger::default(),
                notice: Some(set_aside(&path, &problem, FALLBACK)),
            },
        },
        Err(e) => Loaded {
            value: Ledger::default(),
            notice: Some(unreadable(&path, &e, FALLBACK)),
        },
    }
}

/// Writes `<dir>/ledger.json` atomically: one serialization, one write.
pub fn save_ledger(
    dir: &Path,
    torrents: &[LedgerEntry],
    orphans: &[LedgerEntry],
) -> Result<(), StoreError> {
    let path = dir.join(LEDGER_FILE);
    let out = LedgerOut {
        version: LEDGER_VERSION,
        torrents,
        orphans,
    };
    // Compact, and streamed to the file: with thousands of torrents it is rewritten every few
    // seconds, and a whole copy in memory was twice its size (a growing buffer).
    // (Our records always serialize: a failure here is the file's.)
    write_atomic_from(&path, |file| {
        serde_json::to_writer(file, &out).map_err(std::io::Error::other)
    })
    .map_err(StoreError::io("write", path))
}

fn ledger_from_json(bytes: &[u8]) -> Result<Ledger, String> {
    let file: LedgerIn =
        serde_json::from_slice(bytes).map_err(|e| format!("it is not a valid ledger ({e})"))?;
    if file.version != LEDGER_VERSION {
        return Err(format!(
            "its version {} is not the supported version {LEDGER_VERSION}",
            file.version
        ));
    }
    Ok(Ledger {
        torrents: file.torrents,
        orphans: file.orphans,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::store::corrupt::is_aside_of;

    fn entry(hash_digit: char, up: u64) -> LedgerEntry {
        LedgerEntry {
            info_hash: hash_digit.to_string().repeat(40),
            name: format!("torrent {hash_digit}"),
            torrent_file: format!("{}.torrent", hash_digit.to_string().repeat(40)),
            total_uploaded: up,
            total_downloaded: up / 2,
            progress: 0.25,
            completed_at_ms: Some(1_700_000_000_000),
            threshold: 40,
            label: "linux".into(),
            client_profile: Some("qbittorrent".into()),
            ..Default::default()
        }
    }

    #[test]
    fn a_ledger_round_trips_in_queue_order_with_its_orphans() {
        let dir = tempfile::tempdir().unwrap();
        let torrents = vec![entry('b', u64::MAX), entry('a', 1)];
        let orphans = vec![entry('c', 5)];
        save_ledger(dir.path(), &torrents, &orphans).unwrap();
        let loaded = load_ledger(dir.path());
        assert_eq!(loaded.notice, None);
        assert_eq!(loaded.value, Ledger { torrents, orphans });
    }

    #[test]
    fn the_file_has_the_documented_shape() {
        let dir = tempfile::tempdir().unwrap();
        save_ledger(dir.path(), &[entry('a', 1)], &[]).unwrap();
        let v: serde_json::Value =
            serde_json::from_slice(&std::fs::read(dir.path().join(LEDGER_FILE)).unwrap()).unwrap();
        assert_eq!(v["version"], 1);
        assert_eq!(v["torrents"][0]["info_hash"], "a".repeat(40));
        assert_eq!(v["orphans"], serde_json::json!([]));
    }

    #[test]
    fn orphans_survive_a_save_and_load_cycle_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let orphans = vec![entry('d', 9), entry('e', 10)];
        save_ledger(dir.path(), &[], &orphans).unwrap();
        let first = load_ledger(dir.path()).value;
        save_ledger(dir.path(), &first.torrents, &first.orphans).unwrap();
        assert_eq!(load_ledger(dir.path()).value.orphans, orphans);
    }

    #[test]
    fn missing_fields_of_an_entry_take_their_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let text = format!(
            r#"{{"version": 1, "torrents": [{{"info_hash": "{}"}}]}}"#,
            "f".repeat(40)
        );
        std::fs::write(dir.path().join(LEDGER_FILE), text).unwrap();
        let loaded = load_ledger(dir.path());
        assert_eq!(loaded.notice, None);
        assert_eq!(loaded.value.torrents[0].total_uploaded, 0);
        assert!(loaded.value.orphans.is_empty());
    }

    #[test]
    fn a_missing_ledger_is_empty_without_a_notice() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            load_ledger(dir.path()),
            Loaded {
                value: Ledger::default(),
                notice: None
            }
        );
    }

    fn check_corrupt(text: &str, problem: &str) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(LEDGER_FILE), text).unwrap();
        let loaded = load_ledger(dir.path());
        assert_eq!(loaded.value, Ledger::default());
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
        assert!(is_aside_of(&names[0], LEDGER_FILE), "{names:?}");
        let notice = loaded.notice.unwrap();
        assert!(notice.contains(problem), "{notice}");
        assert!(notice.contains(&names[0]), "{notice}");
    }

    #[test]
    fn a_truncated_ledger_is_moved_aside() {
        check_corrupt(
            r#"{"version": 1, "torrents": [{"info_hash": "ab"#,
            "not a valid ledger",
        );
    }

    #[test]
    fn a_wrong_type_in_an_entry_is_moved_aside() {
        check_corrupt(
            r#"{"version": 1, "torrents": [{"total_uploaded": -5}]}"#,
            "invalid value: integer `-5`",
        );
    }

    #[test]
    fn an_unknown_version_is_moved_aside() {
        check_corrupt(r#"{"version": 2, "torrents": []}"#, "version 2");
    }
}
