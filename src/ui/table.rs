//! The torrent table: one virtualised row per torrent, sortable headers, row selection.

use super::cells;
use super::columns::{self, Column};
use super::context_menu::{self, MenuAction};
use super::edit::{self, Edit};
use super::selection::Selection;
use super::sort::{Sort, SortDir};
use crate::state::{AppState, TorrentStatus, TorrentView};
use egui::{Align, Layout, Modifiers, ProgressBar, Sense, Ui, pos2};
use egui_extras::{Column as Column_, TableBuilder};

/// What the user did in the table this frame.
#[derive(Default)]
pub struct TableOutput {
    pub header_clicked: Option<Column>,
    /// Display position of the clicked row and the modifiers held.
    pub row_clicked: Option<(usize, Modifiers)>,
    /// A context-menu choice, and the display position of the row it was opened on.
    pub menu: Option<(usize, MenuAction)>,
    /// The column chooser (right-click on a header) changed the shown columns.
    pub columns: Option<Vec<Column>>,
    /// An inline edit in a selected row: (info-hash, change).
    pub edit: Option<(String, Edit)>,
}

/// What the table draws: which rows in which order, which columns, and how.
pub struct TableInput<'a> {
    pub state: &'a AppState,
    /// Indices into `state.torrents`, in display order.
    pub order: &'a [usize],
    pub selection: &'a Selection,
    pub sort: Option<Sort>,
    pub columns: &'a [Column],
    pub editable: bool,
}

/// Draws the rows of `state.torrents` in `order`.
pub fn show(ui: &mut Ui, input: &TableInput<'_>) -> TableOutput {
    let mut out = TableOutput::default();
    let modifiers = ui.input(|i| i.modifiers);
    let row_height = ui.spacing().interact_size.y;
    let columns = input.columns;
    egui::ScrollArea::horizontal()
        .id_salt("torrent_table_h")
        // Fill the panel: shrunk to its content, the scroll bar would cover the rows.
        .auto_shrink([false, false])
        .show(ui, |ui| {
            // The column set is part of the id, so saved widths never land on another column.
            let mut builder = TableBuilder::new(ui)
                .id_salt(("torrent_table", columns::to_setting(columns)))
                .striped(true)
                .resizable(true)
                .sense(Sense::click())
                .cell_layout(Layout::left_to_right(Align::Center));
            for (i, column) in columns.iter().enumerate() {
                // The last column takes the rest of the width.
                builder = builder.column(if i + 1 == columns.len() {
                    Column_::remainder()
                } else {
                    Column_::initial(column.width()).at_least(36.0).clip(true)
                });
            }
            builder
                .header(row_height + 4.0, |mut header| {
                    for &column in columns {
                        header.col(|ui| {
                            let dir = input.sort.filter(|s| s.column == column).map(|s| s.dir);
                            let response = sort_header(ui, &column.title(), dir);
                            if response.clicked() {
                                out.header_clicked = Some(column);
                            }
                            response.context_menu(|ui| {
                                if let Some(shown) = chooser(ui, columns) {
                                    out.columns = Some(shown);
                                }
                            });
                        });
                    }
                })
                .body(|body| {
                    body.rows(row_height, input.order.len(), |mut row| {
                        row_of(&mut row, input, row_height, modifiers, &mut out);
                    });
                });
        });
    out
}

