//! Magnet links (BEP 9): built from a torrent's identity when the user copies one (not kept
//! per torrent: it is as long as its name and trackers together, times 10 000 torrents).

use std::fmt::Write;

/// `magnet:?xt=urn:btih:<hex>&dn=<name>&tr=<url>...`, the trackers in the order given, each
/// value percent-encoded except RFC 3986 unreserved characters.
pub fn link<'a>(
    info_hash_hex: &str,
    name: &str,
    trackers: impl Iterator<Item = &'a str>,
) -> String {
    let mut link = format!("magnet:?xt=urn:btih:{info_hash_hex}&dn=");
    percent_encode(name, &mut link);
    for url in trackers {
        link.push_str("&tr=");
        percent_encode(url, &mut link);
    }
    link
}

/// Appends `text` as UTF-8 with every byte outside `A-Z a-z 0-9 - . _ ~` written `%XX`.
fn percent_encode(text: &str, out: &mut String) {
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            // Writing to a String cannot fail.
            let _ = write!(out, "%{byte:02X}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreserved_characters_pass_through() {
        let mut out = String::new();
        percent_encode("AZaz09-._~+!*'()", &mut out);
        assert_eq!(out, "AZaz09-._~%2B%21%2A%27%28%29");
    }

    #[test]
    fn a_view_copies_its_current_name_and_trackers() {
        let view = crate::state::TorrentView {
            info_hash: "ab".repeat(20),
            name: "renamed x".into(),
            trackers: vec![crate::state::TrackerView {
                url: "udp://t:1".into(),
                ..Default::default()
            }],
            ..Default::default()
        };
        assert_eq!(
            view.magnet_link(),
            format!(
                "magnet:?xt=urn:btih:{}&dn=renamed%20x&tr=udp%3A%2F%2Ft%3A1",
                "ab".repeat(20)
            )
        );
    }
}
