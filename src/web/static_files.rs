//! The viewer's files, from the map embedded at build time (see `build.rs`): only names in the
//! map can be served, so no request reaches the file system.

use axum::http::{StatusCode, Uri, header};
use axum::response::{Html, IntoResponse, Response};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/viewer_files.rs"));
}

/// Whether a viewer bundle is built in.
pub fn has_viewer() -> bool {
    file("index.html").is_some()
}

/// The embedded file at this relative path.
pub fn file(path: &str) -> Option<&'static [u8]> {
    embedded::FILES
        .iter()
        .find(|(name, _)| *name == path)
        .map(|(_, data)| *data)
}

pub fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e);
    match ext {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// `GET /` and `GET /{file}`: the file of that exact name, else 404.
pub fn serve(uri: &Uri) -> Response {
    let path = uri.path();
    let rel = match path {
        "/" => "index.html",
        p => p.strip_prefix('/').unwrap_or(p),
    };
    if let Some(data) = file(rel) {
        return ([(header::CONTENT_TYPE, content_type(rel))], data).into_response();
    }
    if rel == "index.html" {
        return Html(NOT_BUILT).into_response();
    }
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "not found\n",
    )
        .into_response()
}

/// `/` when the binary was built without the viewer.
const NOT_BUILT: &str = r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dfakeseeder</title>
<style>body{font-family:sans-serif;max-width:42em;margin:3em auto;line-height:1.5}code{background:#eee;padding:0 .2em}</style>
</head><body>
<h1>dfakeseeder</h1>
<p>The web API is running, but this binary was built without the browser viewer.</p>
<p>To build it in: run <code>scripts/build-viewer</code> (it writes <code>wasm/dist/</code>),
then rebuild dfakeseeder (<code>cargo build --release</code>); the files are embedded at build time.</p>
<p>The API itself is described in <code>docs/API.md</code>; try <a href="/api/health">/api/health</a>.</p>
</body></html>
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_and_unknown_names() {
        assert_eq!(content_type("a/b.wasm"), "application/wasm");
        assert_eq!(content_type("x.js"), "text/javascript; charset=utf-8");
        assert_eq!(content_type("index.html"), "text/html; charset=utf-8");
        for path in [
            "/../Cargo.toml",
            "/%2e%2e/Cargo.toml",
            "//etc/passwd",
            "/nope.js",
        ] {
            let uri: Uri = path.parse().unwrap();
            assert_eq!(serve(&uri).status(), StatusCode::NOT_FOUND, "{path}");
        }
        assert_eq!(serve(&"/".parse().unwrap()).status(), StatusCode::OK);
    }
}
