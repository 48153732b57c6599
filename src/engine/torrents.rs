//! Loading, adding and removing torrents.

use super::core::{Engine, write};
use super::ledger_view;
use super::owner::TorrentOwner;
use super::store::{self, LedgerEntry};
use super::tracker::group::{self, Group};
use super::tracker::signals::Totals;
use super::tracker::{AnnounceCtx, Controls, RunState, STOPPED_BUDGET, ViewWriter, run_group};
use crate::metainfo::{self, Metainfo};
use crate::state::{LogLevel, TorrentSource};
use std::path::Path;
use std::sync::Arc;

/// What came of adding a torrent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum AddOutcome {
    Added,
    /// It was already there (nothing changed).
    Duplicate,
    /// It could not be read or kept (a notice says why).
    Failed,
}

impl Engine {
    /// Loads the torrents in `<config dir>/torrents/` with their ledger records, in ledger order;
    /// files without a record are added with the defaults, records without a file are kept.
    pub(super) fn load_torrents(&mut self) {
        let loaded = store::load_ledger(&self.config_dir);
        if let Some(message) = loaded.notice {
            self.notice(LogLevel::Error, message);
        }
        let mut records = loaded.value.torrents;
        self.orphans = loaded.value.orphans;
        let files = match store::list_torrent_files(&self.config_dir) {
            Ok(files) => files,
            Err(e) => {
                self.notice(
                    LogLevel::Error,
                    t!("notice-list-failed", error = e.to_string()),
                );
                Vec::new()
            }
        };
        let mut parsed = Vec::new();
        for path in files {
            match metainfo::load_file(&path) {
                // Drop the info bytes at once: all of them at the same time were the start's
                // peak (20 KiB a torrent), and the allocator keeps a peak's pages.
                Ok(mut meta) => {
                    meta.drop_info_bytes();
                    parsed.push((path, meta));
                }
                Err(e) => self.notice(
                    LogLevel::Error,
                    t!("notice-not-loaded", error = e.to_string()),
                ),
            }
        }
        // Ledger order first, then files the ledger does not know.
        parsed.sort_by_key(|(_, meta)| {
            let hash = meta.info_hash_hex();
            records
                .iter()
                .position(|r| r.info_hash == hash)
                .unwrap_or(usize::MAX)
        });
        for (path, meta) in parsed {
            let hash = meta.info_hash_hex();
            let record = records
                .iter()
                .position(|r| r.info_hash == hash)
                .map(|i| records.remove(i));
            let file_name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            self.insert(meta, file_name, record);
        }
        for missing in records {
            self.notice(
                LogLevel::Warning,
                format!(
                    "{}: its .torrent copy {} is missing; add the torrent again to restore its totals",
                    missing.name, missing.torrent_file
                ),
            );
            self.keep_orphan(missing);
        }
    }

    /// Adds a torrent from a file or from bytes; every failure is shown and changes nothing.
    pub(super) fn add(&mut self, source: TorrentSource) -> AddOutcome {
        let (label, bytes) = match read_source(source) {
            Ok(read) => read,
            Err(message) => {
                self.notice(LogLevel::Error, message);
                return AddOutcome::Failed;
            }
        };
        let meta = match Metainfo::parse(&bytes) {
            Ok(meta) => meta,
            Err(e) => {
                self.notice(LogLevel::Error, format!("{label}: {e}"));
                return AddOutcome::Failed;
            }
        };
        let hash = meta.info_hash_hex();
        if self.owners.contains_key(&hash) {
            self.notice(
                LogLevel::Warning,
                t!(
                    "notice-already-added",
                    file = label.as_str(),
                    name = meta.name.as_str()
                ),
            );
            return AddOutcome::Duplicate;
        }
        let file_name = match store::copy_torrent(&self.config_dir, &bytes, &hash) {
            Ok(name) => name,
            Err(e) => {
                self.notice(
                    LogLevel::Error,
                    t!(
                        "notice-copy-failed",
                        file = label.as_str(),
                        error = e.to_string()
                    ),
                );
                return AddOutcome::Failed;
            }
        };
        let record = self
            .orphans
            .iter()
            .position(|o| o.info_hash == hash)
            .map(|i| self.orphans.remove(i));
        let restored = record.is_some();
        let name = meta.name.clone();
        self.insert(meta, file_name, record);
        let line = if restored {
            t!("log-added-restored", name = name.as_str())
        } else {
            t!("ev-added", name = name.as_str())
        };
        self.log(LogLevel::Info, Some(hash), line);
        let now_ms = self.clock.now_ms();
        let event = t!("ev-added", name = name.as_str());
        write(&self.state).push_event(now_ms, crate::state::EventKind::Success, event);
        self.structure_changed = true;
        AddOutcome::Added
    }

    /// Makes a torrent live: its owner, its row and its announce tasks. The metainfo is dropped
    /// here: its row keeps what is shown, the owner and the peer directory what they need, and
    /// peers that ask for metadata get it from the `.torrent` copy.
    fn insert(&mut self, meta: Metainfo, torrent_file: String, record: Option<LedgerEntry>) {
        let record = record.unwrap_or_else(|| self.new_record(&meta));
        let view = ledger_view::view_from(&meta, &record);
        let copy = self
            .config_dir
            .join(store::TORRENTS_DIR)
            .join(&torrent_file);
        self.directory.insert(&meta, copy);
        let mut owner = TorrentOwner::new(meta.info_hash, torrent_file);
        let initial = if view.is_paused() {
            RunState::Paused
        } else {
            RunState::Running
        };
        let hash = view.info_hash.clone();
        let profile = view.client_profile.clone();
        write(&self.state).torrents.push(view);
        self.start_announcing(&mut owner, &hash, initial, profile.as_deref());
        self.owners.insert(hash, owner);
    }

