//! Languages the app ships (the old app's 21), by code and by their own name.

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

pub fn is_known(code: &str) -> bool {
    LANGUAGES.iter().any(|(c, _, _)| *c == code)
}
