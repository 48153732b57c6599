//! The native "Add torrents" file dialog, run off the UI thread so the window keeps drawing.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};

/// What asks the user for files: the native dialog, or a stand-in in tests.
pub type PickFiles = Arc<dyn Fn() -> Vec<PathBuf> + Send + Sync>;

pub struct FilePicker {
    pending: Option<Receiver<Vec<PathBuf>>>,
    pick: PickFiles,
}

impl Default for FilePicker {
    fn default() -> Self {
        FilePicker::new(Arc::new(native_dialog))
    }
}

fn native_dialog() -> Vec<PathBuf> {
    rfd::FileDialog::new()
        .set_title(t!("dialog-add-title"))
        .add_filter(t!("dialog-torrent-files"), &["torrent"])
        .pick_files()
        .unwrap_or_default()
}

impl FilePicker {
    pub fn new(pick: PickFiles) -> FilePicker {
        FilePicker {
            pending: None,
            pick,
        }
    }

    /// Opens the dialog unless one is already open.
    pub fn open(&mut self, ctx: &egui::Context) -> std::io::Result<()> {
        if self.pending.is_some() {
            return Ok(());
        }
        let (tx, rx) = mpsc::channel();
        if cfg!(target_os = "macos") {
            // AppKit dialogs must run on the main thread; this blocks the frame while open.
            let _ = tx.send((self.pick)());
        } else {
            let (ctx, pick) = (ctx.clone(), self.pick.clone());
            std::thread::Builder::new()
                .name("file-dialog".into())
                .spawn(move || {
                    // The window may have closed meanwhile; nobody to tell then.
                    let _ = tx.send(pick());
                    ctx.request_repaint();
                })?;
        }
        self.pending = Some(rx);
        Ok(())
    }

    /// The picked paths, once the dialog has closed (empty when cancelled).
    pub fn poll(&mut self) -> Option<Vec<PathBuf>> {
        let result = match self.pending.as_ref()?.try_recv() {
            Ok(paths) => Some(paths),
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => None,
        };
        self.pending = None;
        result
    }
}

pub use super::settings_window::SettingsFile;

/// What asks for the settings file's path: the native dialog, or a stand-in in tests.
pub type PickPath = Arc<dyn Fn(SettingsFile) -> Option<PathBuf> + Send + Sync>;

fn native_path_dialog(what: SettingsFile) -> Option<PathBuf> {
    let dialog = rfd::FileDialog::new().add_filter("JSON", &["json"]);
    match what {
        SettingsFile::Export => dialog
            .set_title(t!("settings-export"))
            .set_file_name("dfakeseeder-settings.json")
            .save_file(),
        SettingsFile::Import => dialog.set_title(t!("settings-import")).pick_file(),
    }
}

/// One settings-file dialog at a time, off the UI thread.
pub struct PathPicker {
    pending: Option<(SettingsFile, Receiver<Option<PathBuf>>)>,
    pick: PickPath,
}

impl Default for PathPicker {
    fn default() -> Self {
        PathPicker::new(Arc::new(native_path_dialog))
    }
}

impl PathPicker {
    pub fn new(pick: PickPath) -> PathPicker {
        PathPicker {
            pending: None,
            pick,
        }
    }

    pub fn open(&mut self, ctx: &egui::Context, what: SettingsFile) -> std::io::Result<()> {
        if self.pending.is_some() {
            return Ok(());
        }
        let (tx, rx) = mpsc::channel();
        let (ctx, pick) = (ctx.clone(), self.pick.clone());
        std::thread::Builder::new()
            .name("settings-dialog".into())
            .spawn(move || {
                let _ = tx.send(pick(what));
                ctx.request_repaint();
            })?;
        self.pending = Some((what, rx));
        Ok(())
    }

    /// The chosen path once the dialog closed (`None` inside when cancelled).
    pub fn poll(&mut self) -> Option<(SettingsFile, Option<PathBuf>)> {
        let (what, rx) = self.pending.as_ref()?;
        let result = match rx.try_recv() {
            Ok(path) => Some((*what, path)),
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => Some((*what, None)),
        };
        self.pending = None;
        result
    }
}
