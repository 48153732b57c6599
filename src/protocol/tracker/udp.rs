//! BEP 15 requests (connect, announce, scrape) and BEP 41 URL data, as bytes.

use super::url::{Scheme, TrackerUrl};
use super::{AnnounceParams, Event, KeyValue, TrackerError};
use crate::profile::{ClientProfile, UdpKey};

/// The magic connection id of a connect request.
pub const PROTOCOL_ID: u64 = 0x0417_2710_1980;
pub const ACTION_CONNECT: u32 = 0;
pub const ACTION_ANNOUNCE: u32 = 1;
pub const ACTION_SCRAPE: u32 = 2;
pub const ACTION_ERROR: u32 = 3;
/// An announce request without options.
pub const ANNOUNCE_LEN: usize = 98;
/// Most info-hashes one scrape may carry (BEP 15).
pub const MAX_SCRAPE_HASHES: usize = 74;
const OPTION_END: u8 = 0;
const OPTION_URL_DATA: u8 = 2;

pub fn connect_request(transaction_id: u32) -> [u8; 16] {
    let mut out = [0; 16];
    out[..8].copy_from_slice(&PROTOCOL_ID.to_be_bytes());
    out[8..12].copy_from_slice(&ACTION_CONNECT.to_be_bytes());
    out[12..].copy_from_slice(&transaction_id.to_be_bytes());
    out
}

/// Every field of a BEP 15 announce, in wire order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UdpAnnounce {
    pub connection_id: u64,
    pub transaction_id: u32,
    pub info_hash: [u8; 20],
    pub peer_id: [u8; 20],
    pub downloaded: u64,
    pub left: u64,
    pub uploaded: u64,
    pub event: Event,
    /// 0 = the sender's address.
    pub ip: u32,
    pub key: u32,
    pub num_want: i32,
    pub port: u16,
    /// BEP 41 options appended after the 98 bytes (see [`url_data_options`]).
    pub options: Vec<u8>,
}

pub fn announce_request(a: &UdpAnnounce) -> Vec<u8> {
    let mut out = Vec::with_capacity(ANNOUNCE_LEN + a.options.len());
    out.extend_from_slice(&a.connection_id.to_be_bytes());
    out.extend_from_slice(&ACTION_ANNOUNCE.to_be_bytes());
    out.extend_from_slice(&a.transaction_id.to_be_bytes());
    out.extend_from_slice(&a.info_hash);
    out.extend_from_slice(&a.peer_id);
    out.extend_from_slice(&a.downloaded.to_be_bytes());
    out.extend_from_slice(&a.left.to_be_bytes());
    out.extend_from_slice(&a.uploaded.to_be_bytes());
    out.extend_from_slice(&a.event.udp_code().to_be_bytes());
    out.extend_from_slice(&a.ip.to_be_bytes());
    out.extend_from_slice(&a.key.to_be_bytes());
    out.extend_from_slice(&a.num_want.to_be_bytes());
    out.extend_from_slice(&a.port.to_be_bytes());
    out.extend_from_slice(&a.options);
    out
}

/// BEP 41 URLData options carrying `path_and_query` in chunks of at most 255 bytes, then
/// EndOfOptions when `end`. Nothing for an empty path.
pub fn url_data_options(path_and_query: &[u8], end: bool) -> Vec<u8> {
    let mut out = Vec::new();
    for chunk in path_and_query.chunks(255) {
        out.push(OPTION_URL_DATA);
        out.push(u8::try_from(chunk.len()).unwrap_or(u8::MAX));
        out.extend_from_slice(chunk);
    }
    if end && !out.is_empty() {
        out.push(OPTION_END);
    }
    out
}

pub fn scrape_request(
    connection_id: u64,
    transaction_id: u32,
    info_hashes: &[[u8; 20]],
) -> Result<Vec<u8>, TrackerError> {
    if info_hashes.is_empty() || info_hashes.len() > MAX_SCRAPE_HASHES {
        return Err(TrackerError::Udp {
            what: format!(
                "scrape of {} info-hashes, expected 1..={MAX_SCRAPE_HASHES}",
                info_hashes.len()
            ),
        });
    }
    let mut out = Vec::with_capacity(16 + 20 * info_hashes.len());
    out.extend_from_slice(&connection_id.to_be_bytes());
    out.extend_from_slice(&ACTION_SCRAPE.to_be_bytes());
    out.extend_from_slice(&transaction_id.to_be_bytes());
    for hash in info_hashes {
        out.extend_from_slice(hash);
    }
    Ok(out)
}

