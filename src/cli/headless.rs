//! `--headless`: the engine without a window, until SIGINT or SIGTERM.

use crate::engine::{self, EngineOptions};
use std::path::PathBuf;

pub async fn run(options: EngineOptions, torrents: Vec<PathBuf>) {
    tracing::info!("config dir: {}", options.config_dir.display());
    let handle = engine::spawn(options);
    super::add_all(&handle, torrents);
    wait_for_stop_signal().await;
    tracing::info!("stopping: saving the ledger");
    handle.shutdown().await;
}

/// Returns on SIGINT or SIGTERM. If a handler cannot be installed the other still works;
/// if neither can, returns at once rather than run unstoppable.
pub async fn wait_for_stop_signal() {
    use tokio::signal::unix::{SignalKind, signal};
    let term = signal(SignalKind::terminate());
    let int = signal(SignalKind::interrupt());
    match (term, int) {
        (Ok(mut term), Ok(mut int)) => {
            tokio::select! {
                _ = term.recv() => {}
                _ = int.recv() => {}
            }
        }
        (Ok(mut one), Err(e)) | (Err(e), Ok(mut one)) => {
            tracing::warn!("a signal handler could not be installed: {e}");
            one.recv().await;
        }
        (Err(e), Err(_)) => tracing::error!("no signal handler could be installed: {e}"),
    }
}
