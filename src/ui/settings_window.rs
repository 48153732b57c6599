//! The settings window: edits a copy of the settings; Apply / OK send it to the engine, which
//! checks it again and saves it. Only settings that work are shown.

use crate::settings::{Settings, ToastPosition};
use crate::state::{AppState, Command};
use egui::{Context, DragValue, Ui};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tab {
    BitTorrent,
    Speed,
    Connection,
    Notifications,
    General,
}

impl Tab {
    const ALL: [Tab; 5] = [
        Tab::BitTorrent,
        Tab::Speed,
        Tab::Connection,
        Tab::Notifications,
        Tab::General,
    ];

    fn label(self) -> &'static str {
        match self {
            Tab::BitTorrent => "BitTorrent",
            Tab::Speed => "Speed",
            Tab::Connection => "Connection",
            Tab::Notifications => "Notifications",
            Tab::General => "General",
        }
    }
}

pub struct SettingsWindow {
    draft: Settings,
    tab: Tab,
}

pub enum SettingsOutcome {
    Open,
    /// Closed; with the settings to apply, if any.
    Closed(Option<Command>),
    /// Apply and stay open.
    Apply(Command),
}

impl SettingsWindow {
    pub fn new(current: &Settings) -> SettingsWindow {
        SettingsWindow {
            draft: current.clone(),
            tab: Tab::BitTorrent,
        }
    }

    pub fn show(&mut self, ctx: &Context, state: &AppState) -> SettingsOutcome {
        let mut outcome = SettingsOutcome::Open;
        let mut open = true;
        egui::Window::new("Settings")
            .open(&mut open)
            .collapsible(false)
            .default_width(520.0)
            .show(ctx, |ui| {
                ui.horizontal(|ui| {
                    for t in Tab::ALL {
                        ui.selectable_value(&mut self.tab, t, t.label());
                    }
                });
                ui.separator();
                match self.tab {
                    Tab::BitTorrent => bittorrent(ui, &mut self.draft, state),
                    Tab::Speed => speed(ui, &mut self.draft),
                    Tab::Connection => connection(ui, &mut self.draft),
                    Tab::Notifications => notifications(ui, &mut self.draft),
                    Tab::General => general(ui, &mut self.draft),
                }
                ui.separator();
                outcome = self.buttons(ui, &state.settings);
            });
        // Escape cancels, like the close button.
        if !open || ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            outcome = SettingsOutcome::Closed(None);
        }
        outcome
    }

    fn buttons(&mut self, ui: &mut Ui, current: &Settings) -> SettingsOutcome {
        let valid = self.draft.validate();
        if let Err(why) = &valid {
            ui.colored_label(ui.visuals().error_fg_color, why);
        }
        let changed = self.draft != *current;
        let draft = self.draft.clone();
        let command = || Command::UpdateSettings(Box::new(draft.clone()));
        let mut outcome = SettingsOutcome::Open;
        let mut reset = false;
        ui.horizontal(|ui| {
            let ok = valid.is_ok();
            if ui.add_enabled(ok, egui::Button::new("OK")).clicked() {
                outcome = SettingsOutcome::Closed(changed.then(command));
            }
            if ui
                .add_enabled(ok && changed, egui::Button::new("Apply"))
                .clicked()
            {
                outcome = SettingsOutcome::Apply(command());
            }
            if ui.button("Cancel").clicked() {
                outcome = SettingsOutcome::Closed(None);
            }
            reset = ui.button("Reset tab").clicked();
        });
        if reset {
            self.reset_tab();
        }
        outcome
    }

    fn reset_tab(&mut self) {
        let d = Settings::default();
        let s = &mut self.draft;
        match self.tab {
            Tab::BitTorrent => {
                s.upload_speed = d.upload_speed;
                s.download_speed = d.download_speed;
                s.threshold = d.threshold;
                s.seeding_profile = d.seeding_profile;
                s.bittorrent = d.bittorrent;
                s.tickspeed = d.tickspeed;
            }
            Tab::Speed => s.speed = d.speed,
            Tab::Connection => s.connection = d.connection,
            Tab::Notifications => s.notification_settings = d.notification_settings,
            Tab::General => {
                s.ui_settings = d.ui_settings;
                s.columns = d.columns;
            }
        }
    }
}

/// A label and its editor, which takes the label as its accessible name.
fn row(ui: &mut Ui, label: &str, add: impl FnOnce(&mut Ui) -> egui::Response) {
    let label = ui.label(label);
    add(ui).labelled_by(label.id);
    ui.end_row();
}

fn grid(ui: &mut Ui, id: &str, add: impl FnOnce(&mut Ui)) {
    egui::Grid::new(id)
        .num_columns(2)
        .striped(true)
        .show(ui, add);
}

