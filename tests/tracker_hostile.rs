//! Hostile and broken tracker replies: each must give a precise error, never a panic.

use dfakeseeder::protocol::tracker::http_body::decode_body;
use dfakeseeder::protocol::tracker::http_head::parse_head;
use dfakeseeder::protocol::tracker::http_response::MAX_REPLY_BYTES;
use dfakeseeder::protocol::tracker::scrape::parse_scrape;
use dfakeseeder::protocol::tracker::{TrackerError, parse_announce, udp_reply};

fn announce_err(body: &[u8]) -> String {
    parse_announce(body).unwrap_err().to_string()
}

#[test]
fn hostile_announce_bodies() {
    let deep = [vec![b'l'; 100], vec![b'e'; 100]].concat();
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (
            b"d8:intervali1800e".to_vec(),
            "reply is not valid bencode: unexpected end of input at byte 17",
        ),
        (
            b"".to_vec(),
            "reply is not valid bencode: unexpected end of input at byte 0",
        ),
        (
            b"d8:intervali18x0ee".to_vec(),
            "reply is not valid bencode: invalid integer \"18x0\" at byte 11",
        ),
        (
            b"d8:interval5:18ee".to_vec(),
            "reply is not valid bencode: byte string of 5 bytes but only 4 left at byte 11",
        ),
        (
            b"d8:intervali-5ee".to_vec(),
            "reply key `interval` is -5, outside 1..=2147483647",
        ),
        (
            b"d8:intervali0ee".to_vec(),
            "reply key `interval` is 0, outside 1..=2147483647",
        ),
        (
            b"d8:intervali9999999999ee".to_vec(),
            "reply key `interval` is 9999999999, outside 1..=2147483647",
        ),
        (
            b"d14:failure reason12:unregisterede".to_vec(),
            "tracker refused: unregistered",
        ),
        (
            b"d14:failure reasoni5ee".to_vec(),
            "reply key `failure reason` should be a byte string, got an integer",
        ),
        (
            b"d8:intervali1800e5:peers5:abcdee".to_vec(),
            "`peers` holds 5 bytes, not a multiple of 6",
        ),
        (
            b"d8:intervali1800e6:peers67:abcdefge".to_vec(),
            "`peers6` holds 7 bytes, not a multiple of 18",
        ),
        (b"li1ee".to_vec(), "reply is a list, expected a dictionary"),
        (
            b"i42e".to_vec(),
            "reply is an integer, expected a dictionary",
        ),
        (b"d5:peers0:e".to_vec(), "reply has no `interval`"),
        (
            b"d8:interval4:1800e".to_vec(),
            "reply key `interval` should be an integer, got a byte string",
        ),
        (
            b"d8:intervali1800e12:min intervali-1ee".to_vec(),
            "reply key `min interval` is -1, outside 1..=2147483647",
        ),
        (
            b"d8:completei-1e8:intervali1800ee".to_vec(),
            "reply key `complete` is -1, outside 0..=4294967295",
        ),
        (
            b"d8:intervali1800e5:peersi3ee".to_vec(),
            "reply key `peers` should be a byte string or a list, got an integer",
        ),
        (
            b"d8:intervali1800e5:peersli1eee".to_vec(),
            "peer 0 in `peers`: is an integer, expected a dictionary",
        ),
        (
            b"d8:intervali1800e5:peersld2:ip9:127.0.0.1eee".to_vec(),
            "peer 0 in `peers`: has no `port`",
        ),
        (
            b"d8:intervali1800e5:peersld4:porti1eeee".to_vec(),
            "peer 0 in `peers`: has no `ip`",
        ),
        (
            b"d8:intervali1800e5:peersld2:ip9:127.0.0.14:porti70000eeee".to_vec(),
            "peer 0 in `peers`: `port` 70000 is outside 0..=65535",
        ),
        (
            b"d8:intervali1800e5:peersld2:ip9:127.0.0.17:peer id3:abc4:porti1eeee".to_vec(),
            "peer 0 in `peers`: `peer id` of 3 bytes, expected 20",
        ),
        (
            b"d8:intervali1800e5:peersld2:ip10:not an ip!4:porti1eeee".to_vec(),
            "peer 0 in `peers`: `ip` \"not an ip!\" is neither an address nor a host name",
        ),
        (
            b"d8:intervali1800e10:tracker idi1ee".to_vec(),
            "reply key `tracker id` should be a byte string, got an integer",
        ),
        (
            deep,
            "reply is not valid bencode: nesting deeper than 32 at byte 32",
        ),
        (
            b"d8:intervali1800eeXYZ".to_vec(),
            "reply is not valid bencode: 3 trailing bytes after the value at byte 18",
        ),
    ];
    for (body, expected) in &cases {
        let got = announce_err(body);
        assert_eq!(&got, expected, "{:?}", String::from_utf8_lossy(body));
    }
    assert!(cases.len() >= 20);
}

