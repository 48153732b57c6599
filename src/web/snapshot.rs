//! The state as the API serves it: `AppState`'s own JSON, with the secrets in its settings
//! (web token, password hash, proxy password) blanked. Serialised under the read lock into a
//! string, so no socket is ever written while the lock is held.

use crate::settings::Settings;
use crate::state::{AppState, SharedState};
use serde::Serialize;
use std::sync::RwLockReadGuard;

/// Reads the state, even from a poisoned lock (it holds plain figures).
pub fn read(state: &SharedState) -> RwLockReadGuard<'_, AppState> {
    state.read().unwrap_or_else(|e| e.into_inner())
}

/// The settings without their secrets.
pub fn redacted(settings: &Settings) -> Settings {
    let mut s = settings.clone();
    s.webui.token.clear();
    s.webui.password_hash.clear();
    s.webui.password.clear();
    s.proxy.password.clear();
    s
}

/// The field list is `AppState`'s, in order: a field added there fails to compile here until
/// it is served too.
#[derive(Serialize)]
struct Served<'a> {
    torrents: &'a Vec<crate::state::TorrentView>,
    stats: &'a crate::state::GlobalStats,
    log: &'a std::collections::VecDeque<crate::state::LogLine>,
    log_count: u64,
    client_profiles: &'a Vec<(String, String)>,
    default_client_profile: &'a String,
    incoming: &'a Vec<crate::state::IncomingPeer>,
    events: &'a std::collections::VecDeque<crate::state::Event>,
    settings: Settings,
    monitor: &'a crate::state::Monitor,
    notices: &'a Vec<crate::state::Notice>,
    now_ms: u64,
    revision: u64,
}

/// The whole state as one line of JSON, and its revision.
pub fn state_json(state: &SharedState) -> Result<(u64, String), String> {
    let guard = read(state);
    let AppState {
        torrents,
        stats,
        log,
        log_count,
        client_profiles,
        default_client_profile,
        incoming,
        events,
        settings,
        monitor,
        notices,
        now_ms,
        revision,
    } = &*guard;
    let served = Served {
        torrents,
        stats,
        log,
        log_count: *log_count,
        client_profiles,
        default_client_profile,
        incoming,
        events,
        settings: redacted(settings),
        monitor,
        notices,
        now_ms: *now_ms,
        revision: *revision,
    };
    let json = serde_json::to_string(&served).map_err(|e| e.to_string())?;
    Ok((*revision, json))
}

/// The revision now (cheap: no serialisation).
pub fn revision(state: &SharedState) -> u64 {
    read(state).revision
}

/// JSON of one part of the state, serialised under the lock.
pub fn part_json<T: Serialize + ?Sized>(
    state: &SharedState,
    pick: impl FnOnce(&AppState) -> Option<&T>,
) -> Result<Option<String>, String> {
    let guard = read(state);
    pick(&guard)
        .map(|part| serde_json::to_string(part).map_err(|e| e.to_string()))
        .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_served_state_is_app_state_without_secrets() {
        let mut app = AppState::default();
        app.settings.webui.token = "secret-token".into();
        app.settings.webui.password_hash = "$argon2id$x".into();
        app.settings.proxy.password = "pw".into();
        app.revision = 7;
        app.now_ms = 5;
        let shared: SharedState = std::sync::Arc::new(std::sync::RwLock::new(app.clone()));
        let (rev, json) = state_json(&shared).unwrap();
        assert_eq!(rev, 7);
        assert!(!json.contains("secret-token") && !json.contains("argon2") && !json.contains('\n'));
        let back: AppState = serde_json::from_str(&json).unwrap();
        let mut expected = app;
        expected.settings = redacted(&expected.settings);
        assert_eq!(back, expected);
        assert_eq!(
            serde_json::to_value(&back).unwrap(),
            serde_json::from_str::<serde_json::Value>(&json).unwrap(),
            "the same JSON as AppState's own"
        );
    }
}
