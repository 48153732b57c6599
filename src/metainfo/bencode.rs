//! A small validating bencode reader that borrows from the input.
//!
//! Written here rather than using `bendy` because a `.torrent` loader needs two things bendy does not
//! give: errors that say where and what (bendy's error kind is private, and its end-of-data error has no
//! offset), and tolerance of unsorted dictionary keys, which real clients accept and bendy rejects.
//! Nothing is copied: lists and dictionaries are returned as validated slices and re-read on demand,
//! so memory stays flat whatever the input holds.

use std::collections::HashSet;
use std::fmt;

/// Deepest nesting of lists and dictionaries accepted; real torrents use at most 5.
pub const MAX_DEPTH: usize = 64;

/// What is wrong with bencoded data, and at which byte offset.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BencodeError {
    #[error("the data ends in the middle of a value at byte {0} (the file is truncated)")]
    UnexpectedEnd(usize),
    #[error("unexpected {found} at byte {offset}, expected {expected}")]
    Unexpected {
        offset: usize,
        found: Byte,
        expected: &'static str,
    },
    #[error("the integer at byte {0} is malformed (leading zero, `-0` or no digits)")]
    BadInteger(usize),
    #[error("the string at byte {offset} claims {claimed} bytes but only {remaining} remain")]
    StringTooLong {
        offset: usize,
        claimed: String,
        remaining: usize,
    },
    #[error("lists and dictionaries are nested deeper than {MAX_DEPTH} levels at byte {0}")]
    TooDeep(usize),
    #[error("the dictionary key at byte {0} is not a byte string")]
    KeyNotString(usize),
    #[error("the key `{key}` appears twice in the dictionary at byte {offset}")]
    DuplicateKey { offset: usize, key: String },
    #[error("unexpected data after the end of the top-level value, at byte {0}")]
    TrailingData(usize),
}

/// A byte shown in error messages: printable ASCII as itself, anything else in hex.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Byte(pub u8);

impl fmt::Display for Byte {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_ascii_graphic() {
            write!(f, "`{}`", char::from(self.0))
        } else {
            write!(f, "byte 0x{:02X}", self.0)
        }
    }
}

/// One bencoded value. Containers are validated but not decoded.
#[derive(Debug, Clone, Copy)]
pub enum Value<'a> {
    /// The integer's text between `i` and `e`, syntax already checked.
    Int(&'a [u8]),
    Bytes(&'a [u8]),
    List(Container<'a>),
    Dict(Container<'a>),
}

impl<'a> Value<'a> {
    /// The kind with its article, as error messages name it.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Int(_) => "an integer",
            Value::Bytes(_) => "a byte string",
            Value::List(_) => "a list",
            Value::Dict(_) => "a dictionary",
        }
    }
}

/// A validated list or dictionary: where it sits in the document, from its `l`/`d` to its `e`.
#[derive(Debug, Clone, Copy)]
pub struct Container<'a> {
    doc: &'a [u8],
    start: usize,
    end: usize,
}

impl<'a> Container<'a> {
    /// The exact bytes of the container as found in the document.
    pub fn raw(&self) -> &'a [u8] {
        self.doc.get(self.start..self.end).unwrap_or_default()
    }

    /// The items of a list (or the keys and values of a dictionary, alternating).
    pub fn items(&self) -> Items<'a> {
        Items {
            reader: Reader {
                doc: self.doc,
                pos: self.start + 1,
            },
            end: self.end.saturating_sub(1),
            failed: false,
        }
    }

    /// The entries of a dictionary, checked for duplicate keys.
    pub fn fields(&self) -> Result<Fields<'a>, BencodeError> {
        let mut entries = Vec::new();
        let mut seen = HashSet::new();
        let mut items = self.items();
        while let Some(key) = items.next().transpose()? {
            let Value::Bytes(key) = key else {
                return Err(BencodeError::KeyNotString(self.start));
            };
            let value = items
                .next()
                .transpose()?
                .ok_or(BencodeError::UnexpectedEnd(self.end))?;
            if !seen.insert(key) {
                return Err(BencodeError::DuplicateKey {
                    offset: self.start,
                    key: String::from_utf8_lossy(key).into_owned(),
                });
            }
            entries.push((key, value));
        }
        Ok(Fields(entries))
    }
}

/// A dictionary's entries in file order.
#[derive(Debug)]
pub struct Fields<'a>(Vec<(&'a [u8], Value<'a>)>);

impl<'a> Fields<'a> {
    pub fn get(&self, key: &str) -> Option<Value<'a>> {
        self.0
            .iter()
            .find(|(k, _)| *k == key.as_bytes())
            .map(|(_, v)| *v)
    }
}

