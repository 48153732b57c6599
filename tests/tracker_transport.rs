//! The live tracker client's transports against scripted servers on loopback: what real
//! trackers do (gzip, chunked, redirects, UDP connect and retransmission) and what hostile
//! ones do (huge bodies, silence, errors, wrong transaction ids).

use dfakeseeder::engine::tracker::live::udp::Retransmit;
use dfakeseeder::engine::tracker::live::{LiveClient, LiveOptions};
use dfakeseeder::engine::tracker::{AnnounceError, AnnounceEvent, AnnounceRequest, TrackerClient};
use dfakeseeder::profile::Profiles;
use flate2::Compression;
use flate2::write::GzEncoder;
use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, UdpSocket};

const REPLY: &[u8] =
    b"d8:completei3e10:incompletei4e8:intervali900e5:peers6:\x7f\x00\x00\x01\x1a\xe1e";

fn client(profile: &str) -> LiveClient {
    let profiles = Profiles::embedded().expect("profiles");
    let profile = profiles.get(profile).expect("profile").clone();
    let options = LiveOptions {
        http_timeout: Duration::from_secs(2),
        udp: Retransmit {
            first_wait: Duration::from_millis(200),
            retries: 1,
        },
        ..LiveOptions::default()
    };
    LiveClient::new(profile, options)
}

fn request(url: String) -> AnnounceRequest {
    AnnounceRequest {
        url,
        info_hash: [7; 20],
        event: AnnounceEvent::Started,
        uploaded: 0,
        downloaded: 0,
        left: 100,
        tracker_id: None,
        profile: None,
        numwant: None,
    }
}

/// An HTTP server answering each connection with the next canned response; returns its port
/// and the requests it received.
async fn http_server(responses: Vec<Vec<u8>>) -> (u16, Arc<std::sync::Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = seen.clone();
    tokio::spawn(async move {
        for response in responses {
            let Ok((mut sock, _)) = listener.accept().await else {
                return;
            };
            let mut buf = vec![0u8; 8192];
            let n = sock.read(&mut buf).await.unwrap_or(0);
            log.lock()
                .expect("lock")
                .push(String::from_utf8_lossy(&buf[..n]).into_owned());
            let _ = sock.write_all(&response).await;
            let _ = sock.shutdown().await;
        }
    });
    (port, seen)
}

fn ok_with(headers: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 200 OK\r\n{headers}Content-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out
}

#[tokio::test]
async fn plain_gzip_and_chunked_replies_are_read() {
    let mut gz = GzEncoder::new(Vec::new(), Compression::default());
    gz.write_all(REPLY).expect("gzip");
    let gzipped = gz.finish().expect("gzip");
    let mut chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    chunked.extend_from_slice(format!("{:x}\r\n", 10).as_bytes());
    chunked.extend_from_slice(&REPLY[..10]);
    chunked.extend_from_slice(format!("\r\n{:x}\r\n", REPLY.len() - 10).as_bytes());
    chunked.extend_from_slice(&REPLY[10..]);
    chunked.extend_from_slice(b"\r\n0\r\n\r\n");
    let responses = vec![
        ok_with("", REPLY),
        ok_with("Content-Encoding: gzip\r\n", &gzipped),
        chunked,
    ];
    let (port, seen) = http_server(responses).await;
    let client = client("qbittorrent-4.5.2");
    for _ in 0..3 {
        let reply = client
            .announce(request(format!("http://127.0.0.1:{port}/announce")))
            .await
            .expect("reply");
        assert_eq!((reply.seeders, reply.leechers), (Some(3), Some(4)));
        assert_eq!(reply.interval, Some(Duration::from_secs(900)));
        let addrs: Vec<std::net::SocketAddr> = reply.peers.iter().map(|p| p.addr).collect();
        assert_eq!(addrs, ["127.0.0.1:6881".parse().expect("addr")]);
    }
    let first = seen.lock().expect("lock")[0].clone();
    assert!(
        first.starts_with("GET /announce?info_hash=%07%07"),
        "{first}"
    );
    assert!(
        first.contains("\r\nUser-Agent: qBittorrent/4.5.2\r\n"),
        "the profile's headers"
    );
}

