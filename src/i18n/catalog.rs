//! The embedded Fluent files, parsed once, and the language in use.

use super::{Arg, LANGUAGES};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::sync::{OnceLock, RwLock};

macro_rules! files {
    ($($code:literal),*) => {
        const FILES: &[(&str, &str)] = &[$(($code, include_str!(concat!("../../assets/i18n/", $code, ".ftl")))),*];
    };
}
files!(
    "ar", "bn", "de", "en", "es", "fa", "fr", "ga", "hi", "id", "it", "ja", "ko", "nl", "pl", "pt",
    "ru", "sv", "tr", "vi", "zh"
);

type Bundle = FluentBundle<FluentResource>;

/// The bundle of `code`, parsed on first use: a process uses one or two of the 21 languages,
/// and all of them parsed were ~6 MiB.
fn bundle_of(code: &str) -> Option<&'static Bundle> {
    static BUNDLES: [OnceLock<Bundle>; FILES.len()] = [const { OnceLock::new() }; FILES.len()];
    let i = FILES.iter().position(|(c, _)| *c == code)?;
    let (code, text) = FILES[i];
    Some(BUNDLES[i].get_or_init(|| bundle(code, text)))
}

fn bundle(code: &str, text: &str) -> Bundle {
    let lang = code.parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![lang]);
    // No Unicode isolation marks: egui would draw them as boxes.
    b.set_use_isolating(false);
    // A file with errors still gives every message that parsed; the test suite checks them all.
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
    let _ = b.add_resource(resource);
    b
}

static CURRENT: RwLock<&'static str> = RwLock::new("en");

/// Messages without arguments, formatted once per language (the window asks for the same
/// few hundred every frame). Bounded by the number of messages; cleared on a switch.
/// Keyed by (language, message id), so a text formatted just before a switch never answers
/// for the new language.
type Cache = HashMap<&'static str, HashMap<String, String>>;

static CACHE: OnceLock<RwLock<Cache>> = OnceLock::new();

fn cache() -> &'static RwLock<Cache> {
    CACHE.get_or_init(|| RwLock::new(HashMap::new()))
}

/// Uses `code` ("auto" = the system's language, English when unknown) from now on.
pub fn set_language(code: &str) {
    let chosen = if code == "auto" {
        system_language()
    } else {
        code.to_string()
    };
    let known = LANGUAGES
        .iter()
        .find(|(c, _, _)| *c == chosen)
        .map_or("en", |(c, _, _)| *c);
    if let Ok(mut current) = CURRENT.write()
        && *current != known
    {
        *current = known;
        // Only the language in use stays cached.
        if let Ok(mut c) = cache().write() {
            c.clear();
        }
    }
}

/// The language in use.
pub fn current() -> &'static str {
    CURRENT.read().map_or("en", |c| *c)
}

#[cfg(not(target_arch = "wasm32"))]
fn system_language() -> String {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty() && v != "C" && v != "POSIX")
        .map(|v| {
            v.chars()
                .take_while(|c| c.is_ascii_alphabetic())
                .collect::<String>()
                .to_lowercase()
        })
        .unwrap_or_else(|| "en".into())
}

#[cfg(target_arch = "wasm32")]
fn system_language() -> String {
    "en".into()
}

/// The message `key` in the current language (English when missing there, the key itself when
/// missing everywhere).
pub fn tr(key: &str) -> String {
    let lang = current();
    let hit = cache()
        .read()
        .ok()
        .and_then(|c| c.get(lang).and_then(|m| m.get(key)).cloned());
    if let Some(hit) = hit {
        return hit;
    }
    let text = format_in(lang, key, &[]);
    if let Ok(mut c) = cache().write() {
        c.entry(lang)
            .or_default()
            .insert(key.to_string(), text.clone());
    }
    text
}

pub fn args_tr(key: &str, args: &[(&str, Arg)]) -> String {
    format_in(current(), key, args)
}

fn format_in(lang: &str, key: &str, args: &[(&str, Arg)]) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut a = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Number(n) => a.set(*name, FluentValue::from(*n)),
                Arg::Text(t) => a.set(*name, FluentValue::from(t.clone())),
            }
        }
        a
    });
    for code in [lang, "en"] {
        let Some(bundle) = bundle_of(code) else {
            continue;
        };
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        return bundle
            .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
            .into_owned();
    }
    key.to_string()
}

/// The parse errors of a language's file (for the test suite).
pub fn parse_errors(code: &str) -> Vec<String> {
    let text = FILES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or("", |(_, t)| t);
    match FluentResource::try_new(text.to_string()) {
        Ok(_) => Vec::new(),
        Err((_, errors)) => errors.iter().map(|e| format!("{e:?}")).collect(),
    }
}

/// Every message id of a language's file (for the completeness test).
pub fn keys_of(code: &str) -> Vec<String> {
    let text = FILES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or("", |(_, t)| t);
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}
