//! The settings window: edits a copy of the settings; Apply / OK send it to the engine, which
//! checks it again, applies it live and saves it. Only settings that work are shown; those that
//! apply on the next start say so. A search field filters the settings of every tab.

mod fields;

use crate::settings::Settings;
use crate::state::{AppState, Command};
use egui::{Context, Ui};
use fields::{FIELDS, Field};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    General,
    Connection,
    PeerProtocol,
    Speed,
    BitTorrent,
    Notifications,
    WebUi,
    Advanced,
}

impl Tab {
    const ALL: [Tab; 8] = [
        Tab::General,
        Tab::Connection,
        Tab::PeerProtocol,
        Tab::Speed,
        Tab::BitTorrent,
        Tab::Notifications,
        Tab::WebUi,
        Tab::Advanced,
    ];

    fn label(self) -> String {
        match self {
            Tab::General => t!("settab-general"),
            Tab::Connection => t!("settab-connection"),
            Tab::PeerProtocol => t!("settab-peer-protocol"),
            Tab::Speed => t!("settab-speed"),
            Tab::BitTorrent => t!("settab-bittorrent"),
            Tab::Notifications => t!("settab-notifications"),
            Tab::WebUi => t!("settab-webui"),
            Tab::Advanced => t!("settab-advanced"),
        }
    }
}

/// (key, label) of every field, in window order.
pub fn keys() -> Vec<(&'static str, String)> {
    FIELDS.iter().map(|f| (f.key, f.label())).collect()
}

pub struct SettingsWindow {
    draft: Settings,
    tab: Tab,
    search: String,
    /// Closing was asked with unsaved changes: the window asks what to do.
    confirm_close: bool,
    /// The settings last applied: the engine fills in what it makes of them (the password's
    /// hash, a rotated token), and the draft takes those over.
    sent: Option<Settings>,
}

/// Export or import of the settings file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettingsFile {
    Export,
    Import,
}

pub enum SettingsOutcome {
    Open,
    /// Closed; with the settings to apply, if any.
    Closed(Option<Command>),
    /// Apply and stay open.
    Apply(Command),
    /// Ask for a file to export the settings to, or import them from.
    File(SettingsFile),
}

impl SettingsWindow {
    pub fn new(current: &Settings) -> SettingsWindow {
        SettingsWindow {
            draft: current.clone(),
            tab: Tab::General,
            search: String::new(),
            confirm_close: false,
            sent: None,
        }
    }

    /// Takes over the web secrets the engine made from the applied draft, so the draft
    /// matches what is in force (and the window does not ask about unsaved changes).
    fn adopt_secrets(&mut self, state: &AppState) {
        let Some(sent) = &self.sent else { return };
        if self.draft != *sent {
            self.sent = None;
            return;
        }
        let mut resolved = sent.clone();
        resolved.webui.password.clear();
        resolved.webui.password_hash = state.settings.webui.password_hash.clone();
        resolved.webui.token = state.settings.webui.token.clone();
        if resolved == state.settings {
            self.draft = resolved;
            self.sent = None;
        }
    }

    pub fn show(&mut self, ctx: &Context, state: &AppState) -> SettingsOutcome {
        let mut outcome = SettingsOutcome::Open;
        let mut open = true;
        self.adopt_secrets(state);
        let changed = self.draft != state.settings;
        egui::Window::new(t!("settings-title"))
            .id(egui::Id::unique("settings_window"))
            .open(&mut open)
            .collapsible(false)
            .default_width(560.0)
            .show(ctx, |ui| {
                if self.confirm_close {
                    outcome = self.confirm(ui);
                    return;
                }
                self.header(ui);
                if self.tab == Tab::General
                    && self.search.trim().is_empty()
                    && let Some(file) = self.file_buttons(ui)
                {
                    outcome = SettingsOutcome::File(file);
                }
                ui.separator();
                egui::ScrollArea::vertical()
                    .max_height(460.0)
                    .show(ui, |ui| self.fields(ui, state));
                ui.separator();
                let buttons = self.buttons(ui, changed);
                if !matches!(buttons, SettingsOutcome::Open) {
                    outcome = buttons;
                }
            });
        // The close button and Escape: ask first when something is unsaved.
        let escape = ctx.input(|i| i.key_pressed(egui::Key::Escape));
        if (!open || escape) && matches!(outcome, SettingsOutcome::Open) {
            if changed && !self.confirm_close {
                self.confirm_close = true;
            } else {
                outcome = SettingsOutcome::Closed(None);
            }
        }
        outcome
    }

