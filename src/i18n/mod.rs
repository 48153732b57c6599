//! One translation layer for every user-visible string: Fluent (`fluent-bundle`).
//!
//! Why Fluent rather than a key→string table such as rust-i18n: plural rules differ by language
//! (Arabic has six forms, Russian and Polish three, Japanese one) and Fluent selects them from
//! CLDR data with arguments formatted per locale; the files (`assets/i18n/<code>.ftl`) are plain
//! text translators know. They are embedded, so the app and the wasm viewer carry all languages.
//! The language switches at runtime: every frame asks [`tr`] again.

mod catalog;

pub use catalog::{args_tr, current, keys_of, parse_errors, set_language, tr};

/// (code, the language's name in itself, its English name). Native names need fonts that cover
/// their scripts; the English name is shown when those are missing.
pub const LANGUAGES: [(&str, &str, &str); 21] = [
    ("ar", "العربية", "Arabic"),
    ("bn", "বাংলা", "Bengali"),
    ("de", "Deutsch", "German"),
    ("en", "English", "English"),
    ("es", "Español", "Spanish"),
    ("fa", "فارسی", "Persian"),
    ("fr", "Français", "French"),
    ("ga", "Gaeilge", "Irish"),
    ("hi", "हिन्दी", "Hindi"),
    ("id", "Bahasa Indonesia", "Indonesian"),
    ("it", "Italiano", "Italian"),
    ("ja", "日本語", "Japanese"),
    ("ko", "한국어", "Korean"),
    ("nl", "Nederlands", "Dutch"),
    ("pl", "Polski", "Polish"),
    ("pt", "Português", "Portuguese"),
    ("ru", "Русский", "Russian"),
    ("sv", "Svenska", "Swedish"),
    ("tr", "Türkçe", "Turkish"),
    ("vi", "Tiếng Việt", "Vietnamese"),
    ("zh", "中文", "Chinese"),
];

/// Languages egui draws imperfectly: right-to-left scripts are laid out left to right without
/// joined letters, and Indic conjuncts are not shaped (egui has no text shaping yet).
pub fn is_degraded(code: &str) -> bool {
    matches!(code, "ar" | "fa" | "hi" | "bn")
}

pub fn is_known(code: &str) -> bool {
    LANGUAGES.iter().any(|(c, _, _)| *c == code)
}

/// `t!("key")`, or `t!("key", name = value, ...)` with Fluent arguments.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::i18n::tr($key)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::args_tr($key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

/// An argument to a message: a number (plural rules apply) or text.
#[derive(Clone, Debug)]
pub enum Arg {
    Number(f64),
    Text(String),
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(v: $t) -> Arg {
                Arg::Number(v as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f32, f64);

impl From<&str> for Arg {
    fn from(v: &str) -> Arg {
        Arg::Text(v.to_string())
    }
}

impl From<String> for Arg {
    fn from(v: String) -> Arg {
        Arg::Text(v)
    }
}

impl From<&String> for Arg {
    fn from(v: &String) -> Arg {
        Arg::Text(v.clone())
    }
}
