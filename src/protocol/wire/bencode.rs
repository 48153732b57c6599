//! A small bencode reader and canonical writer for the peer-wire payloads (BEP 10, BEP 9).
//!
//! Values borrow from the input, so the only allocations are the list/dict vectors, and those are
//! bounded by the input size, which the message decoder already limits. Nesting is limited to
//! [`MAX_DEPTH`] so hostile input cannot exhaust the stack. The writer always sorts dictionary keys
//! by raw bytes: that is the canonical form every captured client sends.

use super::WireError;

/// Deepest nesting accepted; real handshakes use 2.
pub const MAX_DEPTH: usize = 32;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value<'a> {
    Int(i64),
    Bytes(&'a [u8]),
    List(Vec<Value<'a>>),
    /// Entries in input order; the writer sorts them.
    Dict(Vec<(&'a [u8], Value<'a>)>),
}

impl<'a> Value<'a> {
    /// The kind, worded for error messages ("got a list").
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Int(_) => "an integer",
            Value::Bytes(_) => "a byte string",
            Value::List(_) => "a list",
            Value::Dict(_) => "a dictionary",
        }
    }

    /// The value of `key` in a dictionary; with duplicate keys the last one wins.
    pub fn get(&self, key: &[u8]) -> Option<&Value<'a>> {
        match self {
            Value::Dict(entries) => entries
                .iter()
                .rev()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Decodes exactly one value that must span all of `bytes`.
pub fn decode(bytes: &[u8]) -> Result<Value<'_>, WireError> {
    let (value, used) = decode_prefix(bytes)?;
    if used != bytes.len() {
        return Err(error(
            format!("{} trailing bytes after the value", bytes.len() - used),
            used,
        ));
    }
    Ok(value)
}

/// Decodes one value at the start of `bytes` and returns it with the number of bytes it used
/// (BEP 9 data messages append raw bytes after the dictionary).
pub fn decode_prefix(bytes: &[u8]) -> Result<(Value<'_>, usize), WireError> {
    let mut reader = Reader { bytes, pos: 0 };
    let value = reader.value(0)?;
    Ok((value, reader.pos))
}

/// Writes `value` canonically (dictionary keys sorted by raw bytes).
pub fn encode(value: &Value<'_>) -> Vec<u8> {
    let mut out = Vec::new();
    encode_into(value, &mut out);
    out
}

