//! The browser viewer: the root crate's UI, read-only, fed by the app's HTTP API.
//! Built for wasm32-unknown-unknown by `scripts/build-viewer` into `wasm/dist`. Natively
//! only the pure parts are built (and tested); the binary then just says what it is.

// Natively nothing calls the viewer's parts but their tests.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

mod api;
mod aria;
mod connection;
mod login;
mod viewer;

#[cfg(target_arch = "wasm32")]
mod feed;
#[cfg(target_arch = "wasm32")]
mod fetch;
#[cfg(target_arch = "wasm32")]
mod session;
#[cfg(target_arch = "wasm32")]
mod web;

#[cfg(target_arch = "wasm32")]
fn main() {
    web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("dfakeseeder-web is the browser viewer; build it with scripts/build-viewer.");
}
