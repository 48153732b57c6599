//! Atomic file replacement: a crash leaves either the old file or the new one, never a mix.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Writes `bytes` to `path` atomically: a temp file in the same dir (same filesystem, so the
/// rename is atomic), write, fsync the file, rename it over `path`, fsync the dir (so the rename
/// itself survives a power cut). On failure the temp file is removed and `path` is untouched.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_from(path, |out| out.write_all(bytes))
}

/// [`write_atomic`] of what `write` writes, through a buffer: a large file (the ledger of
/// 10 000 torrents is ~4 MiB) is never held in memory whole.
pub fn write_atomic_from(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    write_atomic_with(path, write, |from, to| std::fs::rename(from, to))
}

/// [`write_atomic_from`] with the rename step injected, so tests can make it fail.
fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    rename: impl FnOnce(&Path, &Path) -> io::Result<()>,
) -> io::Result<()> {
    let dir = parent_dir(path);
    let (tmp_path, tmp) = create_temp(path)?;
    let result = fill(tmp, write).and_then(|()| rename(&tmp_path, path));
    if let Err(e) = result {
        // Best effort: the original error is the one worth reporting.
        let _ = std::fs::remove_file(&tmp_path);
        return Err(e);
    }
    sync_dir(dir)
}

/// Writes and fsyncs the temp file, then closes it (some systems cannot rename an open file).
fn fill(file: File, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(64 * 1024, file);
    write(&mut out)?;
    out.into_inner()
        .map_err(io::IntoInnerError::into_error)?
        .sync_all()
}

/// The dir holding `path` (`.` for a bare file name).
fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Creates a fresh `.<name>.tmp-<pid>-<n>` next to `path`; the counter keeps concurrent
/// writers in one process apart, `create_new` keeps stale files from other runs untouched.
fn create_temp(path: &Path) -> io::Result<(PathBuf, File)> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the target has no file name"))?
        .to_string_lossy();
    let dir = parent_dir(path);
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let tmp_path = dir.join(format!(".{name}.tmp-{}-{n}", std::process::id()));
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp_path)
        {
            Ok(file) => return Ok((tmp_path, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Directories cannot be opened for syncing here; the rename is already durable enough.
#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

/// Whether `name` is one of [`write_atomic`]'s temp files for `target`.
#[cfg(test)]
pub(crate) fn is_temp_for(name: &str, target: &str) -> bool {
    name.starts_with(&format!(".{target}.tmp-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn replaces_the_file_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        write_atomic(&path, b"old").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        assert_eq!(names(dir.path()), vec!["a.json".to_string()]);
    }

    #[test]
    fn a_failed_rename_keeps_the_old_file_and_removes_the_temp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        std::fs::write(&path, b"old").unwrap();
        let mut seen_temp = None;
        let err = write_atomic_with(
            &path,
            |out| out.write_all(b"new"),
            |tmp, _| {
                // The new bytes are complete in the temp file before the rename.
                assert_eq!(std::fs::read(tmp).unwrap(), b"new");
                seen_temp = tmp.file_name().map(|n| n.to_string_lossy().into_owned());
                Err(io::Error::other("simulated crash before rename"))
            },
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "simulated crash before rename");
        assert!(is_temp_for(&seen_temp.unwrap(), "a.json"));
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        assert_eq!(names(dir.path()), vec!["a.json".to_string()]);
    }

    #[test]
    fn a_real_rename_failure_is_reported_and_cleaned_up() {
        // The target is a non-empty dir: the rename fails for real.
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("a.json");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("inside"), b"x").unwrap();
        assert!(write_atomic(&target, b"new").is_err());
        assert_eq!(names(dir.path()), vec!["a.json".to_string()]);
        assert_eq!(std::fs::read(target.join("inside")).unwrap(), b"x");
    }

    #[test]
    fn a_missing_dir_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing").join("a.json");
        assert_eq!(
            write_atomic(&path, b"x").unwrap_err().kind(),
            io::ErrorKind::NotFound
        );
    }
}
