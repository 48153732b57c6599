//! Crash-safe persistence in the config dir (native only).
//!
//! Layout of the config dir:
//! - `settings.json`: only the settings that differ from the embedded defaults;
//! - `ledger.json`: every torrent's accounting, in queue order, plus orphans;
//! - `torrents/<infohash>.torrent`: our copies of the added torrents;
//! - `removed/`: copies set aside when a torrent is removed without deleting its file.
//!
//! Every write goes through [`write_atomic`], so a crash leaves either the old or the new file.
//! A file that cannot be used is moved aside (`<name>.corrupt-<UTC stamp>`), never silently
//! overwritten, and loading says so in [`Loaded::notice`].

mod atomic;
mod config_dir;
mod corrupt;
mod error;
mod import;
mod json_tree;
mod ledger;
mod ledger_entry;
mod settings;
mod torrent_files;

pub use atomic::write_atomic;
pub use config_dir::{CONFIG_DIR_ENV, choose_config_dir, ensure_config_dir, resolve_config_dir};
pub use error::StoreError;
pub use import::{ImportPlan, ImportTorrent, plan_import, read_import};
pub use ledger::{LEDGER_FILE, LEDGER_VERSION, Ledger, load_ledger, save_ledger};
pub use ledger_entry::LedgerEntry;
pub use settings::{
    SETTINGS_FILE, load_settings, save_settings, settings_from_json, settings_to_json,
};
pub use torrent_files::{
    REMOVED_DIR, TORRENTS_DIR, copy_torrent, list_torrent_files, remove_torrent_copy,
    set_aside_torrent_copy,
};

/// A loaded value and, when the file could not be used, the message to show the user.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded<T> {
    pub value: T,
    pub notice: Option<String>,
}
