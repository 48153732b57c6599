//! The old app's settings that mean the same here (same dotted keys in both apps).

use super::ImportPlan;
use crate::engine::store::json_tree::{get, leaves, merge, single};
use crate::settings::SeedingProfiles;
use serde_json::Value;

/// The old settings we take, by dotted key (the same in both apps), and what a valid value is.
const SETTING_KEYS: &[(&str, Kind)] = &[
    ("upload_speed", Kind::KibPerSec),
    ("download_speed", Kind::KibPerSec),
    ("threshold", Kind::Percent),
    ("seeding_profile", Kind::Profile),
    ("speed.upload_limit_kbps", Kind::KibPerSec),
    ("speed.download_limit_kbps", Kind::KibPerSec),
    ("speed.enable_alternative_speeds", Kind::Bool),
    ("speed.alt_upload_limit_kbps", Kind::KibPerSec),
    ("speed.alt_download_limit_kbps", Kind::KibPerSec),
];

#[derive(Clone, Copy)]
enum Kind {
    KibPerSec,
    Percent,
    Bool,
    Profile,
}

impl Kind {
    /// The value in our form, `None` when it is not valid.
    fn check(self, v: &Value) -> Option<Value> {
        match self {
            Kind::KibPerSec => count(v, u64::from(u32::MAX)).map(Value::from),
            Kind::Percent => count(v, 100).map(Value::from),
            Kind::Bool => v.as_bool().map(Value::from),
            Kind::Profile => v
                .as_str()
                .filter(|name| SeedingProfiles::embedded().get(name).is_some())
                .map(Value::from),
        }
    }

    fn expected(self) -> &'static str {
        match self {
            Kind::KibPerSec => "a whole number of KiB/s",
            Kind::Percent => "a percentage 0..=100",
            Kind::Bool => "true or false",
            Kind::Profile => "conservative, balanced, aggressive or custom",
        }
    }
}

pub(super) fn plan_settings(old: &Value, plan: &mut ImportPlan) {
    for &(key, kind) in SETTING_KEYS {
        let Some(v) = get(old, key) else { continue };
        match kind.check(v) {
            Some(ours) => {
                let path: Vec<String> = key.split('.').map(str::to_string).collect();
                let mut tree = Value::Object(std::mem::take(&mut plan.settings));
                merge(&mut tree, single(&path, ours));
                if let Value::Object(map) = tree {
                    plan.settings = map;
                }
            }
            None => plan
                .skipped
                .push(format!("setting {key}: {v} is not {}", kind.expected())),
        }
    }
    plan.unknown_keys = leaves(old)
        .into_iter()
        .filter(|(path, _)| path.first().is_some_and(|k| k != "torrents"))
        .filter(|(path, _)| !SETTING_KEYS.iter().any(|(key, _)| *key == path.join(".")))
        .count();
}

/// A non-negative whole number up to `max`; Python may have written it as a float.
pub(super) fn count(v: &Value, max: u64) -> Option<u64> {
    if let Some(n) = v.as_u64() {
        return (n <= max).then_some(n);
    }
    let f = v.as_f64()?;
    // `as` saturates; the range check keeps out what it would distort.
    (f.is_finite() && f >= 0.0 && f <= max as f64).then(|| f.round() as u64)
}
