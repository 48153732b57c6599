//! The sidebar: state filters and tracker-host filters with live counts.

use super::filter::{Counts, Filter, StateFilter, TrackerFilter};
use egui::{Color32, RichText, Ui};

/// Draws the sidebar; returns the filter after the user's clicks.
pub fn show(ui: &mut Ui, counts: &Counts, current: &Filter) -> Filter {
    let mut next = current.clone();
    ui.strong(t!("sidebar-states"));
    for (i, state) in StateFilter::ALL.iter().enumerate() {
        let text = format!("{} ({})", state.label(), counts.states[i]);
        if ui.selectable_label(current.state == *state, text).clicked() {
            next.state = *state;
        }
    }
    ui.add_space(8.0);
    ui.strong(t!("sidebar-trackers"));
    let all = format!("{} ({})", t!("state-all"), counts.states[0]);
    if ui
        .selectable_label(current.tracker == TrackerFilter::All, all)
        .clicked()
    {
        next.tracker = TrackerFilter::All;
    }
    for host in &counts.hosts {
        let chosen = TrackerFilter::Host(host.host.clone());
        let clicked = ui
            .horizontal(|ui| {
                let label = ui.selectable_label(
                    current.tracker == chosen,
                    format!("{} ({})", host.host, host.torrents),
                );
                if !host.errors.is_empty() {
                    let mark = ui.label(
                        RichText::new("(!)")
                            .color(Color32::from_rgb(220, 60, 60))
                            .strong(),
                    );
                    mark.on_hover_text(format!(
                        "{}\n{}",
                        t!("sidebar-tracker-errors"),
                        host.errors.join("\n")
                    ));
                }
                label.clicked()
            })
            .inner;
        if clicked {
            next.tracker = chosen;
        }
    }
    if counts.trackerless > 0 {
        let text = format!("{} ({})", t!("state-trackerless"), counts.trackerless);
        if ui
            .selectable_label(current.tracker == TrackerFilter::Trackerless, text)
            .clicked()
        {
            next.tracker = TrackerFilter::Trackerless;
        }
    }
    next
}

/// The line above the table saying what is filtered, with a way out. Returns true on "Clear".
pub fn filter_line(ui: &mut Ui, filter: &Filter, shown: usize, total: usize) -> bool {
    if !filter.is_active() {
        return false;
    }
    ui.horizontal(|ui| {
        ui.label(t!(
            "sidebar-showing",
            what = filter.describe(),
            shown = shown,
            total = total
        ));
        ui.button(t!("sidebar-clear")).clicked()
    })
    .inner
}
