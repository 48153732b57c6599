//! `--import-dfakeseeder`: what to take from the old Python app's `settings.json`.
//!
//! The old file holds the user's settings (same key names as ours where the meaning is the
//! same) and a `torrents` object keyed by the absolute path of each copied `.torrent`. Planning
//! is a pure function over that JSON; the caller reads each `.torrent`, parses it, copies it in
//! with [`super::copy_torrent`], fills the entry's `info_hash`/`torrent_file` (and `name` and
//! `added_at_ms` if it wants), and saves the settings and the ledger.

mod record;
mod settings_map;

use super::json_tree::merge;
use super::{LedgerEntry, StoreError};
use crate::settings::Settings;
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// One old torrent to add.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportTorrent {
    /// Where its `.torrent` bytes are.
    pub source: PathBuf,
    /// Its totals and per-torrent settings (`info_hash` and `torrent_file` are left empty).
    pub entry: LedgerEntry,
}

/// What an import will do.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportPlan {
    pub torrents: Vec<ImportTorrent>,
    /// The old settings that mean the same here, already checked, in our layout
    /// (e.g. `{"speed": {"alt_upload_limit_kbps": 25}}`). Apply with [`ImportPlan::apply_settings`].
    pub settings: Map<String, Value>,
    /// What could not be imported and why, one sentence each.
    pub skipped: Vec<String>,
    /// Old settings (leaf keys, `torrents` aside) not taken, with the reason for each.
    pub not_taken: Vec<(String, String)>,
}

impl ImportPlan {
    /// `current` with the imported settings applied (then validated).
    pub fn apply_settings(&self, current: &Settings) -> Result<Settings, String> {
        let mut value = serde_json::to_value(current).map_err(|e| e.to_string())?;
        merge(&mut value, Value::Object(self.settings.clone()));
        let settings: Settings = serde_json::from_value(value).map_err(|e| e.to_string())?;
        settings.validate()?;
        Ok(settings)
    }
}

/// Reads the old app's `settings.json` at `path` and plans the import; `.torrent` files are
/// looked for on disk.
pub fn read_import(path: &Path) -> Result<ImportPlan, StoreError> {
    let bytes = std::fs::read(path).map_err(StoreError::io("read", path))?;
    let old: Value = serde_json::from_slice(&bytes).map_err(|source| StoreError::Json {
        path: path.to_path_buf(),
        source,
    })?;
    if !old.is_object() {
        return Err(StoreError::NotAnObject {
            path: path.to_path_buf(),
        });
    }
    let base_dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    Ok(plan_import(&old, base_dir, |p| p.is_file()))
}

