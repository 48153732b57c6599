//! One HTTP/1.1 exchange with a tracker over TCP or TLS: our exact request head out, a
//! bounded response in. The request bytes come from the profile's codec; we add nothing.

use super::tls;
use crate::protocol::tracker::http_body::decode_body;
use crate::protocol::tracker::http_head::parse_head;
use crate::protocol::tracker::{ResponseHead, Scheme, TrackerUrl};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_rustls::rustls::pki_types::ServerName;

/// Largest response we read (head and body); a tracker reply is a few KiB.
pub const MAX_RESPONSE: usize = 2 * 1024 * 1024;

/// Sends `request` to `url`'s host and returns the head and the decoded body.
pub async fn exchange(url: &TrackerUrl, request: &[u8]) -> Result<(ResponseHead, Vec<u8>), String> {
    let tcp = TcpStream::connect((url.host.as_str(), url.port))
        .await
        .map_err(|e| format!("cannot connect to {}:{}: {e}", url.host, url.port))?;
    let _ = tcp.set_nodelay(true);
    match url.scheme {
        Scheme::Https => {
            let name = ServerName::try_from(url.host.clone())
                .map_err(|e| format!("bad TLS name {}: {e}", url.host))?;
            let tls = tls::connector()
                .connect(name, tcp)
                .await
                .map_err(|e| format!("TLS with {} failed: {e}", url.host))?;
            talk(tls, request).await
        }
        _ => talk(tcp, request).await,
    }
}

async fn talk<S: AsyncRead + AsyncWrite + Unpin>(
    mut stream: S,
    request: &[u8],
) -> Result<(ResponseHead, Vec<u8>), String> {
    stream
        .write_all(request)
        .await
        .map_err(|e| format!("sending the request failed: {e}"))?;
    stream
        .flush()
        .await
        .map_err(|e| format!("sending the request failed: {e}"))?;
    let mut buf = Vec::with_capacity(4096);
    // On the heap and only once running: thousands of queued announces must stay small.
    let mut chunk = vec![0u8; 16 * 1024];
    let mut parsed: Option<(ResponseHead, usize)> = None;
    loop {
        if parsed.is_none() {
            parsed = parse_head(&buf).map_err(|e| e.to_string())?;
        }
        if let Some((head, len)) = &parsed
            && body_complete(head, &buf[*len..])
        {
            break;
        }
        if buf.len() >= MAX_RESPONSE {
            return Err(format!("the reply is larger than {MAX_RESPONSE} bytes"));
        }
        let room = (MAX_RESPONSE - buf.len()).min(chunk.len());
        match stream.read(&mut chunk[..room]).await {
            Ok(0) => break,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
            // A TLS peer that closes without close_notify still sent a whole reply.
            Err(e) if parsed.is_some() && e.kind() == std::io::ErrorKind::UnexpectedEof => break,
            Err(e) => return Err(format!("reading the reply failed: {e}")),
        }
    }
    let (head, len) = match parsed {
        Some(p) => p,
        None => parse_head(&buf)
            .map_err(|e| e.to_string())?
            .ok_or("the connection closed before a reply")?,
    };
    let body = decode_body(&head, &buf[len..], MAX_RESPONSE).map_err(|e| e.to_string())?;
    Ok((head, body))
}

/// Whether the body is all there, by Content-Length or the chunked terminator; without
/// either, the body ends with the connection.
fn body_complete(head: &ResponseHead, body: &[u8]) -> bool {
    if head.chunked().unwrap_or(false) {
        return body.ends_with(b"0\r\n\r\n");
    }
    match head.content_length() {
        Ok(Some(len)) => body.len() as u64 >= len,
        _ => false,
    }
}
