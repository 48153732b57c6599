//! What one run of the server needs, taken from the settings (and `--web` in headless).

use crate::settings::WebUiSettings;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Clone, Debug, PartialEq)]
pub struct WebConfig {
    pub bind: SocketAddr,
    pub auth_enabled: bool,
    pub token: String,
    pub username: String,
    pub password_hash: String,
    pub session_timeout: Duration,
    pub ban_after_failures: u32,
    pub allow_control: bool,
    /// Certificate chain and key (PEM) when serving HTTPS.
    pub tls: Option<TlsFiles>,
    /// Host names besides localhost, 127.0.0.1, [::1] and the bound address.
    pub extra_hosts: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TlsFiles {
    pub cert: PathBuf,
    pub key: PathBuf,
}

impl WebConfig {
    /// The settings' server, bound to `bind` instead when given (`--web ADDR`).
    pub fn from_settings(
        web: &WebUiSettings,
        bind: Option<SocketAddr>,
    ) -> Result<WebConfig, String> {
        let bind = match bind {
            Some(addr) => addr,
            None => {
                let ip = web
                    .bind_ip()
                    .ok_or_else(|| t!("val-not-an-address", text = web.interface.trim()))?;
                SocketAddr::new(ip, web.port)
            }
        };
        let tls = web.https_enabled.then(|| TlsFiles {
            cert: PathBuf::from(web.https_cert_path.trim()),
            key: PathBuf::from(web.https_key_path.trim()),
        });
        Ok(WebConfig {
            bind,
            auth_enabled: web.auth_enabled,
            token: web.token.clone(),
            username: web.username.clone(),
            password_hash: web.password_hash.clone(),
            session_timeout: Duration::from_secs(
                u64::from(web.session_timeout_minutes.clamp(5, 1440)) * 60,
            ),
            ban_after_failures: web.ban_after_failures.clamp(1, 100),
            allow_control: web.allow_control,
            tls,
            extra_hosts: web.host_names(),
        })
    }

    /// Refuses what must not run: anything but loopback without authentication.
    pub fn check(&self) -> Result<(), String> {
        if !self.bind.ip().is_loopback() && !self.auth_enabled {
            let addr = self.bind.to_string();
            return Err(t!("web-refused-no-auth", addr = addr.as_str()));
        }
        if self.auth_enabled && self.token.is_empty() && self.password_hash.is_empty() {
            return Err(t!("web-refused-no-credentials"));
        }
        Ok(())
    }

    pub fn scheme(&self) -> &'static str {
        if self.tls.is_some() { "https" } else { "http" }
    }
}

/// The URL a browser on this machine opens for `addr` (an unspecified address becomes
/// loopback).
pub fn url_for(scheme: &str, addr: SocketAddr) -> String {
    let ip = match addr.ip() {
        ip if ip.is_unspecified() && ip.is_ipv4() => "127.0.0.1".to_string(),
        ip if ip.is_unspecified() => "[::1]".to_string(),
        std::net::IpAddr::V6(ip) => format!("[{ip}]"),
        ip => ip.to_string(),
    };
    format!("{scheme}://{ip}:{}/", addr.port())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_refusals() {
        let mut web = crate::settings::Settings::default().webui;
        web.token = "t".into();
        let c = WebConfig::from_settings(&web, None).unwrap();
        assert_eq!(url_for(c.scheme(), c.bind), "http://127.0.0.1:8080/");
        c.check().unwrap();
        let public: SocketAddr = "0.0.0.0:9000".parse().unwrap();
        let mut open = WebConfig::from_settings(&web, Some(public)).unwrap();
        assert_eq!(url_for("https", open.bind), "https://127.0.0.1:9000/");
        open.auth_enabled = false;
        assert!(open.check().unwrap_err().contains("0.0.0.0:9000"));
        let v6: SocketAddr = "[::1]:1".parse().unwrap();
        assert_eq!(url_for("http", v6), "http://[::1]:1/");
    }
}
