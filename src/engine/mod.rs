//! The engine: tokio tasks that own sockets, timers and the simulation (native only).
//!
//! It is the only writer of the shared [`crate::state::AppState`]; everything else talks to it
//! with [`crate::state::Command`]s through an [`EngineHandle`].

pub mod clock;
mod commands;
mod core;
mod distribution;
mod edits;
mod handle;
mod ledger_view;
mod log_file;
mod monitor;
mod owner;
pub mod peer;
pub mod persona;
mod repaint;
pub mod simulation;
mod speed_control;
pub mod store;
mod torrents;
pub mod tracker;
mod watch_folder;

pub use clock::Clock;
pub use handle::{DesktopNotifier, EngineHandle, EngineOptions, RepaintHook, spawn};
pub use repaint::Repaint;
pub use torrents::read_torrent_file;
