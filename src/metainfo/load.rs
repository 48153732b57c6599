//! Reading a `.torrent` from disk, never more than [`MAX_TORRENT_SIZE`] bytes.

use super::error::{LoadError, LoadProblem, MetainfoError};
use super::{MAX_TORRENT_SIZE, Metainfo};
use std::io::Read;
use std::path::Path;

/// Reads and parses `path`; every error names the file.
pub fn load_file(path: &Path) -> Result<Metainfo, LoadError> {
    let fail = |problem| LoadError::new(path, problem);
    let meta = std::fs::metadata(path).map_err(|e| fail(LoadProblem::Io(e)))?;
    if meta.is_dir() {
        return Err(fail(LoadProblem::IsDirectory));
    }
    let too_large = |size| {
        fail(LoadProblem::Metainfo(MetainfoError::TooLarge {
            size,
            limit: MAX_TORRENT_SIZE,
        }))
    };
    if meta.len() > MAX_TORRENT_SIZE {
        return Err(too_large(meta.len()));
    }
    // The file may grow after the check, or be a device whose size reads as 0: cap the read too.
    let file = std::fs::File::open(path).map_err(|e| fail(LoadProblem::Io(e)))?;
    let mut bytes = Vec::new();
    file.take(MAX_TORRENT_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(LoadProblem::Io(e)))?;
    Metainfo::parse(&bytes).map_err(|e| fail(LoadProblem::Metainfo(e)))
}
