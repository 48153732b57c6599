use clap::Parser;
use std::path::PathBuf;

/// A BitTorrent seeding simulator: announces torrents to their trackers as a real client
/// would, and shows the simulated figures in a window (or runs headless).
#[derive(Parser, Debug)]
#[command(name = "dfakeseeder", version, about)]
pub struct Args {
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

    /// Import the torrents, their totals and the matching settings of the old Python
    /// DFakeSeeder from its settings.json, then start.
    #[arg(long, value_name = "PATH")]
    pub import_dfakeseeder: Option<PathBuf>,
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
