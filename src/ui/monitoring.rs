//! The Monitoring view: this process's CPU, memory, threads, descriptors, the machine's network
//! traffic, and torrents / connections over time (sampled by the engine through sysinfo).

use super::dashboard::tile;
use super::graph::{self, Series};
use crate::format;
use crate::state::{Monitor, MonitorSample};
use egui::Ui;

pub fn show(ui: &mut Ui, monitor: &Monitor) {
    let Some(latest) = monitor.latest() else {
        ui.weak("Collecting the first sample…");
        return;
    };
    let secs = f64::from(monitor.refresh_secs.max(1));
    ui.horizontal_wrapped(|ui| {
        tile(ui, "CPU", format!("{:.1} %", latest.cpu_percent));
        tile(ui, "Memory (RSS)", format::bytes(latest.rss_bytes));
        tile(ui, "Threads", latest.threads.to_string());
        tile(ui, "File descriptors", latest.fds.to_string());
        tile(
            ui,
            "Network in",
            format::rate(latest.net_rx_bytes as f64 / secs),
        );
        tile(
            ui,
            "Network out",
            format::rate(latest.net_tx_bytes as f64 / secs),
        );
        tile(ui, "Received (total)", format::bytes(monitor.net_rx_total));
        tile(ui, "Sent (total)", format::bytes(monitor.net_tx_total));
        tile(ui, "Torrents", latest.torrents.to_string());
        tile(ui, "Connections", latest.connections.to_string());
    });
    ui.weak(format!(
        "A sample every {} s; network figures are all interfaces of this machine.",
        monitor.refresh_secs
    ));
    ui.separator();
    let series = |name, f: fn(&MonitorSample) -> f64| Series {
        name,
        points: monitor.samples.iter().map(|s| (s.at_ms, f(s))).collect(),
    };
    let height = ((ui.available_height() - 40.0) / 2.0).max(100.0);
    ui.columns(2, |cols| {
        cols[0].strong("CPU %");
        graph::lines(
            &mut cols[0],
            "mon_cpu",
            height,
            &[series("CPU", |s| f64::from(s.cpu_percent))],
            graph::plain_unit,
        );
        cols[1].strong("Memory");
        graph::lines(
            &mut cols[1],
            "mon_rss",
            height,
            &[series("RSS", |s| s.rss_bytes as f64)],
            graph::bytes_unit,
        );
        cols[0].strong("Network");
        graph::lines(
            &mut cols[0],
            "mon_net",
            height,
            &[
                per_second(monitor, "In", |s| s.net_rx_bytes, secs),
                per_second(monitor, "Out", |s| s.net_tx_bytes, secs),
            ],
            graph::rate_unit,
        );
        cols[1].strong("Threads, descriptors, torrents, connections");
        graph::lines(
            &mut cols[1],
            "mon_counts",
            height,
            &[
                series("Threads", |s| f64::from(s.threads)),
                series("Descriptors", |s| f64::from(s.fds)),
                series("Torrents", |s| f64::from(s.torrents)),
                series("Connections", |s| f64::from(s.connections)),
            ],
            graph::plain_unit,
        );
    });
}

/// Bytes per sample as bytes per second.
fn per_second<'a>(
    m: &Monitor,
    name: &'a str,
    f: fn(&MonitorSample) -> u64,
    secs: f64,
) -> Series<'a> {
    Series {
        name,
        points: m
            .samples
            .iter()
            .map(|s| (s.at_ms, f(s) as f64 / secs))
            .collect(),
    }
}
