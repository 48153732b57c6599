use super::preview::PreviewArgs;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// A BitTorrent seeding simulator: announces torrents to their trackers as a real client
/// would, and shows the simulated figures in a window (or runs headless).
#[derive(Parser, Debug)]
#[command(
    name = "dfakeseeder",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Args {
    #[command(subcommand)]
    pub tool: Option<Tool>,

    /// .torrent files to add at start (copied into the config dir's torrents/ folder).
    #[arg(value_name = "TORRENT")]
    pub torrents: Vec<PathBuf>,

    /// Run without a window until SIGINT or SIGTERM, logging to stderr, then save and exit.
    #[arg(long)]
    pub headless: bool,

    /// Where settings, the ledger and torrent copies live
    /// [default: $DFAKESEEDER_CONFIG_DIR, else $XDG_CONFIG_HOME/dfakeseeder].
    #[arg(long, value_name = "DIR")]
    pub config_dir: Option<PathBuf>,

    /// Headless: serve the web API and viewer at this address instead of the settings'
    /// (`webui.interface`:`webui.port`, by default 127.0.0.1:8080); port 0 picks a free one.
    #[arg(long, value_name = "ADDR:PORT", conflicts_with = "no_web")]
    pub web: Option<std::net::SocketAddr>,

    /// Headless: do not serve the web API and viewer.
    #[arg(long)]
    pub no_web: bool,

    /// Import the torrents, their totals and the matching settings of the old Python
    /// DFakeSeeder from its settings.json, then start.
    #[arg(long, value_name = "PATH")]
    pub import_dfakeseeder: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum Tool {
    /// Print the exact announce a client profile would send (HTTP request bytes, or a UDP
    /// datagram as hex), without sending it.
    PreviewAnnounce(PreviewArgs),
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_cli_definition_is_consistent() {
        Args::command().debug_assert();
    }
}
