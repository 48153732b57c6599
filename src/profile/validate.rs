//! Checks serde cannot express: lengths, character sets, combinations. Each message names the
//! offending key.

use super::schema::{ClientProfile, KeyFormat, Tail};
use super::template::{Condition, QueryValue};
use crate::protocol::wire::Reserved;

pub fn validate(p: &ClientProfile) -> Result<(), String> {
    if p.name.trim().is_empty() || p.version.trim().is_empty() {
        return Err("name and version must not be empty".into());
    }
    peer_id(p)?;
    match p.key.format {
        KeyFormat::Hex { bits, .. } if !(1..=32).contains(&bits) => {
            return Err(format!("key.format.bits {bits} is not 1..=32"));
        }
        KeyFormat::PeerIdTail { length } if !(1..=20).contains(&length) => {
            return Err(format!("key.format.length {length} is not 1..=20"));
        }
        _ => {}
    }
    http(p)?;
    Reserved::from_hex(&p.wire.reserved).map_err(|e| format!("wire.reserved: {e}"))?;
    Ok(())
}

fn peer_id(p: &ClientProfile) -> Result<(), String> {
    let prefix = &p.peer_id.prefix;
    if !prefix.is_ascii() || prefix.len() >= 20 {
        return Err(format!(
            "peer_id.prefix {prefix:?} must be ASCII and shorter than 20 bytes"
        ));
    }
    match &p.peer_id.tail {
        Tail::Alphabet { alphabet } | Tail::AlphabetChecksum { alphabet } => {
            if alphabet.is_empty() || !alphabet.bytes().all(|b| b.is_ascii_graphic()) {
                return Err("peer_id.tail.alphabet must be printable ASCII, not empty".into());
            }
        }
        Tail::Binary => {}
    }
    Ok(())
}

fn http(p: &ClientProfile) -> Result<(), String> {
    let http = &p.http;
    if http.version != "HTTP/1.1" && http.version != "HTTP/1.0" {
        return Err(format!(
            "http.version {:?} is not HTTP/1.1 or HTTP/1.0",
            http.version
        ));
    }
    if let Some(bad) = http
        .escape
        .keep
        .chars()
        .find(|c| !c.is_ascii_graphic() || "%&=#+?".contains(*c))
    {
        return Err(format!(
            "http.escape.keep must not hold {bad:?}: it would change the query"
        ));
    }
    for h in &http.headers {
        let token = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
        if h.name.is_empty() || !h.name.bytes().all(token) {
            return Err(format!("http.headers: {:?} is not a header name", h.name));
        }
        if h.value.contains(['\r', '\n']) {
            return Err(format!(
                "http.headers: the value of {} holds a line break",
                h.name
            ));
        }
    }
    for q in &http.query {
        if q.name.is_empty()
            || !q
                .name
                .bytes()
                .all(|b| b.is_ascii_graphic() && !b"&=#%?".contains(&b))
        {
            return Err(format!("http.query: {:?} is not a parameter name", q.name));
        }
        let numeric = matches!(q.value, QueryValue::Field(f) if f.is_number());
        if q.when.contains(&Condition::Nonzero) && !numeric {
            return Err(format!(
                "http.query {}: `nonzero` needs a counter field",
                q.name
            ));
        }
    }
    Ok(())
}
