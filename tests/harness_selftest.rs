//! Proves each test harness against the real program it runs, using only hand-made traffic (raw HTTP
//! announces, hand-built UDP datagrams, a hand-made seed), so the harnesses can be trusted before the
//! engine uses them. Needs `scripts/install-test-deps`.

mod support;

use support::bencode::{self, Value};
use support::bittorrent_tracker::BtTracker;
use support::http::announce_path;
use support::leecher::{Leecher, Until};
use support::mini_seed::{MiniSeed, SeedSpec};
use support::opentracker::{OpenTracker, SwarmCount, parse_top100};
use support::torrent::{TestTorrent, info_hash_of_file};
use support::{fixture_torrent, hex20, parse_hex20, ports, process, udp};

const QB_PEER_ID: &[u8; 20] = b"-qB4520-abcdefghijkl";
const TR_PEER_ID: &[u8; 20] = b"-TR3000-0123456789ab";

fn ot_hash() -> [u8; 20] {
    info_hash_of_file(&fixture_torrent("ot.torrent")).expect("fixture ot.torrent")
}

/// Announces over HTTP and returns the decoded reply, failing on a tracker error.
fn http_announce(
    port: u16,
    hash: &[u8; 20],
    peer_id: &[u8; 20],
    peer_port: u16,
    left: u64,
    event: &str,
) -> Value {
    let r = support::http::get(
        port,
        &announce_path(hash, peer_id, peer_port, left, Some(event)),
    )
    .expect("announce");
    assert_eq!(r.status, 200, "announce: {}", r.body_text());
    let v = bencode::decode(&r.body).expect("bencoded announce reply");
    assert!(
        v.get("failure reason").is_none(),
        "tracker refused: {}",
        r.body_text()
    );
    v
}

#[test]
fn fixture_info_hashes_match_the_interop_table() {
    let table = [
        ("ot.torrent", "2cb98b23015d2dfc42b4a9b7eef22fe4772800ba"),
        ("btt.torrent", "3c8b20f97b04e589f42aab6da7f22fb530f7f322"),
        (
            "dump_http.torrent",
            "3c8b20f97b04e589f42aab6da7f22fb530f7f322",
        ),
        (
            "dump_udp.torrent",
            "84a0487d7696f3bff8e4287589b68cf134cd0121",
        ),
    ];
    for (file, hash) in table {
        assert_eq!(
            hex20(&info_hash_of_file(&fixture_torrent(file)).expect(file)),
            hash,
            "{file}"
        );
    }
}

#[test]
fn top100_parser_splits_seeds_from_leechers() {
    // As opentracker printed it with 3 peers (1 seed) on the first hash and 1 leecher on the second.
    let text = "Top 100 torrents by peers:\n\t3\t2CB98B23015D2DFC42B4A9B7EEF22FE4772800BA\n\
                \t1\t3C8B20F97B04E589F42AAB6DA7F22FB530F7F322\nTop 100 torrents by seeds:\n\
                \t1\t2CB98B23015D2DFC42B4A9B7EEF22FE4772800BA\n";
    let m = parse_top100(text).expect("parse");
    let a = parse_hex20("2cb98b23015d2dfc42b4a9b7eef22fe4772800ba").expect("hex");
    let b = parse_hex20("3c8b20f97b04e589f42aab6da7f22fb530f7f322").expect("hex");
    assert_eq!(
        m[&a],
        SwarmCount {
            seeders: 1,
            leechers: 2
        }
    );
    assert_eq!(
        m[&b],
        SwarmCount {
            seeders: 0,
            leechers: 1
        }
    );
    assert!(parse_top100("Top 100 torrents by peers:\n\tx\tnothex\n").is_err());
}

#[test]
fn a_missing_program_names_the_install_script() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cmd = std::process::Command::new("dfs-no-such-program");
    let err = process::Proc::spawn("ghost", cmd, dir.path())
        .err()
        .expect("spawn must fail");
    assert!(err.contains("scripts/install-test-deps"), "{err}");
}

#[test]
fn free_ports_are_distinct_and_bindable() {
    let a = ports::free_port().expect("port");
    let b = ports::free_port().expect("port");
    assert_ne!(a, b);
    std::net::TcpListener::bind(("127.0.0.1", a)).expect("tcp bind");
    std::net::UdpSocket::bind(("127.0.0.1", a)).expect("udp bind");
}

