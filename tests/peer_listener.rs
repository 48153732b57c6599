//! The peer listener against a real libtorrent leecher on loopback: it completes the
//! handshake, names us as the emulated client, sees a seed with the right piece count, and
//! gets the metadata from us through a magnet link. Needs `scripts/install-test-deps`.

mod support;

use dfakeseeder::state::Command;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;
use support::engine::snapshot;
use support::leecher::{Leecher, Until};
use support::listening::seeding;
use support::torrent::TestTorrent;

#[test]
fn libtorrent_sees_a_qbittorrent_seed_and_gets_metadata_from_a_magnet() {
    let torrent = TestTorrent::new("listen.bin", 4 << 20, 256 * 1024);
    let app = seeding("qbittorrent-4.5.2", &torrent);
    let dir = tempfile::tempdir().expect("dir");
    let path = torrent.write(dir.path(), &[]).expect("torrent file");

    let report = Leecher::run_until(&path.to_string_lossy(), app.port, 15.0, Until::Seed)
        .expect("leecher ran");
    assert!(report.handshake, "{report:?}");
    assert_eq!(
        report.client.as_deref(),
        Some("qBittorrent/4.5.2"),
        "libtorrent names the emulated client: {report:?}"
    );
    assert!(report.is_seed, "{report:?}");
    assert_eq!(report.pieces, 16);
    assert_eq!(report.reserved_hex.as_deref(), Some("0000000000100005"));

    let magnet = torrent.magnet(&[]);
    let report = Leecher::run_until(&magnet, app.port, 15.0, Until::Metadata).expect("leecher ran");
    assert!(report.metadata_received, "{report:?}");
    assert_eq!(report.torrent_pieces, Some(16));
    let incoming = snapshot(&app.handle).incoming;
    assert!(
        incoming.len() <= 1,
        "closed connections leave the list: {incoming:?}"
    );
    app.stop();
}

#[test]
fn a_wrong_info_hash_or_a_paused_torrent_is_refused() {
    let torrent = TestTorrent::new("refuse.bin", 1 << 20, 256 * 1024);
    let app = seeding("qbittorrent-4.5.2", &torrent);
    let knock = |hash: &[u8; 20]| {
        let mut s = TcpStream::connect(("127.0.0.1", app.port)).expect("connect");
        s.set_read_timeout(Some(Duration::from_secs(5)))
            .expect("timeout");
        let mut hello = vec![19];
        hello.extend_from_slice(b"BitTorrent protocol");
        hello.extend_from_slice(&[0; 8]);
        hello.extend_from_slice(hash);
        hello.extend_from_slice(b"-TR3000-abcdefghijkl");
        s.write_all(&hello).expect("send");
        let mut answer = [0u8; 68];
        s.read_exact(&mut answer).is_ok()
    };
    assert!(knock(&torrent.info_hash), "served while seeding");
    assert!(!knock(&[9; 20]), "unknown torrent: closed");
    let hash = snapshot(&app.handle).torrents[0].info_hash.clone();
    app.handle.send(Command::Pause(vec![hash]));
    std::thread::sleep(Duration::from_millis(300));
    assert!(!knock(&torrent.info_hash), "paused: closed");
    app.stop();
}

/// Our answer to a handshake that offers every extension: (reserved bytes, extension handshake
/// top-level keys, its `m` keys).
fn answer_of(port: u16, info_hash: &[u8; 20]) -> (String, Vec<String>, Vec<String>) {
    use dfakeseeder::protocol::wire::bencode::{self, Value};
    use dfakeseeder::protocol::wire::{Decoder, Frame, Message};
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(5)))
        .expect("timeout");
    let mut hello = vec![19];
    hello.extend_from_slice(b"BitTorrent protocol");
    hello.extend_from_slice(&[0, 0, 0, 0, 0, 0x10, 0, 0x05]);
    hello.extend_from_slice(info_hash);
    hello.extend_from_slice(b"-LT2080-abcdefghijkl");
    s.write_all(&hello).expect("send");
    let mut decoder = Decoder::new(1 << 20);
    let mut frames = Vec::new();
    let mut buf = [0u8; 4096];
    let mut reserved = String::new();
    loop {
        let n = s.read(&mut buf).expect("our answer");
        assert!(n > 0, "closed early");
        decoder.feed(&buf[..n], &mut frames).expect("valid frames");
        for frame in frames.drain(..) {
            match frame {
                Frame::Handshake(h) => reserved = h.reserved.to_hex(),
                Frame::Message(Message::Extended { id: 0, payload }) => {
                    let Ok(Value::Dict(entries)) = bencode::decode(&payload) else {
                        panic!("not a dict")
                    };
                    let key = |k: &[u8]| String::from_utf8_lossy(k).into_owned();
                    let keys: Vec<String> = entries.iter().map(|(k, _)| key(k)).collect();
                    let m = entries.iter().find(|(k, _)| *k == b"m").map(|(_, v)| v);
                    let Some(Value::Dict(m)) = m else {
                        panic!("no m")
                    };
                    let mut m: Vec<String> = m.iter().map(|(k, _)| key(k)).collect();
                    m.sort();
                    let mut keys = keys;
                    keys.sort();
                    return (reserved, keys, m);
                }
                _ => {}
            }
        }
    }
}

