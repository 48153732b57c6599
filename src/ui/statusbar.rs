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
        ui.label(t!("status-up", rate = format::rate(stats.upload_rate)))
            .on_hover_text(t!("status-up-tip"));
        ui.label(t!("status-down", rate = format::rate(stats.download_rate)))
            .on_hover_text(t!("status-down-tip"));
        ui.separator();
        ui.label(t!(
            "status-session",
            up = format::bytes(stats.session_uploaded),
            down = format::bytes(stats.session_downloaded)
        ));
        ui.separator();
        ui.label(t!(
            "status-total",
            up = format::bytes(stats.total_uploaded),
            down = format::bytes(stats.total_downloaded)
        ));
        ui.separator();
        let port = match stats.listening_port {
            0 => t!("status-not-listening"),
            port => t!("status-port", port = port),
        };
        ui.label(t!(
            "status-peers",
            now = stats.connections,
            max = stats.max_connections
        ))
        .on_hover_text(t!("status-peers-tip"));
        ui.label(port);
        ui.separator();
        let toggled = alt_speed(ui, stats, editable);
        ui.separator();
        ui.label(t!("status-torrents", count = torrents, selected = selected));
        toggled
    })
    .inner
}

fn alt_speed(ui: &mut Ui, stats: &GlobalStats, editable: bool) -> bool {
    let limits = t!(
        "status-limits",
        up = limit(stats.upload_limit_kib),
        down = limit(stats.download_limit_kib)
    );
    let text = if stats.alt_speed_enabled {
        egui::RichText::new(t!("status-alt-on")).color(ui.visuals().warn_fg_color)
    } else {
        egui::RichText::new(t!("status-alt-off"))
    };
    if editable {
        let tip = format!("{limits}\n{}", t!("status-alt-tip"));
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
        t!("status-unlimited")
    } else {
        format::rate(f64::from(kib) * 1024.0)
    }
}
