//! The status bar: global rates, session and total transfer, alt-speed, torrent count.

use crate::format;
use crate::state::{Event, GlobalStats};
use egui::Ui;

/// Draws the bar; returns true when the user clicked the alt-speed indicator (editable only).
pub fn show(
    ui: &mut Ui,
    stats: &GlobalStats,
    torrents: usize,
    selected: usize,
    editable: bool,
    latest: Option<&Event>,
) -> bool {
    ui.horizontal(|ui| {
        if let Some(event) = latest {
            ui.label(super::cells::truncate(&event.message, 60))
                .on_hover_text(&event.message);
            ui.separator();
        }
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
        let port = match stats.listening_port {
            0 => "Not listening for peers".to_string(),
            port => format!("Port {port}"),
        };
        ui.label(format!(
            "Peers {} / {}",
            stats.connections, stats.max_connections
        ))
        .on_hover_text("Peers connected to us now / at most");
        ui.label(port);
        ui.separator();
        let toggled = alt_speed(ui, stats, editable);
        ui.separator();
        let noun = if torrents == 1 { "torrent" } else { "torrents" };
        if selected > 0 {
            ui.label(format!("{torrents} {noun}, {selected} selected"));
        } else {
            ui.label(format!("{torrents} {noun}"));
        }
        toggled
    })
    .inner
}

fn alt_speed(ui: &mut Ui, stats: &GlobalStats, editable: bool) -> bool {
    let limits = format!(
        "Limits now: up {}, down {}",
        limit(stats.upload_limit_kib),
        limit(stats.download_limit_kib)
    );
    let text = if stats.alt_speed_enabled {
        egui::RichText::new("Alt speed: on").color(ui.visuals().warn_fg_color)
    } else {
        egui::RichText::new("Alt speed: off")
    };
    if editable {
        let tip = format!("{limits}\nClick to turn the alternative limits on or off");
        ui.add(egui::Button::new(text).frame(false))
            .on_hover_text(tip)
            .clicked()
    } else {
        ui.label(text).on_hover_text(limits);
        false
    }
}

fn limit(kib: u32) -> String {
    if kib == 0 {
        "unlimited".to_string()
    } else {
        format::rate(f64::from(kib) * 1024.0)
    }
}
