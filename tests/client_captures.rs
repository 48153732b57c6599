//! Every captured announce (HTTP and UDP) rebuilt through its client profile, byte for byte,
//! with the capture's random fields fed back in; plus the connect/scrape datagrams, the scrape
//! request and each client's handshake and extension handshake.

use dfakeseeder::metainfo::load_file;
use dfakeseeder::profile::{
    ClientProfile, ExtensionContext, KeyFormat, Opening, Profiles, key_matches, peer_id_matches,
};
use dfakeseeder::protocol::tracker::escape::HexCase;
use dfakeseeder::protocol::tracker::{
    AnnounceParams, Event, KeyValue, UdpIds, announce_request, preview, scrape_request, udp,
};
use dfakeseeder::protocol::wire::Message;
use serde_json::Value;
use std::path::{Path, PathBuf};

const HTTP_URL: &str = "http://127.0.0.1:7070/announce";
const UDP_URL: &str = "udp://127.0.0.1:7071/announce";

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

fn captures(suffix: &str) -> Vec<(String, PathBuf)> {
    let mut found: Vec<(String, PathBuf)> = std::fs::read_dir(fixture("captures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?.to_owned();
            name.ends_with(suffix).then_some((name, p))
        })
        .collect();
    found.sort();
    found
}

fn profile_for(profiles: &Profiles, capture: &str) -> ClientProfile {
    let id = profiles
        .ids()
        .find(|id| capture.starts_with(&format!("{id}-")))
        .unwrap_or_else(|| panic!("no profile for {capture}"));
    profiles.get(id).unwrap().clone()
}

fn unescape(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

/// The query of a captured request line as (name, unescaped value).
fn query_of(request: &[u8]) -> Vec<(String, Vec<u8>)> {
    let line = std::str::from_utf8(request)
        .unwrap()
        .lines()
        .next()
        .unwrap();
    let target = line.split(' ').nth(1).unwrap();
    let query = target.split_once('?').unwrap().1;
    query
        .split('&')
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap();
            (k.to_owned(), unescape(v))
        })
        .collect()
}

fn show(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).replace("\r\n", "⏎\n")
}

#[test]
fn every_http_announce_capture_is_rebuilt_byte_for_byte() {
    let profiles = Profiles::embedded().unwrap();
    let info_hash = load_file(&fixture("torrents/dump_http.torrent"))
        .unwrap()
        .info_hash;
    let files = captures(".http");
    let mut checked = 0;
    for (name, path) in files.iter().filter(|(n, _)| !n.ends_with("-scrape.http")) {
        let captured = std::fs::read(path).unwrap();
        let profile = profile_for(&profiles, name);
        let q = query_of(&captured);
        let get = |k: &str| q.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
        let num =
            |k: &str| get(k).map_or(0, |v| String::from_utf8(v).unwrap().parse::<u64>().unwrap());
        assert_eq!(get("info_hash").unwrap(), info_hash, "{name}");
        let peer_id: [u8; 20] = get("peer_id").unwrap().try_into().unwrap();
        let raw_key = get("key").unwrap();
        let key = match profile.key.format {
            KeyFormat::PeerIdTail { .. } => KeyValue::Bytes(raw_key),
            KeyFormat::Hex { .. } => KeyValue::Text(String::from_utf8(raw_key).unwrap()),
        };
        assert!(
            peer_id_matches(&profile, &peer_id),
            "{name}: peer_id off the profile's rule"
        );
        assert!(
            key_matches(&profile, &key, &peer_id),
            "{name}: key off the profile's rule"
        );
        let event = get("event").map_or(Event::None, |e| {
            Event::parse(std::str::from_utf8(&e).unwrap()).unwrap()
        });
        let params = AnnounceParams {
            info_hash,
            peer_id,
            port: u16::try_from(num("port")).unwrap(),
            uploaded: num("uploaded"),
            downloaded: num("downloaded"),
            left: num("left"),
            corrupt: num("corrupt"),
            redundant: num("redundant"),
            event,
            key,
            numwant: None, // the profile's own numwant for the event must match
            tracker_id: None,
        };
        let built = announce_request(&profile, HTTP_URL, &params).unwrap();
        assert_eq!(show(&built), show(&captured), "{name}");
        assert_eq!(built, captured, "{name}");
        let previewed = preview(&profile, HTTP_URL, &params, None).unwrap();
        assert_eq!(previewed, captured, "{name} via preview");
        checked += 1;
    }
    assert_eq!(
        checked, 13,
        "six clients × started/stopped + Transmission seeding"
    );
}

