//! The browser viewer: the root crate's UI, read-only, fed by the app's HTTP API.
//! The viewer itself is built by the web-viewer issue; natively this binary only says so.

fn main() {
    println!("dfakeseeder-web is the wasm32 viewer; build it for wasm32-unknown-unknown.");
}
