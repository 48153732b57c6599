//! Where the config dir is: `--config-dir` > `$DFAKESEEDER_CONFIG_DIR` > the platform's config dir
//! (`$XDG_CONFIG_HOME/dfakeseeder` on Linux).

use super::StoreError;
use super::torrent_files::TORRENTS_DIR;
use directories::ProjectDirs;
use std::path::{Path, PathBuf};

/// The environment variable that overrides the platform's config dir.
pub const CONFIG_DIR_ENV: &str = "DFAKESEEDER_CONFIG_DIR";

/// The config dir to use (the flag's value, else the env variable, else the platform's),
/// created with its `torrents/` folder.
pub fn resolve_config_dir(flag: Option<PathBuf>) -> Result<PathBuf, StoreError> {
    let env = std::env::var_os(CONFIG_DIR_ENV).map(PathBuf::from);
    let platform = ProjectDirs::from("", "", "dfakeseeder").map(|d| d.config_dir().to_path_buf());
    let dir = choose_config_dir(flag, env, platform)?;
    ensure_config_dir(&dir)?;
    Ok(dir)
}

/// The pure choice behind [`resolve_config_dir`]: first non-empty of flag, env, platform, made
/// absolute so a later change of the working dir cannot move it.
pub fn choose_config_dir(
    flag: Option<PathBuf>,
    env: Option<PathBuf>,
    platform: Option<PathBuf>,
) -> Result<PathBuf, StoreError> {
    let given = |p: Option<PathBuf>| p.filter(|p| !p.as_os_str().is_empty());
    let dir = given(flag)
        .or_else(|| given(env))
        .or_else(|| given(platform))
        .ok_or(StoreError::NoConfigDir)?;
    std::path::absolute(&dir).map_err(StoreError::io("resolve", &dir))
}

/// Creates `dir` and `dir/torrents/` if missing.
pub fn ensure_config_dir(dir: &Path) -> Result<(), StoreError> {
    let torrents = dir.join(TORRENTS_DIR);
    std::fs::create_dir_all(&torrents).map_err(StoreError::io("create", torrents))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<PathBuf> {
        Some(PathBuf::from(s))
    }

    #[test]
    fn the_flag_wins_over_env_and_platform() {
        assert_eq!(
            choose_config_dir(p("/flag"), p("/env"), p("/xdg")).unwrap(),
            PathBuf::from("/flag")
        );
    }

    #[test]
    fn the_env_wins_over_the_platform() {
        assert_eq!(
            choose_config_dir(None, p("/env"), p("/xdg")).unwrap(),
            PathBuf::from("/env")
        );
    }

    #[test]
    fn the_platform_dir_is_the_fallback_and_empty_values_count_as_unset() {
        assert_eq!(
            choose_config_dir(p(""), p(""), p("/xdg")).unwrap(),
            PathBuf::from("/xdg")
        );
        assert!(matches!(
            choose_config_dir(None, p(""), None),
            Err(StoreError::NoConfigDir)
        ));
    }

    #[test]
    fn a_relative_dir_is_made_absolute() {
        let dir = choose_config_dir(p("rel/cfg"), None, None).unwrap();
        assert!(dir.is_absolute());
        assert!(dir.ends_with("rel/cfg"));
    }

    #[test]
    fn resolving_with_a_flag_creates_the_dir_and_its_torrents_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let wanted = tmp.path().join("cfg");
        let dir = resolve_config_dir(Some(wanted.clone())).unwrap();
        assert_eq!(dir, wanted);
        assert!(dir.join("torrents").is_dir());
    }
}
