//! Tracker tiers per BEP 12, tolerant of the malformed lists found in the wild.

use super::bencode::{BencodeError, Fields, Value};
use std::collections::HashSet;

/// The tiers in file order. `announce-list` wins when it yields any URL; otherwise `announce` is the
/// single tier. Empty tiers, empty or non-UTF-8 URLs and URLs already seen are dropped; entries of the
/// wrong type are skipped rather than refused, as other clients do. A bare URL where a tier should be
/// is taken as a one-URL tier.
pub fn tiers(top: &Fields<'_>) -> Result<Vec<Vec<String>>, BencodeError> {
    let mut seen = HashSet::new();
    let mut tiers = Vec::new();
    if let Some(Value::List(list)) = top.get("announce-list") {
        for tier in list.items() {
            let mut urls = Vec::new();
            match tier? {
                Value::List(tier) => {
                    for url in tier.items() {
                        push_url(url?, &mut urls, &mut seen);
                    }
                }
                url @ Value::Bytes(_) => push_url(url, &mut urls, &mut seen),
                Value::Int(_) | Value::Dict(_) => {}
            }
            if !urls.is_empty() {
                tiers.push(urls);
            }
        }
    }
    if tiers.is_empty()
        && let Some(url) = top.get("announce")
    {
        let mut urls = Vec::new();
        push_url(url, &mut urls, &mut seen);
        if !urls.is_empty() {
            tiers.push(urls);
        }
    }
    Ok(tiers)
}

fn push_url(value: Value<'_>, urls: &mut Vec<String>, seen: &mut HashSet<String>) {
    let Value::Bytes(bytes) = value else { return };
    let Ok(url) = std::str::from_utf8(bytes) else {
        return;
    };
    let url = url.trim();
    if !url.is_empty() && seen.insert(url.to_string()) {
        urls.push(url.to_string());
    }
}
