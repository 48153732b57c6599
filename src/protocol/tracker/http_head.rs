//! The head of an HTTP/1.x response, parsed from bytes as they arrive.

use super::TrackerError;

/// Longest head accepted, status line and headers together.
pub const MAX_HEAD_BYTES: usize = 16 * 1024;
/// Most header lines accepted.
pub const MAX_HEADERS: usize = 100;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponseHead {
    /// `HTTP/1.0` or `HTTP/1.1`.
    pub version: String,
    pub status: u16,
    pub reason: String,
    /// Names as sent; look them up with [`ResponseHead::header`].
    pub headers: Vec<(String, String)>,
}

/// How the body is compressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContentEncoding {
    Identity,
    Gzip,
    Deflate,
}

fn head_error(what: impl Into<String>) -> TrackerError {
    TrackerError::HttpHead { what: what.into() }
}

/// Parses the head at the start of `bytes`. `Ok(None)`: the blank line has not arrived yet.
/// `Ok(Some((head, n)))`: the body starts at `bytes[n]`.
pub fn parse_head(bytes: &[u8]) -> Result<Option<(ResponseHead, usize)>, TrackerError> {
    let Some(end) = find_blank_line(bytes) else {
        if bytes.len() > MAX_HEAD_BYTES {
            return Err(TrackerError::TooLarge {
                what: "HTTP response head",
                len: bytes.len(),
                limit: MAX_HEAD_BYTES,
            });
        }
        return Ok(None);
    };
    let (head_len, body_start) = end;
    if head_len > MAX_HEAD_BYTES {
        return Err(TrackerError::TooLarge {
            what: "HTTP response head",
            len: head_len,
            limit: MAX_HEAD_BYTES,
        });
    }
    let text = std::str::from_utf8(&bytes[..head_len])
        .map_err(|_| head_error("the head is not ASCII text"))?;
    let mut lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    let status_line = lines.next().unwrap_or_default();
    let (version, status, reason) = status_line_parts(status_line)?;
    let mut headers = Vec::new();
    for line in lines {
        if line.starts_with([' ', '\t']) {
            return Err(head_error("folded header lines are not supported"));
        }
        let (name, value) = line
            .split_once(':')
            .ok_or_else(|| head_error(format!("header line {line:?} has no ':'")))?;
        if name.is_empty() || !name.bytes().all(is_token) {
            return Err(head_error(format!("header name {name:?} is not a token")));
        }
        if headers.len() == MAX_HEADERS {
            return Err(head_error(format!("more than {MAX_HEADERS} header lines")));
        }
        headers.push((name.to_owned(), value.trim().to_owned()));
    }
    let head = ResponseHead {
        version,
        status,
        reason,
        headers,
    };
    Ok(Some((head, body_start)))
}

/// (length of the head without the blank line, index where the body starts); LF alone is
/// tolerated as a line end.
fn find_blank_line(bytes: &[u8]) -> Option<(usize, usize)> {
    let lf = bytes.windows(2).position(|w| w == b"\n\n");
    let crlf = bytes.windows(4).position(|w| w == b"\r\n\r\n");
    match (crlf, lf) {
        (Some(c), Some(l)) if l < c => Some((l, l + 2)),
        (Some(c), _) => Some((c, c + 4)),
        (None, Some(l)) => Some((l, l + 2)),
        (None, None) => None,
    }
}

fn status_line_parts(line: &str) -> Result<(String, u16, String), TrackerError> {
    let bad = || head_error(format!("status line {line:?} is not `HTTP/1.x NNN reason`"));
    let mut parts = line.splitn(3, ' ');
    let version = parts.next().unwrap_or_default();
    if version != "HTTP/1.1" && version != "HTTP/1.0" {
        return Err(bad());
    }
    let code = parts.next().unwrap_or_default();
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let status = code.parse::<u16>().map_err(|_| bad())?;
    if !(100..=599).contains(&status) {
        return Err(bad());
    }
    Ok((
        version.to_owned(),
        status,
        parts.next().unwrap_or_default().to_owned(),
    ))
}

