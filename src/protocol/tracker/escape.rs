//! Percent-escaping as each client does it: ASCII letters and digits are never escaped, a
//! profile names the other characters it leaves alone and the case of the hex digits.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HexCase {
    /// `%2f` (libtorrent, Transmission).
    #[default]
    Lower,
    /// `%2F` (aria2, rTorrent).
    Upper,
}

/// A client's escaping rule for query values.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Escaping {
    /// Characters besides `A-Za-z0-9` written as they are, e.g. `-_.!~*()` for libtorrent.
    pub keep: String,
    pub hex: HexCase,
}

impl Escaping {
    /// Appends `bytes` to `out`, escaped.
    pub fn escape_into(&self, bytes: &[u8], out: &mut String) {
        let digits: &[u8; 16] = match self.hex {
            HexCase::Lower => b"0123456789abcdef",
            HexCase::Upper => b"0123456789ABCDEF",
        };
        for &b in bytes {
            if b.is_ascii_alphanumeric() || (b.is_ascii() && self.keep.as_bytes().contains(&b)) {
                out.push(char::from(b));
            } else {
                out.push('%');
                out.push(char::from(digits[usize::from(b >> 4)]));
                out.push(char::from(digits[usize::from(b & 0x0f)]));
            }
        }
    }

    pub fn escape(&self, bytes: &[u8]) -> String {
        let mut out = String::with_capacity(bytes.len() * 3);
        self.escape_into(bytes, &mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(keep: &str, hex: HexCase) -> Escaping {
        Escaping {
            keep: keep.into(),
            hex,
        }
    }

    #[test]
    fn keeps_alphanumerics_and_the_named_characters_only() {
        let lt = rule("-_.!~*()", HexCase::Lower);
        assert_eq!(lt.escape(b"aZ09-_.!~*()'/ %"), "aZ09-_.!~*()%27%2f%20%25");
        let rt = rule("-", HexCase::Upper);
        assert_eq!(rt.escape(b"-_.~*"), "-%5F%2E%7E%2A");
    }

    #[test]
    fn hex_case_follows_the_rule_and_high_bytes_are_escaped() {
        let bytes = [0x3c, 0x8b, 0xff, 0x00];
        assert_eq!(rule("", HexCase::Lower).escape(&bytes), "%3c%8b%ff%00");
        assert_eq!(rule("", HexCase::Upper).escape(&bytes), "%3C%8B%FF%00");
    }

    #[test]
    fn a_non_ascii_keep_character_never_lets_raw_bytes_through() {
        // 'é' is two UTF-8 bytes; neither may be written raw into a request line.
        assert_eq!(rule("é", HexCase::Upper).escape("é".as_bytes()), "%C3%A9");
    }
}
