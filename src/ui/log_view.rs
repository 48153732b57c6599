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

const LEVELS: [(LogLevel, &str); 4] = [
    (LogLevel::Debug, "debug"),
    (LogLevel::Info, "info"),
    (LogLevel::Warning, "warning"),
    (LogLevel::Error, "error"),
];

pub fn show(ui: &mut Ui, state: &AppState, selected: &[String], filter: &mut LogFilter) {
    ui.horizontal(|ui| {
        ui.label("Show from level:");
        for (level, name) in LEVELS {
            ui.selectable_value(&mut filter.min_level, level, name);
        }
        ui.separator();
        ui.checkbox(&mut filter.selected_only, "only the selected torrents");
    });
    ui.separator();
    let lines: Vec<&LogLine> = state
        .log
        .iter()
        .filter(|l| filter.keeps(l, selected))
        .collect();
    if lines.is_empty() {
        ui.weak("No log line matches.");
        return;
    }
    let height = ui.text_style_height(&egui::TextStyle::Body);
    egui::ScrollArea::vertical()
        .id_salt("global_log")
        .stick_to_bottom(true)
        .auto_shrink([false, false])
        .show_rows(ui, height, lines.len(), |ui, range| {
            for line in &lines[range] {
                let name = LEVELS
                    .iter()
                    .find(|(l, _)| *l == line.level)
                    .map_or("", |(_, n)| n);
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
