//! The Monitoring view: this process's CPU, memory, threads, descriptors, the machine's network
//! traffic, and torrents / connections over time (sampled by the engine through sysinfo).

use super::dashboard::tile;
use super::graph::{self, Series};
use crate::format;
use crate::state::{Monitor, MonitorSample};
use egui::Ui;

pub fn show(ui: &mut Ui, monitor: &Monitor) {
    let Some(latest) = monitor.latest() else {
        ui.weak(t!("mon-collecting"));
        return;
    };
    let secs = f64::from(monitor.refresh_secs.max(1));
    ui.horizontal_wrapped(|ui| {
        tile(ui, t!("mon-cpu"), format!("{:.1} %", latest.cpu_percent));
        tile(ui, t!("mon-rss"), format::bytes(latest.rss_bytes));
        tile(ui, t!("mon-threads"), latest.threads.to_string());
        tile(ui, t!("mon-fds"), latest.fds.to_string());
        tile(
            ui,
            t!("mon-net-in"),
            format::rate(latest.net_rx_bytes as f64 / secs),
        );
        tile(
            ui,
            t!("mon-net-out"),
            format::rate(latest.net_tx_bytes as f64 / secs),
        );
        tile(ui, t!("mon-received"), format::bytes(monitor.net_rx_total));
        tile(ui, t!("mon-sent"), format::bytes(monitor.net_tx_total));
        tile(ui, t!("mon-torrents"), latest.torrents.to_string());
        tile(ui, t!("mon-connections"), latest.connections.to_string());
    });
    ui.weak(t!("mon-every", secs = monitor.refresh_secs));
    ui.separator();
    let series = |name: String, f: fn(&MonitorSample) -> f64| Series {
        name,
        points: monitor.samples.iter().map(|s| (s.at_ms, f(s))).collect(),
    };
    let height = ((ui.available_height() - 40.0) / 2.0).max(100.0);
    ui.columns(2, |cols| {
        cols[0].strong(t!("mon-cpu-graph"));
        graph::lines(
            &mut cols[0],
            "mon_cpu",
            height,
            &[series(t!("mon-cpu"), |s| f64::from(s.cpu_percent))],
            graph::plain_unit,
        );
        cols[1].strong(t!("mon-memory"));
        graph::lines(
            &mut cols[1],
            "mon_rss",
            height,
            &[series(t!("mon-rss-line"), |s| s.rss_bytes as f64)],
            graph::bytes_unit,
        );
        cols[0].strong(t!("mon-network"));
        graph::lines(
            &mut cols[0],
            "mon_net",
            height,
            &[
                per_second(monitor, t!("mon-in"), |s| s.net_rx_bytes, secs),
                per_second(monitor, t!("mon-out"), |s| s.net_tx_bytes, secs),
            ],
            graph::rate_unit,
        );
        cols[1].strong(t!("mon-counts"));
        graph::lines(
            &mut cols[1],
            "mon_counts",
            height,
            &[
                series(t!("mon-threads"), |s| f64::from(s.threads)),
                series(t!("mon-descriptors"), |s| f64::from(s.fds)),
                series(t!("mon-torrents"), |s| f64::from(s.torrents)),
                series(t!("mon-connections"), |s| f64::from(s.connections)),
            ],
            graph::plain_unit,
        );
    });
}

/// Bytes per sample as bytes per second.
fn per_second(m: &Monitor, name: String, f: fn(&MonitorSample) -> u64, secs: f64) -> Series {
    Series {
        name,
        points: m
            .samples
            .iter()
            .map(|s| (s.at_ms, f(s) as f64 / secs))
            .collect(),
    }
}