#[tokio::test]
async fn a_torrent_can_pose_as_another_profile() {
    let (port, seen) = http_server(vec![ok_with("", REPLY), ok_with("", REPLY)]).await;
    let profiles = Profiles::embedded().expect("profiles");
    let default = profiles.get("qbittorrent-4.5.2").expect("profile").clone();
    let client = LiveClient::with_profiles(profiles, default, LiveOptions::default());
    let url = format!("http://127.0.0.1:{port}/announce");
    client.announce(request(url.clone())).await.expect("reply");
    let other = AnnounceRequest {
        profile: Some("transmission-3.00".into()),
        numwant: None,
        ..request(url)
    };
    client.announce(other).await.expect("reply");
    let seen = seen.lock().expect("lock").clone();
    assert!(
        seen[0].contains("User-Agent: qBittorrent/4.5.2\r\n"),
        "{}",
        seen[0]
    );
    assert!(
        seen[1].contains("User-Agent: Transmission/3.00\r\n"),
        "{}",
        seen[1]
    );
    assert!(seen[1].contains("peer_id=-TR3000-"), "{}", seen[1]);
}

#[tokio::test]
async fn a_redirect_is_followed_verbatim() {
    let (target, seen) = http_server(vec![ok_with("", REPLY)]).await;
    let location = format!("Location: http://127.0.0.1:{target}/other?passkey=abc\r\n");
    let redirect =
        format!("HTTP/1.1 302 Found\r\n{location}Content-Length: 0\r\n\r\n").into_bytes();
    let (first, _) = http_server(vec![redirect]).await;
    let reply = client("qbittorrent-4.5.2")
        .announce(request(format!("http://127.0.0.1:{first}/announce")))
        .await;
    assert!(reply.is_ok(), "{reply:?}");
    let followed = seen.lock().expect("lock")[0].clone();
    assert!(
        followed.starts_with("GET /other?passkey=abc HTTP/1.1\r\n"),
        "{followed}"
    );
}

#[tokio::test]
async fn hostile_http_replies_fail_clearly() {
    let huge = format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n", 100 << 20).into_bytes();
    let failure = ok_with("", b"d14:failure reason11:bad passkeye");
    let server_error = b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n".to_vec();
    let garbage = ok_with("", b"<html>not bencode</html>");
    let (port, _) = http_server(vec![huge, failure, server_error, garbage]).await;
    let client = client("qbittorrent-4.5.2");
    let url = format!("http://127.0.0.1:{port}/announce");
    let errors: Vec<AnnounceError> = {
        let mut out = Vec::new();
        for _ in 0..4 {
            out.push(
                client
                    .announce(request(url.clone()))
                    .await
                    .expect_err("must fail"),
            );
        }
        out
    };
    assert!(
        errors[0].to_string().contains("exceeds the limit"),
        "{}",
        errors[0]
    );
    assert_eq!(errors[1], AnnounceError::Refused("bad passkey".into()));
    assert_eq!(errors[2].to_string(), "HTTP 500 Internal Server Error");
    assert!(
        matches!(&errors[3], AnnounceError::Failed(m) if m.contains("bencode")),
        "{}",
        errors[3]
    );
}

#[tokio::test]
async fn a_silent_or_closed_tracker_times_out_or_is_refused() {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("addr").port();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((sock, _)) = listener.accept().await {
            held.push(sock); // never answers
        }
    });
    let error = client("qbittorrent-4.5.2")
        .announce(request(format!("http://127.0.0.1:{port}/a")))
        .await;
    assert_eq!(
        error,
        Err(AnnounceError::Failed("no reply within 2s".into()))
    );
    let closed = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let closed_port = closed.local_addr().expect("addr").port();
    drop(closed);
    let error = client("qbittorrent-4.5.2")
        .announce(request(format!("http://127.0.0.1:{closed_port}/a")))
        .await;
    assert!(
        matches!(&error, Err(AnnounceError::Failed(m)) if m.starts_with("cannot connect")),
        "{error:?}"
    );
    let https = client("qbittorrent-4.5.2")
        .announce(request(format!("https://127.0.0.1:{closed_port}/a")))
        .await;
    assert!(https.is_err());
}

