//! Magnet links (BEP 9) for copying a torrent to another client.

use super::Metainfo;

impl Metainfo {
    /// The magnet link of the file as it is (its name and trackers); see [`crate::magnet`].
    pub fn magnet_link(&self) -> String {
        crate::magnet::link(
            &self.info_hash_hex(),
            &self.name,
            self.trackers().map(|(_, url)| url),
        )
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
}
