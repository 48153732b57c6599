//! Typed access to dictionary fields, with errors that name the field by its path in the file.

use super::bencode::{Container, Fields, Value, parse_i64};
use super::error::MetainfoError;

/// The value under `key`, or an error naming `path` (the key's full path, e.g. `info.name`).
pub fn require<'a>(fields: &Fields<'a>, key: &str, path: &str) -> Result<Value<'a>, MetainfoError> {
    fields.get(key).ok_or_else(|| MetainfoError::MissingField {
        field: path.to_string(),
    })
}

fn wrong_type(value: &Value<'_>, path: &str, expected: &'static str) -> MetainfoError {
    MetainfoError::WrongType {
        field: path.to_string(),
        expected,
        found: value.kind(),
    }
}

pub fn dict<'a>(value: Value<'a>, path: &str) -> Result<Container<'a>, MetainfoError> {
    match value {
        Value::Dict(d) => Ok(d),
        other => Err(wrong_type(&other, path, "a dictionary")),
    }
}

pub fn list<'a>(value: Value<'a>, path: &str) -> Result<Container<'a>, MetainfoError> {
    match value {
        Value::List(l) => Ok(l),
        other => Err(wrong_type(&other, path, "a list")),
    }
}

pub fn bytes<'a>(value: Value<'a>, path: &str) -> Result<&'a [u8], MetainfoError> {
    match value {
        Value::Bytes(b) => Ok(b),
        other => Err(wrong_type(&other, path, "a byte string")),
    }
}

pub fn integer(value: Value<'_>, path: &str) -> Result<i64, MetainfoError> {
    match value {
        Value::Int(text) => parse_i64(text).ok_or_else(|| MetainfoError::IntegerTooLarge {
            field: path.to_string(),
            value: String::from_utf8_lossy(text).into_owned(),
        }),
        other => Err(wrong_type(&other, path, "an integer")),
    }
}

/// An integer that must be zero or more (sizes and lengths).
pub fn size(value: Value<'_>, path: &str) -> Result<u64, MetainfoError> {
    let n = integer(value, path)?;
    u64::try_from(n).map_err(|_| MetainfoError::Negative {
        field: path.to_string(),
        value: n,
    })
}

/// The byte string under `key`, preferring `key.utf-8` when the file has one (some clients put the
/// real name there and a legacy encoding in `key`).
pub fn preferred_bytes<'a>(fields: &Fields<'a>, key: &str) -> Option<Value<'a>> {
    match fields.get(&format!("{key}.utf-8")) {
        Some(v @ Value::Bytes(_)) => Some(v),
        _ => fields.get(key),
    }
}

/// Optional free text (`comment`, `created by`): lossy UTF-8; absent, empty or not a string is `None`,
/// as other clients ignore such fields rather than refuse the torrent.
pub fn optional_text(fields: &Fields<'_>, key: &str) -> Option<String> {
    match preferred_bytes(fields, key) {
        Some(Value::Bytes(b)) if !b.is_empty() => Some(String::from_utf8_lossy(b).into_owned()),
        _ => None,
    }
}

/// Lossy UTF-8, so a torrent in a legacy encoding still loads (with replacement characters).
pub fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