pub fn encode_into(value: &Value<'_>, out: &mut Vec<u8>) {
    match value {
        Value::Int(n) => {
            out.push(b'i');
            out.extend_from_slice(n.to_string().as_bytes());
            out.push(b'e');
        }
        Value::Bytes(b) => write_bytes(b, out),
        Value::List(items) => {
            out.push(b'l');
            items.iter().for_each(|item| encode_into(item, out));
            out.push(b'e');
        }
        Value::Dict(entries) => {
            let mut sorted: Vec<&(&[u8], Value<'_>)> = entries.iter().collect();
            sorted.sort_by(|a, b| a.0.cmp(b.0));
            out.push(b'd');
            for (key, item) in sorted {
                write_bytes(key, out);
                encode_into(item, out);
            }
            out.push(b'e');
        }
    }
}

fn write_bytes(bytes: &[u8], out: &mut Vec<u8>) {
    out.extend_from_slice(bytes.len().to_string().as_bytes());
    out.push(b':');
    out.extend_from_slice(bytes);
}

fn error(what: String, at: usize) -> WireError {
    WireError::Bencode { what, at }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Result<u8, WireError> {
        self.bytes
            .get(self.pos)
            .copied()
            .ok_or_else(|| error("unexpected end of input".into(), self.pos))
    }

    fn value(&mut self, depth: usize) -> Result<Value<'a>, WireError> {
        match self.peek()? {
            b'i' => self.int().map(Value::Int),
            b'0'..=b'9' => self.bytes().map(Value::Bytes),
            b'l' | b'd' if depth >= MAX_DEPTH => {
                Err(error(format!("nesting deeper than {MAX_DEPTH}"), self.pos))
            }
            b'l' => {
                self.pos += 1;
                let mut items = Vec::new();
                while self.peek()? != b'e' {
                    items.push(self.value(depth + 1)?);
                }
                self.pos += 1;
                Ok(Value::List(items))
            }
            b'd' => {
                self.pos += 1;
                let mut entries = Vec::new();
                while self.peek()? != b'e' {
                    if !self.peek()?.is_ascii_digit() {
                        return Err(error(
                            "dictionary key is not a byte string".into(),
                            self.pos,
                        ));
                    }
                    let key = self.bytes()?;
                    entries.push((key, self.value(depth + 1)?));
                }
                self.pos += 1;
                Ok(Value::Dict(entries))
            }
            other => Err(error(format!("unexpected byte 0x{other:02x}"), self.pos)),
        }
    }

    /// `i<decimal>e`, strict: no empty, no leading zeros, no `-0`, no overflow.
    fn int(&mut self) -> Result<i64, WireError> {
        let start = self.pos;
        self.pos += 1;
        let end = self.bytes[self.pos..]
            .iter()
            .position(|&b| b == b'e')
            .map(|i| self.pos + i)
            .ok_or_else(|| error("unterminated integer".into(), start))?;
        let text = &self.bytes[self.pos..end];
        let digits = text.strip_prefix(b"-").unwrap_or(text);
        let valid = !digits.is_empty()
            && digits.iter().all(u8::is_ascii_digit)
            && (digits == b"0" || digits[0] != b'0')
            && text != b"-0";
        let parsed = if valid {
            std::str::from_utf8(text)
                .ok()
                .and_then(|s| s.parse::<i64>().ok())
        } else {
            None
        };
        let n = parsed.ok_or_else(|| {
            error(
                format!("invalid integer {:?}", String::from_utf8_lossy(text)),
                start,
            )
        })?;
        self.pos = end + 1;
        Ok(n)
    }

    /// `<length>:<bytes>`, the length bounded by what is left of the input.
    fn bytes(&mut self) -> Result<&'a [u8], WireError> {
        let start = self.pos;
        let mut len: usize = 0;
        let mut digits = 0;
        loop {
            match self.peek()? {
                b':' if digits > 0 => break,
                d @ b'0'..=b'9' if !(digits == 1 && len == 0) => {
                    len = len
                        .checked_mul(10)
                        .and_then(|l| l.checked_add(usize::from(d - b'0')))
                        .ok_or_else(|| error("byte string length overflows".into(), start))?;
                    digits += 1;
                    self.pos += 1;
                }
                _ => return Err(error("invalid byte string length".into(), start)),
            }
        }
        self.pos += 1;
        let left = self.bytes.len() - self.pos;
        if len > left {
            return Err(error(
                format!("byte string of {len} bytes but only {left} left"),
                start,
            ));
        }
        let slice = &self.bytes[self.pos..self.pos + len];
        self.pos += len;
        Ok(slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(input: &[u8]) -> String {
        match decode(input) {
            Err(e) => e.to_string(),
            Ok(v) => panic!("{input:?} decoded to {v:?}"),
        }
    }

    #[test]
    fn round_trips_nested_values_and_sorts_keys() {
        let v = decode(b"d1:bli1ei-20e3:abce1:ad1:xi0eee").unwrap();
        assert_eq!(
            v.get(b"a"),
            Some(&Value::Dict(vec![(&b"x"[..], Value::Int(0))]))
        );
        assert_eq!(encode(&v), b"d1:ad1:xi0ee1:bli1ei-20e3:abcee");
    }

    #[test]
    fn prefix_reports_the_bytes_used() {
        let (v, used) = decode_prefix(b"d1:ai1eeRAW").unwrap();
        assert_eq!(used, 8);
        assert_eq!(v.get(b"a"), Some(&Value::Int(1)));
    }

    #[test]
    fn rejects_malformed_integers() {
        assert_eq!(err(b"i-0e"), "bencode: invalid integer \"-0\" at byte 0");
        assert_eq!(err(b"i03e"), "bencode: invalid integer \"03\" at byte 0");
        assert_eq!(err(b"ie"), "bencode: invalid integer \"\" at byte 0");
        assert_eq!(
            err(b"i99999999999999999999e"),
            "bencode: invalid integer \"99999999999999999999\" at byte 0"
        );
        assert_eq!(err(b"i12"), "bencode: unterminated integer at byte 0");
    }

    #[test]
    fn rejects_bad_strings_and_structure() {
        assert_eq!(
            err(b"5:ab"),
            "bencode: byte string of 5 bytes but only 2 left at byte 0"
        );
        assert_eq!(
            err(b"03:abc"),
            "bencode: invalid byte string length at byte 0"
        );
        assert_eq!(
            err(b"99999999999999999999999:"),
            "bencode: byte string length overflows at byte 0"
        );
        assert_eq!(
            err(b"di1ei2ee"),
            "bencode: dictionary key is not a byte string at byte 1"
        );
        assert_eq!(err(b"l"), "bencode: unexpected end of input at byte 1");
        assert_eq!(err(b"x"), "bencode: unexpected byte 0x78 at byte 0");
        assert_eq!(
            err(b"i1ei2e"),
            "bencode: 3 trailing bytes after the value at byte 3"
        );
    }

    #[test]
    fn limits_nesting() {
        let ok = [vec![b'l'; MAX_DEPTH], vec![b'e'; MAX_DEPTH]].concat();
        assert!(decode(&ok).is_ok());
        let deep = [vec![b'l'; 100_000], vec![b'e'; 100_000]].concat();
        assert_eq!(err(&deep), "bencode: nesting deeper than 32 at byte 32");
    }
}
