//! A small async HTTP/1.0 client for the app's web server (plain or TLS), and helpers to start
//! a server in-process over a real engine.

use dfakeseeder::engine::EngineHandle;
use dfakeseeder::web::{WebConfig, WebContext, WebServer};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;

pub const TOKEN: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
const IO_TIMEOUT: Duration = Duration::from_secs(15);

#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    /// Header lines, names lowercased.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", self.text()))
    }

    /// The `{"error": ...}` message of a refusal (panics when the body is not that).
    pub fn error(&self) -> String {
        let v = self.json();
        v["error"]
            .as_str()
            .unwrap_or_else(|| panic!("no error field in {v}"))
            .to_string()
    }
}

/// One request: method, path, extra header lines, body.
#[derive(Clone, Default)]
pub struct Req {
    pub method: &'static str,
    pub path: String,
    pub headers: Vec<String>,
    pub body: Vec<u8>,
    /// The Host header (default `127.0.0.1:<port>`).
    pub host: Option<String>,
}

impl Req {
    pub fn get(path: &str) -> Req {
        Req {
            method: "GET",
            path: path.into(),
            ..Default::default()
        }
    }

    pub fn post(path: &str, body: impl Into<Vec<u8>>) -> Req {
        Req {
            method: "POST",
            path: path.into(),
            body: body.into(),
            ..Default::default()
        }
    }

    pub fn delete(path: &str) -> Req {
        Req {
            method: "DELETE",
            path: path.into(),
            ..Default::default()
        }
    }

    pub fn bearer(mut self, token: &str) -> Req {
        self.headers.push(format!("Authorization: Bearer {token}"));
        self
    }

    pub fn cookie(mut self, cookie: &str) -> Req {
        self.headers.push(format!("Cookie: {cookie}"));
        self
    }

    pub fn json_body(mut self) -> Req {
        self.headers.push("Content-Type: application/json".into());
        self
    }

    pub fn host(mut self, host: &str) -> Req {
        self.host = Some(host.into());
        self
    }

    fn head(&self, addr: SocketAddr) -> Vec<u8> {
        let host = self
            .host
            .clone()
            .unwrap_or_else(|| format!("127.0.0.1:{}", addr.port()));
        let mut head = format!(
            "{} {} HTTP/1.0\r\nHost: {host}\r\nConnection: close\r\n",
            self.method, self.path
        );
        for h in &self.headers {
            head.push_str(h);
            head.push_str("\r\n");
        }
        if !self.body.is_empty() || self.method == "POST" {
            head.push_str(&format!("Content-Length: {}\r\n", self.body.len()));
        }
        head.push_str("\r\n");
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(&self.body);
        bytes
    }
}

/// Sends `req` to the server at `addr` over plain TCP.
pub async fn send(addr: SocketAddr, req: Req) -> Result<Reply, String> {
    let stream = TcpStream::connect(addr)
        .await
        .map_err(|e| format!("connect {addr}: {e}"))?;
    exchange(stream, addr, req).await
}

/// Sends `req` over TLS, trusting only `root` (DER) and naming the server `server_name`.
pub async fn send_tls(
    addr: SocketAddr,
    root: Vec<u8>,
    server_name: &str,
    req: Req,
) -> Result<Reply, String> {
    use tokio_rustls::rustls::pki_types::{CertificateDer, ServerName};
    use tokio_rustls::rustls::{ClientConfig, RootCertStore};
    let mut roots = RootCertStore::empty();
    roots
        .add(CertificateDer::from(root))
        .map_err(|e| e.to_string())?;
    let config = ClientConfig::builder()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
    let tcp = TcpStream::connect(addr)
        .await
        .map_err(|e| format!("connect {addr}: {e}"))?;
    let name = ServerName::try_from(server_name.to_string()).map_err(|e| e.to_string())?;
    let tls = connector
        .connect(name, tcp)
        .await
        .map_err(|e| format!("TLS: {e}"))?;
    exchange(tls, addr, req).await
}

