//! dfakeseeder: a BitTorrent seeding simulator.
//!
//! Data flows one way: the engine (native only) is the single writer of [`state::AppState`];
//! the window, the web API and the wasm viewer read it; the UI and the web control endpoints
//! send [`state::Command`]s back. See `docs/ARCHITECTURE.md`.

pub mod format;
#[macro_use]
pub mod i18n;
pub mod magnet;
pub mod settings;
pub mod state;
pub mod ui;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(not(target_arch = "wasm32"))]
pub mod engine;
#[cfg(not(target_arch = "wasm32"))]
pub mod metainfo;
#[cfg(not(target_arch = "wasm32"))]
pub mod profile;
#[cfg(not(target_arch = "wasm32"))]
pub mod protocol;
#[cfg(not(target_arch = "wasm32"))]
pub mod web;
