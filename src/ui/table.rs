//! The torrent table: one virtualised row per torrent, sortable headers, row selection.

use super::cells;
use super::context_menu::{self, MenuAction};
use super::selection::Selection;
use super::sort::{Sort, SortColumn, SortDir};
use crate::format;
use crate::state::{AppState, TorrentStatus, TorrentView};
use egui::{Align, Layout, Modifiers, ProgressBar, Sense, Ui, pos2};
use egui_extras::{Column, TableBuilder};

/// Header text and initial width of each column, left to right.
const COLUMNS: [(SortColumn, &str, f32); 12] = [
    (SortColumn::Name, "Name", 260.0),
    (SortColumn::Size, "Size", 80.0),
    (SortColumn::Progress, "Progress", 110.0),
    (SortColumn::Status, "Status", 90.0),
    (SortColumn::UpSpeed, "Up speed", 85.0),
    (SortColumn::DownSpeed, "Down speed", 85.0),
    (SortColumn::Uploaded, "Uploaded", 85.0),
    (SortColumn::Downloaded, "Downloaded", 85.0),
    (SortColumn::Ratio, "Ratio", 55.0),
    (SortColumn::Seeds, "Seeds", 55.0),
    (SortColumn::Peers, "Peers", 55.0),
    (SortColumn::NextAnnounce, "Next announce", 100.0),
];

/// What the user did in the table this frame.
#[derive(Default)]
pub struct TableOutput {
    pub header_clicked: Option<SortColumn>,
    /// Display position of the clicked row and the modifiers held.
    pub row_clicked: Option<(usize, Modifiers)>,
    /// A context-menu choice, and the display position of the row it was opened on.
    pub menu: Option<(usize, MenuAction)>,
}

/// Draws the rows of `state.torrents` in `order` (indices into it).
pub fn show(
    ui: &mut Ui,
    state: &AppState,
    order: &[usize],
    selection: &Selection,
    sort: Option<Sort>,
    editable: bool,
) -> TableOutput {
    let mut out = TableOutput::default();
    let modifiers = ui.input(|i| i.modifiers);
    let row_height = ui.spacing().interact_size.y;
    egui::ScrollArea::horizontal()
        .id_salt("torrent_table_h")
        // Fill the panel: shrunk to its content, the scroll bar would cover the rows.
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let mut builder = TableBuilder::new(ui)
                .id_salt("torrent_table")
                .striped(true)
                .resizable(true)
                .sense(Sense::click())
                .cell_layout(Layout::left_to_right(Align::Center));
            for (i, &(_, _, width)) in COLUMNS.iter().enumerate() {
                let column = Column::initial(width).at_least(40.0).clip(true);
                // The last column takes the rest of the width.
                builder = builder.column(if i + 1 == COLUMNS.len() {
                    Column::remainder()
                } else {
                    column
                });
            }
            builder
                .header(row_height + 4.0, |mut header| {
                    for &(column, title, _) in &COLUMNS {
                        header.col(|ui| {
                            if sort_header(
                                ui,
                                title,
                                sort.filter(|s| s.column == column).map(|s| s.dir),
                            ) {
                                out.header_clicked = Some(column);
                            }
                        });
                    }
                })
                .body(|body| {
                    body.rows(row_height, order.len(), |mut row| {
                        let pos = row.index();
                        let Some(t) = order.get(pos).and_then(|&i| state.torrents.get(i)) else {
                            return;
                        };
                        row.set_selected(selection.contains(&t.info_hash));
                        cells_of(&mut row, t, state.now_ms, row_height);
                        let response = row.response();
                        let unselected = !selection.contains(&t.info_hash);
                        if response.clicked() || (response.secondary_clicked() && unselected) {
                            out.row_clicked = Some((pos, modifiers));
                        }
                        response.context_menu(|ui| {
                            if let Some(action) = context_menu::show(ui, t, state, editable) {
                                out.menu = Some((pos, action));
                                ui.close();
                            }
                        });
                    });
                });
        });
    out
}

/// A header button; the sorted column also gets a painted ▲/▼ (the default fonts have no
/// arrow glyphs) and says its direction in its accessible name. Returns true when clicked.
fn sort_header(ui: &mut Ui, title: &str, dir: Option<SortDir>) -> bool {
    let response = ui.add(egui::Button::new(title).frame(false));
    if let Some(dir) = dir {
        let arrow = match dir {
            SortDir::Ascending => "▲",
            SortDir::Descending => "▼",
        };
        let name = format!("{title} {arrow}");
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        let (rect, _) = ui.allocate_exact_size(egui::vec2(8.0, 8.0), Sense::hover());
        let (top, bottom) = (rect.top(), rect.bottom());
        let points = match dir {
            SortDir::Ascending => vec![
                pos2(rect.left(), bottom),
                pos2(rect.right(), bottom),
                pos2(rect.center().x, top),
            ],
            SortDir::Descending => vec![
                pos2(rect.left(), top),
                pos2(rect.right(), top),
                pos2(rect.center().x, bottom),
            ],
        };
        let color = ui.visuals().strong_text_color();
        ui.painter().add(egui::Shape::convex_polygon(
            points,
            color,
            egui::Stroke::NONE,
        ));
    }
    response.clicked()
}

fn cells_of(
    row: &mut egui_extras::TableRow<'_, '_>,
    t: &TorrentView,
    now_ms: u64,
    row_height: f32,
) {
    row.col(|ui| {
        // Not selectable: a click on the name must select the row, not start a text selection.
        ui.add(egui::Label::new(&t.name).selectable(false).truncate());
    });
    number(row, format::bytes(t.total_size));
    row.col(|ui| {
        let bar = ProgressBar::new(t.progress as f32).text(cells::percent(t.progress));
        ui.add(bar.desired_height(row_height - 4.0));
    });
    row.col(|ui| {
        let label = ui.add(egui::Label::new(cells::status(&t.status)).selectable(false));
        if let TorrentStatus::Error(why) = &t.status {
            label.on_hover_text(why);
        }
    });
    number(row, format::rate(t.upload_rate));
    number(row, format::rate(t.download_rate));
    number(row, format::bytes(t.total_uploaded));
    number(row, format::bytes(t.total_downloaded));
    number(row, format::ratio(t.ratio()));
    number(row, cells::count(t.seeders));
    number(row, cells::count(t.leechers));
    number(row, cells::countdown(t.next_announce_ms, now_ms));
}

/// A right-aligned figure.
fn number(row: &mut egui_extras::TableRow<'_, '_>, text: String) {
    row.col(|ui| {
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            ui.add(egui::Label::new(text).selectable(false));
        });
    });
}

/// The centred hint shown instead of an empty table.
pub fn empty_hint(ui: &mut Ui, editable: bool) {
    let text = if editable {
        "Drop .torrent files here or press Add (Ctrl+O)"
    } else {
        "No torrents"
    };
    ui.centered_and_justified(|ui| {
        ui.label(egui::RichText::new(text).weak().size(16.0));
    });
}
