//! Tracker URLs split into what a request needs: scheme, host, port and the request target.

use super::TrackerError;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    Http,
    Https,
    Udp,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrackerUrl {
    pub scheme: Scheme,
    /// As written, without IPv6 brackets.
    pub host: String,
    pub port: u16,
    /// Path and query (`/announce?passkey=x`), fragment removed. `/` when an HTTP URL has none;
    /// may be empty for UDP.
    pub target: String,
}

impl TrackerUrl {
    pub fn parse(url: &str) -> Result<TrackerUrl, TrackerError> {
        let fail = |what: &str| TrackerError::Url {
            url: url.to_owned(),
            what: what.to_owned(),
        };
        if let Some(bad) = url.chars().find(|c| c.is_control() || c.is_whitespace()) {
            return Err(fail(&format!("contains the character {bad:?}")));
        }
        let (scheme, rest) = url.split_once("://").ok_or_else(|| fail("has no scheme"))?;
        let scheme = match scheme.to_ascii_lowercase().as_str() {
            "http" => Scheme::Http,
            "https" => Scheme::Https,
            "udp" => Scheme::Udp,
            other => return Err(fail(&format!("scheme {other:?} is not http, https or udp"))),
        };
        let rest = rest.split('#').next().unwrap_or_default();
        let split = rest.find(['/', '?']).unwrap_or(rest.len());
        let (authority, target) = rest.split_at(split);
        if authority.contains('@') {
            return Err(fail("user info in tracker URLs is not supported"));
        }
        let (host, port) = split_host_port(authority).map_err(|what| fail(&what))?;
        if host.is_empty() {
            return Err(fail("has no host"));
        }
        let port = match (port, scheme) {
            (Some(port), _) => port,
            (None, Scheme::Http) => 80,
            (None, Scheme::Https) => 443,
            (None, Scheme::Udp) => return Err(fail("a udp:// URL needs a port")),
        };
        let target = match target {
            "" if scheme != Scheme::Udp => "/".to_owned(),
            t if t.starts_with('?') && scheme != Scheme::Udp => format!("/{t}"),
            t => t.to_owned(),
        };
        Ok(TrackerUrl {
            scheme,
            host: host.to_owned(),
            port,
            target,
        })
    }

    pub fn default_port(&self) -> Option<u16> {
        match self.scheme {
            Scheme::Http => Some(80),
            Scheme::Https => Some(443),
            Scheme::Udp => None,
        }
    }

    /// The `Host` header value: the port only when it is not the scheme's default, unless
    /// `always_port`; IPv6 hosts in brackets.
    pub fn host_header(&self, always_port: bool) -> String {
        let host = if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        };
        if always_port || Some(self.port) != self.default_port() {
            format!("{host}:{}", self.port)
        } else {
            host
        }
    }
}

fn split_host_port(authority: &str) -> Result<(&str, Option<u16>), String> {
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let (host, after) = v6
            .split_once(']')
            .ok_or_else(|| "has an unclosed '[' in the host".to_owned())?;
        match after {
            "" => (host, None),
            _ => match after.strip_prefix(':') {
                Some(port) => (host, Some(port)),
                None => return Err(format!("has {after:?} after the IPv6 host")),
            },
        }
    } else {
        match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    let port = match port {
        None => None,
        Some(text) => match text.parse::<u16>() {
            Ok(0) | Err(_) => return Err(format!("port {text:?} is not 1..=65535")),
            Ok(port) => Some(port),
        },
    };
    Ok((host, port))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_scheme_host_port_and_target() {
        let u = TrackerUrl::parse("http://127.0.0.1:7070/announce?passkey=ab#frag").unwrap();
        assert_eq!(
            (u.scheme, u.host.as_str(), u.port, u.target.as_str()),
            (Scheme::Http, "127.0.0.1", 7070, "/announce?passkey=ab")
        );
        assert_eq!(u.host_header(false), "127.0.0.1:7070");
        let u = TrackerUrl::parse("HTTPS://tracker.example.org").unwrap();
        assert_eq!((u.port, u.target.as_str()), (443, "/"));
        assert_eq!(u.host_header(false), "tracker.example.org");
        assert_eq!(u.host_header(true), "tracker.example.org:443");
        let u = TrackerUrl::parse("udp://[::1]:6969").unwrap();
        assert_eq!(
            (u.host.as_str(), u.port, u.target.as_str()),
            ("::1", 6969, "")
        );
        assert_eq!(u.host_header(false), "[::1]:6969");
        let u = TrackerUrl::parse("http://h?x=1").unwrap();
        assert_eq!(u.target, "/?x=1");
    }

    #[test]
    fn refuses_what_cannot_become_a_request() {
        let cases = [
            (
                "ftp://h/announce",
                "scheme \"ftp\" is not http, https or udp",
            ),
            ("h/announce", "has no scheme"),
            ("udp://h/announce", "a udp:// URL needs a port"),
            ("http://h:0/a", "port \"0\" is not 1..=65535"),
            ("http://h:99999/a", "port \"99999\" is not 1..=65535"),
            (
                "http://u:p@h/a",
                "user info in tracker URLs is not supported",
            ),
            ("http:///a", "has no host"),
            ("http://h/a b", "contains the character ' '"),
            ("http://[::1/a", "has an unclosed '[' in the host"),
        ];
        for (url, what) in cases {
            let err = TrackerUrl::parse(url).unwrap_err();
            assert_eq!(
                err.to_string(),
                format!("tracker URL {url:?}: {what}"),
                "{url}"
            );
        }
    }
}
