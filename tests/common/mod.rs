//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod fake_tracker;
pub mod torrent;

use std::path::{Path, PathBuf};

/// A fixture file under `tests/fixtures/`.
pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}