async fn exchange<S: AsyncRead + AsyncWrite + Unpin>(
    mut stream: S,
    addr: SocketAddr,
    req: Req,
) -> Result<Reply, String> {
    let work = async {
        stream
            .write_all(&req.head(addr))
            .await
            .map_err(|e| format!("send: {e}"))?;
        stream.flush().await.map_err(|e| e.to_string())?;
        let mut raw = Vec::new();
        // A TLS peer may close without close_notify; what arrived counts.
        let _ = stream.read_to_end(&mut raw).await;
        parse(&raw)
    };
    tokio::time::timeout(IO_TIMEOUT, work).await.map_err(|_| {
        format!(
            "{} {}: no answer within {IO_TIMEOUT:?}",
            req.method, req.path
        )
    })?
}

pub fn parse(raw: &[u8]) -> Result<Reply, String> {
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| format!("no end of headers in {:?}", String::from_utf8_lossy(raw)))?;
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or_default();
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| format!("bad status line {status_line:?}"))?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Ok(Reply {
        status,
        headers,
        body: raw[split + 4..].to_vec(),
    })
}

/// A server config on 127.0.0.1:0 with auth on, [`TOKEN`] and control as given.
pub fn config(allow_control: bool) -> WebConfig {
    let mut web = dfakeseeder::settings::Settings::default().webui;
    web.token = TOKEN.into();
    web.allow_control = allow_control;
    let any: SocketAddr = "127.0.0.1:0".parse().expect("addr");
    WebConfig::from_settings(&web, Some(any)).expect("config")
}

/// Starts a server for `handle`'s engine.
pub async fn serve(handle: &EngineHandle, config: WebConfig, ctx: Option<WebContext>) -> WebServer {
    let ctx = ctx.unwrap_or_else(|| WebContext::new(handle.state.clone(), handle.sender()));
    dfakeseeder::web::start(config, ctx)
        .await
        .expect("the server starts")
}

/// The `dfs_session=...` pair of a `Set-Cookie` header.
pub fn session_pair(set_cookie: &str) -> String {
    set_cookie
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// Reads server-sent events from an open `GET /api/events` (HTTP/1.0, so the body is raw).
pub struct Events {
    stream: TcpStream,
    buf: Vec<u8>,
    head_done: bool,
}

impl Events {
    pub async fn open(addr: SocketAddr, token: &str) -> Result<Events, String> {
        let mut stream = TcpStream::connect(addr).await.map_err(|e| e.to_string())?;
        let req = Req::get("/api/events").bearer(token);
        stream
            .write_all(&req.head(addr))
            .await
            .map_err(|e| e.to_string())?;
        Ok(Events {
            stream,
            buf: Vec::new(),
            head_done: false,
        })
    }

    /// The next `(event, data)` (comments skipped), or an error after `within`.
    pub async fn next(&mut self, within: Duration) -> Result<(String, String), String> {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            if !self.head_done
                && let Some(end) = self.buf.windows(4).position(|w| w == b"\r\n\r\n")
            {
                let head = String::from_utf8_lossy(&self.buf[..end]).to_string();
                if !head.contains(" 200 ")
                    || !head.to_ascii_lowercase().contains("text/event-stream")
                {
                    return Err(format!("not an event stream: {head}"));
                }
                self.buf.drain(..end + 4);
                self.head_done = true;
            }
            if self.head_done
                && let Some(end) = self.buf.windows(2).position(|w| w == b"\n\n")
            {
                let block = String::from_utf8_lossy(&self.buf[..end]).to_string();
                self.buf.drain(..end + 2);
                let (mut event, mut data) = (String::new(), String::new());
                for line in block.lines() {
                    if let Some(v) = line.strip_prefix("event:") {
                        event = v.trim().to_string();
                    } else if let Some(v) = line.strip_prefix("data:") {
                        data.push_str(v.strip_prefix(' ').unwrap_or(v));
                    }
                }
                if event.is_empty() && data.is_empty() {
                    continue; // a keep-alive comment
                }
                return Ok((event, data));
            }
            let mut chunk = [0u8; 64 * 1024];
            let read = tokio::time::timeout_at(deadline, self.stream.read(&mut chunk))
                .await
                .map_err(|_| format!("no event within {within:?}"))?
                .map_err(|e| e.to_string())?;
            if read == 0 {
                return Err("the stream ended".into());
            }
            self.buf.extend_from_slice(&chunk[..read]);
        }
    }
}