#[test]
fn opentracker_counts_hand_made_http_announces() {
    let hash = ot_hash();
    let ot = OpenTracker::start(&[hash]).expect("opentracker");
    assert_eq!(ot.swarm(&hash).expect("swarm"), SwarmCount::default());

    let reply = http_announce(ot.port(), &hash, QB_PEER_ID, 51413, 0, "started");
    assert_eq!(reply.get("complete").and_then(Value::as_int), Some(1));
    http_announce(ot.port(), &hash, TR_PEER_ID, 51414, 1000, "started");
    assert_eq!(
        ot.swarm(&hash).expect("swarm"),
        SwarmCount {
            seeders: 1,
            leechers: 1
        }
    );

    // Its peer list includes the announcing peer itself: both of ours, compact.
    let reply = http_announce(ot.port(), &hash, TR_PEER_ID, 51414, 1000, "started");
    let peers = reply
        .get("peers")
        .and_then(Value::as_bytes)
        .expect("compact peers");
    assert_eq!(peers.len(), 12, "two compact peers");
    assert!(
        peers.chunks(6).any(|p| p == [127, 0, 0, 1, 0xc8, 0xd5]),
        "51413 listed"
    );

    http_announce(ot.port(), &hash, QB_PEER_ID, 51413, 0, "stopped");
    assert_eq!(
        ot.swarm(&hash).expect("swarm"),
        SwarmCount {
            seeders: 0,
            leechers: 1
        }
    );
    assert!(
        ot.stats("peer").expect("stats").starts_with('1'),
        "one peer left"
    );
}

#[test]
fn opentracker_refuses_hashes_outside_its_whitelist() {
    let listed = OpenTracker::start(&[ot_hash()]).expect("opentracker");
    let other = TestTorrent::new("not-listed.bin", 1000, 16384).info_hash;
    let r = listed
        .get(&announce_path(
            &other,
            QB_PEER_ID,
            51413,
            0,
            Some("started"),
        ))
        .expect("announce");
    assert!(
        r.body_text().contains("not authorized"),
        "{}",
        r.body_text()
    );
    drop(listed);
    // An empty whitelist refuses everything, even the fixture's hash.
    let ot = OpenTracker::start(&[]).expect("opentracker");
    let other = ot_hash();
    let r = ot
        .get(&announce_path(
            &other,
            QB_PEER_ID,
            51413,
            0,
            Some("started"),
        ))
        .expect("announce");
    assert!(
        r.body_text().contains("not authorized"),
        "{}",
        r.body_text()
    );
    assert_eq!(ot.swarm(&other).expect("swarm"), SwarmCount::default());
}

#[test]
fn opentracker_serves_hand_made_udp_announces() {
    let hash = ot_hash();
    let ot = OpenTracker::start(&[hash]).expect("opentracker");
    assert!(
        ot.udp_announce_url()
            .ends_with(&format!(":{}/announce", ot.port()))
    );
    let a = udp::Announce {
        info_hash: hash,
        peer_id: *QB_PEER_ID,
        port: 6881,
        left: 0,
        event: udp::Event::Started,
    };
    let reply = udp::announce(ot.port(), &a).expect("udp announce");
    assert_eq!((reply.seeders, reply.leechers), (1, 0));
    assert!(reply.interval > 0);
    assert_eq!(
        ot.swarm(&hash).expect("swarm"),
        SwarmCount {
            seeders: 1,
            leechers: 0
        }
    );
    assert_eq!(udp::scrape(ot.port(), &hash).expect("scrape"), (1, 0, 0));
}

#[test]
fn bittorrent_tracker_names_the_client_of_a_hand_made_http_announce() {
    let bt = BtTracker::start().expect("bittorrent-tracker");
    let hash = ot_hash();
    http_announce(bt.port(), &hash, QB_PEER_ID, 51413, 0, "started");

    let swarm = bt.swarm(&hash).expect("swarm");
    assert!(swarm.known);
    assert_eq!((swarm.complete, swarm.incomplete), (1, 0));
    let p = &swarm.peers[0];
    assert_eq!(p.peer_id, hex20(QB_PEER_ID));
    assert_eq!(
        (p.ip.as_str(), p.port, p.complete, p.kind.as_str()),
        ("127.0.0.1", 51413, true, "http")
    );
    assert_eq!(
        (p.client.as_str(), p.version.as_deref()),
        ("qBittorrent", Some("4.5.2"))
    );

    let stats = bt.stats_json().expect("stats.json");
    assert_eq!(stats["peersSeederOnly"], 1, "{stats}");
    assert_eq!(stats["clients"]["qBittorrent"]["4.5.2"], 1, "{stats}");
}

#[test]
fn bittorrent_tracker_serves_hand_made_udp_announces() {
    let bt = BtTracker::start().expect("bittorrent-tracker");
    let hash = ot_hash();
    let a = udp::Announce {
        info_hash: hash,
        peer_id: *TR_PEER_ID,
        port: 51414,
        left: 4096,
        event: udp::Event::Started,
    };
    let reply = udp::announce(bt.port(), &a).expect("udp announce");
    assert_eq!((reply.seeders, reply.leechers), (0, 1));

    let swarm = bt.swarm(&hash).expect("swarm");
    assert_eq!(
        (swarm.complete, swarm.incomplete, swarm.peers.len()),
        (0, 1, 1)
    );
    let p = &swarm.peers[0];
    assert_eq!((p.kind.as_str(), p.port, p.complete), ("udp", 51414, false));
    assert_eq!(p.client, "Transmission");
    assert!(!bt.swarm(&[7; 20]).expect("swarm").known);
}

