//! Answers only to the host names it is known by, so a web page whose name was rebound to our
//! address (DNS rebinding) cannot read the API from the user's browser.

use std::net::{IpAddr, SocketAddr};

pub struct AllowedHosts {
    /// Lowercase names (IPv6 in brackets) that must come with our port, when they carry one.
    ours: Vec<String>,
    /// Names the user added (a reverse proxy may use its own port).
    extra: Vec<String>,
    port: u16,
}

impl AllowedHosts {
    pub fn new(local: SocketAddr, extra: &[String]) -> AllowedHosts {
        let mut ours: Vec<String> = ["localhost", "127.0.0.1", "[::1]"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        if !local.ip().is_unspecified() {
            ours.push(bracketed(local.ip()));
        }
        AllowedHosts {
            ours,
            extra: extra.iter().map(|h| h.to_ascii_lowercase()).collect(),
            port: local.port(),
        }
    }

    /// Whether a request with this `Host` header is for us.
    pub fn allows(&self, host: &str) -> bool {
        let host = host.trim().to_ascii_lowercase();
        let (name, port) = split_port(&host);
        if self.extra.iter().any(|h| *h == name) {
            return true;
        }
        let port_ok = match port {
            Some(p) => p.parse::<u16>().ok() == Some(self.port),
            None => matches!(self.port, 80 | 443),
        };
        port_ok && self.ours.iter().any(|h| *h == name)
    }
}

fn bracketed(ip: IpAddr) -> String {
    match ip {
        IpAddr::V6(v6) => format!("[{v6}]"),
        v4 => v4.to_string(),
    }
}

/// `name:port` → (name, Some(port)); `[v6]:port` keeps its brackets.
fn split_port(host: &str) -> (&str, Option<&str>) {
    if let Some(end) = host.find(']') {
        let (name, rest) = host.split_at(end + 1);
        return (name, rest.strip_prefix(':'));
    }
    match host.rsplit_once(':') {
        Some((name, port)) => (name, Some(port)),
        None => (host, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_names_with_our_port_and_the_users_names() {
        let hosts = AllowedHosts::new("127.0.0.1:8080".parse().unwrap(), &["seeder.lan".into()]);
        for ok in [
            "localhost:8080",
            "127.0.0.1:8080",
            "[::1]:8080",
            "LOCALHOST:8080",
            "seeder.lan",
            "seeder.lan:443",
        ] {
            assert!(hosts.allows(ok), "{ok}");
        }
        for bad in [
            "evil.example:8080",
            "localhost:8081",
            "localhost",
            "127.0.0.1.evil.example:8080",
            "",
            "[::1]",
        ] {
            assert!(!hosts.allows(bad), "{bad}");
        }
        let public = AllowedHosts::new("192.168.1.5:80".parse().unwrap(), &[]);
        assert!(public.allows("192.168.1.5") && public.allows("192.168.1.5:80"));
        let v6 = AllowedHosts::new("[fe80::1]:9000".parse().unwrap(), &[]);
        assert!(v6.allows("[fe80::1]:9000"));
    }
}
