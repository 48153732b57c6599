//! Keeps the server running as the settings say, for the app's whole life: starts it, and
//! restarts it on the new settings whenever the web settings change.

use super::{WebConfig, WebContext, WebServer, start};
use crate::settings::Settings;
use crate::state::{Command, WebServerStatus};
use std::net::SocketAddr;
use tokio::sync::watch;
use tokio::task::JoinHandle;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mode {
    /// The window: serves while `webui.enabled` is on.
    Window,
    /// Headless: always serves, at `bind` when given (`--web ADDR`).
    Headless { bind: Option<SocketAddr> },
}

/// What should run for these settings (`None` = nothing).
fn wanted(settings: &Settings, mode: Mode) -> Option<Result<WebConfig, String>> {
    let web = &settings.webui;
    match mode {
        Mode::Window if !web.enabled => None,
        Mode::Window => Some(WebConfig::from_settings(web, None)),
        Mode::Headless { bind } => Some(WebConfig::from_settings(web, bind)),
    }
}

/// Runs until the engine drops its settings channel (it stopped), then stops the server.
/// `running` is a server already started for the current settings (headless starts its first
/// one itself, to fail at start when it cannot).
pub fn supervise(
    ctx: WebContext,
    mut settings: watch::Receiver<Settings>,
    mode: Mode,
    running: Option<(WebConfig, WebServer)>,
) -> JoinHandle<()> {
    tokio::spawn(async move {
        let mut running = running;
        let mut failed: Option<Result<WebConfig, String>> = None;
        loop {
            let want = wanted(&settings.borrow_and_update(), mode);
            let same = match (&want, &running) {
                (Some(Ok(w)), Some((r, _))) => w == r,
                (None, None) => true,
                _ => false,
            };
            // The same failing settings are not retried (nor reported) again.
            let failed_before = want.is_some() && want == failed;
            if !same && !failed_before {
                if let Some((_, server)) = running.take() {
                    server.stop().await;
                    report(&ctx, WebServerStatus::Stopped);
                }
                failed = None;
                match want {
                    None => {}
                    Some(Err(why)) => {
                        report(&ctx, WebServerStatus::Failed(why.clone()));
                        failed = Some(Err(why));
                    }
                    Some(Ok(config)) => match start(config.clone(), ctx.clone()).await {
                        Ok(server) => {
                            report(&ctx, WebServerStatus::Serving(server.url().to_string()));
                            running = Some((config, server));
                        }
                        Err(why) => {
                            tracing::error!("web: {why}");
                            report(&ctx, WebServerStatus::Failed(why));
                            failed = Some(Ok(config));
                        }
                    },
                }
            }
            if settings.changed().await.is_err() {
                break;
            }
        }
        if let Some((_, server)) = running {
            server.stop().await;
        }
    })
}

fn report(ctx: &WebContext, status: WebServerStatus) {
    let _ = ctx.commands.send(Command::WebServer(status));
}
