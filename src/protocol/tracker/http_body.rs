//! The body of an HTTP response: framing (Content-Length or chunked) and content coding
//! (gzip, deflate) undone, never producing more than a limit.

use super::TrackerError;
use super::http_head::{ContentEncoding, ResponseHead};
use flate2::read::{DeflateDecoder, GzDecoder, ZlibDecoder};
use std::io::Read;

fn body_error(what: impl Into<String>) -> TrackerError {
    TrackerError::HttpBody { what: what.into() }
}

fn too_large(len: usize, limit: usize) -> TrackerError {
    TrackerError::TooLarge {
        what: "HTTP body",
        len,
        limit,
    }
}

/// Decodes the body from `raw`, all the bytes after the head up to the end of the connection.
/// The result is at most `limit` bytes, before and after decompression.
pub fn decode_body(head: &ResponseHead, raw: &[u8], limit: usize) -> Result<Vec<u8>, TrackerError> {
    let framed = if head.chunked()? {
        dechunk(raw, limit)?
    } else if let Some(len) = head.content_length()? {
        let len = usize::try_from(len).unwrap_or(usize::MAX);
        if len > limit {
            return Err(too_large(len, limit));
        }
        if raw.len() < len {
            return Err(body_error(format!(
                "ends after {} of {len} bytes",
                raw.len()
            )));
        }
        raw[..len].to_vec()
    } else {
        if raw.len() > limit {
            return Err(too_large(raw.len(), limit));
        }
        raw.to_vec()
    };
    match head.content_encoding()? {
        ContentEncoding::Identity => Ok(framed),
        ContentEncoding::Gzip => inflate(GzDecoder::new(&framed[..]), "gzip", limit),
        // "deflate" is zlib-wrapped by the standard, raw deflate in some servers.
        ContentEncoding::Deflate => inflate(ZlibDecoder::new(&framed[..]), "deflate", limit)
            .or_else(|_| inflate(DeflateDecoder::new(&framed[..]), "deflate", limit)),
    }
}

fn inflate(reader: impl Read, name: &str, limit: usize) -> Result<Vec<u8>, TrackerError> {
    let mut out = Vec::new();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    reader
        .take(cap)
        .read_to_end(&mut out)
        .map_err(|e| body_error(format!("{name} data is corrupt: {e}")))?;
    if out.len() > limit {
        return Err(TrackerError::TooLarge {
            what: "decompressed HTTP body",
            len: out.len(),
            limit,
        });
    }
    Ok(out)
}

/// Undoes `Transfer-Encoding: chunked`; the last chunk (size 0) must be there.
pub fn dechunk(mut raw: &[u8], limit: usize) -> Result<Vec<u8>, TrackerError> {
    let mut out = Vec::new();
    loop {
        let line_end = raw
            .iter()
            .position(|&b| b == b'\n')
            .ok_or_else(|| body_error("chunked body ends inside a chunk size line"))?;
        let line = std::str::from_utf8(&raw[..line_end]).unwrap_or("?");
        let size_text = line
            .trim_end_matches('\r')
            .split(';')
            .next()
            .unwrap_or_default()
            .trim();
        let size = usize::from_str_radix(size_text, 16)
            .ok()
            .filter(|_| !size_text.is_empty() && size_text.len() <= 16)
            .ok_or_else(|| body_error(format!("chunk size {size_text:?} is not hexadecimal")))?;
        raw = &raw[line_end + 1..];
        if size == 0 {
            return Ok(out); // trailers, if any, are ignored
        }
        if out.len().saturating_add(size) > limit {
            return Err(too_large(out.len().saturating_add(size), limit));
        }
        if raw.len() < size {
            return Err(body_error(format!(
                "chunk of {size} bytes ends after {}",
                raw.len()
            )));
        }
        out.extend_from_slice(&raw[..size]);
        raw = &raw[size..];
        raw = raw
            .strip_prefix(b"\r\n")
            .or_else(|| raw.strip_prefix(b"\n"))
            .ok_or_else(|| body_error("chunk data is not followed by a line end"))?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::tracker::http_head::parse_head;
    use flate2::Compression;
    use flate2::write::{GzEncoder, ZlibEncoder};
    use std::io::Write;

    fn head(text: &str) -> ResponseHead {
        parse_head(text.as_bytes()).unwrap().unwrap().0
    }

    #[test]
    fn content_length_cuts_and_chunks_join() {
        let h = head("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\n");
        assert_eq!(decode_body(&h, b"abcdef", 100).unwrap(), b"abc");
        let h = head("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
        let raw = b"3;ext=1\r\nabc\r\nA\r\n0123456789\r\n0\r\nX-Trailer: y\r\n\r\n";
        assert_eq!(decode_body(&h, raw, 100).unwrap(), b"abc0123456789");
        let h = head("HTTP/1.0 200 OK\r\n\r\n");
        assert_eq!(
            decode_body(&h, b"until close", 100).unwrap(),
            b"until close"
        );
    }

    #[test]
    fn inflates_gzip_and_both_deflate_flavours() {
        let mut gz = GzEncoder::new(Vec::new(), Compression::default());
        gz.write_all(b"d8:intervali1800ee").unwrap();
        let gz = gz.finish().unwrap();
        let h = head("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n");
        assert_eq!(decode_body(&h, &gz, 100).unwrap(), b"d8:intervali1800ee");
        let mut z = ZlibEncoder::new(Vec::new(), Compression::default());
        z.write_all(b"zlib").unwrap();
        let z = z.finish().unwrap();
        let h = head("HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n");
        assert_eq!(decode_body(&h, &z, 100).unwrap(), b"zlib");
        let mut raw = flate2::write::DeflateEncoder::new(Vec::new(), Compression::default());
        raw.write_all(b"raw").unwrap();
        assert_eq!(
            decode_body(&h, &raw.finish().unwrap(), 100).unwrap(),
            b"raw"
        );
    }

    #[test]
    fn a_gzip_bomb_stops_at_the_limit() {
        let mut gz = GzEncoder::new(Vec::new(), Compression::best());
        gz.write_all(&vec![0u8; 1 << 20]).unwrap();
        let gz = gz.finish().unwrap();
        let h = head("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n");
        let err = decode_body(&h, &gz, 4096).unwrap_err();
        assert_eq!(
            err.to_string(),
            "decompressed HTTP body of 4097 bytes exceeds the limit of 4096 bytes"
        );
    }
}
