//! The `info` dictionary: name, files, piece layout, private flag, v1/v2 detection.

use super::bencode::{Fields, Value};
use super::error::{MetainfoError, PathProblem};
use super::fields::{bytes, dict, integer, list, lossy, preferred_bytes, require, size};
use crate::state::FileEntry;

/// Length of one SHA-1 piece hash in `pieces`.
const HASH_LEN: usize = 20;

/// What the rest of the app needs from `info`.
#[derive(Debug)]
pub struct InfoParts {
    pub name: String,
    pub piece_length: u64,
    pub piece_count: u32,
    pub total_size: u64,
    pub files: Vec<FileEntry>,
    pub private: bool,
    pub hybrid: bool,
}

pub fn parse_info(info: &Fields<'_>) -> Result<InfoParts, MetainfoError> {
    let meta_version = match info.get("meta version") {
        Some(v) => Some(integer(v, "info.meta version")?),
        None => None,
    };
    if let Some(v) = meta_version
        && v != 1
        && v != 2
    {
        return Err(MetainfoError::UnknownMetaVersion(v));
    }
    let has_v2 = meta_version == Some(2) || info.get("file tree").is_some();
    // A hybrid torrent keeps a complete v1 layout next to the v2 one; v1 peers and trackers use it.
    let pieces = match info.get("pieces") {
        Some(v) => bytes(v, "info.pieces")?,
        None if has_v2 => return Err(MetainfoError::V2Only),
        None => {
            return Err(MetainfoError::MissingField {
                field: "info.pieces".to_string(),
            });
        }
    };
    let piece_length = size(
        require(info, "piece length", "info.piece length")?,
        "info.piece length",
    )?;
    if piece_length == 0 {
        return Err(MetainfoError::ZeroPieceLength);
    }
    let name = torrent_name(info)?;
    let (files, total_size) = file_list(info, &name)?;
    let piece_count = check_pieces(pieces.len(), total_size, piece_length)?;
    // BEP 27: only the integer 1 makes a torrent private; anything else is ignored, as other clients do.
    let private = matches!(info.get("private"), Some(Value::Int(b"1")));
    Ok(InfoParts {
        name,
        piece_length,
        piece_count,
        total_size,
        files,
        private,
        hybrid: has_v2,
    })
}

fn torrent_name(info: &Fields<'_>) -> Result<String, MetainfoError> {
    let value = preferred_bytes(info, "name").ok_or_else(|| MetainfoError::MissingField {
        field: "info.name".to_string(),
    })?;
    let name = lossy(bytes(value, "info.name")?);
    check_component(&name).map_err(|problem| MetainfoError::BadPath {
        field: "info.name".to_string(),
        problem,
    })?;
    Ok(name)
}

/// The files (padding files left out) and the total size (padding included: it is part of the pieces).
fn file_list(info: &Fields<'_>, name: &str) -> Result<(Vec<FileEntry>, u64), MetainfoError> {
    match (info.get("length"), info.get("files")) {
        (Some(_), Some(_)) => Err(MetainfoError::BothLengthAndFiles),
        (None, None) => Err(MetainfoError::NoLengthOrFiles),
        (Some(length), None) => {
            let length = size(length, "info.length")?;
            let file = FileEntry {
                path: name.to_string(),
                length,
            };
            Ok((vec![file], length))
        }
        (None, Some(files)) => {
            let mut entries = Vec::new();
            let mut total: u64 = 0;
            for (index, item) in list(files, "info.files")?.items().enumerate() {
                let field = format!("info.files[{index}]");
                let entry = dict(item?, &field)?.fields()?;
                let length_field = format!("{field}.length");
                let length = size(require(&entry, "length", &length_field)?, &length_field)?;
                total = total
                    .checked_add(length)
                    .ok_or(MetainfoError::TotalSizeOverflow)?;
                if !is_padding(&entry) {
                    let path = file_path(&entry, &format!("{field}.path"))?;
                    entries.push(FileEntry { path, length });
                }
            }
            if entries.is_empty() {
                return Err(MetainfoError::NoFiles);
            }
            Ok((entries, total))
        }
    }
}

/// BEP 47: an `attr` containing `p` marks filler between files that no one downloads.
fn is_padding(entry: &Fields<'_>) -> bool {
    matches!(entry.get("attr"), Some(Value::Bytes(attr)) if attr.contains(&b'p'))
}

/// The `/`-joined path of one file, preferring `path.utf-8`; every component is checked.
fn file_path(entry: &Fields<'_>, field: &str) -> Result<String, MetainfoError> {
    let value = match entry.get("path.utf-8") {
        Some(v @ Value::List(_)) => v,
        _ => require(entry, "path", field)?,
    };
    let bad = |problem| MetainfoError::BadPath {
        field: field.to_string(),
        problem,
    };
    let mut parts = Vec::new();
    for (index, component) in list(value, field)?.items().enumerate() {
        let component = lossy(bytes(component?, &format!("{field}[{index}]"))?);
        check_component(&component).map_err(bad)?;
        parts.push(component);
    }
    if parts.is_empty() {
        return Err(bad(PathProblem::NoComponents));
    }
    Ok(parts.join("/"))
}

/// Refuses names that would be empty, climb out of the torrent's folder, or split differently.
fn check_component(component: &str) -> Result<(), PathProblem> {
    match component {
        "" => Err(PathProblem::EmptyComponent),
        "." | ".." => Err(PathProblem::DotComponent),
        c if c.contains('/') => Err(PathProblem::Slash),
        c if c.contains('\0') => Err(PathProblem::Nul),
        _ => Ok(()),
    }
}

/// `pieces` must hold exactly one 20-byte hash per piece of the content.
fn check_pieces(len: usize, total_size: u64, piece_length: u64) -> Result<u32, MetainfoError> {
    if total_size == 0 {
        return Err(MetainfoError::EmptyTorrent);
    }
    if !len.is_multiple_of(HASH_LEN) {
        return Err(MetainfoError::PiecesNotMultipleOf20 { len });
    }
    let found = (len / HASH_LEN) as u64;
    let expected = total_size.div_ceil(piece_length);
    if found != expected {
        return Err(MetainfoError::PieceCountMismatch {
            found,
            expected,
            total_size,
            piece_length,
        });
    }
    u32::try_from(found).map_err(|_| MetainfoError::TooManyPieces(found))
}
