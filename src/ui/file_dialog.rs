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
