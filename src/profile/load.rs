//! Loading profiles: the embedded ones, then `*.toml` files from a directory that add profiles
//! or replace embedded ones with the same ID (the file stem).

use super::schema::ClientProfile;
use super::validate::validate;
use std::collections::BTreeMap;
use std::path::Path;

/// The shipped profiles: (ID, TOML).
static EMBEDDED: &[(&str, &str)] = &[
    (
        "biglybt-3.8.0.2",
        include_str!("../../assets/clients/biglybt-3.8.0.2.toml"),
    ),
    (
        "utorrent-3.5.5",
        include_str!("../../assets/clients/utorrent-3.5.5.toml"),
    ),
    (
        "qbittorrent-4.6.7",
        include_str!("../../assets/clients/qbittorrent-4.6.7.toml"),
    ),
    (
        "qbittorrent-5.0.5",
        include_str!("../../assets/clients/qbittorrent-5.0.5.toml"),
    ),
    (
        "qbittorrent-5.1.2",
        include_str!("../../assets/clients/qbittorrent-5.1.2.toml"),
    ),
    (
        "transmission-4.0.6",
        include_str!("../../assets/clients/transmission-4.0.6.toml"),
    ),
    (
        "deluge-2.1.1",
        include_str!("../../assets/clients/deluge-2.1.1.toml"),
    ),
    (
        "qbittorrent-4.5.2",
        include_str!("../../assets/clients/qbittorrent-4.5.2.toml"),
    ),
    (
        "deluge-2.0.3",
        include_str!("../../assets/clients/deluge-2.0.3.toml"),
    ),
    (
        "libtorrent-2.0.8",
        include_str!("../../assets/clients/libtorrent-2.0.8.toml"),
    ),
    (
        "transmission-3.00",
        include_str!("../../assets/clients/transmission-3.00.toml"),
    ),
    (
        "rtorrent-0.9.8",
        include_str!("../../assets/clients/rtorrent-0.9.8.toml"),
    ),
    (
        "aria2-1.36.0",
        include_str!("../../assets/clients/aria2-1.36.0.toml"),
    ),
];

/// Largest profile file read.
pub const MAX_PROFILE_BYTES: u64 = 256 * 1024;

/// A profile that could not be used, with the file it came from.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("client profile {file}: {message}")]
pub struct ProfileError {
    pub file: String,
    pub message: String,
}

/// Parses and checks one profile; `file` names it in errors.
pub fn parse_profile(id: &str, text: &str, file: &str) -> Result<ClientProfile, ProfileError> {
    let fail = |message: String| ProfileError {
        file: file.to_owned(),
        message,
    };
    let valid_id = |c: char| c.is_ascii_alphanumeric() || "._-".contains(c);
    if id.is_empty() || !id.chars().all(valid_id) {
        return Err(fail(format!(
            "ID {id:?} may only hold letters, digits, '.', '_' and '-'"
        )));
    }
    let mut profile: ClientProfile =
        toml::from_str(text).map_err(|e| fail(e.to_string().trim_end().to_owned()))?;
    profile.id = id.to_owned();
    validate(&profile).map_err(fail)?;
    Ok(profile)
}

#[derive(Clone, Debug, Default)]
pub struct Profiles {
    by_id: BTreeMap<String, ClientProfile>,
}

impl Profiles {
    /// The shipped profiles only.
    pub fn embedded() -> Result<Profiles, ProfileError> {
        let mut profiles = Profiles::default();
        for (id, text) in EMBEDDED {
            let profile = parse_profile(id, text, &format!("(embedded) {id}.toml"))?;
            profiles.by_id.insert((*id).to_owned(), profile);
        }
        Ok(profiles)
    }

    /// The shipped profiles, then every `*.toml` in `dir` (a missing directory is fine). A bad
    /// file is skipped and reported; the others still load.
    pub fn load(dir: Option<&Path>) -> (Profiles, Vec<ProfileError>) {
        let mut errors = Vec::new();
        let mut profiles = Profiles::embedded().unwrap_or_else(|e| {
            errors.push(e);
            Profiles::default()
        });
        let Some(dir) = dir else {
            return (profiles, errors);
        };
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (profiles, errors),
            Err(e) => {
                errors.push(ProfileError {
                    file: dir.display().to_string(),
                    message: format!("cannot list the directory: {e}"),
                });
                return (profiles, errors);
            }
        };
        let mut paths: Vec<_> = entries
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
            .collect();
        paths.sort();
        for path in paths {
            match read_profile(&path) {
                Ok(profile) => {
                    profiles.by_id.insert(profile.id.clone(), profile);
                }
                Err(e) => errors.push(e),
            }
        }
        (profiles, errors)
    }

    pub fn get(&self, id: &str) -> Option<&ClientProfile> {
        self.by_id.get(id)
    }

    /// Every profile, ordered by ID.
    pub fn iter(&self) -> impl Iterator<Item = &ClientProfile> {
        self.by_id.values()
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.by_id.keys().map(String::as_str)
    }
}

fn read_profile(path: &Path) -> Result<ClientProfile, ProfileError> {
    let file = path.display().to_string();
    let fail = |message: String| ProfileError {
        file: file.clone(),
        message,
    };
    let size = std::fs::metadata(path)
        .map_err(|e| fail(e.to_string()))?
        .len();
    if size > MAX_PROFILE_BYTES {
        return Err(fail(format!(
            "{size} bytes, more than the {MAX_PROFILE_BYTES} allowed"
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| fail(e.to_string()))?;
    let text = String::from_utf8(bytes).map_err(|_| fail("not UTF-8 text".into()))?;
    let id = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    parse_profile(id, &text, &file)
}
