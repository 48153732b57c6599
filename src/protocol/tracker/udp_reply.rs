//! BEP 15 replies: connect, announce, scrape and error, every length and id checked.

use super::TrackerError;
use super::reply::{AnnounceReply, ScrapeStats, compact_peers};
use super::udp::{ACTION_ANNOUNCE, ACTION_CONNECT, ACTION_ERROR, ACTION_SCRAPE};

/// Largest datagram we look at; bigger ones are not BEP 15 replies to us.
pub const MAX_DATAGRAM: usize = 65_507;

fn be32(b: &[u8]) -> u32 {
    let mut word = [0; 4];
    word.copy_from_slice(&b[..4]);
    u32::from_be_bytes(word)
}

/// The transaction id of any BEP 15 reply, to route it to the request it answers.
pub fn transaction_id(datagram: &[u8]) -> Option<u32> {
    (datagram.len() >= 8).then(|| be32(&datagram[4..8]))
}

/// Checks the header of a reply expected to carry `action` for `transaction_id` and returns
/// the bytes after it. An error datagram (action 3) becomes [`TrackerError::Failure`].
pub fn check_reply<'a>(
    datagram: &'a [u8],
    action: u32,
    name: &'static str,
    transaction_id: u32,
) -> Result<&'a [u8], TrackerError> {
    if datagram.len() < 8 || datagram.len() > MAX_DATAGRAM {
        return Err(TrackerError::UdpLength {
            what: "reply",
            got: datagram.len(),
            expected: format!("8..={MAX_DATAGRAM}"),
        });
    }
    let got_tid = be32(&datagram[4..8]);
    if got_tid != transaction_id {
        return Err(TrackerError::UdpTransaction {
            expected: transaction_id,
            got: got_tid,
        });
    }
    let got_action = be32(&datagram[..4]);
    if got_action == ACTION_ERROR {
        return Err(TrackerError::Failure {
            reason: String::from_utf8_lossy(&datagram[8..])
                .trim_end_matches('\0')
                .to_owned(),
        });
    }
    if got_action != action {
        return Err(TrackerError::UdpAction {
            expected: action,
            got: got_action,
            name,
        });
    }
    Ok(&datagram[8..])
}

/// The connection id from a connect reply.
pub fn parse_connect(datagram: &[u8], transaction_id: u32) -> Result<u64, TrackerError> {
    let body = check_reply(datagram, ACTION_CONNECT, "connect", transaction_id)?;
    let id: [u8; 8] = body.try_into().map_err(|_| TrackerError::UdpLength {
        what: "connect reply",
        got: datagram.len(),
        expected: "16".into(),
    })?;
    Ok(u64::from_be_bytes(id))
}

/// An announce reply; peers are 6 bytes each, 18 when the tracker was reached over IPv6.
pub fn parse_announce(
    datagram: &[u8],
    transaction_id: u32,
    ipv6: bool,
) -> Result<AnnounceReply, TrackerError> {
    let body = check_reply(datagram, ACTION_ANNOUNCE, "announce", transaction_id)?;
    if body.len() < 12 {
        return Err(TrackerError::UdpLength {
            what: "announce reply",
            got: datagram.len(),
            expected: "at least 20".into(),
        });
    }
    let interval = be32(&body[..4]);
    if interval == 0 || interval > 0x7fff_ffff {
        return Err(TrackerError::OutOfRange {
            key: "interval".into(),
            value: i64::from(interval),
            range: "1..=2147483647",
        });
    }
    Ok(AnnounceReply {
        interval,
        incomplete: Some(be32(&body[4..8])),
        complete: Some(be32(&body[8..12])),
        peers: compact_peers("peers", &body[12..], ipv6)?,
        ..AnnounceReply::default()
    })
}

/// A scrape reply: one (seeders, completed, leechers) triple per asked info-hash, in order.
pub fn parse_scrape(
    datagram: &[u8],
    transaction_id: u32,
    info_hashes: &[[u8; 20]],
) -> Result<Vec<([u8; 20], ScrapeStats)>, TrackerError> {
    let body = check_reply(datagram, ACTION_SCRAPE, "scrape", transaction_id)?;
    if body.len() != 12 * info_hashes.len() {
        return Err(TrackerError::UdpLength {
            what: "scrape reply",
            got: datagram.len(),
            expected: format!(
                "{} for {} info-hashes",
                8 + 12 * info_hashes.len(),
                info_hashes.len()
            ),
        });
    }
    let stats = body.chunks_exact(12).map(|c| ScrapeStats {
        complete: be32(&c[..4]),
        downloaded: be32(&c[4..8]),
        incomplete: be32(&c[8..12]),
    });
    Ok(info_hashes.iter().copied().zip(stats).collect())
}
