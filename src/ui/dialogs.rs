//! The remove confirmation: lists the names, offers to delete the copied .torrent too.

use egui::{Context, Id, Modal};

/// An open confirmation. Holds the torrents as they were when it opened, so the list
/// cannot change under the user while they read it.
#[derive(Debug)]
pub struct RemoveDialog {
    pub info_hashes: Vec<String>,
    pub names: Vec<String>,
    pub delete_file: bool,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    StillOpen,
    Cancelled,
    Confirmed,
}

impl RemoveDialog {
    pub fn show(&mut self, ctx: &Context) -> Outcome {
        let mut outcome = Outcome::StillOpen;
        let n = self.names.len();
        let modal = Modal::new(Id::unique("remove_confirmation")).show(ctx, |ui| {
            ui.set_max_width(480.0);
            ui.heading(t!("remove-title", count = n));
            let row_height = ui.text_style_height(&egui::TextStyle::Body);
            // Virtualised: removing after Ctrl+A over thousands of rows stays cheap.
            egui::ScrollArea::vertical()
                .max_height(200.0)
                .auto_shrink([false, true])
                .show_rows(ui, row_height, n, |ui, range| {
                    for name in &self.names[range] {
                        ui.label(name);
                    }
                });
            ui.checkbox(&mut self.delete_file, t!("remove-also-file"));
            ui.separator();
            ui.horizontal(|ui| {
                if ui.button(t!("remove-yes")).clicked() {
                    outcome = Outcome::Confirmed;
                }
                if ui.button(t!("common-cancel")).clicked() {
                    outcome = Outcome::Cancelled;
                }
            });
        });
        if outcome == Outcome::StillOpen && modal.should_close() {
            outcome = Outcome::Cancelled;
        }
        outcome
    }
}
