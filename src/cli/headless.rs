//! `--headless`: the engine without a window, until SIGINT or SIGTERM; the web API and viewer
//! are served unless `--no-web`.

use crate::engine::{self, EngineOptions};
use crate::web::{self, Mode, WebConfig, WebContext};
use std::io::Write as _;
use std::path::PathBuf;

/// `web`: `None` = no web server, else where it binds.
pub async fn run(
    options: EngineOptions,
    torrents: Vec<PathBuf>,
    web: Option<Mode>,
) -> Result<(), String> {
    tracing::info!("config dir: {}", options.config_dir.display());
    let handle = engine::spawn(options);
    super::add_all(&handle, torrents);
    let supervisor = match web {
        None => None,
        Some(mode) => match start_web(&handle, mode).await {
            Ok(supervisor) => Some(supervisor),
            Err(why) => {
                handle.shutdown().await;
                return Err(why);
            }
        },
    };
    wait_for_stop_signal().await;
    tracing::info!("stopping: saving the ledger");
    handle.shutdown().await;
    if let Some(supervisor) = supervisor {
        // The engine is gone, so the supervisor stops the server and ends.
        let _ = supervisor.await;
    }
    Ok(())
}

/// Starts the server now (a failure stops the program), prints its URL and the token, and
/// leaves it to the supervisor.
async fn start_web(
    handle: &engine::EngineHandle,
    mode: Mode,
) -> Result<tokio::task::JoinHandle<()>, String> {
    let Mode::Headless { bind } = mode else {
        return Err("headless runs the web server in headless mode".into());
    };
    let settings = handle.settings();
    let current = settings.borrow().clone();
    let ctx = WebContext::new(handle.state.clone(), handle.sender());
    let config = WebConfig::from_settings(&current.webui, bind)?;
    let server = web::start(config.clone(), ctx.clone()).await?;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "web: {}", server.url());
    let _ = writeln!(out, "token: {}", current.webui.token);
    let _ = out.flush();
    Ok(web::supervise(ctx, settings, mode, Some((config, server))))
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
