//! The log file: the engine's log lines appended to `<config dir>/logs/dfakeseeder.log` as the
//! `logging.*` settings say, rotated by size (`.1` is the newest old file).

use crate::settings::LoggingSettings;
use crate::state::{AppState, LogLine};
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

pub const LOG_FILE: &str = "dfakeseeder.log";

pub struct LogFile {
    dir: PathBuf,
    /// Lines of `AppState::log_count` already looked at.
    seen: u64,
    open: Option<File>,
}

impl LogFile {
    pub fn new(config_dir: &Path, state: &AppState) -> LogFile {
        LogFile {
            dir: config_dir.join("logs"),
            seen: state.log_count,
            open: None,
        }
    }

    /// Appends the lines logged since the last call (those still in the ring).
    pub fn write_new(
        &mut self,
        state: &AppState,
        settings: &LoggingSettings,
    ) -> std::io::Result<()> {
        let new = state.log_count.saturating_sub(self.seen);
        self.seen = state.log_count;
        if !settings.log_to_file {
            self.open = None;
            return Ok(());
        }
        let skip = state.log.len().saturating_sub(new as usize);
        for line in state
            .log
            .iter()
            .skip(skip)
            .filter(|l| l.level >= settings.level)
        {
            self.write_line(line, settings)?;
        }
        Ok(())
    }

    fn write_line(&mut self, line: &LogLine, settings: &LoggingSettings) -> std::io::Result<()> {
        let text = format!(
            "{} {:?} {}\n",
            timestamp(line.at_ms),
            line.level,
            line.message
        );
        let limit = u64::from(settings.max_size_mb.max(1)) * 1024 * 1024;
        // The size on disk, so a file that grew by other hands is rotated too.
        let size = self
            .open
            .as_ref()
            .and_then(|f| f.metadata().ok())
            .map_or(0, |m| m.len());
        if self.open.is_some() && size + text.len() as u64 > limit {
            self.open = None;
            rotate(&self.dir, settings.max_files)?;
        }
        if self.open.is_none() {
            std::fs::create_dir_all(&self.dir)?;
            let path = self.dir.join(LOG_FILE);
            let full = std::fs::metadata(&path).is_ok_and(|m| m.len() + text.len() as u64 > limit);
            if full {
                rotate(&self.dir, settings.max_files)?;
            }
            self.open = Some(OpenOptions::new().create(true).append(true).open(path)?);
        }
        if let Some(file) = &mut self.open {
            file.write_all(text.as_bytes())?;
        }
        Ok(())
    }
}

/// `dfakeseeder.log` becomes `.1`, `.1` becomes `.2`, … keeping `max_files` old files.
fn rotate(dir: &Path, max_files: u32) -> std::io::Result<()> {
    let name = |n: u32| dir.join(format!("{LOG_FILE}.{n}"));
    let _ = std::fs::remove_file(name(max_files));
    for n in (1..max_files).rev() {
        if name(n).exists() {
            std::fs::rename(name(n), name(n + 1))?;
        }
    }
    std::fs::rename(dir.join(LOG_FILE), name(1))
}

fn timestamp(ms: u64) -> String {
    chrono::DateTime::from_timestamp_millis(ms as i64).map_or_else(String::new, |d| {
        d.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::LogLevel;

    fn line(level: LogLevel, message: &str) -> LogLine {
        LogLine {
            at_ms: 0,
            level,
            info_hash: None,
            message: message.into(),
        }
    }

    #[test]
    fn writes_new_lines_at_the_level_and_rotates_by_size() {
        let dir = tempfile::tempdir().expect("dir");
        let mut state = AppState::default();
        let mut log = LogFile::new(dir.path(), &state);
        let settings = LoggingSettings {
            log_to_file: true,
            level: LogLevel::Info,
            max_size_mb: 1,
            max_files: 2,
        };
        state.push_log(line(LogLevel::Debug, "hidden"));
        state.push_log(line(LogLevel::Warning, "kept"));
        log.write_new(&state, &settings).expect("write");
        let text = std::fs::read_to_string(dir.path().join("logs").join(LOG_FILE)).expect("read");
        assert!(
            text.contains("Warning kept") && !text.contains("hidden"),
            "{text}"
        );
        // 3.5 MiB of lines: two rotations at 1 MiB each, at most 2 old files.
        let long = "x".repeat(1000);
        for _ in 0..3600 {
            state.push_log(line(LogLevel::Info, &long));
            log.write_new(&state, &settings).expect("write");
        }
        let logs = dir.path().join("logs");
        assert!(logs.join(format!("{LOG_FILE}.1")).exists());
        assert!(logs.join(format!("{LOG_FILE}.2")).exists());
        assert!(!logs.join(format!("{LOG_FILE}.3")).exists());
        for name in [LOG_FILE.to_string(), format!("{LOG_FILE}.1")] {
            let size = std::fs::metadata(logs.join(name)).expect("meta").len();
            assert!(size <= 1024 * 1024, "{size}");
        }
    }
}