/// The 32-bit UDP key for an announce key: hex text read as a number, or exactly 4 raw bytes.
pub fn udp_key(key: &KeyValue) -> Result<u32, TrackerError> {
    let bad = |shown: String| TrackerError::Udp {
        what: format!("key {shown} is neither 1 to 8 hex digits nor 4 bytes"),
    };
    match key {
        KeyValue::Text(text) => {
            let hex =
                !text.is_empty() && text.len() <= 8 && text.bytes().all(|b| b.is_ascii_hexdigit());
            hex.then(|| u32::from_str_radix(text, 16).ok())
                .flatten()
                .ok_or_else(|| bad(format!("{text:?}")))
        }
        KeyValue::Bytes(bytes) => <[u8; 4]>::try_from(bytes.as_slice())
            .map(u32::from_be_bytes)
            .map_err(|_| bad(format!("of {} bytes", bytes.len()))),
    }
}

/// The announce datagram the profile's client sends to `url` (a `udp://` URL).
pub fn profile_announce(
    profile: &ClientProfile,
    url: &str,
    params: &AnnounceParams,
    connection_id: u64,
    transaction_id: u32,
) -> Result<Vec<u8>, TrackerError> {
    let parsed = TrackerUrl::parse(url)?;
    if parsed.scheme != Scheme::Udp {
        return Err(TrackerError::Url {
            url: url.to_owned(),
            what: "is not a udp:// tracker".into(),
        });
    }
    let Some(rule) = profile.udp else {
        return Err(TrackerError::Profile {
            profile: profile.id.clone(),
            what: "this client does not announce to UDP trackers".into(),
        });
    };
    let key = match rule.key {
        UdpKey::HexText => udp_key(&params.key)?,
    };
    let options = if rule.url_data {
        url_data_options(parsed.target.as_bytes(), rule.url_data_end)
    } else {
        Vec::new()
    };
    Ok(announce_request(&UdpAnnounce {
        connection_id,
        transaction_id,
        info_hash: params.info_hash,
        peer_id: params.peer_id,
        downloaded: params.downloaded,
        left: params.left,
        uploaded: params.uploaded,
        event: params.event,
        ip: 0,
        key,
        num_want: profile
            .numwant_for(params.event, params.numwant)
            .unwrap_or(rule.num_want_unset),
        port: params.port,
        options,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connect_and_scrape_layouts() {
        let c = connect_request(0x6aa2_57bc);
        assert_eq!(hex::encode(c), "0000041727101980000000006aa257bc");
        let s = scrape_request(1, 2, &[[0xab; 20]]).unwrap();
        assert_eq!(s.len(), 36);
        assert_eq!(&s[8..16], &[0, 0, 0, 2, 0, 0, 0, 2]);
        let err = scrape_request(1, 2, &[[0; 20]; 75]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "UDP scrape of 75 info-hashes, expected 1..=74"
        );
        assert!(scrape_request(1, 2, &[]).is_err());
    }

    #[test]
    fn url_data_is_split_in_255_byte_chunks() {
        let path = vec![b'a'; 300];
        let opts = url_data_options(&path, true);
        assert_eq!(opts.len(), 2 + 255 + 2 + 45 + 1);
        assert_eq!((opts[0], opts[1]), (2, 255));
        assert_eq!((opts[257], opts[258]), (2, 45));
        assert_eq!(opts.last(), Some(&0));
        assert_eq!(url_data_options(b"/announce", false), b"\x02\x09/announce");
        assert!(url_data_options(b"", true).is_empty());
    }

    #[test]
    fn keys_from_text_or_bytes() {
        assert_eq!(
            udp_key(&KeyValue::Text("AD4108D6".into())).unwrap(),
            0xad41_08d6
        );
        assert_eq!(
            udp_key(&KeyValue::Text("4fe559f".into())).unwrap(),
            0x04fe_559f
        );
        assert_eq!(
            udp_key(&KeyValue::Bytes(vec![1, 2, 3, 4])).unwrap(),
            0x0102_0304
        );
        let err = udp_key(&KeyValue::Text("Xy12Ab34Cd56".into())).unwrap_err();
        assert_eq!(
            err.to_string(),
            "UDP key \"Xy12Ab34Cd56\" is neither 1 to 8 hex digits nor 4 bytes"
        );
        let err = udp_key(&KeyValue::Bytes(vec![0; 8])).unwrap_err();
        assert_eq!(
            err.to_string(),
            "UDP key of 8 bytes is neither 1 to 8 hex digits nor 4 bytes"
        );
    }
}
