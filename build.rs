//! Embeds the browser viewer's bundle (`wasm/dist`, built by `scripts/build-viewer`) into the
//! binary when it exists: `$OUT_DIR/viewer_files.rs` lists each file as `include_bytes!`.
//! Nothing is embedded when it is absent (the server then explains how to build it).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let dist = PathBuf::from("wasm/dist");
    // A missing path would rerun this script on every build; watch the parent instead.
    if dist.is_dir() {
        println!("cargo:rerun-if-changed=wasm/dist");
    } else {
        println!("cargo:rerun-if-changed=wasm");
    }
    let mut files = Vec::new();
    if dist.is_dir() {
        collect(&dist, &dist, &mut files);
    }
    files.sort();
    let mut out = String::from("pub static FILES: &[(&str, &[u8])] = &[\n");
    for (rel, abs) in &files {
        let _ = writeln!(out, "    ({rel:?}, include_bytes!({abs:?})),");
    }
    out.push_str("];\n");
    let Some(out_dir) = std::env::var_os("OUT_DIR") else {
        panic!("cargo sets OUT_DIR for build scripts");
    };
    let target = Path::new(&out_dir).join("viewer_files.rs");
    if let Err(e) = std::fs::write(&target, out) {
        panic!("cannot write {}: {e}", target.display());
    }
}

/// Files under `dir` as (path relative to `root` with `/`, absolute path). Names with
/// anything but plain characters are left out (they could not be asked for safely).
fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            collect(root, &path, files);
            continue;
        }
        if !kind.is_file() {
            continue;
        }
        let Ok(rel) = path.strip_prefix(root) else {
            continue;
        };
        let parts: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let plain = |p: &String| {
            !p.starts_with('.')
                && p.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
        };
        if !parts.iter().all(plain) {
            continue;
        }
        let Ok(abs) = std::fs::canonicalize(&path) else {
            continue;
        };
        files.push((parts.join("/"), abs.display().to_string()));
    }
}