    fn header(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let label = ui.label(t!("search-label"));
            ui.add(
                egui::TextEdit::singleline(&mut self.search)
                    .hint_text(t!("settings-search-hint"))
                    .desired_width(240.0),
            )
            .labelled_by(label.id);
        });
        if self.search.trim().is_empty() {
            ui.horizontal_wrapped(|ui| {
                for t in Tab::ALL {
                    ui.selectable_value(&mut self.tab, t, t.label());
                }
            });
        }
    }

    /// The current tab's settings, or every tab's that match the search.
    fn fields(&mut self, ui: &mut Ui, state: &AppState) {
        let error = self.draft.validate().err();
        let needle = self.search.trim().to_lowercase();
        let shown: Vec<&Field> = FIELDS
            .iter()
            .filter(|f| {
                if needle.is_empty() {
                    f.tab == self.tab
                } else {
                    f.label().to_lowercase().contains(&needle) || f.key.contains(&needle)
                }
            })
            .collect();
        if shown.is_empty() {
            ui.weak(t!("settings-no-match"));
            return;
        }
        egui::Grid::new("settings_fields")
            .num_columns(3)
            .striped(true)
            .show(ui, |ui| {
                for field in shown {
                    let label = if needle.is_empty() {
                        ui.label(field.label())
                    } else {
                        ui.label(format!("{} › {}", field.tab.label(), field.label()))
                    };
                    let response = (field.edit)(ui, &mut self.draft, state);
                    response.labelled_by(label.id).on_hover_text(field.key);
                    // The reason a value is refused, beside the field it is about.
                    match &error {
                        Some(e) if e.starts_with(field.key) => {
                            ui.colored_label(ui.visuals().error_fg_color, e);
                        }
                        _ => {
                            ui.label("");
                        }
                    }
                    ui.end_row();
                }
            });
    }

    /// Export, import, and every setting back to its default.
    fn file_buttons(&mut self, ui: &mut Ui) -> Option<SettingsFile> {
        let mut chosen = None;
        ui.horizontal(|ui| {
            if cfg!(not(target_arch = "wasm32")) {
                if ui.button(t!("settings-export")).clicked() {
                    chosen = Some(SettingsFile::Export);
                }
                if ui.button(t!("settings-import")).clicked() {
                    chosen = Some(SettingsFile::Import);
                }
            }
            let reset = ui
                .button(t!("settings-reset-all"))
                .on_hover_text(t!("settings-reset-all-tip"));
            if reset.clicked() {
                self.draft = Settings::default();
            }
        });
        chosen
    }

    fn buttons(&mut self, ui: &mut Ui, changed: bool) -> SettingsOutcome {
        let valid = self.draft.validate();
        if let Err(why) = &valid {
            ui.colored_label(ui.visuals().error_fg_color, why);
        }
        let mut outcome = SettingsOutcome::Open;
        let mut reset = false;
        ui.horizontal(|ui| {
            let ok = valid.is_ok();
            if ui
                .add_enabled(ok, egui::Button::new(t!("common-ok")))
                .clicked()
            {
                outcome = SettingsOutcome::Closed(changed.then(|| self.command()));
            }
            if ui
                .add_enabled(ok && changed, egui::Button::new(t!("settings-apply")))
                .clicked()
            {
                self.sent = Some(self.draft.clone());
                outcome = SettingsOutcome::Apply(self.command());
            }
            if ui.button(t!("common-cancel")).clicked() {
                outcome = SettingsOutcome::Closed(None);
            }
            reset = ui
                .button(t!("settings-reset-tab"))
                .on_hover_text(t!("settings-reset-tip"))
                .clicked();
        });
        if reset {
            fields::reset_tab(&mut self.draft, self.tab);
        }
        outcome
    }

    fn command(&self) -> Command {
        Command::UpdateSettings(Box::new(self.draft.clone()))
    }

    /// Asked on closing with unsaved changes.
    fn confirm(&mut self, ui: &mut Ui) -> SettingsOutcome {
        ui.label(t!("settings-unsaved"));
        let mut outcome = SettingsOutcome::Open;
        ui.horizontal(|ui| {
            let valid = self.draft.validate().is_ok();
            if ui
                .add_enabled(valid, egui::Button::new(t!("settings-save")))
                .clicked()
            {
                outcome = SettingsOutcome::Closed(Some(self.command()));
            }
            if ui.button(t!("settings-discard")).clicked() {
                outcome = SettingsOutcome::Closed(None);
            }
            if ui.button(t!("settings-keep-editing")).clicked() {
                self.confirm_close = false;
            }
        });
        outcome
    }
}