#[test]
fn an_oversized_reply_is_refused_before_decoding() {
    let body = vec![b'd'; MAX_REPLY_BYTES + 1];
    assert_eq!(
        announce_err(&body),
        format!(
            "tracker reply of {} bytes exceeds the limit of {MAX_REPLY_BYTES} bytes",
            MAX_REPLY_BYTES + 1
        )
    );
}

#[test]
fn a_failure_reason_is_a_failure_even_with_other_keys() {
    let err = parse_announce(b"d14:failure reason9:not found8:intervali-1ee").unwrap_err();
    assert_eq!(
        err,
        TrackerError::Failure {
            reason: "not found".into()
        }
    );
}

fn head_err(raw: &[u8]) -> String {
    parse_head(raw).unwrap_err().to_string()
}

#[test]
fn hostile_http_heads_and_bodies() {
    assert_eq!(
        head_err(b"HTTP/1.1 abc OK\r\n\r\n"),
        "HTTP response: status line \"HTTP/1.1 abc OK\" is not `HTTP/1.x NNN reason`"
    );
    assert_eq!(
        head_err(b"SSH-2.0-OpenSSH\r\n\r\n"),
        "HTTP response: status line \"SSH-2.0-OpenSSH\" is not `HTTP/1.x NNN reason`"
    );
    assert_eq!(
        head_err(b"HTTP/1.1 200 OK\r\nNoColon\r\n\r\n"),
        "HTTP response: header line \"NoColon\" has no ':'"
    );
    assert_eq!(
        head_err(b"HTTP/1.1 200 OK\r\nA: b\r\n folded\r\n\r\n"),
        "HTTP response: folded header lines are not supported"
    );
    let endless = [b"HTTP/1.1 200 OK\r\n".as_slice(), &vec![b'x'; 20_000]].concat();
    assert_eq!(
        head_err(&endless),
        "HTTP response head of 20017 bytes exceeds the limit of 16384 bytes"
    );
    let many: String = (0..101).map(|i| format!("X-{i}: v\r\n")).collect();
    let many = format!("HTTP/1.1 200 OK\r\n{many}\r\n");
    assert_eq!(
        head_err(many.as_bytes()),
        "HTTP response: more than 100 header lines"
    );

    let body_err = |head: &str, raw: &[u8]| {
        let (head, _) = parse_head(head.as_bytes()).unwrap().unwrap();
        decode_body(&head, raw, MAX_REPLY_BYTES)
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        body_err("HTTP/1.1 200 OK\r\nContent-Length: 104857600\r\n\r\n", b"d"),
        "HTTP body of 104857600 bytes exceeds the limit of 2097152 bytes"
    );
    assert_eq!(
        body_err("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n", b"abc"),
        "HTTP body: ends after 3 of 10 bytes"
    );
    assert_eq!(
        body_err("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", b""),
        "HTTP response: Content-Length \"-1\" is not a number"
    );
    assert_eq!(
        body_err(
            "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
            b"ab"
        ),
        "HTTP response: two different Content-Length headers"
    );
    let chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
    assert_eq!(
        body_err(chunked, b"zz\r\nabc"),
        "HTTP body: chunk size \"zz\" is not hexadecimal"
    );
    assert_eq!(
        body_err(chunked, b"a\r\nabc"),
        "HTTP body: chunk of 10 bytes ends after 3"
    );
    assert_eq!(
        body_err(chunked, b"3\r\nabc\r\n"),
        "HTTP body: chunked body ends inside a chunk size line"
    );
    assert_eq!(
        body_err(chunked, b"3\r\nabcX"),
        "HTTP body: chunk data is not followed by a line end"
    );
    assert_eq!(
        body_err(chunked, b"ffffffffffff\r\n"),
        "HTTP body of 281474976710655 bytes exceeds the limit of 2097152 bytes"
    );
    assert_eq!(
        body_err(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
            b""
        ),
        "HTTP response: Transfer-Encoding \"gzip, chunked\" is not supported (only chunked)"
    );
    assert_eq!(
        body_err("HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\n", b"x"),
        "HTTP response: Content-Encoding \"br\" is not supported (gzip or deflate)"
    );
    assert!(
        body_err(
            "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n",
            b"not gzip"
        )
        .starts_with("HTTP body: gzip data is corrupt: ")
    );
    let (head, _) = parse_head(b"HTTP/1.1 302 Found\r\n\r\n").unwrap().unwrap();
    assert_eq!(
        head.redirect_url("http://t/a").unwrap_err().to_string(),
        "HTTP response: redirect 302 without Location"
    );
    let (head, _) = parse_head(b"HTTP/1.1 301 Moved\r\nLocation: ftp://x/\r\n\r\n")
        .unwrap()
        .unwrap();
    assert_eq!(
        head.redirect_url("http://t/a").unwrap_err().to_string(),
        "HTTP response: redirect to \"ftp://x/\" is not an http(s) URL or an absolute path"
    );
}

