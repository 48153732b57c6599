//! The errors of the store: each names the file and what was being done.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot {action} {}: {source}", path.display())]
    Io {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} is not valid JSON: {source}", path.display())]
    Json {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("{} does not hold a JSON object", path.display())]
    NotAnObject { path: PathBuf },
    #[error("cannot serialize {what}: {source}")]
    Serialize {
        what: &'static str,
        source: serde_json::Error,
    },
    #[error(
        "no config dir: no home directory found; pass --config-dir or set DFAKESEEDER_CONFIG_DIR"
    )]
    NoConfigDir,
    #[error("{0:?} is not an info-hash (40 or 64 hex digits)")]
    BadInfoHash(String),
    #[error("{0:?} is not the name of a .torrent copy")]
    BadFileName(String),
}

impl StoreError {
    pub(crate) fn io(
        action: &'static str,
        path: impl Into<PathBuf>,
    ) -> impl FnOnce(std::io::Error) -> Self {
        let path = path.into();
        move |source| StoreError::Io {
            action,
            path,
            source,
        }
    }
}
