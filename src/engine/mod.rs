//! The engine: tokio tasks that own sockets, timers and the simulation (native only).

pub mod store;