fn bittorrent(ui: &mut Ui, s: &mut Settings, state: &AppState) {
    grid(ui, "settings_bt", |ui| {
        row(ui, "Upload speed of new torrents (KiB/s)", |ui| {
            ui.add(DragValue::new(&mut s.upload_speed).range(0..=10_000_000))
        });
        row(ui, "Download speed of new torrents (KiB/s)", |ui| {
            ui.add(DragValue::new(&mut s.download_speed).range(0..=10_000_000))
        });
        row(ui, "Upload from progress (%)", |ui| {
            ui.add(DragValue::new(&mut s.threshold).range(0..=100))
        });
        row(ui, "Seeding profile", |ui| {
            egui::ComboBox::from_id_salt("seeding profile")
                .selected_text(s.seeding_profile.clone())
                .show_ui(ui, |ui| {
                    for p in ["conservative", "balanced", "aggressive", "custom"] {
                        ui.selectable_value(&mut s.seeding_profile, p.to_string(), p);
                    }
                })
                .response
        });
        row(ui, "Scrape interval (s)", |ui| {
            ui.add(DragValue::new(&mut s.bittorrent.scrape_interval_seconds).range(60..=86_400))
        });
        row(ui, "Simulation step (s)", |ui| {
            ui.add(DragValue::new(&mut s.tickspeed).range(1..=3600))
        });
        row(ui, "Default client (applies on restart)", |ui| {
            let name = |id: &str| {
                state
                    .client_profiles
                    .iter()
                    .find(|(i, _)| i == id)
                    .map_or(id.to_string(), |(_, n)| n.clone())
            };
            egui::ComboBox::from_id_salt("default client")
                .selected_text(name(&s.client_profile))
                .show_ui(ui, |ui| {
                    for (id, n) in &state.client_profiles {
                        ui.selectable_value(&mut s.client_profile, id.clone(), n);
                    }
                })
                .response
        });
    });
}

fn speed(ui: &mut Ui, s: &mut Settings) {
    let sp = &mut s.speed;
    grid(ui, "settings_speed", |ui| {
        fn kib(v: &mut u32) -> DragValue<'_> {
            DragValue::new(v).range(0..=10_000_000).suffix(" KiB/s")
        }
        row(ui, "Global upload limit (0 = none)", |ui| {
            ui.add(kib(&mut sp.upload_limit_kbps))
        });
        row(ui, "Global download limit (0 = none)", |ui| {
            ui.add(kib(&mut sp.download_limit_kbps))
        });
        row(ui, "Use the alternative limits", |ui| {
            ui.checkbox(&mut sp.enable_alternative_speeds, "")
        });
        row(ui, "Alternative upload limit", |ui| {
            ui.add(kib(&mut sp.alt_upload_limit_kbps))
        });
        row(ui, "Alternative download limit", |ui| {
            ui.add(kib(&mut sp.alt_download_limit_kbps))
        });
    });
}

fn connection(ui: &mut Ui, s: &mut Settings) {
    let c = &mut s.connection;
    grid(ui, "settings_conn", |ui| {
        row(ui, "Listening port (applies on restart)", |ui| {
            ui.add(DragValue::new(&mut c.listening_port).range(1..=65_535))
        });
        row(ui, "Most peer connections (applies on restart)", |ui| {
            ui.add(DragValue::new(&mut c.max_global_connections).range(1..=100_000))
        });
        row(ui, "Most per torrent (applies on restart)", |ui| {
            ui.add(DragValue::new(&mut c.max_per_torrent).range(1..=10_000))
        });
    });
}

fn notifications(ui: &mut Ui, s: &mut Settings) {
    let n = &mut s.notification_settings;
    grid(ui, "settings_notes", |ui| {
        row(ui, "Show toasts", |ui| ui.checkbox(&mut n.enabled, ""));
        row(ui, "Position", |ui| {
            egui::ComboBox::from_id_salt("toast position")
                .selected_text(format!("{:?}", n.position))
                .show_ui(ui, |ui| {
                    for p in ToastPosition::ALL {
                        ui.selectable_value(&mut n.position, p, format!("{p:?}"));
                    }
                })
                .response
        });
        row(ui, "At most on screen", |ui| {
            ui.add(DragValue::new(&mut n.max_visible).range(1..=10))
        });
        fn ms(v: &mut u32) -> DragValue<'_> {
            DragValue::new(v).range(0..=30_000).suffix(" ms")
        }
        row(ui, "Info stays (0 = until closed)", |ui| {
            ui.add(ms(&mut n.info_timeout_ms))
        });
        row(ui, "Success stays", |ui| {
            ui.add(ms(&mut n.success_timeout_ms))
        });
        row(ui, "Warning stays", |ui| {
            ui.add(ms(&mut n.warning_timeout_ms))
        });
        row(ui, "Error stays", |ui| ui.add(ms(&mut n.error_timeout_ms)));
        row(ui, "Newest event in the status bar", |ui| {
            ui.checkbox(&mut n.show_in_statusbar, "")
        });
    });
}

fn general(ui: &mut Ui, s: &mut Settings) {
    grid(ui, "settings_general", |ui| {
        row(ui, "Monitoring sample every (s)", |ui| {
            ui.add(DragValue::new(&mut s.ui_settings.monitoring_refresh_interval).range(1..=10))
        });
        row(ui, "Table columns", |ui| {
            ui.label("right-click a column header to choose")
        });
    });
}