#[test]
fn hostile_scrape_bodies() {
    let err = |body: &[u8]| parse_scrape(body).unwrap_err().to_string();
    assert_eq!(err(b"de"), "reply has no `files`");
    assert_eq!(
        err(b"d5:filesi1ee"),
        "reply key `files` should be a dictionary, got an integer"
    );
    assert_eq!(err(b"d14:failure reason4:nopee"), "tracker refused: nope");
    assert_eq!(
        err(b"d5:filesd3:abcdeee"),
        "reply key `files key 616263` should be a 20-byte info-hash, got a byte string of another length"
    );
    let key = [
        b"d5:filesd20:".as_slice(),
        &[7u8; 20],
        b"d8:completei-3eeee",
    ]
    .concat();
    assert_eq!(
        err(&key),
        format!(
            "reply key `files.{}.complete` is -3, outside 0..=4294967295",
            "07".repeat(20)
        )
    );
}

#[test]
fn hostile_udp_replies() {
    let tid = 0x0102_0304;
    let header = |action: u32, t: u32| [action.to_be_bytes(), t.to_be_bytes()].concat();
    let err = |r: Result<u64, TrackerError>| r.unwrap_err().to_string();
    assert_eq!(
        err(udp_reply::parse_connect(&[0; 5], tid)),
        "UDP reply of 5 bytes, expected 8..=65507"
    );
    assert_eq!(
        err(udp_reply::parse_connect(
            &[header(0, 9), vec![0; 8]].concat(),
            tid
        )),
        "UDP reply for transaction 0x00000009, expected 0x01020304"
    );
    assert_eq!(
        err(udp_reply::parse_connect(
            &[header(3, tid), b"banned\0".to_vec()].concat(),
            tid
        )),
        "tracker refused: banned"
    );
    assert_eq!(
        err(udp_reply::parse_connect(
            &[header(1, tid), vec![0; 8]].concat(),
            tid
        )),
        "UDP reply with action 1, expected 0 (connect)"
    );
    assert_eq!(
        err(udp_reply::parse_connect(
            &[header(0, tid), vec![0; 7]].concat(),
            tid
        )),
        "UDP connect reply of 15 bytes, expected 16"
    );
    let announce = |body: Vec<u8>| {
        udp_reply::parse_announce(&[header(1, tid), body].concat(), tid, false)
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        announce(vec![0; 11]),
        "UDP announce reply of 19 bytes, expected at least 20"
    );
    let mut body = [1800u32, 1, 2]
        .iter()
        .flat_map(|n| n.to_be_bytes())
        .collect::<Vec<u8>>();
    body.extend_from_slice(&[1, 2, 3, 4, 5, 6, 7]);
    assert_eq!(announce(body), "`peers` holds 7 bytes, not a multiple of 6");
    assert_eq!(
        announce(vec![0; 12]),
        "reply key `interval` is 0, outside 1..=2147483647"
    );
    let scrape = udp_reply::parse_scrape(&[header(2, tid), vec![0; 13]].concat(), tid, &[[0; 20]]);
    assert_eq!(
        scrape.unwrap_err().to_string(),
        "UDP scrape reply of 21 bytes, expected 20 for 1 info-hashes"
    );
}
