//! The web API and the browser viewer (native only): axum on the engine's tokio runtime.
//!
//! One run of the server is a [`WebServer`] from [`start`]; [`supervise`] keeps one running as
//! the settings say (and restarts it when they change) for the app's whole life.

mod api;
mod auth;
pub mod ban;
pub mod clock;
mod config;
mod control;
mod error;
mod guarded;
mod headers;
mod host_check;
mod listener;
mod routes;
pub mod secrets;
pub mod sessions;
mod shared;
mod snapshot;
mod sse;
mod static_files;
mod supervisor;
mod tls;

pub use config::{TlsFiles, WebConfig, url_for};
pub use listener::ClientAddr;
pub use static_files::has_viewer;
pub use supervisor::{Mode, supervise};

use crate::state::{Command, SharedState};
use listener::WebListener;
use shared::Shared;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::mpsc::UnboundedSender;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

/// How long stopping waits for open requests before it cuts them.
const STOP_BUDGET: Duration = Duration::from_secs(5);

/// What the server reads and where it sends commands.
#[derive(Clone)]
pub struct WebContext {
    pub state: SharedState,
    pub commands: UnboundedSender<Command>,
    /// The clock of bans and sessions (tests move it).
    pub now: clock::Now,
}

impl WebContext {
    pub fn new(state: SharedState, commands: UnboundedSender<Command>) -> WebContext {
        WebContext {
            state,
            commands,
            now: clock::system(),
        }
    }
}

/// A running server.
pub struct WebServer {
    local: SocketAddr,
    url: String,
    stop: CancellationToken,
    serve: JoinHandle<()>,
    accept: JoinHandle<()>,
}

impl WebServer {
    /// The address really bound (port 0 becomes the chosen one).
    pub fn local_addr(&self) -> SocketAddr {
        self.local
    }

    /// `http(s)://host:port/`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Stops accepting, ends the event streams, waits for open requests (at most
    /// [`STOP_BUDGET`]), and frees the port.
    pub async fn stop(self) {
        self.stop.cancel();
        let _ = self.accept.await;
        let abort = self.serve.abort_handle();
        if tokio::time::timeout(STOP_BUDGET, self.serve).await.is_err() {
            abort.abort();
        }
    }
}

/// Binds and starts serving; the error says why it cannot (in the user's language).
pub async fn start(config: WebConfig, ctx: WebContext) -> Result<WebServer, String> {
    config.check()?;
    let tls = config.tls.as_ref().map(tls::acceptor).transpose()?;
    let addr = config.bind.to_string();
    let tcp = tokio::net::TcpListener::bind(config.bind)
        .await
        .map_err(|e| {
            t!(
                "web-bind-failed",
                addr = addr.as_str(),
                error = e.to_string()
            )
        })?;
    let stop = CancellationToken::new();
    let (listener, accept) = WebListener::spawn(tcp, tls, stop.clone()).map_err(|e| {
        t!(
            "web-bind-failed",
            addr = addr.as_str(),
            error = e.to_string()
        )
    })?;
    let local = axum::serve::Listener::local_addr(&listener).map_err(|e| {
        t!(
            "web-bind-failed",
            addr = addr.as_str(),
            error = e.to_string()
        )
    })?;
    let url = url_for(config.scheme(), local);
    let shared = Arc::new(Shared {
        sessions: Mutex::new(sessions::Sessions::new(config.session_timeout)),
        bans: Mutex::new(ban::Bans::new(config.ban_after_failures)),
        hosts: host_check::AllowedHosts::new(local, &config.extra_hosts),
        config,
        state: ctx.state,
        commands: ctx.commands,
        now: ctx.now,
        stop: stop.clone(),
        event_slots: Arc::new(tokio::sync::Semaphore::new(sse::MAX_STREAMS)),
        state_cache: snapshot::Cache::default(),
    });
    let app = routes::router(shared).into_make_service_with_connect_info::<ClientAddr>();
    let shutdown = stop.clone();
    let serve = tokio::spawn(async move {
        let served = axum::serve(listener, app)
            .with_graceful_shutdown(shutdown.cancelled_owned())
            .await;
        if let Err(e) = served {
            tracing::error!("web: the server stopped: {e}");
        }
    });
    tracing::info!("web: serving at {url}");
    Ok(WebServer {
        local,
        url,
        stop,
        serve,
        accept,
    })
}