/// A BEP 15 tracker that answers a connect, then (per announce) first a datagram with a wrong
/// transaction id, then `reply(tid)`.
async fn udp_server(reply: fn(u32) -> Vec<u8>) -> (u16, Arc<AtomicUsize>) {
    let socket = UdpSocket::bind("127.0.0.1:0").await.expect("bind");
    let port = socket.local_addr().expect("addr").port();
    let connects = Arc::new(AtomicUsize::new(0));
    let counter = connects.clone();
    tokio::spawn(async move {
        let mut buf = vec![0u8; 2048];
        while let Ok((n, from)) = socket.recv_from(&mut buf).await {
            if n < 16 {
                continue;
            }
            let action = u32::from_be_bytes([buf[8], buf[9], buf[10], buf[11]]);
            let tid = u32::from_be_bytes([buf[12], buf[13], buf[14], buf[15]]);
            if action == 0 {
                counter.fetch_add(1, Ordering::SeqCst);
                let mut out = vec![0, 0, 0, 0];
                out.extend_from_slice(&tid.to_be_bytes());
                out.extend_from_slice(&0xABCDu64.to_be_bytes());
                let _ = socket.send_to(&out, from).await;
            } else {
                let _ = socket.send_to(&reply(tid.wrapping_add(1)), from).await;
                let _ = socket.send_to(&reply(tid), from).await;
            }
        }
    });
    (port, connects)
}

fn udp_ok(tid: u32) -> Vec<u8> {
    let mut out = 1u32.to_be_bytes().to_vec();
    out.extend_from_slice(&tid.to_be_bytes());
    for v in [1800u32, 2, 9] {
        out.extend_from_slice(&v.to_be_bytes());
    }
    out.extend_from_slice(&[127, 0, 0, 1, 0x1a, 0xe1]);
    out
}

fn udp_error(tid: u32) -> Vec<u8> {
    let mut out = 3u32.to_be_bytes().to_vec();
    out.extend_from_slice(&tid.to_be_bytes());
    out.extend_from_slice(b"unregistered torrent");
    out
}

#[tokio::test]
async fn udp_connects_once_ignores_stray_transaction_ids_and_reads_the_reply() {
    let (port, connects) = udp_server(udp_ok).await;
    let client = client("transmission-3.00");
    for _ in 0..2 {
        let reply = client
            .announce(request(format!("udp://127.0.0.1:{port}/announce")))
            .await
            .expect("reply");
        assert_eq!((reply.seeders, reply.leechers), (Some(9), Some(2)));
        assert_eq!(reply.interval, Some(Duration::from_secs(1800)));
    }
    assert_eq!(
        connects.load(Ordering::SeqCst),
        1,
        "the connection id is reused within 60 s"
    );
}

#[tokio::test]
async fn udp_error_action_is_the_trackers_refusal_and_silence_times_out() {
    let (port, _) = udp_server(udp_error).await;
    let error = client("transmission-3.00")
        .announce(request(format!("udp://127.0.0.1:{port}/a")))
        .await;
    assert_eq!(
        error,
        Err(AnnounceError::Refused("unregistered torrent".into()))
    );
    assert!(error.expect_err("refused").is_unregistered());

    let silent = UdpSocket::bind("127.0.0.1:0").await.expect("bind");
    let silent_port = silent.local_addr().expect("addr").port();
    let error = client("transmission-3.00")
        .announce(request(format!("udp://127.0.0.1:{silent_port}/a")))
        .await;
    assert_eq!(
        error,
        Err(AnnounceError::Failed("no answer after 2 tries".into()))
    );
    drop(silent);
}

#[tokio::test]
async fn a_profile_without_udp_says_so() {
    let error = client("aria2-1.36.0")
        .announce(request("udp://127.0.0.1:9/announce".into()))
        .await;
    assert!(
        matches!(&error, Err(AnnounceError::Failed(m)) if m.contains("does not announce to UDP")),
        "{error:?}"
    );
}
