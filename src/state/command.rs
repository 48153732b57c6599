use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// Where a torrent to add comes from.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub enum TorrentSource {
    /// A `.torrent` file on disk (file dialog, drag and drop, command line, watch folder).
    Path(PathBuf),
    /// The bytes of a `.torrent` file (web upload); `name` is shown in errors.
    Bytes { name: String, data: Vec<u8> },
}

/// The web server's news.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub enum WebServerStatus {
    /// Serving at this URL.
    Serving(String),
    Stopped,
    /// Could not start (or went away), and why.
    Failed(String),
}

/// Where a queue move takes the torrents.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub enum QueueMove {
    Top,
    Up,
    Down,
    Bottom,
}

/// Everything the UI (or a web control endpoint) can ask of the engine.
/// Torrents are named by their lowercase hex info-hash.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub enum Command {
    AddTorrent(TorrentSource),
    /// Removes the torrents; `delete_file` also deletes the copied `.torrent`.
    Remove {
        info_hashes: Vec<String>,
        delete_file: bool,
    },
    Pause(Vec<String>),
    Resume(Vec<String>),
    PauseAll,
    ResumeAll,
    /// Sets the simulated per-torrent speeds in KiB/s (`None` leaves one unchanged).
    SetSpeeds {
        info_hashes: Vec<String>,
        upload_kib: Option<u32>,
        download_kib: Option<u32>,
    },
    /// Multiplies the set speeds (the toolbar's ×2 / ÷2); a speed never drops below 1 KiB/s.
    ScaleSpeeds {
        info_hashes: Vec<String>,
        upload: f64,
        download: f64,
    },
    /// Sets per-torrent caps in KiB/s (0 = no cap).
    SetLimits {
        info_hashes: Vec<String>,
        upload_kib: Option<u32>,
        download_kib: Option<u32>,
    },
    /// Sets the progress (percent, 0..=100) at which a torrent starts to upload.
    SetThreshold {
        info_hashes: Vec<String>,
        percent: u8,
    },
    ForceComplete(Vec<String>),
    /// Announces now; before the tracker's `min interval` only when `ignore_min_interval`
    /// (the user confirmed), else as soon as it allows.
    ForceAnnounce {
        info_hashes: Vec<String>,
        ignore_min_interval: bool,
    },
    /// The client profile these torrents pose as (`None` = the app's). Their trackers get
    /// `stopped` from the old client and `started` from the new one.
    SetClientProfile {
        info_hashes: Vec<String>,
        profile: Option<String>,
    },
    /// The user's announce interval in seconds (`None` = the tracker's).
    SetAnnounceInterval {
        info_hashes: Vec<String>,
        secs: Option<u32>,
    },
    /// Turns the alternative speed limits on or off.
    SetAltSpeed(bool),
    /// Switches the seeding profile (`conservative`, `balanced`, `aggressive`, `custom`);
    /// `apply_to_existing` also sets the profile's speeds on every torrent.
    SetSeedingProfile {
        name: String,
        apply_to_existing: bool,
    },
    /// A simulated recheck: the torrents show "Checking" for a while (longer for bigger
    /// torrents), then go back to what they were doing.
    Recheck(Vec<String>),
    /// Sets a random progress below 100 % on incomplete torrents (the old app's algorithm).
    RandomProgress(Vec<String>),
    /// Moves the torrents in the queue (keeping their relative order).
    Queue {
        info_hashes: Vec<String>,
        to: QueueMove,
    },
    /// The name shown for a torrent (kept in the ledger; the file is unchanged).
    Rename {
        info_hash: String,
        name: String,
    },
    SetLabel {
        info_hashes: Vec<String>,
        label: String,
    },
    /// Replaces a torrent's trackers with (tier, URL) pairs; kept in the ledger. The old
    /// trackers get `stopped`, the new ones `started`.
    SetTrackers {
        info_hash: String,
        trackers: Vec<(u32, String)>,
    },
    /// Writes the settings in force to this file (the `settings.json` format).
    ExportSettings(PathBuf),
    /// Reads settings from this file (the `settings.json` format, the keys given over the
    /// defaults), then applies them as [`Command::UpdateSettings`] does.
    ImportSettings(PathBuf),
    /// Validates, applies and saves new settings; an invalid set is refused with a notice.
    UpdateSettings(Box<crate::settings::Settings>),
    /// What the web server says of itself: shown as an event, a failure as a notice.
    WebServer(WebServerStatus),
    /// Dismisses the notice at this index.
    DismissNotice(usize),
    /// Flushes the ledger, says goodbye to trackers and stops the engine.
    Shutdown,
}
