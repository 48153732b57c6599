//! Reading an in-process engine's state from tests.

use dfakeseeder::engine::EngineHandle;
use dfakeseeder::state::AppState;

/// A copy of the engine's state now (a poisoned lock still holds plain figures).
pub fn snapshot(handle: &EngineHandle) -> AppState {
    handle
        .state
        .read()
        .map(|s| s.clone())
        .unwrap_or_else(|e| e.into_inner().clone())
}
