//! HTTP announce and scrape request heads, byte for byte as the profile's client writes them.

use super::url::{Scheme, TrackerUrl};
use super::{AnnounceParams, TrackerError};
use crate::profile::template::{Condition, Field, QueryParam, QueryValue};
use crate::profile::{ClientProfile, HostPort};

/// The full request head (`GET ... HTTP/1.1`, headers, blank line) of an announce to `url`.
/// A query already in the URL (a passkey) is kept and ours is appended after `&`.
pub fn announce_request(
    profile: &ClientProfile,
    url: &str,
    params: &AnnounceParams,
) -> Result<Vec<u8>, TrackerError> {
    let parsed = http_url(url)?;
    let target = join_query(&parsed.target, &announce_query(profile, params));
    Ok(request_head(profile, &parsed, &target))
}

/// The announce query string (without `?`) built from the profile's template.
pub fn announce_query(profile: &ClientProfile, params: &AnnounceParams) -> String {
    let numwant = profile.numwant_for(params.event, params.numwant);
    let mut out = String::new();
    for param in &profile.http.query {
        if !applies(param, params, numwant) {
            continue;
        }
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(&param.name);
        out.push('=');
        match &param.value {
            QueryValue::Literal(text) => out.push_str(text),
            QueryValue::Field(field) => write_field(profile, *field, params, numwant, &mut out),
        }
    }
    out
}

fn applies(param: &QueryParam, params: &AnnounceParams, numwant: Option<i32>) -> bool {
    param.when.iter().all(|condition| match condition {
        Condition::EventSet => params.event.query_word().is_some(),
        Condition::NotStopped => params.event != super::Event::Stopped,
        Condition::NumwantSet => numwant.is_some(),
        Condition::TrackerIdSet => params.tracker_id.as_ref().is_some_and(|t| !t.is_empty()),
        Condition::Nonzero => match &param.value {
            QueryValue::Field(field) => number(*field, params, numwant) != Some(0),
            QueryValue::Literal(_) => true,
        },
    })
}

fn number(field: Field, params: &AnnounceParams, numwant: Option<i32>) -> Option<i64> {
    let big = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
    match field {
        Field::Port => Some(i64::from(params.port)),
        Field::Uploaded => Some(big(params.uploaded)),
        Field::Downloaded => Some(big(params.downloaded)),
        Field::Left => Some(big(params.left)),
        Field::Corrupt => Some(big(params.corrupt)),
        Field::Redundant => Some(big(params.redundant)),
        Field::Numwant => numwant.map(i64::from),
        _ => None,
    }
}

fn write_field(
    profile: &ClientProfile,
    field: Field,
    params: &AnnounceParams,
    numwant: Option<i32>,
    out: &mut String,
) {
    let escape = &profile.http.escape;
    match field {
        Field::InfoHash => escape.escape_into(&params.info_hash, out),
        Field::PeerId => escape.escape_into(&params.peer_id, out),
        Field::Key => escape.escape_into(params.key.as_bytes(), out),
        Field::TrackerId => {
            escape.escape_into(params.tracker_id.as_deref().unwrap_or_default(), out)
        }
        Field::Event => out.push_str(params.event.query_word().unwrap_or_default()),
        // Counters are written in full, u64 included (numbers never need escaping).
        Field::Uploaded => out.push_str(&params.uploaded.to_string()),
        Field::Downloaded => out.push_str(&params.downloaded.to_string()),
        Field::Left => out.push_str(&params.left.to_string()),
        Field::Corrupt => out.push_str(&params.corrupt.to_string()),
        Field::Redundant => out.push_str(&params.redundant.to_string()),
        Field::Port => out.push_str(&params.port.to_string()),
        Field::Numwant => out.push_str(&numwant.unwrap_or(-1).to_string()),
    }
}

/// BEP 48: the scrape URL of an announce URL, when the text after its last `/` starts with
/// `announce` (that word becomes `scrape`); `None` when the tracker cannot be scraped.
pub fn scrape_url(announce_url: &str) -> Option<String> {
    let path_end = announce_url.find(['?', '#']).unwrap_or(announce_url.len());
    let (before, after) = announce_url.split_at(path_end);
    let authority_start = before.find("://").map_or(0, |i| i + 3);
    let slash = before.rfind('/').filter(|&i| i >= authority_start)?;
    let rest = before[slash + 1..].strip_prefix("announce")?;
    Some(format!("{}scrape{rest}{after}", &before[..=slash]))
}

/// The scrape request head for `info_hashes` at the scrape URL of `announce_url`; `Ok(None)`
/// when that tracker has no scrape URL.
pub fn scrape_request(
    profile: &ClientProfile,
    announce_url: &str,
    info_hashes: &[[u8; 20]],
) -> Result<Option<Vec<u8>>, TrackerError> {
    let Some(url) = scrape_url(announce_url) else {
        return Ok(None);
    };
    let parsed = http_url(&url)?;
    let mut query = String::new();
    for hash in info_hashes {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str("info_hash=");
        profile.http.escape.escape_into(hash, &mut query);
    }
    let target = join_query(&parsed.target, &query);
    Ok(Some(request_head(profile, &parsed, &target)))
}

/// The request head for `url` exactly as given (a redirect's `Location`), with the profile's
/// headers: clients follow a tracker's redirect without rebuilding the query.
pub fn redirect_request(profile: &ClientProfile, url: &str) -> Result<Vec<u8>, TrackerError> {
    let parsed = http_url(url)?;
    Ok(request_head(profile, &parsed, &parsed.target))
}

fn http_url(url: &str) -> Result<TrackerUrl, TrackerError> {
    let parsed = TrackerUrl::parse(url)?;
    if parsed.scheme == Scheme::Udp {
        return Err(TrackerError::Url {
            url: url.to_owned(),
            what: "is a UDP tracker, not HTTP".into(),
        });
    }
    Ok(parsed)
}

fn join_query(target: &str, query: &str) -> String {
    let separator = if target.contains('?') { '&' } else { '?' };
    format!("{target}{separator}{query}")
}

fn request_head(profile: &ClientProfile, url: &TrackerUrl, target: &str) -> Vec<u8> {
    let host = url.host_header(profile.http.host_port == HostPort::Always);
    let mut head = format!("GET {target} {}\r\n", profile.http.version);
    for header in &profile.http.headers {
        let value = header.value.replace("{host}", &host);
        head.push_str(&format!("{}: {value}\r\n", header.name));
    }
    head.push_str("\r\n");
    head.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrape_url_follows_bep_48() {
        let cases = [
            ("http://t/announce", Some("http://t/scrape")),
            (
                "http://t/x/announce?passkey=1",
                Some("http://t/x/scrape?passkey=1"),
            ),
            ("http://t/announce.php", Some("http://t/scrape.php")),
            ("http://t/a/announce/x", None),
            ("http://t/x/announcer", Some("http://t/x/scraper")),
            ("http://t/path/to/tracker", None),
            ("http://announce", None),
            ("http://t/?announce", None),
        ];
        for (announce, scrape) in cases {
            assert_eq!(scrape_url(announce).as_deref(), scrape, "{announce}");
        }
    }

    #[test]
    fn join_query_keeps_an_existing_query() {
        assert_eq!(join_query("/announce", "a=1"), "/announce?a=1");
        assert_eq!(
            join_query("/announce?passkey=x", "a=1"),
            "/announce?passkey=x&a=1"
        );
    }
}
