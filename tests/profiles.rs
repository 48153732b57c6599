//! Client profiles: the embedded set, the directory loader, the generators and the request
//! builder's conditional parts that the captures do not exercise.

use dfakeseeder::profile::{
    DEFAULT_PROFILE, ExtensionContext, Opening, Profiles, generate_key, generate_peer_id,
    key_matches, peer_id_matches,
};
use dfakeseeder::protocol::tracker::{
    AnnounceParams, Event, KeyValue, UdpIds, announce_request, preview, scrape_request,
};
use rand::SeedableRng;
use rand::rngs::SmallRng;

const IDS: [&str; 13] = [
    "aria2-1.36.0",
    "biglybt-3.8.0.2",
    "deluge-2.0.3",
    "deluge-2.1.1",
    "libtorrent-2.0.8",
    "qbittorrent-4.5.2",
    "qbittorrent-4.6.7",
    "qbittorrent-5.0.5",
    "qbittorrent-5.1.2",
    "rtorrent-0.9.8",
    "transmission-3.00",
    "transmission-4.0.6",
    "utorrent-3.5.5",
];

#[test]
fn the_captured_and_derived_clients_are_embedded() {
    let profiles = Profiles::embedded().unwrap();
    assert_eq!(profiles.ids().collect::<Vec<_>>(), IDS);
    assert!(profiles.get(DEFAULT_PROFILE).is_some());
    let qb = profiles.get("qbittorrent-4.5.2").unwrap();
    assert_eq!(
        (qb.name.as_str(), qb.version.as_str()),
        ("qBittorrent", "4.5.2")
    );
    assert_eq!(qb.release_date.to_string(), "2023-02-28");
}

#[test]
fn generated_ids_and_keys_follow_each_rule() {
    let profiles = Profiles::embedded().unwrap();
    let mut rng = SmallRng::seed_from_u64(7);
    for profile in profiles.iter() {
        let mut seen = std::collections::HashSet::new();
        for _ in 0..200 {
            let id = generate_peer_id(profile, &mut rng);
            assert!(
                id.starts_with(profile.peer_id.prefix.as_bytes()),
                "{}",
                profile.id
            );
            assert!(
                peer_id_matches(profile, &id),
                "{}: {:?}",
                profile.id,
                String::from_utf8_lossy(&id)
            );
            let key = generate_key(profile, &id, &mut rng);
            assert!(key_matches(profile, &key, &id), "{}: {key:?}", profile.id);
            seen.insert(id);
        }
        assert!(seen.len() > 190, "{}: peer_ids repeat", profile.id);
    }
    let aria2 = profiles.get("aria2-1.36.0").unwrap();
    let id = generate_peer_id(aria2, &mut rng);
    assert_eq!(
        generate_key(aria2, &id, &mut rng),
        KeyValue::Bytes(id[12..].to_vec())
    );
}

#[test]
fn peer_id_and_key_checks_reject_what_the_client_never_sends() {
    let profiles = Profiles::embedded().unwrap();
    let tr = profiles.get("transmission-3.00").unwrap();
    assert!(peer_id_matches(tr, b"-TR3000-b7lp7dzl74s1"));
    assert!(
        !peer_id_matches(tr, b"-TR3000-b7lp7dzl74s2"),
        "check character off"
    );
    assert!(
        !peer_id_matches(tr, b"-TR3000-B7LP7DZL74S1"),
        "uppercase is not in the alphabet"
    );
    assert!(
        !peer_id_matches(tr, b"-qB4520-b7lp7dzl74s1"),
        "other prefix"
    );
    assert!(key_matches(tr, &KeyValue::Text("4fe559f".into()), &[0; 20]));
    assert!(
        !key_matches(tr, &KeyValue::Text("04fe559f".into()), &[0; 20]),
        "not zero-padded"
    );
    assert!(
        !key_matches(tr, &KeyValue::Text("8fe559f0".into()), &[0; 20]),
        "31 bits"
    );
    let qb = profiles.get("qbittorrent-4.5.2").unwrap();
    assert!(key_matches(
        qb,
        &KeyValue::Text("0130EDA1".into()),
        &[0; 20]
    ));
    assert!(
        !key_matches(qb, &KeyValue::Text("7130eda1".into()), &[0; 20]),
        "uppercase only"
    );
    assert!(
        !peer_id_matches(qb, b"-qB4520-MD72fpz1wNI'"),
        "' is not url_random's"
    );
}

