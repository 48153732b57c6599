//! The command line: parse the flags, set up logging and the config dir, run the chosen mode.

mod args;
mod headless;
mod import;
pub mod preview;
mod window;

pub use args::{Args, Tool};

use crate::engine::tracker::live::live_client;
use crate::engine::{self, EngineOptions, store};
use clap::Parser;
use std::process::ExitCode;
use std::sync::Arc;

/// When `main` began (for the first-frame time).
static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

fn since_start() -> std::time::Duration {
    STARTED.get().map(|s| s.elapsed()).unwrap_or_default()
}

pub fn main() -> ExitCode {
    let _ = STARTED.set(std::time::Instant::now());
    let args = Args::parse();
    init_logging();
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("dfakeseeder: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Args) -> Result<(), String> {
    if let Some(Tool::PreviewAnnounce(preview)) = &args.tool {
        return print_preview(preview);
    }
    let config_dir =
        store::resolve_config_dir(args.config_dir.clone()).map_err(|e| e.to_string())?;
    if let Some(old) = &args.import_dfakeseeder {
        let report = import::run(&config_dir, old)?;
        println!("{report}");
    }
    let mut loaded = store::load_settings(&config_dir);
    ensure_web_token(&config_dir, &mut loaded.value);
    // "auto" becomes the system's language here, once; the window follows later changes.
    crate::i18n::set_language(&loaded.value.language);
    let (client, policy, client_notices) = live_client(&config_dir, &loaded.value)?;
    let mut options = EngineOptions::new(config_dir, loaded.value);
    options.notices.extend(loaded.notice);
    options.notices.extend(client_notices);
    let port = options.settings.connection.listening_port;
    options.persona = Some(client.persona());
    // Every interface, or the one address the settings name.
    let ip = options
        .settings
        .performance
        .network_interface
        .trim()
        .parse::<std::net::IpAddr>()
        .unwrap_or(std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED));
    options.listen_addr = Some(std::net::SocketAddr::new(ip, port));
    options.tracker_client = Some(Arc::new(client));
    options.tier_policy = policy;
    options.desktop = Some(Arc::new(desktop_notification));
    let runtime =
        tokio::runtime::Runtime::new().map_err(|e| format!("cannot start the runtime: {e}"))?;
    if args.headless {
        let web = (!args.no_web).then_some(crate::web::Mode::Headless { bind: args.web });
        runtime.block_on(headless::run(options, args.torrents, web))
    } else {
        window::run(&runtime, options, args.torrents)
    }
}

/// The first run makes the web API token (a CSPRNG's 32 bytes) and keeps it in the settings;
/// a password written into settings.json by hand is replaced by its hash.
fn ensure_web_token(config_dir: &std::path::Path, settings: &mut crate::settings::Settings) {
    let before = settings.webui.clone();
    if let Err(e) = crate::web::secrets::prepare(&mut settings.webui, true) {
        tracing::error!("web credentials: {e}");
    }
    if settings.webui != before
        && let Err(e) = store::save_settings(config_dir, settings)
    {
        tracing::warn!("the new web token could not be saved: {e}");
    }
}

/// `preview-announce`: the HTTP request bytes as they are, or a UDP datagram as lowercase hex.
fn print_preview(args: &preview::PreviewArgs) -> Result<(), String> {
    use std::io::Write;
    let out = preview::printable(args)?;
    std::io::stdout()
        .write_all(&out)
        .map_err(|e| format!("cannot write to stdout: {e}"))
}

fn init_logging() {
    use tracing_subscriber::EnvFilter;
    let filter =
        EnvFilter::try_from_env("DFAKESEEDER_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .try_init();
}

/// Queues the torrents named on the command line.
fn add_all(handle: &engine::EngineHandle, torrents: Vec<std::path::PathBuf>) {
    for path in torrents {
        handle.send(crate::state::Command::AddTorrent(
            crate::state::TorrentSource::Path(path),
        ));
    }
}

/// One desktop notification (freedesktop D-Bus), sent from its own thread: the engine never
/// waits for the desktop, and a desktop without a notification service only logs why.
fn desktop_notification(kind: crate::state::EventKind, message: &str) {
    let body = message.to_string();
    let urgency = match kind {
        crate::state::EventKind::Error => notify_rust::Urgency::Critical,
        _ => notify_rust::Urgency::Normal,
    };
    let spawned = std::thread::Builder::new()
        .name("desktop-notification".into())
        .spawn(move || {
            let shown = notify_rust::Notification::new()
                .appname("dfakeseeder")
                .summary("dfakeseeder")
                .body(&body)
                .urgency(urgency)
                .show();
            if let Err(e) = shown {
                tracing::debug!("desktop notification not shown: {e}");
            }
        });
    if let Err(e) = spawned {
        tracing::debug!("desktop notification not sent: {e}");
    }
}
