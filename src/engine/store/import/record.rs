//! One record of the old app's `torrents` object: where its `.torrent` is, and its entry.

use super::ImportTorrent;
use super::settings_map::count;
use crate::engine::store::LedgerEntry;
use crate::settings::Settings;
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// One old record: where its `.torrent` is and its ledger entry, or a line in `skipped`.
pub(super) fn plan_torrent(
    key: &str,
    record: &Value,
    base_dir: &Path,
    exists: &impl Fn(&Path) -> bool,
    defaults: &Settings,
    skipped: &mut Vec<String>,
) -> Option<ImportTorrent> {
    let Value::Object(fields) = record else {
        skipped.push(format!("{key}: not a torrent record ({record})"));
        return None;
    };
    let name = fields
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let shown = if name.is_empty() {
        key.to_string()
    } else {
        name.clone()
    };
    let Some(source) = locate_torrent(key, base_dir, exists) else {
        let fallback = fallback_path(key, base_dir)
            .map(|p| format!(" or {}", p.display()))
            .unwrap_or_default();
        skipped.push(format!(
            "{shown}: its .torrent file is missing (looked for {key}{fallback})"
        ));
        return None;
    };
    let mut field = Fields {
        fields,
        shown: &shown,
        skipped,
    };
    let progress = field.take("progress", "a fraction 0..=1", |v| {
        v.as_f64().filter(|p| (0.0..=1.0).contains(p))
    });
    let entry = LedgerEntry {
        name,
        total_uploaded: field
            .take("total_uploaded", "a byte count", |v| count(v, u64::MAX))
            .unwrap_or(0),
        total_downloaded: field
            .take("total_downloaded", "a byte count", |v| count(v, u64::MAX))
            .unwrap_or(0),
        progress: progress.unwrap_or(0.0),
        uploading: field
            .take("uploading", "true or false", Value::as_bool)
            .unwrap_or(false),
        paused: !field
            .take("active", "true or false", Value::as_bool)
            .unwrap_or(true),
        upload_speed_kib: field
            .take("upload_speed", "KiB/s", kib)
            .unwrap_or(defaults.upload_speed),
        download_speed_kib: field
            .take("download_speed", "KiB/s", kib)
            .unwrap_or(defaults.download_speed),
        upload_limit_kib: field.take("upload_limit", "KiB/s", kib).unwrap_or(0),
        download_limit_kib: field.take("download_limit", "KiB/s", kib).unwrap_or(0),
        threshold: field
            .take("threshold", "a percentage 0..=100", |v| count(v, 100))
            .map_or(defaults.threshold, |t| {
                u8::try_from(t).unwrap_or(defaults.threshold)
            }),
        label: field
            .take("label", "text", |v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        ..Default::default()
    };
    Some(ImportTorrent { source, entry })
}

/// Reads a record's fields; a present but unusable value is reported and its default used.
struct Fields<'a> {
    fields: &'a Map<String, Value>,
    shown: &'a str,
    skipped: &'a mut Vec<String>,
}

impl Fields<'_> {
    fn take<T>(
        &mut self,
        key: &str,
        expected: &str,
        read: impl Fn(&Value) -> Option<T>,
    ) -> Option<T> {
        let v = self.fields.get(key).filter(|v| !v.is_null())?;
        let read = read(v);
        if read.is_none() {
            self.skipped.push(format!(
                "{}: {key} {v} is not {expected}; the default is used",
                self.shown
            ));
        }
        read
    }
}

/// The key's path when it exists, else the same file name in `<base_dir>/torrents/` (the old
/// config dir was moved or copied).
fn locate_torrent(key: &str, base_dir: &Path, exists: &impl Fn(&Path) -> bool) -> Option<PathBuf> {
    let direct = PathBuf::from(key);
    if !key.is_empty() && exists(&direct) {
        return Some(direct);
    }
    fallback_path(key, base_dir).filter(|p| exists(p))
}

fn fallback_path(key: &str, base_dir: &Path) -> Option<PathBuf> {
    Path::new(key)
        .file_name()
        .map(|name| base_dir.join("torrents").join(name))
}

fn kib(v: &Value) -> Option<u32> {
    count(v, u64::from(u32::MAX)).and_then(|n| u32::try_from(n).ok())
}