const CUSTOM: &str = r#"
name = "Custom"
version = "1.0"
release_date = "2024-01-02"
peer_id = { prefix = "-CU1000-", tail = { kind = "binary" }, scope = "session", wire = "same_as_tracker" }
key = { format = { kind = "hex", case = "lower", pad = true, bits = 32 }, scope = "session" }
trackers = { all_trackers_in_tier = false, all_tiers = false }
[http]
version = "HTTP/1.0"
escape = { keep = "", hex = "upper" }
host_port = "always"
headers = [{ name = "Host", value = "{host}" }, { name = "User-Agent", value = "Custom/1.0" }]
query = [{ name = "info_hash", value = "{info_hash}" }, { name = "event", value = "{event}", when = ["event_set"] }]
[wire]
reserved = "0000000000000000"
first_message = { empty = "nothing", partial = "bitfield", complete = "bitfield" }
extension = { m = {} }
"#;

#[test]
fn a_directory_adds_and_overrides_profiles_and_names_bad_files() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write("custom-1.0.toml", CUSTOM);
    write(
        "qbittorrent-4.5.2.toml",
        &CUSTOM.replace("\"Custom\"", "\"Patched qB\""),
    );
    write("broken.toml", "name = ");
    write(
        "long-prefix.toml",
        &CUSTOM.replace("-CU1000-", "-CU1000-0123456789ABC"),
    );
    write("unknown-key.toml", &format!("colour = 1\n{CUSTOM}"));
    write("bad id.toml", CUSTOM);
    write("notes.txt", "not a profile");
    let (profiles, errors) = Profiles::load(Some(dir.path()));
    assert_eq!(
        profiles.ids().count(),
        IDS.len() + 1,
        "one added, one replaced"
    );
    assert_eq!(profiles.get("custom-1.0").unwrap().name, "Custom");
    assert_eq!(
        profiles.get("qbittorrent-4.5.2").unwrap().name,
        "Patched qB"
    );
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(shown.len(), 4, "{shown:#?}");
    let file = |name: &str| dir.path().join(name).display().to_string();
    assert_eq!(
        shown[0],
        format!(
            "client profile {}: ID \"bad id\" may only hold letters, digits, '.', '_' and '-'",
            file("bad id.toml")
        )
    );
    assert!(shown[1].starts_with(&format!(
        "client profile {}: TOML parse error at line 1",
        file("broken.toml")
    )));
    assert_eq!(
        shown[2],
        format!(
            "client profile {}: peer_id.prefix \"-CU1000-0123456789ABC\" must be ASCII and shorter than 20 bytes",
            file("long-prefix.toml")
        )
    );
    assert!(shown[3].starts_with(&format!(
        "client profile {}: TOML parse error",
        file("unknown-key.toml")
    )));
    assert!(shown[3].contains("unknown field `colour`"), "{}", shown[3]);

    let (_, errors) = Profiles::load(Some(&dir.path().join("missing")));
    assert!(errors.is_empty(), "a missing directory is not an error");
}

fn params(event: Event) -> AnnounceParams {
    AnnounceParams {
        info_hash: [0xab; 20],
        peer_id: *b"-TR3000-b7lp7dzl74s1",
        port: 51413,
        uploaded: 1,
        downloaded: 2,
        left: 3,
        corrupt: 0,
        redundant: 0,
        event,
        key: KeyValue::Text("4d371bdf".into()),
        numwant: None,
        tracker_id: None,
    }
}

fn request_line(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec())
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_owned()
}