    /// Spawns one task per announce group, steered by the owner's controls.
    /// `profile` is the torrent's client profile (its BEP 12 policy shapes the groups).
    pub(super) fn start_announcing(
        &self,
        owner: &mut TorrentOwner,
        hash: &str,
        initial: RunState,
        profile: Option<&str>,
    ) {
        let Some(client) = &self.tracker_client else {
            return;
        };
        // The torrent's current list: the file's, or the user's edit of it.
        let trackers: Vec<(u32, String)> = super::core::read(&self.state)
            .torrent(hash)
            .map(|t| t.trackers.iter().map(|v| (v.tier, v.url.clone())).collect())
            .unwrap_or_default();
        let now = tokio::time::Instant::now();
        let policy = client.tier_policy(profile).unwrap_or(self.tier_policy);
        let groups: Vec<Group> = group::split(&trackers, policy)
            .into_iter()
            .filter_map(|g| Group::new(g, now))
            .collect();
        if groups.is_empty() {
            return;
        }
        let controls = Controls::new(initial);
        let ctx = Arc::new(AnnounceCtx {
            info_hash: owner.info_hash,
            view: ViewWriter::new(self.state.clone(), hash.to_string(), self.clock),
            client: client.clone(),
        });
        for g in groups {
            let (ctx, signals) = (ctx.clone(), controls.subscribe());
            owner.spawn(run_group(ctx, g, signals));
        }
        owner.announcer = Some(controls);
    }

    /// The record of a torrent seen for the first time: the settings' defaults.
    fn new_record(&self, meta: &Metainfo) -> LedgerEntry {
        LedgerEntry {
            info_hash: meta.info_hash_hex(),
            name: meta.name.clone(),
            added_at_ms: self.clock.now_ms(),
            upload_speed_kib: self.settings.upload_speed,
            download_speed_kib: self.settings.download_speed,
            threshold: self.settings.threshold,
            ..Default::default()
        }
    }

    /// Removes torrents: their tasks stop, their records are kept as orphans so re-adding
    /// restores the totals. `delete_file` deletes the .torrent copy; otherwise it is moved out
    /// of the folder loaded at start.
    pub(super) fn remove(&mut self, hashes: &[String], delete_file: bool) {
        let removed: Vec<_> = {
            let mut state = write(&self.state);
            let (gone, kept) = std::mem::take(&mut state.torrents)
                .into_iter()
                .partition(|t| hashes.contains(&t.info_hash));
            state.torrents = kept;
            gone
        };
        for view in removed {
            let Some(owner) = self.owners.remove(&view.info_hash) else {
                continue;
            };
            self.directory.remove(&owner.info_hash);
            let result = if delete_file {
                store::remove_torrent_copy(&self.config_dir, &owner.torrent_file)
            } else {
                store::set_aside_torrent_copy(&self.config_dir, &owner.torrent_file)
            };
            if let Err(e) = result {
                self.log(
                    LogLevel::Warning,
                    Some(view.info_hash.clone()),
                    format!("{}: {e}", view.name),
                );
            }
            self.keep_orphan(ledger_view::entry_from(&view, &owner.torrent_file));
            // Its trackers get `stopped`; then the owner drops and cancels what is left.
            if let Some(controls) = &owner.announcer {
                let left = crate::engine::simulation::bytes_left(&view);
                let (uploaded, downloaded) = (view.session_uploaded, view.session_downloaded);
                controls.stop_with(Totals {
                    uploaded,
                    downloaded,
                    left,
                });
            }
            tokio::spawn(owner.retire(STOPPED_BUDGET));
            self.log(
                LogLevel::Info,
                Some(view.info_hash),
                t!("log-removed", name = view.name.as_str()),
            );
            self.structure_changed = true;
        }
    }

    fn keep_orphan(&mut self, entry: LedgerEntry) {
        self.orphans.retain(|o| o.info_hash != entry.info_hash);
        self.orphans.push(entry);
    }
}

/// The bytes of a torrent to add, with the name its errors are reported under.
fn read_source(source: TorrentSource) -> Result<(String, Vec<u8>), String> {
    match source {
        TorrentSource::Bytes { name, data } => Ok((name, data)),
        TorrentSource::Path(path) => {
            let label = path.display().to_string();
            read_limited(&path)
                .map(|bytes| (label.clone(), bytes))
                .map_err(|e| format!("{label}: {e}"))
        }
    }
}

/// Reads and parses a .torrent file, keeping its bytes (to copy them); errors name the file.
pub fn read_torrent_file(path: &Path) -> Result<(Vec<u8>, Metainfo), String> {
    let label = path.display();
    let bytes = read_limited(path).map_err(|e| format!("{label}: {e}"))?;
    let meta = Metainfo::parse(&bytes).map_err(|e| format!("{label}: {e}"))?;
    Ok((bytes, meta))
}

fn read_limited(path: &Path) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if meta.is_dir() {
        return Err("is a folder, not a .torrent file".into());
    }
    if meta.len() > metainfo::MAX_TORRENT_SIZE {
        return Err(format!(
            "is {} bytes; a .torrent file is at most {} bytes",
            meta.len(),
            metainfo::MAX_TORRENT_SIZE
        ));
    }
    std::fs::read(path).map_err(|e| e.to_string())
}