/// Iterator over a container's items; containers were validated when first read, so errors here
/// would mean a bug, but they are still reported rather than hidden.
pub struct Items<'a> {
    reader: Reader<'a>,
    end: usize,
    /// Set after an error, so a caller that keeps iterating does not see it forever.
    failed: bool,
}

impl<'a> Iterator for Items<'a> {
    type Item = Result<Value<'a>, BencodeError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.reader.pos >= self.end {
            return None;
        }
        let item = self.reader.value(1);
        self.failed = item.is_err();
        Some(item)
    }
}

/// Reads one complete value that must fill the whole document.
pub fn parse_document(doc: &[u8]) -> Result<Value<'_>, BencodeError> {
    let mut reader = Reader { doc, pos: 0 };
    let value = reader.value(0)?;
    if reader.pos != doc.len() {
        return Err(BencodeError::TrailingData(reader.pos));
    }
    Ok(value)
}

struct Reader<'a> {
    doc: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Result<u8, BencodeError> {
        self.doc
            .get(self.pos)
            .copied()
            .ok_or(BencodeError::UnexpectedEnd(self.pos))
    }

    /// Reads the value at the cursor; `depth` counts the containers around it.
    fn value(&mut self, depth: usize) -> Result<Value<'a>, BencodeError> {
        let start = self.pos;
        match self.peek()? {
            b'i' => {
                self.pos += 1;
                let text = self.digits(b'e', true)?;
                Ok(Value::Int(text))
            }
            b'0'..=b'9' => self.bytes().map(Value::Bytes),
            open @ (b'l' | b'd') => {
                if depth >= MAX_DEPTH {
                    return Err(BencodeError::TooDeep(start));
                }
                self.pos += 1;
                let is_dict = open == b'd';
                let mut expect_key = true;
                while self.peek()? != b'e' {
                    if is_dict && expect_key && !self.peek()?.is_ascii_digit() {
                        return Err(BencodeError::KeyNotString(self.pos));
                    }
                    self.value(depth + 1)?;
                    expect_key = !expect_key;
                }
                if is_dict && !expect_key {
                    return Err(BencodeError::Unexpected {
                        offset: self.pos,
                        found: Byte(b'e'),
                        expected: "the value of the previous key",
                    });
                }
                self.pos += 1;
                let container = Container {
                    doc: self.doc,
                    start,
                    end: self.pos,
                };
                Ok(if is_dict {
                    Value::Dict(container)
                } else {
                    Value::List(container)
                })
            }
            other => Err(BencodeError::Unexpected {
                offset: start,
                found: Byte(other),
                expected: "a value (`i`, `l`, `d` or a digit)",
            }),
        }
    }

    /// Reads `<length>:<bytes>` at the cursor.
    fn bytes(&mut self) -> Result<&'a [u8], BencodeError> {
        let start = self.pos;
        let text = self.digits(b':', false)?;
        let remaining = self.doc.len() - self.pos;
        let too_long = || BencodeError::StringTooLong {
            offset: start,
            claimed: String::from_utf8_lossy(text).into_owned(),
            remaining,
        };
        let len = parse_u64(text).ok_or_else(too_long)?;
        let len = usize::try_from(len).map_err(|_| too_long())?;
        let end = self.pos.checked_add(len).ok_or_else(too_long)?;
        let bytes = self.doc.get(self.pos..end).ok_or_else(too_long)?;
        self.pos = end;
        Ok(bytes)
    }

    /// Reads a decimal number up to `terminator` (consumed); returns its text without the terminator.
    fn digits(&mut self, terminator: u8, signed: bool) -> Result<&'a [u8], BencodeError> {
        let start = self.pos;
        if signed && self.peek()? == b'-' {
            self.pos += 1;
        }
        let first_digit = self.pos;
        loop {
            let byte = self.peek()?;
            if byte == terminator {
                break;
            }
            if !byte.is_ascii_digit() {
                return Err(BencodeError::Unexpected {
                    offset: self.pos,
                    found: Byte(byte),
                    expected: if terminator == b'e' {
                        "a digit or `e`"
                    } else {
                        "a digit or `:`"
                    },
                });
            }
            self.pos += 1;
        }
        let text = self.doc.get(start..self.pos).unwrap_or_default();
        let digits = self.doc.get(first_digit..self.pos).unwrap_or_default();
        let negative = first_digit > start;
        let malformed = digits.is_empty()
            || (digits.len() > 1 && digits[0] == b'0')
            || (negative && digits == b"0");
        if malformed {
            return Err(BencodeError::BadInteger(start));
        }
        self.pos += 1;
        Ok(text)
    }
}