#[test]
fn conditional_query_parameters() {
    let profiles = Profiles::embedded().unwrap();
    let tr = profiles.get("transmission-3.00").unwrap();
    let ih = "%ab".repeat(20);
    let mut p = params(Event::None);
    p.corrupt = 5;
    p.tracker_id = Some(b"t 1".to_vec());
    let line =
        request_line(&announce_request(tr, "https://t.example/x/announce?passkey=k", &p).unwrap());
    assert_eq!(
        line,
        format!(
            "GET /x/announce?passkey=k&info_hash={ih}&peer_id=-TR3000-b7lp7dzl74s1&port=51413&uploaded=1\
             &downloaded=2&left=3&numwant=80&key=4d371bdf&compact=1&supportcrypto=1&corrupt=5&trackerid=t%201 HTTP/1.1"
        )
    );
    let head =
        String::from_utf8(announce_request(tr, "https://t.example/announce", &p).unwrap()).unwrap();
    assert!(
        head.contains("\r\nHost: t.example\r\n"),
        "default port left out: {head}"
    );

    let rt = profiles.get("rtorrent-0.9.8").unwrap();
    let mut p = params(Event::Completed);
    p.numwant = Some(30);
    let line = request_line(&announce_request(rt, "http://t:6969/announce", &p).unwrap());
    assert!(line.contains("&compact=1&numwant=30&port=51413&"), "{line}");
    assert!(line.ends_with("&left=3&event=completed HTTP/1.1"), "{line}");

    let scrape = scrape_request(
        tr,
        "http://t:6969/announce.php?passkey=k",
        &[[1; 20], [2; 20]],
    )
    .unwrap();
    let line = request_line(&scrape.unwrap());
    let (one, two) = ("%01".repeat(20), "%02".repeat(20));
    assert_eq!(
        line,
        format!("GET /scrape.php?passkey=k&info_hash={one}&info_hash={two} HTTP/1.1")
    );
    assert_eq!(
        scrape_request(tr, "http://t:6969/tracker", &[[1; 20]]).unwrap(),
        None
    );
}

#[test]
fn preview_refuses_what_the_client_cannot_send() {
    let profiles = Profiles::embedded().unwrap();
    let aria2 = profiles.get("aria2-1.36.0").unwrap();
    let ids = Some(UdpIds::default());
    let err = preview(aria2, "udp://t:6969/announce", &params(Event::Started), ids).unwrap_err();
    assert_eq!(
        err.to_string(),
        "profile aria2-1.36.0: this client does not announce to UDP trackers"
    );
    let qb = profiles.get("qbittorrent-4.5.2").unwrap();
    let err = preview(qb, "udp://t:6969/announce", &params(Event::Started), None).unwrap_err();
    assert_eq!(
        err.to_string(),
        "tracker URL \"udp://t:6969/announce\": a UDP announce needs a connection id and a transaction id"
    );
    let err = announce_request(qb, "udp://t:6969/announce", &params(Event::Started)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "tracker URL \"udp://t:6969/announce\": is a UDP tracker, not HTTP"
    );
}

#[test]
fn a_seeding_connection_fills_the_templates() {
    let profiles = Profiles::embedded().unwrap();
    let ctx = ExtensionContext {
        port: 6881,
        peer_ip: Some("10.0.0.2".parse().unwrap()),
        metadata_size: Some(394),
        seeding: true,
        complete_ago: Some(3600),
        pex: true,
    };
    let qb = profiles.get("qbittorrent-4.5.2").unwrap();
    let hs = qb.extension_handshake(&ctx);
    assert_eq!(
        (hs.upload_only, hs.complete_ago, hs.p),
        (Some(1), Some(3600), Some(6881))
    );
    assert_eq!(hs.m.get("ut_pex"), Some(&1));
    assert_eq!(hs.yourip, ctx.peer_ip);
    assert_eq!(qb.opening(16, 16), Opening::HaveAll);
    assert_eq!(qb.opening(3, 16), Opening::Bitfield);
    let tr = profiles.get("transmission-3.00").unwrap();
    let hs = tr.extension_handshake(&ctx);
    assert_eq!((hs.upload_only, hs.e, hs.yourip), (Some(1), Some(1), None));
    let leeching = tr.extension_handshake(&ExtensionContext {
        seeding: false,
        ..ctx.clone()
    });
    assert_eq!(leeching.upload_only, Some(0));
    let rt = profiles.get("rtorrent-0.9.8").unwrap();
    assert_eq!(rt.extension_handshake(&ctx).m.get("ut_pex"), Some(&1));
    assert_eq!(rt.opening(16, 16), Opening::Bitfield);
    assert_eq!(rt.opening(0, 16), Opening::Nothing);
}
