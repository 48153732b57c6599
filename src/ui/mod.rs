//! The egui UI, shared by the native window and the wasm viewer.
