//! The login form, shown when the app asks for authentication and this browser has none:
//! the token the app printed at start-up, or a user name and password.

use crate::api::Credentials;
use dfakeseeder::t;
use egui::Ui;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Mode {
    #[default]
    Token,
    Password,
}

#[derive(Default)]
pub struct LoginForm {
    mode: Mode,
    token: String,
    username: String,
    password: String,
}

impl LoginForm {
    /// Draws the form; returns the credentials when the user submits them.
    /// `busy`: a login is under way (the button waits); `error`: why the last one failed.
    pub fn show(&mut self, ui: &mut Ui, busy: bool, error: Option<&str>) -> Option<Credentials> {
        let mut submit = false;
        ui.vertical_centered(|ui| {
            ui.set_max_width(420.0);
            ui.add_space(40.0);
            ui.heading(t!("viewer-login-title"));
            ui.label(t!("viewer-login-intro"));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                ui.selectable_value(&mut self.mode, Mode::Token, t!("viewer-login-token-mode"));
                ui.selectable_value(
                    &mut self.mode,
                    Mode::Password,
                    t!("viewer-login-password-mode"),
                );
            });
            ui.add_space(8.0);
            egui::Grid::new("login_fields")
                .num_columns(2)
                .show(ui, |ui| match self.mode {
                    Mode::Token => {
                        submit |= field(ui, t!("viewer-login-token"), &mut self.token, true);
                    }
                    Mode::Password => {
                        submit |= field(ui, t!("viewer-login-username"), &mut self.username, false);
                        submit |= field(ui, t!("viewer-login-password"), &mut self.password, true);
                    }
                });
            ui.add_space(8.0);
            let ready = !busy && self.credentials().is_some();
            let label = if busy {
                t!("viewer-login-busy")
            } else {
                t!("viewer-login-submit")
            };
            submit |= ui.add_enabled(ready, egui::Button::new(label)).clicked();
            if let Some(error) = error {
                ui.colored_label(ui.visuals().error_fg_color, error);
            }
        });
        if submit && !busy {
            self.credentials()
        } else {
            None
        }
    }

    /// What the filled-in fields say, if enough is filled in.
    fn credentials(&self) -> Option<Credentials> {
        match self.mode {
            Mode::Token => {
                let token = self.token.trim();
                (!token.is_empty()).then(|| Credentials::Token {
                    token: token.to_string(),
                })
            }
            Mode::Password => {
                (!self.username.trim().is_empty() && !self.password.is_empty()).then(|| {
                    Credentials::Password {
                        username: self.username.trim().to_string(),
                        password: self.password.clone(),
                    }
                })
            }
        }
    }

    /// Forgets the secrets once they worked.
    pub fn clear_secrets(&mut self) {
        self.token.clear();
        self.password.clear();
    }
}

/// One labelled field; true when Enter was pressed in it.
fn field(ui: &mut Ui, label: String, text: &mut String, secret: bool) -> bool {
    let title = ui.label(label);
    let edit = ui
        .add(
            egui::TextEdit::singleline(text)
                .password(secret)
                .desired_width(260.0),
        )
        .labelled_by(title.id);
    ui.end_row();
    edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
}
