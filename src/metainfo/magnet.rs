//! Magnet links (BEP 9) for copying a torrent to another client.

use super::Metainfo;
use std::fmt::Write;

impl Metainfo {
    /// `magnet:?xt=urn:btih:<hex>&dn=<name>&tr=<url>...`, every tracker in tier order, each value
    /// percent-encoded except RFC 3986 unreserved characters.
    pub fn magnet_link(&self) -> String {
        let mut link = format!("magnet:?xt=urn:btih:{}&dn=", self.info_hash_hex());
        percent_encode(&self.name, &mut link);
        for (_, url) in self.trackers() {
            link.push_str("&tr=");
            percent_encode(url, &mut link);
        }
        link
    }
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

    fn sample() -> Metainfo {
        Metainfo {
            info_hash: [0xab; 20],
            name: "Über & Co 100%.iso".to_string(),
            tiers: vec![
                vec!["http://tracker.example/announce?passkey=a b&x=ü".to_string()],
                vec!["udp://t2.example:80".to_string()],
            ],
            piece_length: 16384,
            piece_count: 1,
            total_size: 1,
            files: Vec::new(),
            private: false,
            creation_date: None,
            comment: None,
            created_by: None,
            info_bytes: Vec::new(),
            info_len: 0,
            hybrid: false,
        }
    }

    #[test]
    fn magnet_link_escapes_everything_but_unreserved() {
        assert_eq!(
            sample().magnet_link(),
            "magnet:?xt=urn:btih:abababababababababababababababababababab\
             &dn=%C3%9Cber%20%26%20Co%20100%25.iso\
             &tr=http%3A%2F%2Ftracker.example%2Fannounce%3Fpasskey%3Da%20b%26x%3D%C3%BC\
             &tr=udp%3A%2F%2Ft2.example%3A80"
        );
    }

    #[test]
    fn unreserved_characters_pass_through() {
        let mut out = String::new();
        percent_encode("AZaz09-._~+!*'()", &mut out);
        assert_eq!(out, "AZaz09-._~%2B%21%2A%27%28%29");
    }
}