#[test]
fn the_scrape_capture_is_rebuilt_byte_for_byte() {
    let profiles = Profiles::embedded().unwrap();
    let info_hash = load_file(&fixture("torrents/dump_http.torrent"))
        .unwrap()
        .info_hash;
    let captured = std::fs::read(fixture("captures/transmission-3.00-scrape.http")).unwrap();
    let profile = profiles.get("transmission-3.00").unwrap();
    let built = scrape_request(profile, HTTP_URL, &[info_hash])
        .unwrap()
        .unwrap();
    assert_eq!(show(&built), show(&captured));
}

fn json_u64(v: &Value, key: &str) -> u64 {
    match &v[key] {
        Value::String(s) => u64::from_str_radix(s.trim_start_matches("0x"), 16).unwrap(),
        other => other.as_u64().unwrap(),
    }
}

/// The key as this client writes it in HTTP, from the number the UDP datagram carries.
fn key_text(profile: &ClientProfile, key: u32) -> KeyValue {
    match profile.key.format {
        KeyFormat::Hex {
            case: HexCase::Upper,
            pad: true,
            ..
        } => KeyValue::Text(format!("{key:08X}")),
        KeyFormat::Hex {
            case: HexCase::Lower,
            pad: true,
            ..
        } => KeyValue::Text(format!("{key:08x}")),
        KeyFormat::Hex {
            case: HexCase::Upper,
            pad: false,
            ..
        } => KeyValue::Text(format!("{key:X}")),
        KeyFormat::Hex {
            case: HexCase::Lower,
            pad: false,
            ..
        } => KeyValue::Text(format!("{key:x}")),
        KeyFormat::PeerIdTail { .. } => panic!("{} has no UDP", profile.id),
    }
}

#[test]
fn every_udp_announce_capture_is_rebuilt_byte_for_byte() {
    let profiles = Profiles::embedded().unwrap();
    let info_hash = load_file(&fixture("torrents/dump_udp.torrent"))
        .unwrap()
        .info_hash;
    let files: Vec<_> = captures(".hex")
        .into_iter()
        .filter(|(n, _)| n.contains("-udp-announce-"))
        .collect();
    for (name, path) in &files {
        let captured = hex::decode(std::fs::read_to_string(path).unwrap().trim()).unwrap();
        let json: Value =
            serde_json::from_slice(&std::fs::read(path.with_extension("json")).unwrap()).unwrap();
        let profile = profile_for(&profiles, name);
        let peer_id: [u8; 20] = hex::decode(json["peer_id"].as_str().unwrap())
            .unwrap()
            .try_into()
            .unwrap();
        assert!(peer_id_matches(&profile, &peer_id), "{name}");
        let event = match json_u64(&json, "event") {
            0 => Event::None,
            1 => Event::Completed,
            2 => Event::Started,
            _ => Event::Stopped,
        };
        let params = AnnounceParams {
            info_hash,
            peer_id,
            port: u16::try_from(json_u64(&json, "port")).unwrap(),
            uploaded: json_u64(&json, "uploaded"),
            downloaded: json_u64(&json, "downloaded"),
            left: json_u64(&json, "left"),
            corrupt: 0,
            redundant: 0,
            event,
            key: key_text(&profile, u32::try_from(json_u64(&json, "key")).unwrap()),
            numwant: None,
            tracker_id: None,
        };
        let ids = UdpIds {
            connection_id: json_u64(&json, "connection_id"),
            transaction_id: u32::try_from(json_u64(&json, "transaction_id")).unwrap(),
        };
        let built = preview(&profile, UDP_URL, &params, Some(ids)).unwrap();
        assert_eq!(hex::encode(&built), hex::encode(&captured), "{name}");
    }
    assert_eq!(files.len(), 10, "five clients × started/stopped");
}

#[test]
fn connect_and_scrape_datagrams_match_the_captures() {
    let connects = captures("-udp-connect.hex");
    for (name, path) in &connects {
        let captured = hex::decode(std::fs::read_to_string(path).unwrap().trim()).unwrap();
        let tid = u32::from_be_bytes(captured[12..16].try_into().unwrap());
        assert_eq!(udp::connect_request(tid).to_vec(), captured, "{name}");
    }
    assert_eq!(connects.len(), 5);
    let captured = hex::decode(
        std::fs::read_to_string(fixture("captures/transmission-3.00-udp-scrape.hex"))
            .unwrap()
            .trim(),
    )
    .unwrap();
    let info_hash = load_file(&fixture("torrents/dump_udp.torrent"))
        .unwrap()
        .info_hash;
    let built = udp::scrape_request(0x1122_3344_5566_7788, 0x0b04_62c8, &[info_hash]).unwrap();
    assert_eq!(built, captured);
}

