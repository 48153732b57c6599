//! The web API and viewer server (`webui.*`, the old app's keys where the meaning is the same).

use serde::{Deserialize, Serialize};
use std::net::IpAddr;

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct WebUiSettings {
    /// Serve the API and the viewer while the window runs (headless serves unless `--no-web`).
    pub enabled: bool,
    pub port: u16,
    /// The address bound (ignored when `localhost_only`).
    pub interface: String,
    /// Bind 127.0.0.1 whatever `interface` says.
    pub localhost_only: bool,
    pub https_enabled: bool,
    /// PEM files of the certificate chain and its private key.
    pub https_cert_path: String,
    pub https_key_path: String,
    /// Ask for the token, or the user name and password, on every API call.
    pub auth_enabled: bool,
    pub username: String,
    /// A new password to set, as typed: the engine replaces it by `password_hash` at once, so it
    /// is never saved (the old app kept it here in plain text).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub password: String,
    /// The argon2 hash (PHC string) of the password; empty = no password login.
    pub password_hash: String,
    /// The API token (`Authorization: Bearer`); empty = the engine makes a new random one.
    pub token: String,
    pub session_timeout_minutes: u32,
    /// Failed logins from one address before it is refused for five minutes.
    pub ban_after_failures: u32,
    /// The control endpoints (add, pause, resume, announce, remove, alternative speeds).
    pub allow_control: bool,
    /// Host names the server answers to, comma-separated; empty = localhost, 127.0.0.1, [::1]
    /// and the bound address. Others are refused (DNS rebinding).
    pub allowed_hosts: String,
}

impl WebUiSettings {
    /// The address bound, from `localhost_only` and `interface`.
    pub fn bind_ip(&self) -> Option<IpAddr> {
        if self.localhost_only {
            return Some(IpAddr::V4(std::net::Ipv4Addr::LOCALHOST));
        }
        self.interface.trim().parse().ok()
    }

    /// The extra host names, trimmed, without empty entries.
    pub fn host_names(&self) -> Vec<String> {
        self.allowed_hosts
            .split(',')
            .map(|h| h.trim().to_ascii_lowercase())
            .filter(|h| !h.is_empty())
            .collect()
    }

    pub fn validate(&self) -> Result<(), String> {
        use super::{in_range, invalid};
        in_range("webui.port", u32::from(self.port), 1024, 65_535)?;
        let typed = self.interface.trim().parse::<IpAddr>();
        let (Ok(_), Some(ip)) = (typed, self.bind_ip()) else {
            let why = t!("val-not-an-address", text = self.interface.trim());
            return Err(invalid("webui.interface", why));
        };
        if !ip.is_loopback() && !self.auth_enabled {
            return Err(invalid("webui.auth_enabled", t!("val-web-needs-auth")));
        }
        if self.https_enabled {
            if self.https_cert_path.trim().is_empty() {
                return Err(invalid("webui.https_cert_path", t!("val-web-choose-file")));
            }
            if self.https_key_path.trim().is_empty() {
                return Err(invalid("webui.https_key_path", t!("val-web-choose-file")));
            }
        }
        if self.username.len() > 255 || self.username.contains(char::is_control) {
            return Err(invalid("webui.username", t!("val-web-username")));
        }
        in_range(
            "webui.session_timeout_minutes",
            self.session_timeout_minutes,
            5,
            1440,
        )?;
        in_range("webui.ban_after_failures", self.ban_after_failures, 1, 100)?;
        let bad_host = self.host_names().into_iter().find(|h| {
            h.len() > 253 || h.chars().any(|c| c.is_whitespace() || "/\\@?#".contains(c))
        });
        if let Some(host) = bad_host {
            let why = t!("val-web-host", text = host.as_str());
            return Err(invalid("webui.allowed_hosts", why));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::settings::Settings;

    #[test]
    fn defaults_bind_loopback_with_auth_and_no_control() {
        let w = Settings::default().webui;
        assert!(!w.enabled && w.auth_enabled && !w.allow_control);
        assert_eq!((w.port, w.bind_ip()), (8080, "127.0.0.1".parse().ok()));
        assert_eq!(w.validate(), Ok(()));
    }

    #[test]
    fn a_public_bind_without_auth_is_refused() {
        let mut w = Settings::default().webui;
        w.localhost_only = false;
        w.interface = "0.0.0.0".into();
        w.validate().expect("with auth it is allowed");
        w.auth_enabled = false;
        let why = w.validate().expect_err("refused");
        assert!(why.starts_with("webui.auth_enabled"), "{why}");
        w.interface = "::1".into();
        assert_eq!(w.validate(), Ok(()), "loopback needs no auth");
    }

    #[test]
    fn ranges_paths_and_hosts_are_checked() {
        let base = Settings::default().webui;
        let mut w = base.clone();
        w.session_timeout_minutes = 4;
        assert!(w.validate().is_err());
        let mut w = base.clone();
        w.ban_after_failures = 101;
        assert!(w.validate().is_err());
        let mut w = base.clone();
        w.https_enabled = true;
        assert!(
            w.validate()
                .is_err_and(|e| e.starts_with("webui.https_cert_path"))
        );
        let mut w = base.clone();
        w.allowed_hosts = "seeder.lan, evil/x".into();
        assert!(
            w.validate()
                .is_err_and(|e| e.starts_with("webui.allowed_hosts"))
        );
        let mut w = base;
        w.allowed_hosts = " Seeder.LAN ,,x.example".into();
        assert_eq!(w.host_names(), ["seeder.lan", "x.example"]);
    }
}
