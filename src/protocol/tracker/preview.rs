//! What an announce would look like on the wire, without sending it.

use super::url::{Scheme, TrackerUrl};
use super::{AnnounceParams, TrackerError, http_request, udp};
use crate::profile::ClientProfile;

/// The ids a UDP announce carries; a real one gets them from the connect exchange.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UdpIds {
    pub connection_id: u64,
    pub transaction_id: u32,
}

/// The request head for an `http(s)://` URL, or the announce datagram for a `udp://` URL
/// (which needs `udp_ids`).
pub fn preview(
    profile: &ClientProfile,
    url: &str,
    params: &AnnounceParams,
    udp_ids: Option<UdpIds>,
) -> Result<Vec<u8>, TrackerError> {
    match TrackerUrl::parse(url)?.scheme {
        Scheme::Http | Scheme::Https => http_request::announce_request(profile, url, params),
        Scheme::Udp => {
            let ids = udp_ids.ok_or_else(|| TrackerError::Url {
                url: url.to_owned(),
                what: "a UDP announce needs a connection id and a transaction id".into(),
            })?;
            udp::profile_announce(profile, url, params, ids.connection_id, ids.transaction_id)
        }
    }
}
