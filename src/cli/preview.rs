//! `preview-announce`: print the announce a profile would send for a torrent, without sending.

use crate::metainfo::load_file;
use crate::profile::Profiles;
use crate::protocol::tracker::{AnnounceParams, Event, KeyValue, UdpIds, preview};
use std::path::PathBuf;

#[derive(clap::Args, Debug, Clone)]
pub struct PreviewArgs {
    /// Client profile ID, e.g. qbittorrent-4.5.2.
    #[arg(long)]
    pub profile: String,
    /// Extra profiles (*.toml) that add to or replace the embedded ones.
    #[arg(long)]
    pub profiles_dir: Option<PathBuf>,
    #[arg(long)]
    pub torrent: PathBuf,
    /// Tracker URL (http, https or udp); the torrent's first tracker when absent.
    #[arg(long)]
    pub url: Option<String>,
    /// none, started, completed or stopped.
    #[arg(long, default_value = "started")]
    pub event: String,
    #[arg(long, default_value_t = 0)]
    pub uploaded: u64,
    #[arg(long, default_value_t = 0)]
    pub downloaded: u64,
    #[arg(long, default_value_t = 0)]
    pub left: u64,
    #[arg(long)]
    pub port: u16,
    /// 20 characters of text, or hex: and 40 hex digits.
    #[arg(long, allow_hyphen_values = true)]
    pub peer_id: String,
    /// Text as sent, or hex: and the raw bytes in hex.
    #[arg(long, allow_hyphen_values = true)]
    pub key: String,
    #[arg(long, default_value_t = 0)]
    pub corrupt: u64,
    #[arg(long, default_value_t = 0)]
    pub redundant: u64,
    #[arg(long)]
    pub numwant: Option<i32>,
    /// UDP only: connection id in hex.
    #[arg(long)]
    pub connection_id: Option<String>,
    /// UDP only: transaction id in hex.
    #[arg(long)]
    pub transaction_id: Option<String>,
}

/// The bytes to print: an HTTP request head or a UDP datagram.
/// What the command prints: the HTTP request bytes as they are, a UDP datagram as lowercase hex.
pub fn printable(args: &PreviewArgs) -> Result<Vec<u8>, String> {
    let bytes = run(args)?;
    let udp = !bytes.starts_with(b"GET ");
    Ok(if udp {
        format!("{}\n", hex::encode(&bytes)).into_bytes()
    } else {
        bytes
    })
}

pub fn run(args: &PreviewArgs) -> Result<Vec<u8>, String> {
    let (profiles, errors) = Profiles::load(args.profiles_dir.as_deref());
    if let Some(error) = errors.into_iter().next() {
        return Err(error.to_string());
    }
    let profile = profiles.get(&args.profile).ok_or_else(|| {
        let ids: Vec<&str> = profiles.ids().collect();
        format!(
            "no client profile {:?}; known: {}",
            args.profile,
            ids.join(", ")
        )
    })?;
    let meta = load_file(&args.torrent).map_err(|e| e.to_string())?;
    let url = match &args.url {
        Some(url) => url.clone(),
        None => meta
            .trackers()
            .next()
            .map(|(_, url)| url.to_owned())
            .ok_or("the torrent has no tracker; pass --url")?,
    };
    let params = AnnounceParams {
        info_hash: meta.info_hash,
        peer_id: parse_peer_id(&args.peer_id)?,
        port: args.port,
        uploaded: args.uploaded,
        downloaded: args.downloaded,
        left: args.left,
        corrupt: args.corrupt,
        redundant: args.redundant,
        event: Event::parse(&args.event).ok_or_else(|| {
            format!(
                "--event {:?}: expected none, started, completed or stopped",
                args.event
            )
        })?,
        key: parse_key(&args.key)?,
        numwant: args.numwant,
        tracker_id: None,
    };
    let udp_ids = match (&args.connection_id, &args.transaction_id) {
        (Some(c), Some(t)) => Some(UdpIds {
            connection_id: parse_hex_u64(c, "--connection-id")?,
            transaction_id: u32::try_from(parse_hex_u64(t, "--transaction-id")?)
                .map_err(|_| format!("--transaction-id {t:?} does not fit 32 bits"))?,
        }),
        (None, None) => None,
        _ => return Err("--connection-id and --transaction-id go together".into()),
    };
    preview(profile, &url, &params, udp_ids).map_err(|e| e.to_string())
}

/// `-qB4520-abcdefghijkl` or `hex:` and 40 hex digits.
pub fn parse_peer_id(text: &str) -> Result<[u8; 20], String> {
    let bytes = match text.strip_prefix("hex:") {
        Some(digits) => hex::decode(digits).map_err(|e| format!("--peer-id {text:?}: {e}"))?,
        None => text.as_bytes().to_vec(),
    };
    <[u8; 20]>::try_from(bytes.as_slice())
        .map_err(|_| format!("--peer-id {text:?} is {} bytes, expected 20", bytes.len()))
}

/// Text as sent, or `hex:` and raw bytes in hex.
pub fn parse_key(text: &str) -> Result<KeyValue, String> {
    match text.strip_prefix("hex:") {
        Some(digits) => hex::decode(digits)
            .map(KeyValue::Bytes)
            .map_err(|e| format!("--key {text:?}: {e}")),
        None if text.is_empty() => Err("--key must not be empty".into()),
        None => Ok(KeyValue::Text(text.to_owned())),
    }
}

fn parse_hex_u64(text: &str, flag: &str) -> Result<u64, String> {
    let digits = text.trim_start_matches("0x");
    u64::from_str_radix(digits, 16)
        .map_err(|_| format!("{flag} {text:?} is not a hex number of up to 64 bits"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_peer_ids_and_keys() {
        assert_eq!(
            &parse_peer_id("-qB4520-MD72fpz1wNI~").unwrap()[..8],
            b"-qB4520-"
        );
        let hexed = parse_peer_id("hex:41322d312d33362d302df38918ebf30c6cb2436f").unwrap();
        assert_eq!(&hexed[..10], b"A2-1-36-0-");
        assert_eq!(
            parse_peer_id("short").unwrap_err(),
            "--peer-id \"short\" is 5 bytes, expected 20"
        );
        assert_eq!(
            parse_key("AD4108D6").unwrap(),
            KeyValue::Text("AD4108D6".into())
        );
        assert_eq!(
            parse_key("hex:18ebf3").unwrap(),
            KeyValue::Bytes(vec![0x18, 0xeb, 0xf3])
        );
        assert!(parse_key("hex:zz").is_err());
        assert_eq!(parse_hex_u64("0x1122", "--x").unwrap(), 0x1122);
    }
}