#[test]
fn each_captured_profile_answers_with_its_clients_reserved_bytes_and_extension_keys() {
    let captures = [
        "qbittorrent-4.5.2",
        "deluge-2.0.3",
        "libtorrent-2.0.8",
        "rtorrent-0.9.8",
        "aria2-1.36.0",
    ];
    for profile in captures {
        let file = if profile.starts_with("aria2") {
            "02"
        } else {
            "01"
        };
        let path = support::fixture(&format!("captures/{profile}-peer-outgoing-{file}.json"));
        let capture: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).expect("capture")).expect("json");
        let ext = &capture["messages"][0]["handshake"];
        let mut want_keys: Vec<String> = ext.as_object().expect("dict").keys().cloned().collect();
        want_keys.sort();
        let want_m: Vec<String> = ext["m"].as_object().expect("m").keys().cloned().collect();

        let torrent = TestTorrent::new(&format!("{profile}.bin"), 1 << 20, 256 * 1024);
        let app = seeding(profile, &torrent);
        let (reserved, keys, m) = answer_of(app.port, &torrent.info_hash);
        assert_eq!(
            reserved,
            capture["reserved_hex"].as_str().expect("hex"),
            "{profile} reserved bytes"
        );
        // The captured clients were leechers; as a seed we also send `upload_only`.
        let seeding_only = ["upload_only"];
        let keys: Vec<String> = keys
            .into_iter()
            .filter(|k| !seeding_only.contains(&k.as_str()))
            .collect();
        assert_eq!(keys, want_keys, "{profile} extension handshake keys");
        let extra: Vec<&String> = m.iter().filter(|k| !want_m.contains(k)).collect();
        assert!(
            want_m.iter().all(|k| m.contains(k)),
            "{profile}: m {m:?} lacks some of {want_m:?}"
        );
        assert!(
            extra.iter().all(|k| *k == "ut_pex"),
            "{profile}: only PEX may be added: {extra:?}"
        );
        app.stop();
    }
}

#[test]
fn the_per_torrent_connection_limit_holds() {
    use dfakeseeder::settings::Settings;
    let torrent = TestTorrent::new("limit.bin", 1 << 20, 256 * 1024);
    let mut settings = Settings::default();
    settings.connection.max_per_torrent = 1;
    let app = support::listening::seeding_with("qbittorrent-4.5.2", &torrent, settings);
    let knock = || {
        let mut s = TcpStream::connect(("127.0.0.1", app.port)).expect("connect");
        s.set_read_timeout(Some(Duration::from_secs(5)))
            .expect("timeout");
        let mut hello = vec![19];
        hello.extend_from_slice(b"BitTorrent protocol");
        hello.extend_from_slice(&[0; 8]);
        hello.extend_from_slice(&torrent.info_hash);
        hello.extend_from_slice(b"-TR3000-abcdefghijkl");
        s.write_all(&hello).expect("send");
        let mut answer = [0u8; 68];
        let ok = s.read_exact(&mut answer).is_ok();
        (ok, s)
    };
    let (first, _kept) = knock();
    assert!(first, "the first peer is answered");
    let (second, _) = knock();
    assert!(!second, "a second peer for the same torrent is closed");
    app.stop();
}
