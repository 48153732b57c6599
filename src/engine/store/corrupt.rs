//! Reading a store file, and moving an unusable one aside so the user's data is never lost.

use chrono::{DateTime, Utc};
use std::io;
use std::path::{Path, PathBuf};

/// The file's bytes, `None` when it does not exist (a first run, not an error).
pub fn read_if_present(path: &Path) -> io::Result<Option<Vec<u8>>> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// `<name>.corrupt-<UTC stamp>`, e.g. `settings.json.corrupt-20261123T221500Z`.
pub fn aside_name(file_name: &str, at: DateTime<Utc>) -> String {
    format!("{file_name}.corrupt-{}", at.format("%Y%m%dT%H%M%SZ"))
}

/// Moves the unusable file at `path` aside and returns the message for the user: what was
/// wrong (`problem`), where the file went, and what is used instead (`fallback`).
pub fn set_aside(path: &Path, problem: &str, fallback: &str) -> String {
    let shown = path.display();
    match free_aside_path(path, Utc::now())
        .and_then(|aside| std::fs::rename(path, &aside).map(|()| aside))
    {
        Ok(aside) => format!(
            "{shown} could not be used: {problem}. It was moved to {}; {fallback}.",
            aside.display()
        ),
        Err(e) => format!(
            "{shown} could not be used: {problem}. Moving it aside failed ({e}), so it will be \
             overwritten on the next save; {fallback}."
        ),
    }
}

/// The message for a file that exists but cannot be read (permissions, I/O error).
pub fn unreadable(path: &Path, error: &io::Error, fallback: &str) -> String {
    format!("{} could not be read: {error}; {fallback}.", path.display())
}

/// An aside path that does not exist yet (a counter is added within the same second).
fn free_aside_path(path: &Path, at: DateTime<Utc>) -> io::Result<PathBuf> {
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no file name"))?
        .to_string_lossy();
    let base = aside_name(&name, at);
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut candidate = dir.join(&base);
    let mut n = 1;
    while candidate.try_exists()? {
        n += 1;
        candidate = dir.join(format!("{base}-{n}"));
    }
    Ok(candidate)
}

/// Whether `name` looks like `<file_name>.corrupt-YYYYMMDDTHHMMSSZ`.
#[cfg(test)]
pub fn is_aside_of(name: &str, file_name: &str) -> bool {
    let Some(stamp) = name.strip_prefix(&format!("{file_name}.corrupt-")) else {
        return false;
    };
    let b = stamp.as_bytes();
    b.len() == 16
        && b[..8].iter().all(u8::is_ascii_digit)
        && b[8] == b'T'
        && b[9..15].iter().all(u8::is_ascii_digit)
        && b[15] == b'Z'
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn the_aside_name_carries_a_compact_utc_stamp() {
        let at = Utc.with_ymd_and_hms(2026, 11, 23, 22, 15, 0).unwrap();
        let name = aside_name("settings.json", at);
        assert_eq!(name, "settings.json.corrupt-20261123T221500Z");
        assert!(is_aside_of(&name, "settings.json"));
        assert!(!is_aside_of("settings.json.corrupt-x", "settings.json"));
    }

    #[test]
    fn a_second_aside_in_the_same_second_does_not_overwrite_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ledger.json");
        let at = Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap();
        std::fs::write(dir.path().join(aside_name("ledger.json", at)), b"first").unwrap();
        let free = free_aside_path(&path, at).unwrap();
        assert_eq!(
            free.file_name().unwrap(),
            "ledger.json.corrupt-20260102T030405Z-2"
        );
    }

    #[test]
    fn a_missing_file_reads_as_none() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read_if_present(&dir.path().join("nope")).unwrap(), None);
    }
}