/// Plans the import of the old `settings.json` (`old`), found in `base_dir`; `exists` says
/// whether a `.torrent` file is there. Pure, so it is testable without the old app's files.
pub fn plan_import(old: &Value, base_dir: &Path, exists: impl Fn(&Path) -> bool) -> ImportPlan {
    let mut plan = ImportPlan::default();
    settings_map::plan_settings(old, &mut plan);
    // New torrents' defaults, as the old app gave them: its global speeds and threshold.
    let defaults = plan
        .apply_settings(&Settings::default())
        .unwrap_or_default();
    match old.get("torrents") {
        None | Some(Value::Null) => {}
        Some(Value::Object(records)) => {
            let mut planned: Vec<(u64, ImportTorrent)> = Vec::new();
            for (key, value) in records {
                let order = value.get("id").and_then(Value::as_u64).unwrap_or(u64::MAX);
                let skipped = &mut plan.skipped;
                if let Some(t) =
                    record::plan_torrent(key, value, base_dir, &exists, &defaults, skipped)
                {
                    planned.push((order, t));
                }
            }
            // The old app's row ids give its queue order; the sort is stable for the rest.
            planned.sort_by_key(|(order, _)| *order);
            plan.torrents = planned.into_iter().map(|(_, t)| t).collect();
        }
        Some(other) => plan.skipped.push(format!(
            "torrents: expected an object of torrent records, found {other}"
        )),
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// An old settings.json as the Python app writes it: the full default.json plus the torrents.
    fn old_settings(old_dir: &Path) -> Value {
        let t = |name: &str| {
            old_dir
                .join("torrents")
                .join(name)
                .to_string_lossy()
                .into_owned()
        };
        let mut torrents = Map::new();
        torrents.insert(
            t("ubuntu.torrent"),
            json!({"active": true, "id": 2, "name": "ubuntu-24.04.iso", "upload_speed": 120, "download_speed": 800,
                   "progress": 1.0, "announce_interval": 1800, "next_update": 900, "uploading": true,
                   "total_uploaded": 7_000_000_000u64, "total_downloaded": 5_700_000_000u64,
                   "session_uploaded": 1000, "session_downloaded": 0, "seeders": 300, "leechers": 12,
                   "threshold": 20, "filepath": t("ubuntu.torrent"), "small_torrent_limit": 0,
                   "total_size": 5_700_000_000u64, "label": "linux", "priority": 1, "upload_limit": 0,
                   "download_limit": 0, "super_seeding": false, "sequential_download": false,
                   "force_start": false}),
        );
        torrents.insert(
            "/home/olduser/.config/dfakeseeder/torrents/debian.torrent".into(),
            json!({"active": false, "id": 1, "name": "debian-12.iso", "upload_speed": 50.0, "download_speed": 500,
                   "progress": 0.5, "total_uploaded": 10.0, "total_downloaded": 300, "threshold": 30,
                   "label": ""}),
        );
        torrents.insert(
            "/home/olduser/.config/dfakeseeder/torrents/gone.torrent".into(),
            json!({"active": true, "id": 3, "name": "gone.iso", "total_uploaded": 99}),
        );
        torrents.insert(
            t("odd.torrent"),
            json!({"active": true, "id": 4, "name": "odd.iso", "upload_speed": "fast", "progress": 7,
                   "total_uploaded": -1}),
        );
        torrents.insert(t("broken.torrent"), json!(42));
        json!({
            "upload_speed": 80, "download_speed": 900, "threshold": 250, "tickspeed": 9,
            "seeding_profile": "aggressive", "announce_interval": 1800,
            "speed": {"upload_limit_kbps": 0, "download_limit_kbps": 0, "enable_alternative_speeds": true,
                      "alt_upload_limit_kbps": 25, "alt_download_limit_kbps": 100},
            "webui": {"enabled": true, "port": 8081, "password": "plain", "csrf_protection": true},
            "agents": ["Deluge/2.0.3 libtorrent/2.0.5.0,-DE2003-"],
            "torrents": torrents,
        })
    }

    fn write_old(dir: &Path) -> PathBuf {
        std::fs::create_dir_all(dir.join("torrents")).unwrap();
        for name in [
            "ubuntu.torrent",
            "debian.torrent",
            "odd.torrent",
            "broken.torrent",
        ] {
            std::fs::write(dir.join("torrents").join(name), b"d4:infode").unwrap();
        }
        let path = dir.join("settings.json");
        std::fs::write(
            &path,
            serde_json::to_vec_pretty(&old_settings(dir)).unwrap(),
        )
        .unwrap();
        path
    }

    #[test]
    fn settings_with_the_same_meaning_come_across_and_the_rest_say_why_not() {
        let old = json!({
            "language": "de",
            "watch_folder": {"enabled": true, "path": "/home/u/in", "delete_added_torrents": true,
                             "scan_interval_seconds": 10},
            "proxy": {"type": "socks4", "server": "10.0.0.1", "port": 1080},
            "scheduler": {"enabled": true, "start_hour": 23, "days": {"sunday": false}},
            "notification_settings": {"position": "bottom-left", "error_timeout_ms": 5000.0},
            "ui_settings": {"color_scheme": "dark", "theme_style": "modern"},
            "protocols": {"dht": {"enabled": true}},
            "close_to_tray": true
        });
        let plan = plan_import(&old, Path::new("/"), |_| false);
        let settings = plan.apply_settings(&Settings::default()).unwrap();
        assert_eq!(settings.language, "de");
        assert!(settings.watch_folder.enabled && settings.watch_folder.delete_added_torrents);
        assert_eq!(settings.watch_folder.path, "/home/u/in");
        assert_eq!(settings.proxy.server, "10.0.0.1");
        assert_eq!(
            settings.proxy.kind,
            crate::settings::ProxyType::None,
            "SOCKS4 is refused"
        );
        assert!(settings.scheduler.enabled && !settings.scheduler.days.sunday);
        assert_eq!(settings.scheduler.start_hour, 23);
        assert_eq!(settings.notification_settings.error_timeout_ms, 5000);
        assert_eq!(
            settings.ui_settings.color_scheme,
            crate::settings::ColorScheme::Dark
        );
        let report = plan.skipped.join("\n");
        assert!(
            report.contains("setting proxy.type: \"socks4\" is not one of none, http, socks5"),
            "{report}"
        );
        let why = |key: &str| {
            plan.not_taken
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, w)| w.clone())
                .unwrap_or_default()
        };
        assert!(why("protocols.dht.enabled").contains("DHT"));
        assert!(why("close_to_tray").contains("tray"));
        assert!(why("ui_settings.theme_style").contains("no such setting"));
        assert!(why("watch_folder.scan_interval_seconds").contains("no such setting"));
    }

    #[test]
    fn a_realistic_old_file_plans_torrents_settings_and_a_report() {
        let tmp = tempfile::tempdir().unwrap();
        let plan = read_import(&write_old(tmp.path())).unwrap();

        // Queue order from the old ids; the moved debian copy is found in the old torrents/ dir.
        let names: Vec<&str> = plan
            .torrents
            .iter()
            .map(|t| t.entry.name.as_str())
            .collect();
        assert_eq!(names, vec!["debian-12.iso", "ubuntu-24.04.iso", "odd.iso"]);
        let debian = &plan.torrents[0];
        assert_eq!(
            debian.source,
            tmp.path().join("torrents").join("debian.torrent")
        );
        assert!(debian.entry.paused);
        assert_eq!(
            (debian.entry.total_uploaded, debian.entry.upload_speed_kib),
            (10, 50)
        );

        let ubuntu = &plan.torrents[1].entry;
        assert_eq!(
            plan.torrents[1].source,
            tmp.path().join("torrents").join("ubuntu.torrent")
        );
        assert_eq!(
            (ubuntu.total_uploaded, ubuntu.total_downloaded),
            (7_000_000_000, 5_700_000_000)
        );
        assert_eq!(
            (ubuntu.progress, ubuntu.threshold, ubuntu.label.as_str()),
            (1.0, 20, "linux")
        );
        assert_eq!(
            (ubuntu.upload_speed_kib, ubuntu.download_speed_kib),
            (120, 800)
        );
        assert!(ubuntu.uploading && !ubuntu.paused);
        assert!(ubuntu.info_hash.is_empty() && ubuntu.torrent_file.is_empty());

        // Unusable fields fall back to the imported global defaults.
        let odd = &plan.torrents[2].entry;
        assert_eq!(
            (odd.upload_speed_kib, odd.progress, odd.total_uploaded),
            (80, 0.0, 0)
        );

        assert_eq!(
            Value::Object(plan.settings.clone()),
            json!({"upload_speed": 80, "download_speed": 900, "seeding_profile": "aggressive", "tickspeed": 9,
                   "speed": {"upload_limit_kbps": 0, "download_limit_kbps": 0, "enable_alternative_speeds": true,
                             "alt_upload_limit_kbps": 25, "alt_download_limit_kbps": 100},
                   "webui": {"enabled": true, "port": 8081}})
        );
        let left_out: Vec<&str> = plan.not_taken.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            left_out,
            [
                "agents",
                "announce_interval",
                "webui.csrf_protection",
                "webui.password"
            ]
        );
        assert!(
            plan.not_taken[3].1.contains("plain text"),
            "{:?}",
            plan.not_taken
        );
        assert!(
            plan.not_taken[0].1.contains("client_profile"),
            "{:?}",
            plan.not_taken
        );

        let report = plan.skipped.join("\n");
        for expected in [
            "setting threshold: 250 is not a percentage 0..=100",
            "gone.iso: its .torrent file is missing (looked for /home/olduser/.config/dfakeseeder/torrents/gone.torrent or ",
            "odd.iso: upload_speed \"fast\" is not KiB/s",
            "odd.iso: progress 7 is not a fraction 0..=1",
            "odd.iso: total_uploaded -1 is not a byte count",
            "broken.torrent: not a torrent record (42)",
        ] {
            assert!(
                report.contains(expected),
                "missing {expected:?} in:\n{report}"
            );
        }
        assert_eq!(plan.skipped.len(), 6, "{report}");
    }

    #[test]
    fn the_key_path_wins_over_the_old_dir_copy() {
        let old = json!({"torrents": {"/elsewhere/a.torrent": {"name": "a"}}});
        let plan = plan_import(&old, Path::new("/cfg"), |_| true);
        assert_eq!(
            plan.torrents[0].source,
            PathBuf::from("/elsewhere/a.torrent")
        );
        let plan = plan_import(&old, Path::new("/cfg"), |p| p.starts_with("/cfg"));
        assert_eq!(
            plan.torrents[0].source,
            PathBuf::from("/cfg/torrents/a.torrent")
        );
    }

    #[test]
    fn imported_settings_apply_over_the_current_ones() {
        let old = json!({"threshold": 45, "speed": {"alt_upload_limit_kbps": 25}, "seeding_profile": "nonsense"});
        let plan = plan_import(&old, Path::new("/cfg"), |_| false);
        let current = Settings {
            upload_speed: 333,
            ..Default::default()
        };
        let applied = plan.apply_settings(&current).unwrap();
        assert_eq!(
            (
                applied.upload_speed,
                applied.threshold,
                applied.speed.alt_upload_limit_kbps
            ),
            (333, 45, 25)
        );
        assert_eq!(applied.seeding_profile, current.seeding_profile);
        assert_eq!(
            plan.skipped,
            vec![
                "setting seeding_profile: \"nonsense\" is not conservative, balanced, aggressive or custom"
            ]
        );
    }

    #[test]
    fn an_old_file_without_torrents_or_settings_plans_nothing() {
        let plan = plan_import(&json!({}), Path::new("/cfg"), |_| true);
        assert_eq!(plan, ImportPlan::default());
        let plan = plan_import(&json!({"torrents": [1]}), Path::new("/cfg"), |_| true);
        assert_eq!(
            plan.skipped,
            vec!["torrents: expected an object of torrent records, found [1]"]
        );
    }

    #[test]
    fn unreadable_old_files_are_precise_errors() {
        let tmp = tempfile::tempdir().unwrap();
        let missing = tmp.path().join("settings.json");
        assert!(matches!(
            read_import(&missing),
            Err(StoreError::Io { action: "read", .. })
        ));
        std::fs::write(&missing, "{oops").unwrap();
        assert!(matches!(
            read_import(&missing),
            Err(StoreError::Json { .. })
        ));
        std::fs::write(&missing, "[]").unwrap();
        assert!(matches!(
            read_import(&missing),
            Err(StoreError::NotAnObject { .. })
        ));
    }
}
