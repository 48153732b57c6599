//! Seeding profiles: named sets of simulation values, embedded from
//! `assets/defaults/seeding_profiles.json`.
//!
//! Unlike the old app, "aggressive" means faster, never "upload 0".

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;

const PROFILES_JSON: &str = include_str!("../../assets/defaults/seeding_profiles.json");

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SeedingProfile {
    /// KiB/s given to new torrents (and to all torrents when the profile is applied to them).
    pub upload_speed: u32,
    pub download_speed: u32,
    /// Width of the per-step random factor around 0.5: 0.6 gives the classic 0.2..0.8.
    pub speed_variance: f64,
}

impl Default for SeedingProfile {
    fn default() -> Self {
        SeedingProfile {
            upload_speed: 200,
            download_speed: 1000,
            speed_variance: 0.6,
        }
    }
}

impl SeedingProfile {
    /// The (low, high) bounds of the per-step factor; the mean is always 0.5 of the set speed.
    pub fn factor_range(&self) -> (f64, f64) {
        let half = self.speed_variance.clamp(0.0, 1.0) / 2.0;
        (0.5 - half, 0.5 + half)
    }
}

#[derive(Deserialize, Clone, Debug)]
pub struct SeedingProfiles(BTreeMap<String, SeedingProfile>);

impl SeedingProfiles {
    pub fn embedded() -> &'static SeedingProfiles {
        static PROFILES: OnceLock<SeedingProfiles> = OnceLock::new();
        PROFILES.get_or_init(|| {
            // Embedded data, checked by a unit test.
            serde_json::from_str(PROFILES_JSON).expect("embedded seeding profiles are valid")
        })
    }

    pub fn get(&self, name: &str) -> Option<&SeedingProfile> {
        self.0.get(name)
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_profiles_are_complete_and_never_zero() {
        let p = SeedingProfiles::embedded();
        for name in ["conservative", "balanced", "aggressive", "custom"] {
            let profile = p.get(name).unwrap_or_else(|| panic!("{name} missing"));
            assert!(profile.upload_speed > 0, "{name} must upload");
        }
        assert!(
            p.get("aggressive").unwrap().upload_speed > p.get("balanced").unwrap().upload_speed
        );
        assert_eq!(p.get("balanced").unwrap().factor_range(), (0.2, 0.8));
    }
}
