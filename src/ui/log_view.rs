//! The Log view: the engine's last 1 000 lines, filtered by level and, optionally, by the
//! selected torrents.

use crate::state::{AppState, LogLevel, LogLine};
use chrono::{DateTime, Utc};
use egui::Ui;

/// The view's own settings (UI state).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogFilter {
    /// Lines below this level are hidden.
    pub min_level: LogLevel,
    /// Only lines about the selected torrents.
    pub selected_only: bool,
}

impl Default for LogFilter {
    fn default() -> Self {
        LogFilter {
            min_level: LogLevel::Info,
            selected_only: false,
        }
    }
}

impl LogFilter {
    pub fn keeps(&self, line: &LogLine, selected: &[String]) -> bool {
        line.level >= self.min_level
            && (!self.selected_only
                || line
                    .info_hash
                    .as_ref()
                    .is_some_and(|h| selected.contains(h)))
    }
}

const LEVELS: [LogLevel; 4] = [
    LogLevel::Debug,
    LogLevel::Info,
    LogLevel::Warning,
    LogLevel::Error,
];

/// A level's name in the current language.
pub fn level_name(level: LogLevel) -> String {
    match level {
        LogLevel::Debug => t!("level-debug"),
        LogLevel::Info => t!("level-info"),
        LogLevel::Warning => t!("level-warning"),
        LogLevel::Error => t!("level-error"),
    }
}

pub fn show(ui: &mut Ui, state: &AppState, selected: &[String], filter: &mut LogFilter) {
    ui.horizontal(|ui| {
        ui.label(t!("log-show-from"));
        for level in LEVELS {
            ui.selectable_value(&mut filter.min_level, level, level_name(level));
        }
        ui.separator();
        ui.checkbox(&mut filter.selected_only, t!("log-selected-only"));
    });
    ui.separator();
    let lines: Vec<&LogLine> = state
        .log
        .iter()
        .filter(|l| filter.keeps(l, selected))
        .collect();
    if lines.is_empty() {
        ui.weak(t!("log-no-match"));
        return;
    }
    let height = ui.text_style_height(&egui::TextStyle::Body);
    egui::ScrollArea::vertical()
        .id_salt("global_log")
        .stick_to_bottom(true)
        .auto_shrink([false, false])
        .show_rows(ui, height, lines.len(), |ui, range| {
            for line in &lines[range] {
                let name = level_name(line.level);
                ui.label(format!("{}  {name:<7}  {}", time(line.at_ms), line.message));
            }
        });
}

fn time(ms: u64) -> String {
    DateTime::<Utc>::from_timestamp((ms / 1000) as i64, 0)
        .map_or_else(String::new, |d| d.format("%Y-%m-%d %H:%M:%S").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_by_level_and_selection() {
        let line = |level, hash: Option<&str>| LogLine {
            at_ms: 0,
            level,
            info_hash: hash.map(String::from),
            message: String::new(),
        };
        let filter = LogFilter::default();
        assert!(!filter.keeps(&line(LogLevel::Debug, None), &[]));
        assert!(filter.keeps(&line(LogLevel::Error, None), &[]));
        let mine = LogFilter {
            selected_only: true,
            ..LogFilter::default()
        };
        assert!(mine.keeps(&line(LogLevel::Info, Some("a")), &["a".into()]));
        assert!(!mine.keeps(&line(LogLevel::Info, Some("b")), &["a".into()]));
        assert!(!mine.keeps(&line(LogLevel::Info, None), &["a".into()]));
    }
}
