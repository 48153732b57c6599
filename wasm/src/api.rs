//! The server's API as the viewer uses it: paths, the auth answer, the login body and what a
//! refused login means. Pure, so it is tested natively. Paths are relative: the viewer works
//! wherever the app serves it (at `/`, or under a reverse proxy's prefix).

use dfakeseeder::t;
use serde::{Deserialize, Serialize};

pub const AUTH: &str = "api/auth";
pub const LOGIN: &str = "api/login";
pub const STATE: &str = "api/state";
pub const EVENTS: &str = "api/events";
/// The SSE event that carries an `AppState`.
pub const STATE_EVENT: &str = "state";

/// `GET /api/auth`.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
pub struct AuthStatus {
    pub auth_required: bool,
    pub authenticated: bool,
}

impl AuthStatus {
    pub fn needs_login(self) -> bool {
        self.auth_required && !self.authenticated
    }
}

/// The body of `POST /api/login`.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
#[serde(untagged)]
pub enum Credentials {
    Token { token: String },
    Password { username: String, password: String },
}

impl Credentials {
    pub fn to_json(&self) -> String {
        // Two string fields cannot fail to serialise; an empty body would be refused anyway.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// What the form says when the server refused a login with `status`.
pub fn login_refused(status: u16) -> String {
    match status {
        401 | 403 => t!("viewer-login-wrong"),
        429 => t!("viewer-login-throttled"),
        status => t!("viewer-login-failed", status = status),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auth_answer_and_login_bodies() {
        let a: AuthStatus =
            serde_json::from_str(r#"{"auth_required":true,"authenticated":false}"#).unwrap();
        assert!(a.needs_login());
        let b: AuthStatus =
            serde_json::from_str(r#"{"auth_required":true,"authenticated":true}"#).unwrap();
        assert!(!b.needs_login());
        assert!(serde_json::from_str::<AuthStatus>("{}").is_err());
        assert_eq!(
            Credentials::Token {
                token: "ab\"c".into()
            }
            .to_json(),
            r#"{"token":"ab\"c"}"#
        );
        assert_eq!(
            Credentials::Password {
                username: "u".into(),
                password: "p".into()
            }
            .to_json(),
            r#"{"username":"u","password":"p"}"#
        );
    }

    #[test]
    fn refusals_say_why() {
        assert_ne!(login_refused(401), login_refused(429));
        assert!(login_refused(500).contains("500"));
    }
}
