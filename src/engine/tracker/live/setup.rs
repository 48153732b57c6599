//! The tracker client the app runs with: the profile named in the settings (embedded, or a
//! `*.toml` in `<config dir>/clients/`), announcing our listening port.

use super::{LiveClient, LiveOptions};
use crate::engine::tracker::group::TierPolicy;
use crate::profile::{DEFAULT_PROFILE, Profiles};
use crate::settings::Settings;
use std::path::Path;

/// The client, its BEP 12 policy, and problems to show the user (a bad profile file, an
/// unknown profile name that fell back to the default).
pub fn live_client(
    config_dir: &Path,
    settings: &Settings,
) -> Result<(LiveClient, TierPolicy, Vec<String>), String> {
    let (profiles, errors) = Profiles::load(Some(&config_dir.join("clients")));
    let mut notices: Vec<String> = errors
        .iter()
        .map(|e| format!("Client profile not loaded: {e}"))
        .collect();
    let profile = match profiles.get(&settings.client_profile) {
        Some(p) => p.clone(),
        None => {
            notices.push(format!(
                "Unknown client profile {:?}; posing as {DEFAULT_PROFILE} instead",
                settings.client_profile
            ));
            profiles
                .get(DEFAULT_PROFILE)
                .cloned()
                .ok_or("the embedded client profiles are missing")?
        }
    };
    let policy = super::policy_of(&profile);
    let options = LiveOptions {
        port: settings.connection.listening_port,
        ..LiveOptions::default()
    };
    Ok((
        LiveClient::with_profiles(profiles, profile, options),
        policy,
        notices,
    ))
}
