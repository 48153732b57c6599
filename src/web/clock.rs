//! The time the server's bans and sessions follow; tests pass one they can move.

use std::sync::Arc;
use std::time::Instant;

/// Returns "now". The default is [`Instant::now`].
pub type Now = Arc<dyn Fn() -> Instant + Send + Sync>;

pub fn system() -> Now {
    Arc::new(Instant::now)
}
