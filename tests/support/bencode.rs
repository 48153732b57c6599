//! Just enough bencode for tests: build torrents and peer messages, read tracker replies.

use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Int(i64),
    Bytes(Vec<u8>),
    List(Vec<Value>),
    /// BTreeMap keeps keys sorted as bencode requires.
    Dict(BTreeMap<Vec<u8>, Value>),
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Bytes(s.as_bytes().to_vec())
    }

    pub fn dict<const N: usize>(entries: [(&str, Value); N]) -> Value {
        Value::Dict(
            entries
                .into_iter()
                .map(|(k, v)| (k.as_bytes().to_vec(), v))
                .collect(),
        )
    }

    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        self.encode_into(&mut out);
        out
    }

    fn encode_into(&self, out: &mut Vec<u8>) {
        match self {
            Value::Int(i) => out.extend_from_slice(format!("i{i}e").as_bytes()),
            Value::Bytes(b) => {
                out.extend_from_slice(format!("{}:", b.len()).as_bytes());
                out.extend_from_slice(b);
            }
            Value::List(items) => {
                out.push(b'l');
                items.iter().for_each(|v| v.encode_into(out));
                out.push(b'e');
            }
            Value::Dict(map) => {
                out.push(b'd');
                for (k, v) in map {
                    Value::Bytes(k.clone()).encode_into(out);
                    v.encode_into(out);
                }
                out.push(b'e');
            }
        }
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Dict(map) => map.get(key.as_bytes()),
            _ => None,
        }
    }

    pub fn as_int(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            _ => None,
        }
    }

    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            Value::Bytes(b) => Some(b),
            _ => None,
        }
    }
}

/// Decodes one complete value; trailing bytes are an error.
pub fn decode(data: &[u8]) -> Result<Value, String> {
    let (v, end) = decode_at(data, 0, 0)?;
    if end != data.len() {
        return Err(format!(
            "{} trailing bytes after bencode value",
            data.len() - end
        ));
    }
    Ok(v)
}

/// Decodes one value at the start of `data`, returning it and the number of bytes it used.
pub fn decode_prefix(data: &[u8]) -> Result<(Value, usize), String> {
    decode_at(data, 0, 0)
}

/// The raw bytes of the top-level dictionary's `key` value (e.g. a torrent's `info`, to hash it).
pub fn dict_value_span<'a>(data: &'a [u8], key: &str) -> Result<&'a [u8], String> {
    if data.first() != Some(&b'd') {
        return Err("not a bencoded dictionary".into());
    }
    let mut pos = 1;
    while data.get(pos) != Some(&b'e') {
        let (k, after_key) = decode_at(data, pos, 1)?;
        let (_, after_value) = decode_at(data, after_key, 1)?;
        if k.as_bytes() == Some(key.as_bytes()) {
            return Ok(&data[after_key..after_value]);
        }
        pos = after_value;
    }
    Err(format!("no key {key:?} in dictionary"))
}

const MAX_DEPTH: usize = 64;

fn decode_at(data: &[u8], pos: usize, depth: usize) -> Result<(Value, usize), String> {
    if depth > MAX_DEPTH {
        return Err("bencode nested too deeply".into());
    }
    match data.get(pos) {
        None => Err(format!("bencode ends at byte {pos}")),
        Some(b'i') => {
            let end = find(data, pos + 1, b'e')?;
            let text = std::str::from_utf8(&data[pos + 1..end]).map_err(|_| "non-ascii integer")?;
            let i = text
                .parse()
                .map_err(|_| format!("bad integer {text:?} at byte {pos}"))?;
            Ok((Value::Int(i), end + 1))
        }
        Some(b'l') => {
            let (mut items, mut p) = (Vec::new(), pos + 1);
            while data.get(p) != Some(&b'e') {
                let (v, next) = decode_at(data, p, depth + 1)?;
                items.push(v);
                p = next;
            }
            Ok((Value::List(items), p + 1))
        }
        Some(b'd') => {
            let (mut map, mut p) = (BTreeMap::new(), pos + 1);
            while data.get(p) != Some(&b'e') {
                let (k, after_key) = decode_at(data, p, depth + 1)?;
                let key = k
                    .as_bytes()
                    .ok_or_else(|| format!("non-string key at byte {p}"))?
                    .to_vec();
                let (v, next) = decode_at(data, after_key, depth + 1)?;
                map.insert(key, v);
                p = next;
            }
            Ok((Value::Dict(map), p + 1))
        }
        Some(c) if c.is_ascii_digit() => {
            let colon = find(data, pos, b':')?;
            let text = std::str::from_utf8(&data[pos..colon]).map_err(|_| "non-ascii length")?;
            let len: usize = text
                .parse()
                .map_err(|_| format!("bad length {text:?} at byte {pos}"))?;
            let end = (colon + 1).checked_add(len).filter(|&e| e <= data.len());
            let end = end.ok_or_else(|| format!("string of {len} bytes runs past the end"))?;
            Ok((Value::Bytes(data[colon + 1..end].to_vec()), end))
        }
        Some(c) => Err(format!("unexpected byte {c:#04x} at {pos}")),
    }
}

fn find(data: &[u8], from: usize, byte: u8) -> Result<usize, String> {
    data[from.min(data.len())..]
        .iter()
        .position(|&b| b == byte)
        .map(|i| from + i)
        .ok_or_else(|| format!("missing {:?} after byte {from}", byte as char))
}
