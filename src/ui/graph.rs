//! Line graphs over time (egui_plot) for the Status tab, the Dashboard and Monitoring.
//! The x axis is seconds before the newest sample, so the graph reads "the last N minutes".

use egui::Ui;
use egui_plot::{Legend, Line, Plot, PlotPoints};

/// One line: its name and (engine ms, value) samples, oldest first.
pub struct Series {
    pub name: String,
    pub points: Vec<(u64, f64)>,
}

/// Draws `series` in a fixed-height, non-interactive plot; `unit` formats the y axis.
pub fn lines(ui: &mut Ui, id: &str, height: f32, series: &[Series], unit: fn(f64) -> String) {
    let newest = series
        .iter()
        .filter_map(|s| s.points.last().map(|p| p.0))
        .max()
        .unwrap_or(0);
    let plot = Plot::new(id)
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .include_y(0.0)
        .legend(Legend::default())
        .x_axis_formatter(|mark, _| format!("{:.0}s", mark.value))
        .y_axis_formatter(move |mark, _| unit(mark.value));
    plot.show(ui, |plot_ui| {
        for s in series {
            let points: Vec<[f64; 2]> = s
                .points
                .iter()
                .map(|&(at, v)| [-((newest.saturating_sub(at)) as f64 / 1000.0), v])
                .collect();
            plot_ui.line(Line::new(s.name.clone(), PlotPoints::from(points)));
        }
    });
}

/// Bytes per second on an axis.
pub fn rate_unit(v: f64) -> String {
    crate::format::rate(v)
}

/// Bytes on an axis.
pub fn bytes_unit(v: f64) -> String {
    crate::format::bytes(v.max(0.0) as u64)
}

/// A plain count or percentage on an axis.
pub fn plain_unit(v: f64) -> String {
    format!("{v:.0}")
}
