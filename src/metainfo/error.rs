//! Why a `.torrent` was rejected, as sentences a user can act on.

use super::bencode::BencodeError;
use std::path::{Path, PathBuf};

/// A problem with the content of a `.torrent`. Field names are written as paths into the file,
/// e.g. `info.files[2].length`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MetainfoError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is {size} bytes, more than the {limit} bytes a .torrent may have")]
    TooLarge { size: u64, limit: u64 },
    #[error("the file is not a torrent: it does not start with bencoded data (first byte {first})")]
    NotBencode { first: super::bencode::Byte },
    #[error("the file is not valid bencode: {0}")]
    Bencode(#[from] BencodeError),
    #[error("the file is not a torrent: its top level is {found}, not a dictionary")]
    NotADictionary { found: &'static str },
    #[error("the required field `{field}` is missing")]
    MissingField { field: String },
    #[error("the field `{field}` is {found}, not {expected}")]
    WrongType {
        field: String,
        expected: &'static str,
        found: &'static str,
    },
    #[error("the field `{field}` is {value}, which does not fit in 64 bits")]
    IntegerTooLarge { field: String, value: String },
    #[error("the field `{field}` is negative ({value})")]
    Negative { field: String, value: i64 },
    #[error("the field `info.piece length` is 0")]
    ZeroPieceLength,
    #[error("the field `info.pieces` is {len} bytes, not a multiple of 20")]
    PiecesNotMultipleOf20 { len: usize },
    #[error(
        "the field `info.pieces` holds {found} piece hashes, but {total_size} bytes in pieces of \
         {piece_length} bytes need {expected}"
    )]
    PieceCountMismatch {
        found: u64,
        expected: u64,
        total_size: u64,
        piece_length: u64,
    },
    #[error("the torrent has more pieces ({0}) than can be counted")]
    TooManyPieces(u64),
    #[error("the torrent's files add up to 0 bytes")]
    EmptyTorrent,
    #[error("the file sizes add up to more than 2^64 bytes")]
    TotalSizeOverflow,
    #[error("`info` has both `length` and `files`: a torrent is either single-file or multi-file")]
    BothLengthAndFiles,
    #[error("`info` has neither `length` (single file) nor `files` (multiple files)")]
    NoLengthOrFiles,
    #[error("the field `info.files` lists no files")]
    NoFiles,
    #[error("the field `{field}` is an unsafe path: {problem}")]
    BadPath { field: String, problem: PathProblem },
    #[error("v2-only torrents are not supported yet")]
    V2Only,
    #[error("the field `info.meta version` is {0}; only versions 1 and 2 exist")]
    UnknownMetaVersion(i64),
}

/// Why a name or path component is refused: each would escape or confuse the torrent's folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PathProblem {
    #[error("it has no components")]
    NoComponents,
    #[error("it has an empty component")]
    EmptyComponent,
    #[error("it has a `.` or `..` component")]
    DotComponent,
    #[error("a component contains `/`")]
    Slash,
    #[error("a component contains a NUL byte")]
    Nul,
}

/// Why a `.torrent` file could not be loaded; [`LoadError`] adds the path.
#[derive(Debug, thiserror::Error)]
pub enum LoadProblem {
    #[error("cannot read the file: {0}")]
    Io(std::io::Error),
    #[error("it is a directory, not a .torrent file")]
    IsDirectory,
    #[error(transparent)]
    Metainfo(#[from] MetainfoError),
}

/// A [`LoadProblem`] with the file it concerns. Displays as `<path>: <problem>`; the problem is
/// part of the message rather than a `source()`, so reporters do not print it twice.
#[derive(Debug, thiserror::Error)]
#[error("{}: {problem}", path.display())]
pub struct LoadError {
    path: PathBuf,
    problem: LoadProblem,
}

impl LoadError {
    pub fn new(path: &Path, problem: LoadProblem) -> LoadError {
        LoadError {
            path: path.to_path_buf(),
            problem,
        }
    }

    /// The file that failed to load.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What went wrong.
    pub fn problem(&self) -> &LoadProblem {
        &self.problem
    }

    /// The content problem, when the file was read but is not a usable torrent.
    pub fn metainfo_error(&self) -> Option<&MetainfoError> {
        match &self.problem {
            LoadProblem::Metainfo(e) => Some(e),
            _ => None,
        }
    }
}
