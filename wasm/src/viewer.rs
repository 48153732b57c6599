//! The viewer's top level: the login form while it is needed, then the connection banner
//! above the app's own UI with no command sink (read-only: nothing that would change the
//! app is drawn). The browser glue (`web`, `feed`) writes [`Status`] and the `AppState`.

use crate::api::Credentials;
use crate::connection::{Connection, Link};
use crate::login::LoginForm;
use dfakeseeder::state::SharedState;
use dfakeseeder::t;
use dfakeseeder::ui::App;
use std::sync::{Arc, Mutex, PoisonError};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Asking the app whether it wants a login.
    Starting,
    /// The form is shown; `busy` while a login request is under way.
    Login {
        busy: bool,
        error: Option<String>,
    },
    Viewing,
}

#[derive(Debug)]
pub struct Status {
    pub phase: Phase,
    pub connection: Connection,
}

impl Default for Status {
    fn default() -> Status {
        Status {
            phase: Phase::Starting,
            connection: Connection::default(),
        }
    }
}

pub type SharedStatus = Arc<Mutex<Status>>;

/// Runs `f` on the status (a panicked writer leaves a status that is still fine to use).
pub fn with_status<R>(status: &SharedStatus, f: impl FnOnce(&mut Status) -> R) -> R {
    f(&mut status.lock().unwrap_or_else(PoisonError::into_inner))
}

/// Where the form's credentials go (the browser's login request; a recorder in tests).
pub type LoginSink = Box<dyn Fn(Credentials)>;

pub struct Viewer {
    app: App,
    status: SharedStatus,
    form: LoginForm,
    on_login: LoginSink,
    /// Seconds on the same clock the glue uses for [`Connection`].
    clock: fn() -> f64,
}

impl Viewer {
    pub fn new(
        state: SharedState,
        status: SharedStatus,
        on_login: LoginSink,
        clock: fn() -> f64,
    ) -> Viewer {
        Viewer {
            app: App::new(state, None),
            status,
            form: LoginForm::default(),
            on_login,
            clock,
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let now = (self.clock)();
        let (phase, link) =
            with_status(&self.status, |s| (s.phase.clone(), s.connection.link(now)));
        match phase {
            Phase::Starting => {
                egui::CentralPanel::default().show(ui, |ui| {
                    ui.centered_and_justified(|ui| ui.label(t!("viewer-loading")));
                });
            }
            Phase::Login { busy, error } => {
                egui::CentralPanel::default().show(ui, |ui| {
                    if let Some(credentials) = self.form.show(ui, busy, error.as_deref()) {
                        with_status(&self.status, |s| {
                            s.phase = Phase::Login {
                                busy: true,
                                error: None,
                            }
                        });
                        (self.on_login)(credentials);
                    }
                });
            }
            Phase::Viewing => {
                self.form.clear_secrets();
                banner(ui, link);
                self.app.ui(ui);
            }
        }
        if !link.is_live() {
            // The offline count goes on even when nothing arrives.
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs(1));
        }
    }
}

/// The strip above everything: the link's state, and that this view cannot change anything.
fn banner(ui: &mut egui::Ui, link: Link) {
    egui::Panel::top("viewer_connection").show(ui, |ui| {
        ui.horizontal(|ui| {
            let visuals = ui.visuals();
            let color = match link {
                Link::Live(_) => egui::Color32::from_rgb(0x3c, 0xb3, 0x71),
                Link::Connecting | Link::Reconnecting => visuals.warn_fg_color,
                Link::Offline(_) => visuals.error_fg_color,
            };
            // A painted dot: the default fonts have no reliable circle glyph.
            let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
            ui.painter().circle_filled(rect.center(), 4.0, color);
            ui.label(link.text());
            ui.separator();
            ui.weak(t!("viewer-read-only"));
        });
    });
}

impl eframe::App for Viewer {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        Viewer::ui(self, ui);
    }
}