#[test]
fn handshakes_and_extension_handshakes_match_each_client() {
    let profiles = Profiles::embedded().unwrap();
    let mut files = captures(".json");
    files.retain(|(n, _)| n.contains("-peer-") && !n.contains("mse-attempt"));
    for (name, path) in &files {
        let json: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
        let bin = std::fs::read(path.with_extension("bin")).unwrap();
        let profile = profile_for(&profiles, name);
        let info_hash: [u8; 20] = hex::decode(json["info_hash"].as_str().unwrap())
            .unwrap()
            .try_into()
            .unwrap();
        let peer_id: [u8; 20] = hex::decode(json["peer_id_hex"].as_str().unwrap())
            .unwrap()
            .try_into()
            .unwrap();
        assert!(peer_id_matches(&profile, &peer_id), "{name}");
        let handshake = profile.handshake(info_hash, peer_id).encode();
        assert_eq!(
            hex::encode(handshake),
            json["handshake_hex"].as_str().unwrap(),
            "{name}"
        );
        let first = &json["messages"][0]["handshake"];
        let ctx = ExtensionContext {
            port: u16::try_from(first["p"].as_u64().unwrap()).unwrap(),
            peer_ip: first.get("yourip").map(|_| "127.0.0.1".parse().unwrap()),
            metadata_size: first["metadata_size"]
                .as_u64()
                .map(|n| u32::try_from(n).unwrap()),
            seeding: false,
            complete_ago: None,
            pex: false,
        };
        let ext = profile
            .extension_handshake(&ctx)
            .to_message()
            .to_bytes()
            .unwrap();
        assert_eq!(
            hex::encode(&bin[68..68 + ext.len()]),
            hex::encode(&ext),
            "{name}"
        );
        let second = json["messages"][1]["type"].as_str().unwrap();
        let expected = match profile.opening(0, 16) {
            Opening::HaveNone => "have_none",
            Opening::Nothing => "keepalive",
            other => panic!("{name}: a client with nothing opened with {other:?}"),
        };
        assert_eq!(second, expected, "{name}");
        if let Opening::HaveNone = profile.opening(0, 16) {
            let after = &bin[68 + ext.len()..];
            assert_eq!(
                &after[..5],
                Message::HaveNone.to_bytes().unwrap().as_slice(),
                "{name}"
            );
        }
    }
    assert_eq!(
        files.len(),
        10,
        "4 clients × 2 outgoing, aria2 plaintext, Transmission incoming"
    );
}

#[test]
fn the_preview_command_reproduces_captures_from_flags() {
    use dfakeseeder::cli::preview::{PreviewArgs, run};
    let args = PreviewArgs {
        profile: "qbittorrent-4.5.2".into(),
        profiles_dir: None,
        torrent: fixture("torrents/dump_http.torrent"),
        url: None, // the torrent's own tracker
        event: "started".into(),
        uploaded: 0,
        downloaded: 0,
        left: 4_194_304,
        port: 6892,
        peer_id: "-qB4520-MD72fpz1wNI~".into(),
        key: "D9E4ED9F".into(),
        corrupt: 0,
        redundant: 0,
        numwant: None,
        connection_id: None,
        transaction_id: None,
    };
    let captured = std::fs::read(fixture("captures/qbittorrent-4.5.2-started.http")).unwrap();
    assert_eq!(show(&run(&args).unwrap()), show(&captured));

    let udp = PreviewArgs {
        profile: "deluge-2.0.3".into(),
        torrent: fixture("torrents/dump_udp.torrent"),
        port: 6896,
        peer_id: "hex:2d4445323033732d6134775572756935427a396b".into(),
        key: "EC426570".into(),
        connection_id: Some("0x1122334455667788".into()),
        transaction_id: Some("55d4dda1".into()),
        ..args
    };
    let captured =
        std::fs::read_to_string(fixture("captures/deluge-2.0.3-udp-announce-started.hex")).unwrap();
    assert_eq!(hex::encode(run(&udp).unwrap()), captured.trim());

    let bad = PreviewArgs {
        profile: "nope".into(),
        ..udp
    };
    assert!(
        run(&bad)
            .unwrap_err()
            .starts_with("no client profile \"nope\"; known: aria2-1.36.0, ")
    );
}
