//! The watch folder: `.torrent` files that appear in it (or are there when watching starts)
//! are added, then optionally deleted; files that fail to parse are reported and left alone.
//! `notify` watches the folder; its events reach the engine loop through a channel.

use super::core::Engine;
use super::torrents::AddOutcome;
use crate::state::{EventKind, LogLevel, TorrentSource};
use notify::{EventKind as Kind, RecursiveMode, Watcher};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use tokio::sync::mpsc::UnboundedSender;

/// The watcher in force and the files already handled (so repeated events for the same file,
/// e.g. create then close-after-write, add it once).
#[derive(Default)]
pub struct WatchFolder {
    watcher: Option<(PathBuf, notify::RecommendedWatcher)>,
    handled: HashSet<PathBuf>,
}

/// Whether a filesystem event may mean a complete new file.
fn is_arrival(kind: &Kind) -> bool {
    use notify::event::{AccessKind, AccessMode, CreateKind, ModifyKind};
    matches!(
        kind,
        Kind::Create(CreateKind::File | CreateKind::Any)
            | Kind::Modify(ModifyKind::Name(_))
            | Kind::Access(AccessKind::Close(AccessMode::Write))
    )
}

fn is_torrent(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("torrent"))
        && path.is_file()
}

impl Engine {
    /// Starts, moves or stops watching as the settings say.
    pub(super) fn update_watch_folder(&mut self, tx: &UnboundedSender<PathBuf>) {
        let wanted = self.settings.watch_folder.clone();
        let path = PathBuf::from(wanted.path.trim());
        let current = self.watch.watcher.as_ref().map(|(p, _)| p.clone());
        if !wanted.enabled {
            self.watch.watcher = None;
            return;
        }
        if current.as_ref() == Some(&path) {
            return;
        }
        self.watch.watcher = None;
        self.watch.handled.clear();
        let events = tx.clone();
        let handler = move |result: notify::Result<notify::Event>| {
            if let Ok(event) = result
                && is_arrival(&event.kind)
            {
                for p in event.paths {
                    let _ = events.send(p);
                }
            }
        };
        let started = notify::recommended_watcher(handler).and_then(|mut w| {
            w.watch(&path, RecursiveMode::NonRecursive)?;
            Ok(w)
        });
        match started {
            Ok(w) => {
                self.watch.watcher = Some((path.clone(), w));
                self.log(
                    LogLevel::Info,
                    None,
                    t!("log-watching", path = path.display().to_string()),
                );
                // What is already there counts as arrived.
                if let Ok(entries) = std::fs::read_dir(&path) {
                    for entry in entries.flatten() {
                        let _ = tx.send(entry.path());
                    }
                }
            }
            Err(e) => self.notice(
                LogLevel::Error,
                t!(
                    "notice-cannot-watch",
                    path = path.display().to_string(),
                    error = e.to_string()
                ),
            ),
        }
    }

    /// A file arrived in the watch folder.
    pub(super) fn watched_file(&mut self, path: PathBuf) {
        if self.watch.watcher.is_none()
            || !is_torrent(&path)
            || !self.watch.handled.insert(path.clone())
        {
            return;
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match self.add(TorrentSource::Path(path.clone())) {
            AddOutcome::Failed => {
                // Left in place; a later write to it is looked at again.
                self.watch.handled.remove(&path);
                return;
            }
            AddOutcome::Added => {
                self.event(
                    EventKind::Success,
                    t!("ev-watch-added", name = name.as_str()),
                );
            }
            AddOutcome::Duplicate => {}
        }
        if self.settings.watch_folder.delete_added_torrents {
            match std::fs::remove_file(&path) {
                Ok(()) => {
                    self.watch.handled.remove(&path);
                }
                Err(e) => self.notice(
                    LogLevel::Warning,
                    t!(
                        "notice-watch-delete-failed",
                        path = path.display().to_string(),
                        error = e.to_string()
                    ),
                ),
            }
        }
    }
}