/// One torrent's row, its clicks and its context menu.
fn row_of(
    row: &mut egui_extras::TableRow<'_, '_>,
    input: &TableInput<'_>,
    row_height: f32,
    modifiers: Modifiers,
    out: &mut TableOutput,
) {
    let pos = row.index();
    let Some((queue, t)) = input
        .order
        .get(pos)
        .and_then(|&i| Some((i, input.state.torrents.get(i)?)))
    else {
        return;
    };
    let selected = input.selection.contains(&t.info_hash);
    row.set_selected(selected);
    // Editors only in a selected row, and only when exactly that one row is selected,
    // as in the old app: a drag then changes one torrent, never a hidden selection.
    let editing = input.editable && selected && input.selection.len() == 1;
    for &column in input.columns {
        row.col(|ui| {
            if editing && edit::EDITABLE.contains(&column) {
                if let Some(edit) = edit::editor(ui, column, t) {
                    out.edit = Some((t.info_hash.clone(), edit));
                }
                return;
            }
            cell(ui, column, t, queue, input.state.now_ms, row_height);
        });
    }
    let response = row.response();
    if response.clicked() || (response.secondary_clicked() && !selected) {
        out.row_clicked = Some((pos, modifiers));
    }
    response.context_menu(|ui| {
        if let Some(action) = context_menu::show(ui, t, input.state, input.editable) {
            out.menu = Some((pos, action));
            ui.close();
        }
    });
}

/// The right-click menu on a header: one checkbox per column.
fn chooser(ui: &mut Ui, shown: &[Column]) -> Option<Vec<Column>> {
    let mut changed = None;
    ui.label(egui::RichText::new(t!("table-columns")).strong());
    // Three columns of checkboxes: every choice visible at once.
    ui.horizontal_top(|ui| {
        for chunk in Column::ALL.chunks(Column::ALL.len().div_ceil(3)) {
            ui.vertical(|ui| {
                for &column in chunk {
                    let mut on = shown.contains(&column);
                    if ui.checkbox(&mut on, column.title()).changed() {
                        changed = Some(columns::toggled(shown, column));
                    }
                }
            });
        }
    });
    if ui.button(t!("table-default-columns")).clicked() {
        changed = Some(columns::DEFAULT.to_vec());
        ui.close();
    }
    changed
}

/// A header button; the sorted column also gets a painted ▲/▼ (the default fonts have no
/// arrow glyphs) and says its direction in its accessible name. Right-click opens the chooser.
fn sort_header(ui: &mut Ui, title: &str, dir: Option<SortDir>) -> egui::Response {
    let response = ui.add(egui::Button::new(title).frame(false));
    // A column header to assistive tools (and tests), not one more button named "Status";
    // the sorted one says its direction.
    let arrow = dir.map(|d| match d {
        SortDir::Ascending => " ▲",
        SortDir::Descending => " ▼",
    });
    let name = format!("{title}{}", arrow.unwrap_or(""));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ColumnHeader, true, &name));
    if let Some(dir) = dir {
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
    response
}

fn cell(ui: &mut Ui, column: Column, t: &TorrentView, queue: usize, now_ms: u64, height: f32) {
    match column {
        // Not selectable: a click on the name must select the row, not start a text selection.
        Column::Name => {
            ui.add(egui::Label::new(&t.name).selectable(false).truncate());
        }
        Column::Progress => {
            let bar = ProgressBar::new(t.progress as f32).text(cells::percent(t.progress));
            ui.add(bar.desired_height(height - 4.0));
        }
        Column::Status => {
            let label = ui.add(egui::Label::new(cells::status(&t.status)).selectable(false));
            if let TorrentStatus::Error(why) = &t.status {
                label.on_hover_text(why);
            }
        }
        c if c.is_numeric() => number(ui, c.text(t, queue, now_ms)),
        c => {
            ui.add(
                egui::Label::new(c.text(t, queue, now_ms))
                    .selectable(false)
                    .truncate(),
            );
        }
    }
}

/// A right-aligned figure.
fn number(ui: &mut Ui, text: String) {
    ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
        ui.add(egui::Label::new(text).selectable(false));
    });
}

/// The centred hint shown instead of an empty table.
pub fn empty_hint(ui: &mut Ui, editable: bool) {
    let text = if editable {
        t!("table-empty")
    } else {
        t!("table-empty-viewer")
    };
    ui.centered_and_justified(|ui| {
        ui.label(egui::RichText::new(text).weak().size(16.0));
    });
}
