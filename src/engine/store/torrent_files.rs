//! Our copies of the added torrents: `<config dir>/torrents/<infohash>.torrent`.
//!
//! File names come from the ledger, which is a file on disk: every name is checked to be a
//! plain `*.torrent` name, so a tampered ledger cannot make us delete or move other files.

use super::{StoreError, write_atomic};
use std::path::{Path, PathBuf};

pub const TORRENTS_DIR: &str = "torrents";
/// Where copies go when a torrent is removed but its file is kept (out of the folder loaded at start).
pub const REMOVED_DIR: &str = "removed";

/// Writes `bytes` atomically to `torrents/<infohash>.torrent` and returns that file name.
pub fn copy_torrent(dir: &Path, bytes: &[u8], info_hash_hex: &str) -> Result<String, StoreError> {
    let hash = info_hash_hex.to_ascii_lowercase();
    if !matches!(hash.len(), 40 | 64) || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(StoreError::BadInfoHash(info_hash_hex.to_string()));
    }
    let folder = dir.join(TORRENTS_DIR);
    std::fs::create_dir_all(&folder).map_err(StoreError::io("create", &folder))?;
    let file_name = format!("{hash}.torrent");
    let path = folder.join(&file_name);
    write_atomic(&path, bytes).map_err(StoreError::io("write", path))?;
    Ok(file_name)
}

/// Deletes `torrents/<file_name>`; a copy that is already gone is not an error.
pub fn remove_torrent_copy(dir: &Path, file_name: &str) -> Result<(), StoreError> {
    let path = copy_path(dir, file_name)?;
    match std::fs::remove_file(&path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(StoreError::io("delete", path)(e))
        }
        _ => Ok(()),
    }
}

/// Moves `torrents/<file_name>` to `removed/<file_name>` (replacing an older one there), so it
/// is not loaded at the next start but the user still has it. A missing copy is not an error.
pub fn set_aside_torrent_copy(dir: &Path, file_name: &str) -> Result<(), StoreError> {
    let path = copy_path(dir, file_name)?;
    if !path.try_exists().map_err(StoreError::io("check", &path))? {
        return Ok(());
    }
    let removed = dir.join(REMOVED_DIR);
    std::fs::create_dir_all(&removed).map_err(StoreError::io("create", &removed))?;
    std::fs::rename(&path, removed.join(file_name)).map_err(StoreError::io("move aside", path))
}

/// The `*.torrent` files in `torrents/`, sorted by name; none when the folder does not exist.
pub fn list_torrent_files(dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let folder = dir.join(TORRENTS_DIR);
    let entries = match std::fs::read_dir(&folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StoreError::io("list", folder)(e)),
    };
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(StoreError::io("list", &folder))?;
        let path = entry.path();
        // `is_file` follows links: a symlinked .torrent is loaded like a copy.
        if is_torrent_name(&entry.file_name().to_string_lossy()) && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// `torrents/<file_name>`, after checking that the name cannot leave that folder.
fn copy_path(dir: &Path, file_name: &str) -> Result<PathBuf, StoreError> {
    let plain = Path::new(file_name)
        .file_name()
        .is_some_and(|n| n == file_name);
    if !plain || !is_torrent_name(file_name) {
        return Err(StoreError::BadFileName(file_name.to_string()));
    }
    Ok(dir.join(TORRENTS_DIR).join(file_name))
}

fn is_torrent_name(name: &str) -> bool {
    !name.starts_with('.')
        && name.len() > ".torrent".len()
        && name
            .get(name.len() - ".torrent".len()..)
            .is_some_and(|ext| ext.eq_ignore_ascii_case(".torrent"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HASH: &str = "0123456789abcdef0123456789abcdef01234567";

    #[test]
    fn a_copy_is_named_by_its_lowercase_info_hash() {
        let dir = tempfile::tempdir().unwrap();
        let name = copy_torrent(dir.path(), b"d4:infod0:ee", &HASH.to_uppercase()).unwrap();
        assert_eq!(name, format!("{HASH}.torrent"));
        assert_eq!(
            std::fs::read(dir.path().join("torrents").join(&name)).unwrap(),
            b"d4:infod0:ee"
        );
    }

    #[test]
    fn a_bad_info_hash_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        for bad in ["", "xyz", "../../etc/passwd", &HASH[..39]] {
            assert!(
                matches!(
                    copy_torrent(dir.path(), b"x", bad),
                    Err(StoreError::BadInfoHash(_))
                ),
                "{bad}"
            );
        }
        assert!(list_torrent_files(dir.path()).unwrap().is_empty());
    }

    #[test]
    fn listing_is_sorted_and_skips_other_files() {
        let dir = tempfile::tempdir().unwrap();
        let b = "b".repeat(40);
        let a = "a".repeat(40);
        copy_torrent(dir.path(), b"1", &b).unwrap();
        copy_torrent(dir.path(), b"2", &a).unwrap();
        let folder = dir.path().join("torrents");
        std::fs::write(folder.join("notes.txt"), b"x").unwrap();
        std::fs::write(folder.join(".a.torrent.tmp-1-1"), b"x").unwrap();
        std::fs::create_dir(folder.join("sub.torrent")).unwrap();
        let names: Vec<String> = list_torrent_files(dir.path())
            .unwrap()
            .into_iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, vec![format!("{a}.torrent"), format!("{b}.torrent")]);
    }

    #[test]
    fn listing_a_missing_folder_is_empty() {
        let dir = tempfile::tempdir().unwrap();
        assert!(
            list_torrent_files(&dir.path().join("nowhere"))
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn removing_deletes_the_copy_and_is_idempotent() {
        let dir = tempfile::tempdir().unwrap();
        let name = copy_torrent(dir.path(), b"1", HASH).unwrap();
        remove_torrent_copy(dir.path(), &name).unwrap();
        assert!(list_torrent_files(dir.path()).unwrap().is_empty());
        remove_torrent_copy(dir.path(), &name).unwrap();
    }

    #[test]
    fn setting_aside_moves_the_copy_out_of_the_loaded_folder() {
        let dir = tempfile::tempdir().unwrap();
        let name = copy_torrent(dir.path(), b"bytes", HASH).unwrap();
        set_aside_torrent_copy(dir.path(), &name).unwrap();
        assert!(list_torrent_files(dir.path()).unwrap().is_empty());
        assert_eq!(
            std::fs::read(dir.path().join(REMOVED_DIR).join(&name)).unwrap(),
            b"bytes"
        );
        set_aside_torrent_copy(dir.path(), &name).unwrap();
    }

    #[test]
    fn names_that_leave_the_folder_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("settings.json");
        std::fs::write(&victim, b"{}").unwrap();
        for bad in [
            "../settings.json",
            "/etc/passwd",
            "..",
            "",
            "a/b.torrent",
            "../x.torrent",
            "settings.json",
        ] {
            assert!(
                matches!(
                    remove_torrent_copy(dir.path(), bad),
                    Err(StoreError::BadFileName(_))
                ),
                "{bad}"
            );
            assert!(
                matches!(
                    set_aside_torrent_copy(dir.path(), bad),
                    Err(StoreError::BadFileName(_))
                ),
                "{bad}"
            );
        }
        assert!(victim.exists());
    }
}
