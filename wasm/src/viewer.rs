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
        // While connecting or offline, the banner's count goes on even when nothing arrives;
        // the form waits for the user.
        let tick = match phase {
            Phase::Starting => true,
            Phase::Login { .. } => false,
            Phase::Viewing => !link.is_live(),
        };
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
        if tick {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Credentials;
    use crate::aria::MirrorPlugin;
    use crate::connection::Transport;
    use dfakeseeder::state::{AppState, TorrentStatus, TorrentView};
    use egui::accesskit::Role;
    use egui_kittest::Harness;
    use egui_kittest::kittest::{NodeT as _, Queryable as _};
    use std::sync::RwLock;
    use std::sync::atomic::{AtomicU64, Ordering};

    /// The tests' clock, in whole seconds.
    static NOW: AtomicU64 = AtomicU64::new(100);

    fn now() -> f64 {
        NOW.load(Ordering::Relaxed) as f64
    }

    struct Fixture {
        h: Harness<'static, Viewer>,
        status: SharedStatus,
        sent: Arc<Mutex<Vec<Credentials>>>,
        mirror: Arc<Mutex<String>>,
    }

    fn fixture(phase: Phase) -> Fixture {
        let torrents = ["alpha", "bravo", "charlie"]
            .map(|name| TorrentView {
                info_hash: format!("{name:0>40}"),
                name: name.into(),
                status: TorrentStatus::Seeding,
                ..Default::default()
            })
            .to_vec();
        let state: SharedState = Arc::new(RwLock::new(AppState {
            torrents,
            revision: 1,
            ..AppState::default()
        }));
        let status = SharedStatus::default();
        with_status(&status, |s| s.phase = phase);
        let sent: Arc<Mutex<Vec<Credentials>>> = Arc::default();
        let log = sent.clone();
        let on_login: LoginSink = Box::new(move |c| log.lock().unwrap().push(c));
        let viewer = Viewer::new(state, status.clone(), on_login, now);
        let h = Harness::builder()
            .with_size(egui::vec2(1400.0, 800.0))
            .build_ui_state(|ui, v: &mut Viewer| v.ui(ui), viewer);
        let mirror: Arc<Mutex<String>> = Arc::default();
        let out = mirror.clone();
        h.ctx.add_plugin(MirrorPlugin::new(Box::new(move |html| {
            *out.lock().unwrap() = html.to_string();
        })));
        let mut f = Fixture {
            h,
            status,
            sent,
            mirror,
        };
        f.h.run();
        f
    }

    fn login() -> Phase {
        Phase::Login {
            busy: false,
            error: None,
        }
    }

    #[test]
    fn the_form_sends_a_token_then_waits_then_says_why_it_failed() {
        let mut f = fixture(login());
        assert!(
            f.h.query_by_label("alpha").is_none(),
            "no state before login"
        );
        let field = f.h.get_by_role_and_label(Role::PasswordInput, "Token");
        field.click();
        f.h.run();
        f.h.get_by_role_and_label(Role::PasswordInput, "Token")
            .type_text(" 0123abcd ");
        f.h.run();
        f.h.get_by_role_and_label(Role::Button, "Log in").click();
        f.h.run();
        assert_eq!(
            *f.sent.lock().unwrap(),
            [Credentials::Token {
                token: "0123abcd".into()
            }]
        );
        f.h.run();
        f.h.get_by_label("Logging in…");
        with_status(&f.status, |s| {
            s.phase = Phase::Login {
                busy: false,
                error: Some(crate::api::login_refused(401)),
            }
        });
        f.h.run();
        f.h.get_by_label("Wrong token, user name or password.");
    }

    #[test]
    fn the_form_sends_a_user_name_and_password() {
        let mut f = fixture(login());
        f.h.get_by_label("User name and password").click();
        f.h.run();
        assert!(
            f.h.query_by_role_and_label(Role::Button, "Log in")
                .is_some_and(|b| b.accesskit_node().is_disabled()),
            "nothing to send yet"
        );
        for (role, label, text) in [
            (Role::TextInput, "User name", "admin"),
            (Role::PasswordInput, "Password", "secret"),
        ] {
            f.h.get_by_role_and_label(role, label).click();
            f.h.run();
            f.h.get_by_role_and_label(role, label).type_text(text);
            f.h.run();
        }
        f.h.key_press(egui::Key::Enter);
        f.h.run();
        assert_eq!(
            *f.sent.lock().unwrap(),
            [Credentials::Password {
                username: "admin".into(),
                password: "secret".into()
            }]
        );
    }

    #[test]
    fn viewing_shows_the_link_the_torrents_and_mirrors_them_without_controls() {
        let mut f = fixture(Phase::Viewing);
        with_status(&f.status, |s| s.connection.succeeded(Transport::Events));
        f.h.run();
        f.h.get_by_label("Live");
        f.h.get_by_label("Read-only view");
        f.h.get_by_label("bravo");
        assert!(f.h.query_by_label("Pause").is_none());
        let html = f.mirror.lock().unwrap().clone();
        for name in ["alpha", "bravo", "charlie", "Live", "Read-only view"] {
            assert!(html.contains(&format!(">{name}<")), "{name} in {html}");
        }
        assert!(
            html.contains("role=\"columnheader\" aria-label=\"Name"),
            "{html}"
        );
        assert!(!html.contains("aria-label=\"Pause\""));
        // The link drops: reconnecting, then offline with its count.
        NOW.store(200, Ordering::Relaxed);
        with_status(&f.status, |s| s.connection.failed(now()));
        f.h.run();
        f.h.get_by_label("Reconnecting…");
        NOW.store(215, Ordering::Relaxed);
        f.h.run();
        f.h.get_by_label_contains("for 15 s");
        assert!(f.mirror.lock().unwrap().contains("for 15 s"));
    }
}
