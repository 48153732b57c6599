//! `--import-dfakeseeder PATH`: brings the old Python app's torrents, totals and matching
//! settings into our config dir, and reports what it could not take.

use crate::engine::read_torrent_file;
use crate::engine::store::{self, LedgerEntry};
use crate::metainfo::Metainfo;
use std::path::Path;

pub fn run(config_dir: &Path, old_settings: &Path) -> Result<String, String> {
    let plan = store::read_import(old_settings).map_err(|e| e.to_string())?;
    let loaded = store::load_ledger(config_dir);
    let mut report = Vec::new();
    report.extend(loaded.notice);
    let mut ledger = loaded.value;
    let mut skipped = plan.skipped.clone();
    let mut imported = 0;
    for torrent in &plan.torrents {
        match import_one(config_dir, &torrent.source, torrent.entry.clone(), &ledger) {
            Ok(entry) => {
                ledger.torrents.push(entry);
                imported += 1;
            }
            Err(why) => skipped.push(why),
        }
    }
    store::save_ledger(config_dir, &ledger.torrents, &ledger.orphans).map_err(|e| e.to_string())?;
    let current = store::load_settings(config_dir).value;
    let settings = plan.apply_settings(&current)?;
    store::save_settings(config_dir, &settings).map_err(|e| e.to_string())?;

    report.push(format!(
        "Imported {imported} torrents and {} settings from {}.",
        plan.settings.len(),
        old_settings.display()
    ));
    for (key, why) in &plan.not_taken {
        report.push(format!("Setting not imported: {key} ({why})"));
    }
    report.extend(skipped.into_iter().map(|s| format!("Not imported: {s}")));
    Ok(report.join("\n"))
}

/// Copies one old torrent in and completes its record; the error says why it was skipped.
fn import_one(
    config_dir: &Path,
    source: &Path,
    mut entry: LedgerEntry,
    ledger: &store::Ledger,
) -> Result<LedgerEntry, String> {
    let (bytes, meta): (Vec<u8>, Metainfo) =
        read_torrent_file(source).map_err(|e| e.to_string())?;
    let hash = meta.info_hash_hex();
    let known = ledger
        .torrents
        .iter()
        .chain(&ledger.orphans)
        .any(|e| e.info_hash == hash);
    if known {
        return Err(format!(
            "{}: {} is already in this config dir",
            source.display(),
            meta.name
        ));
    }
    entry.torrent_file =
        store::copy_torrent(config_dir, &bytes, &hash).map_err(|e| e.to_string())?;
    entry.info_hash = hash;
    entry.name = meta.name;
    if entry.added_at_ms == 0 {
        entry.added_at_ms = crate::engine::Clock::system().now_ms();
    }
    Ok(entry)
}
