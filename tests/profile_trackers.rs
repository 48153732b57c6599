//! A real bittorrent-tracker names each captured profile's client and version from what we
//! announce (it decodes the peer_id independently of us). Needs `scripts/install-test-deps`.

mod support;

use dfakeseeder::engine::tracker::live::{LiveClient, LiveOptions};
use dfakeseeder::engine::tracker::{AnnounceEvent, AnnounceRequest, TrackerClient};
use dfakeseeder::profile::Profiles;
use support::bittorrent_tracker::BtTracker;

/// Profile, and the (client, version) bittorrent-tracker reports for its peer_id. Where its
/// peer_id table is vague (libtorrent and rTorrent without a version, aria2 unknown), the real
/// client's captured peer_id gets exactly the same answer: that is checked below too.
const EXPECTED: [(&str, &str, &str); 6] = [
    ("qbittorrent-4.5.2", "qBittorrent", "4.5.2"),
    ("deluge-2.0.3", "Deluge", "2.0.3"),
    ("libtorrent-2.0.8", "libtorrent (Rasterbar)", ""),
    ("transmission-3.00", "Transmission", "3.00"),
    ("rtorrent-0.9.8", "libTorrent (Rakshasa) / rTorrent*", ""),
    ("aria2-1.36.0", "unknown", ""),
];

/// What the tracker says of a peer_id announced raw (the real client's, from a capture).
fn named(tracker: &BtTracker, info_hash: &[u8; 20], peer_id: &[u8; 20]) -> (String, String) {
    let path = support::http::announce_path(info_hash, peer_id, 6881, 1000, Some("started"));
    let reply = support::http::get(tracker.port(), &path).expect("announce");
    assert_eq!(reply.status, 200);
    let swarm = tracker.swarm(info_hash).expect("swarm");
    let peer = swarm.peers.first().expect("peer");
    // bittorrent-peerid pads some versions ("3.5.5 " for µTorrent's -UT355W-).
    let version = peer.version.clone().unwrap_or_default().trim().to_string();
    (peer.client.clone(), version)
}

fn captured_peer_id(profile: &str) -> [u8; 20] {
    let path = support::fixture(&format!("captures/{profile}-started.http"));
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let from_http = text
        .split(['?', '&'])
        .find_map(|p| p.strip_prefix("peer_id="))
        .map(support::http::percent_decode);
    let from_wire = || {
        let json = std::fs::read_to_string(support::fixture(&format!(
            "captures/{profile}-peer-outgoing-01.json"
        )))
        .ok()?;
        let v: serde_json::Value = serde_json::from_str(&json).ok()?;
        hex::decode(v["peer_id_hex"].as_str()?).ok()
    };
    let bytes = from_http.or_else(from_wire).unwrap_or_default();
    <[u8; 20]>::try_from(bytes.as_slice())
        .unwrap_or_else(|_| panic!("{profile}: no captured peer_id"))
}

/// Announces `started` as `id` through the live client; returns what the tracker names it.
fn announce_as(
    tracker: &BtTracker,
    runtime: &tokio::runtime::Runtime,
    id: &str,
    info_hash: [u8; 20],
) -> (String, String) {
    let profiles = Profiles::embedded().expect("profiles");
    let client = LiveClient::new(
        profiles.get(id).expect("profile").clone(),
        LiveOptions::default(),
    );
    let request = AnnounceRequest {
        url: tracker.announce_url_http(),
        info_hash,
        event: AnnounceEvent::Started,
        uploaded: 0,
        downloaded: 0,
        left: 1000,
        tracker_id: None,
        profile: None,
        numwant: None,
    };
    runtime
        .block_on(client.announce(request))
        .unwrap_or_else(|e| panic!("{id}: {e}"));
    let swarm = tracker.swarm(&info_hash).expect("swarm");
    let peer = swarm
        .peers
        .first()
        .unwrap_or_else(|| panic!("{id}: no peer"));
    let version = peer.version.clone().unwrap_or_default().trim().to_string();
    (peer.client.clone(), version)
}

#[test]
fn bittorrent_tracker_names_every_captured_client() {
    let tracker = BtTracker::start().expect("bittorrent-tracker");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let mut seen = Vec::new();
    for (i, (id, _, _)) in EXPECTED.iter().enumerate() {
        let ours = announce_as(&tracker, &runtime, id, [i as u8 + 1; 20]);
        let real = named(&tracker, &[i as u8 + 101; 20], &captured_peer_id(id));
        assert_eq!(
            ours, real,
            "{id}: the tracker tells us apart from the real client"
        );
        seen.push((id.to_string(), ours.0, ours.1));
    }
    let expected: Vec<(String, String, String)> = EXPECTED
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(seen, expected);
}

#[test]
fn bittorrent_tracker_names_the_current_versions() {
    let expected = [
        ("qbittorrent-4.6.7", "qBittorrent", "4.6.7"),
        ("qbittorrent-5.0.5", "qBittorrent", "5.0.5"),
        ("qbittorrent-5.1.2", "qBittorrent", "5.1.2"),
        ("transmission-4.0.6", "Transmission", "4.06"),
        ("deluge-2.1.1", "Deluge", "2.1.1"),
        ("utorrent-3.5.5", "µTorrent", "3.5.5"),
        // bittorrent-peerid 11 has no entry for BiglyBT's -BI prefix: it says "unknown", as it does
        // for the real BiglyBT.
        ("biglybt-3.8.0.2", "unknown", ""),
    ];
    let tracker = BtTracker::start().expect("bittorrent-tracker");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let mut seen = Vec::new();
    for (i, (id, _, _)) in expected.iter().enumerate() {
        let (client, version) = announce_as(&tracker, &runtime, id, [i as u8 + 50; 20]);
        seen.push((id.to_string(), client, version));
    }
    let expected: Vec<(String, String, String)> = expected
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(seen, expected);
}
