//! `settings.json`: the user's file is merged over the embedded defaults when loading, and only
//! the keys that differ from the defaults are written when saving (so new defaults reach users).

use super::corrupt::{read_if_present, set_aside, unreadable};
use super::json_tree::{leaves, merge, prune, single};
use super::{Loaded, StoreError, write_atomic};
use crate::settings::{DEFAULTS_JSON, Settings};
use serde_json::Value;
use std::path::Path;
use std::sync::LazyLock;

pub const SETTINGS_FILE: &str = "settings.json";

const FALLBACK: &str = "the default settings are in use";

/// The embedded defaults as a JSON tree (the base of every merge and prune).
fn defaults_value() -> &'static Value {
    static DEFAULTS: LazyLock<Value> = LazyLock::new(|| {
        // Embedded data, checked by `crate::settings` tests and ours.
        serde_json::from_str(DEFAULTS_JSON).expect("embedded default settings are valid JSON")
    });
    &DEFAULTS
}

/// Loads `<dir>/settings.json`. A missing file gives the defaults; an unusable one is moved
/// aside and gives the defaults plus a notice saying why and where it went.
pub fn load_settings(dir: &Path) -> Loaded<Settings> {
    let path = dir.join(SETTINGS_FILE);
    match read_if_present(&path) {
        Ok(None) => Loaded {
            value: Settings::default(),
            notice: None,
        },
        Ok(Some(bytes)) => match settings_from_json(&bytes) {
            Ok(value) => Loaded {
                value,
                notice: None,
            },
            Err(problem) => Loaded {
                value: Settings::default(),
                notice: Some(set_aside(&path, &problem, FALLBACK)),
            },
        },
        Err(e) => Loaded {
            value: Settings::default(),
            notice: Some(unreadable(&path, &e, FALLBACK)),
        },
    }
}

/// Writes `<dir>/settings.json` atomically, with only the keys that differ from the defaults.
pub fn save_settings(dir: &Path, settings: &Settings) -> Result<(), StoreError> {
    let path = dir.join(SETTINGS_FILE);
    let bytes = settings_to_json(settings)?;
    write_atomic(&path, &bytes).map_err(StoreError::io("write", path))
}

/// Settings from the text of a settings file: merged over the defaults, typed, validated.
/// The error says what is wrong and, when it can, under which key.
pub fn settings_from_json(bytes: &[u8]) -> Result<Settings, String> {
    let user: Value =
        serde_json::from_slice(bytes).map_err(|e| format!("it is not valid JSON ({e})"))?;
    if !user.is_object() {
        return Err("it does not hold a JSON object".to_string());
    }
    let settings = over_defaults(user.clone()).map_err(|e| locate(&user, &e))?;
    settings.validate()?;
    Ok(settings)
}

/// The text to save: the differences from the defaults, `{}` when there are none.
pub fn settings_to_json(settings: &Settings) -> Result<Vec<u8>, StoreError> {
    let serialize = |source| StoreError::Serialize {
        what: "the settings",
        source,
    };
    let value = serde_json::to_value(settings).map_err(serialize)?;
    let changed =
        prune(value, defaults_value()).unwrap_or_else(|| Value::Object(Default::default()));
    let mut bytes = serde_json::to_vec_pretty(&changed).map_err(serialize)?;
    bytes.push(b'\n');
    Ok(bytes)
}

fn over_defaults(user: Value) -> Result<Settings, serde_json::Error> {
    let mut merged = defaults_value().clone();
    merge(&mut merged, user);
    serde_json::from_value(merged)
}

/// Serde does not say which key failed; trying the user's keys one at a time over the
/// defaults finds it (only on the error path, so the cost does not matter).
fn locate(user: &Value, whole: &serde_json::Error) -> String {
    leaves(user)
        .into_iter()
        .find_map(|(path, leaf)| {
            let e = over_defaults(single(&path, leaf.clone())).err()?;
            Some(format!("{}: {e}", path.join(".")))
        })
        .unwrap_or_else(|| whole.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::store::corrupt::is_aside_of;
    use serde_json::json;

    fn files(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    fn saved(dir: &Path) -> Value {
        serde_json::from_slice(&std::fs::read(dir.join(SETTINGS_FILE)).unwrap()).unwrap()
    }

    #[test]
    fn the_defaults_save_as_an_empty_object_and_load_back() {
        let dir = tempfile::tempdir().unwrap();
        save_settings(dir.path(), &Settings::default()).unwrap();
        assert_eq!(saved(dir.path()), json!({}));
        let loaded = load_settings(dir.path());
        assert_eq!(
            loaded,
            Loaded {
                value: Settings::default(),
                notice: None
            }
        );
    }

    #[test]
    fn only_changed_keys_are_written_nested_ones_pruned() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Settings {
            upload_speed: 77,
            ..Default::default()
        };
        s.speed.alt_upload_limit_kbps = 12;
        save_settings(dir.path(), &s).unwrap();
        assert_eq!(
            saved(dir.path()),
            json!({"upload_speed": 77, "speed": {"alt_upload_limit_kbps": 12}})
        );
        assert_eq!(load_settings(dir.path()).value, s);
    }

    #[test]
    fn a_missing_file_gives_the_defaults_without_a_notice() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            load_settings(dir.path()),
            Loaded {
                value: Settings::default(),
                notice: None
            }
        );
    }

    #[test]
    fn a_partial_user_file_is_merged_over_the_defaults() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(SETTINGS_FILE),
            r#"{"speed": {"enable_alternative_speeds": true}}"#,
        )
        .unwrap();
        let loaded = load_settings(dir.path());
        assert_eq!(loaded.notice, None);
        assert!(loaded.value.speed.enable_alternative_speeds);
        assert_eq!(
            loaded.value.speed.alt_download_limit_kbps,
            Settings::default().speed.alt_download_limit_kbps
        );
    }

    /// Writes `text`, loads, and checks: defaults returned, file moved aside, message names
    /// `problem` and the aside file. Returns the message.
    fn check_corrupt(text: &str, problem: &str) -> String {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(SETTINGS_FILE), text).unwrap();
        let loaded = load_settings(dir.path());
        assert_eq!(loaded.value, Settings::default());
        let names = files(dir.path());
        assert_eq!(names.len(), 1, "{names:?}");
        assert!(is_aside_of(&names[0], SETTINGS_FILE), "{names:?}");
        assert_eq!(
            std::fs::read_to_string(dir.path().join(&names[0])).unwrap(),
            text
        );
        let notice = loaded.notice.unwrap();
        assert!(notice.contains(problem), "{notice}");
        assert!(notice.contains(&names[0]), "{notice}");
        notice
    }

    #[test]
    fn bad_json_is_moved_aside() {
        check_corrupt("{\"upload_speed\": 5,", "not valid JSON");
    }

    #[test]
    fn a_non_object_is_moved_aside() {
        check_corrupt("[1, 2]", "does not hold a JSON object");
    }

    #[test]
    fn a_wrong_type_is_moved_aside_naming_the_key() {
        check_corrupt(
            r#"{"speed": {"upload_limit_kbps": "fast"}}"#,
            "speed.upload_limit_kbps: invalid type",
        );
    }

    #[test]
    fn an_invalid_value_is_moved_aside_naming_the_key() {
        check_corrupt(r#"{"threshold": 150}"#, "threshold: 150 is outside 0..=100");
    }

    #[test]
    fn an_unknown_key_is_moved_aside_naming_it() {
        check_corrupt(
            r#"{"upload_speed": 5, "nonesuch": {"port": 1}}"#,
            "unknown field `nonesuch`",
        );
    }
}
