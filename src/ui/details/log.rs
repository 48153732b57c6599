//! The Log tab: this torrent's lines of the engine log, newest last.

use crate::state::{LogLevel, LogLine};
use chrono::{DateTime, Utc};
use egui::Ui;

pub fn show(ui: &mut Ui, info_hash: &str, log: &[&LogLine]) {
    let mine: Vec<&&LogLine> = log
        .iter()
        .filter(|l| l.info_hash.as_deref() == Some(info_hash))
        .collect();
    if mine.is_empty() {
        ui.weak(t!("log-empty"));
        return;
    }
    let height = ui.text_style_height(&egui::TextStyle::Body);
    egui::ScrollArea::vertical()
        .id_salt("torrent_log")
        .stick_to_bottom(true)
        .show_rows(ui, height, mine.len(), |ui, range| {
            for line in &mine[range] {
                ui.label(format!(
                    "{}  {:<7}  {}",
                    time(line.at_ms),
                    level(line.level),
                    line.message
                ));
            }
        });
}

fn time(ms: u64) -> String {
    DateTime::<Utc>::from_timestamp((ms / 1000) as i64, 0)
        .map_or_else(String::new, |d| d.format("%H:%M:%S").to_string())
}

fn level(level: LogLevel) -> String {
    crate::ui::log_view::level_name(level)
}
