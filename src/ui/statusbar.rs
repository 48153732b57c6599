//! The status bar: global rates, session and total transfer, alt-speed, torrent count.

use crate::format;
use crate::state::GlobalStats;
use egui::Ui;

pub fn show(ui: &mut Ui, stats: &GlobalStats, torrents: usize, selected: usize) {
    ui.horizontal(|ui| {
        ui.label(format!("Up {}", format::rate(stats.upload_rate)))
            .on_hover_text("Upload rate, all torrents");
        ui.label(format!("Down {}", format::rate(stats.download_rate)))
            .on_hover_text("Download rate, all torrents");
        ui.separator();
        ui.label(format!(
            "Session: up {}, down {}",
            format::bytes(stats.session_uploaded),
            format::bytes(stats.session_downloaded)
        ));
        ui.separator();
        ui.label(format!(
            "Total: up {}, down {}",
            format::bytes(stats.total_uploaded),
            format::bytes(stats.total_downloaded)
        ));
        ui.separator();
        alt_speed(ui, stats);
        ui.separator();
        let noun = if torrents == 1 { "torrent" } else { "torrents" };
        if selected > 0 {
            ui.label(format!("{torrents} {noun}, {selected} selected"));
        } else {
            ui.label(format!("{torrents} {noun}"));
        }
    });
}

fn alt_speed(ui: &mut Ui, stats: &GlobalStats) {
    let limits = format!(
        "Limits now: up {}, down {}",
        limit(stats.upload_limit_kib),
        limit(stats.download_limit_kib)
    );
    if stats.alt_speed_enabled {
        ui.label(egui::RichText::new("Alt speed: on").color(ui.visuals().warn_fg_color))
            .on_hover_text(limits);
    } else {
        ui.label("Alt speed: off").on_hover_text(limits);
    }
}

fn limit(kib: u32) -> String {
    if kib == 0 {
        "unlimited".to_string()
    } else {
        format::rate(f64::from(kib) * 1024.0)
    }
}