#[test]
fn leecher_reports_no_handshake_against_a_closed_port() {
    let closed = ports::ClosedPort::new().expect("closed port");
    let report = Leecher::run(
        fixture_torrent("ot.torrent").to_str().expect("utf-8 path"),
        closed.port(),
        1.5,
    )
    .expect("run");
    assert!(!report.handshake);
    assert_eq!(report.client, None);
    assert_eq!(report.info_hash, "2cb98b23015d2dfc42b4a9b7eef22fe4772800ba");
    assert!(
        report.errors.iter().any(|e| e.contains("refused")),
        "{:?}",
        report.errors
    );
}

#[test]
fn leecher_sees_a_hand_made_seed() {
    let t = TestTorrent::new("harness-seed.bin", 5 * 16384 + 100, 16384);
    let dir = tempfile::tempdir().expect("tempdir");
    // Trackers are dropped by the leecher; two tiers exercise the announce-list writer.
    let path = t
        .write(
            dir.path(),
            &[
                &["http://127.0.0.1:9/announce"],
                &["udp://127.0.0.1:9/announce"],
            ],
        )
        .expect("write");
    let seed = MiniSeed::start(SeedSpec {
        info_hash: t.info_hash,
        info: t.info.clone(),
        num_pieces: t.num_pieces(),
        peer_id: *b"-HS0001-harnessseed0",
        client: "HarnessSeed 0.1".into(),
    })
    .expect("seed");

    let report = Leecher::run_until(
        path.to_str().expect("utf-8 path"),
        seed.port(),
        15.0,
        Until::Seed,
    )
    .expect("run");
    assert!(report.until_met, "{report:?}");
    assert!(
        report.handshake && report.is_seed && report.supports_extensions,
        "{report:?}"
    );
    assert_eq!(report.info_hash, t.info_hash_hex());
    assert_eq!(report.client.as_deref(), Some("HarnessSeed 0.1"));
    assert_eq!(
        report.peer_id_hex.as_deref(),
        Some(hex20(b"-HS0001-harnessseed0").as_str())
    );
    assert_eq!((report.pieces, report.torrent_pieces), (6, Some(6)));
    assert_eq!(report.reserved_hex.as_deref(), Some("0000000000100000"));
    assert!(
        report
            .extended_handshake
            .as_deref()
            .is_some_and(|e| e.contains("HarnessSeed 0.1")),
        "{report:?}"
    );
    assert!(seed.handshakes() >= 1);
}

#[test]
fn leecher_fetches_metadata_for_a_magnet_from_a_hand_made_seed() {
    let bytes = std::fs::read(fixture_torrent("ot.torrent")).expect("fixture");
    let info = bencode::dict_value_span(&bytes, "info")
        .expect("info")
        .to_vec();
    let hash = ot_hash();
    let seed = MiniSeed::start(SeedSpec {
        info_hash: hash,
        info,
        num_pieces: 16,
        peer_id: *b"-HS0001-harnessseed1",
        client: "HarnessSeed 0.1".into(),
    })
    .expect("seed");

    let magnet = format!("magnet:?xt=urn:btih:{}", hex20(&hash));
    let report = Leecher::run_until(&magnet, seed.port(), 15.0, Until::Metadata).expect("run");
    // libtorrent checks the metadata against the info-hash before accepting it.
    assert!(report.metadata_received && report.until_met, "{report:?}");
    assert_eq!(report.torrent_pieces, Some(16));
    assert!(report.handshake);
}

#[test]
fn test_torrents_carry_trackers_and_magnets() {
    let t = TestTorrent::new("x.bin", 40000, 16384);
    assert_eq!(t.num_pieces(), 3);
    let bytes = t
        .to_bytes(&[&["http://127.0.0.1:1/announce", "udp://127.0.0.1:1/announce"]])
        .expect("bytes");
    let v = bencode::decode(&bytes).expect("decode");
    assert_eq!(
        v.get("announce").and_then(Value::as_bytes),
        Some(&b"http://127.0.0.1:1/announce"[..])
    );
    let tiers = match v.get("announce-list") {
        Some(Value::List(t)) => t.len(),
        other => panic!("announce-list: {other:?}"),
    };
    assert_eq!(tiers, 1);
    assert_eq!(
        support::torrent::info_hash_of(&bytes).expect("hash"),
        t.info_hash
    );
    let single =
        bencode::decode(&t.to_bytes(&[&["http://a/announce"]]).expect("bytes")).expect("decode");
    assert!(single.get("announce-list").is_none());
    assert!(t.magnet(&["udp://127.0.0.1:1"]).starts_with(&format!(
        "magnet:?xt=urn:btih:{}&dn=x.bin&tr=udp%3a%2f%2f",
        t.info_hash_hex()
    )));
}