/// Parses unsigned decimal digits; `None` on overflow or a non-digit.
fn parse_u64(digits: &[u8]) -> Option<u64> {
    digits.iter().try_fold(0u64, |acc, &d| {
        if !d.is_ascii_digit() {
            return None;
        }
        acc.checked_mul(10)?.checked_add(u64::from(d - b'0'))
    })
}

/// Parses the text of a bencode integer; `None` if it does not fit in an `i64`.
pub fn parse_i64(text: &[u8]) -> Option<i64> {
    match text.split_first() {
        Some((b'-', digits)) => {
            let magnitude = parse_u64(digits)?;
            0i64.checked_sub_unsigned(magnitude)
        }
        _ => i64::try_from(parse_u64(text)?).ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(doc: &[u8]) -> String {
        match parse_document(doc) {
            Ok(v) => format!("parsed as {}", v.kind()),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn integers_follow_the_strict_grammar() {
        assert_eq!(
            err(b"i03e"),
            "the integer at byte 1 is malformed (leading zero, `-0` or no digits)"
        );
        assert_eq!(
            err(b"i-0e"),
            "the integer at byte 1 is malformed (leading zero, `-0` or no digits)"
        );
        assert_eq!(
            err(b"ie"),
            "the integer at byte 1 is malformed (leading zero, `-0` or no digits)"
        );
        assert_eq!(
            err(b"i1x2e"),
            "unexpected `x` at byte 2, expected a digit or `e`"
        );
        assert!(matches!(parse_document(b"i-42e"), Ok(Value::Int(b"-42"))));
    }

    #[test]
    fn i64_bounds_are_exact() {
        assert_eq!(parse_i64(b"9223372036854775807"), Some(i64::MAX));
        assert_eq!(parse_i64(b"-9223372036854775808"), Some(i64::MIN));
        assert_eq!(parse_i64(b"9223372036854775808"), None);
        assert_eq!(parse_i64(b"-9223372036854775809"), None);
        assert_eq!(parse_i64(b"99999999999999999999999"), None);
    }

    #[test]
    fn containers_keep_their_raw_bytes_and_items() {
        let doc = b"d1:bli1e2:xye1:ad0:0:ee";
        let Ok(Value::Dict(dict)) = parse_document(doc) else {
            panic!("not a dict")
        };
        assert_eq!(dict.raw(), doc);
        let fields = dict.fields().map_err(|e| e.to_string());
        let Ok(fields) = fields else {
            panic!("{fields:?}")
        };
        let Some(Value::List(list)) = fields.get("b") else {
            panic!("no list")
        };
        assert_eq!(list.raw(), b"li1e2:xye");
        let items: Vec<_> = list.items().filter_map(Result::ok).collect();
        assert!(matches!(items[..], [Value::Int(b"1"), Value::Bytes(b"xy")]));
        let Some(Value::Dict(inner)) = fields.get("a") else {
            panic!("no inner dict")
        };
        assert_eq!(inner.raw(), b"d0:0:e");
    }

    #[test]
    fn dictionaries_reject_bad_keys_and_missing_values() {
        assert_eq!(
            err(b"di1ei2ee"),
            "the dictionary key at byte 1 is not a byte string"
        );
        assert_eq!(
            err(b"d1:ae"),
            "unexpected `e` at byte 4, expected the value of the previous key"
        );
        let Ok(Value::Dict(dict)) = parse_document(b"d1:ai1e1:ai2ee") else {
            panic!("not a dict")
        };
        assert_eq!(
            dict.fields().map(|_| ()).map_err(|e| e.to_string()),
            Err("the key `a` appears twice in the dictionary at byte 0".to_string())
        );
    }

    #[test]
    fn unsorted_keys_are_accepted() {
        assert!(matches!(
            parse_document(b"d1:bi1e1:ai2ee"),
            Ok(Value::Dict(_))
        ));
    }

    #[test]
    fn depth_limit_is_exact() {
        let ok = [vec![b'l'; MAX_DEPTH], vec![b'e'; MAX_DEPTH]].concat();
        assert!(parse_document(&ok).is_ok());
        let deep = [vec![b'l'; MAX_DEPTH + 1], vec![b'e'; MAX_DEPTH + 1]].concat();
        assert_eq!(
            err(&deep),
            format!("lists and dictionaries are nested deeper than 64 levels at byte {MAX_DEPTH}")
        );
    }

    #[test]
    fn strings_cannot_claim_more_than_the_input() {
        assert_eq!(
            err(b"5:abc"),
            "the string at byte 0 claims 5 bytes but only 3 remain"
        );
        assert_eq!(
            err(b"99999999999999999999999:x"),
            "the string at byte 0 claims 99999999999999999999999 bytes but only 1 remain"
        );
        assert_eq!(
            err(b"l3:abc"),
            "the data ends in the middle of a value at byte 6 (the file is truncated)"
        );
    }
}