fn is_token(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

impl ResponseHead {
    /// The first value of `name`, compared without case.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> {
        self.headers
            .iter()
            .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// `Content-Length`, refusing garbage and disagreeing duplicates.
    pub fn content_length(&self) -> Result<Option<u64>, TrackerError> {
        let mut found = None;
        for value in self.all("content-length") {
            let n = value
                .parse::<u64>()
                .map_err(|_| head_error(format!("Content-Length {value:?} is not a number")))?;
            if found.is_some_and(|f| f != n) {
                return Err(head_error("two different Content-Length headers"));
            }
            found = Some(n);
        }
        Ok(found)
    }

    /// Whether the body is chunked; other transfer codings are refused.
    pub fn chunked(&self) -> Result<bool, TrackerError> {
        let codings: Vec<String> = self
            .all("transfer-encoding")
            .flat_map(|v| v.split(','))
            .map(|c| c.trim().to_ascii_lowercase())
            .filter(|c| !c.is_empty() && c != "identity")
            .collect();
        match codings.as_slice() {
            [] => Ok(false),
            [only] if only == "chunked" => Ok(true),
            _ => Err(head_error(format!(
                "Transfer-Encoding {:?} is not supported (only chunked)",
                codings.join(", ")
            ))),
        }
    }

    /// `Content-Encoding`: identity, gzip or deflate; anything else is refused.
    pub fn content_encoding(&self) -> Result<ContentEncoding, TrackerError> {
        let codings: Vec<String> = self
            .all("content-encoding")
            .flat_map(|v| v.split(','))
            .map(|c| c.trim().to_ascii_lowercase())
            .filter(|c| !c.is_empty() && c != "identity")
            .collect();
        match codings.as_slice() {
            [] => Ok(ContentEncoding::Identity),
            [c] if c == "gzip" || c == "x-gzip" => Ok(ContentEncoding::Gzip),
            [c] if c == "deflate" => Ok(ContentEncoding::Deflate),
            _ => Err(head_error(format!(
                "Content-Encoding {:?} is not supported (gzip or deflate)",
                codings.join(", ")
            ))),
        }
    }

    pub fn is_redirect(&self) -> bool {
        matches!(self.status, 301 | 302 | 303 | 307 | 308)
    }

    /// Where a redirect points, resolved against the URL that was asked: an absolute
    /// `http(s)://` URL or an absolute path. `Ok(None)` when this is not a redirect.
    pub fn redirect_url(&self, requested: &str) -> Result<Option<String>, TrackerError> {
        if !self.is_redirect() {
            return Ok(None);
        }
        let location = self
            .header("location")
            .ok_or_else(|| head_error(format!("redirect {} without Location", self.status)))?;
        let lower = location.to_ascii_lowercase();
        if lower.starts_with("http://") || lower.starts_with("https://") {
            return Ok(Some(location.to_owned()));
        }
        if location.starts_with('/') && !location.starts_with("//") {
            let origin_end = requested
                .find("://")
                .and_then(|s| requested[s + 3..].find(['/', '?']).map(|i| i + s + 3))
                .unwrap_or(requested.len());
            return Ok(Some(format!("{}{location}", &requested[..origin_end])));
        }
        Err(head_error(format!(
            "redirect to {location:?} is not an http(s) URL or an absolute path"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_for_the_blank_line_then_splits_head_and_body() {
        let raw = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\nbody";
        assert_eq!(parse_head(&raw[..30]).unwrap(), None);
        let (head, start) = parse_head(raw).unwrap().unwrap();
        assert_eq!((head.status, head.reason.as_str()), (200, "OK"));
        assert_eq!(head.header("content-type"), Some("text/plain"));
        assert_eq!(head.content_length().unwrap(), Some(4));
        assert_eq!(&raw[start..], b"body");
        assert_eq!(head.content_encoding().unwrap(), ContentEncoding::Identity);
        assert!(!head.chunked().unwrap());
    }

    #[test]
    fn tolerates_bare_line_feeds_and_reads_codings() {
        let raw = b"HTTP/1.0 200 OK\nTransfer-Encoding: chunked\nContent-Encoding: GZIP\n\nx";
        let (head, start) = parse_head(raw).unwrap().unwrap();
        assert!(head.chunked().unwrap());
        assert_eq!(head.content_encoding().unwrap(), ContentEncoding::Gzip);
        assert_eq!(&raw[start..], b"x");
    }

    #[test]
    fn resolves_redirects() {
        let raw = b"HTTP/1.1 302 Found\r\nLocation: /announce?x=1\r\n\r\n";
        let (head, _) = parse_head(raw).unwrap().unwrap();
        let url = head.redirect_url("http://t.example:8080/old?y=2").unwrap();
        assert_eq!(url.as_deref(), Some("http://t.example:8080/announce?x=1"));
        let raw = b"HTTP/1.1 301 Moved\r\nLocation: https://other/announce\r\n\r\n";
        let (head, _) = parse_head(raw).unwrap().unwrap();
        let url = head.redirect_url("http://t/a").unwrap();
        assert_eq!(url.as_deref(), Some("https://other/announce"));
        let raw = b"HTTP/1.1 200 OK\r\n\r\n";
        let (head, _) = parse_head(raw).unwrap().unwrap();
        assert_eq!(head.redirect_url("http://t/a").unwrap(), None);
    }
}
