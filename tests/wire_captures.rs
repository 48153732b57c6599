//! The peer-wire codec against byte-exact captures of real clients (tests/fixtures/captures,
//! copied from the interop kit), hostile inputs, and a seeded fuzzer.

use dfakeseeder::protocol::wire::{
    Bitfield, DEFAULT_MAX_MESSAGE_LEN, Decoder, ExtensionHandshake, Extra, Frame, Handshake,
    Message, MetadataMessage, WireError, bencode, metadata, peer_id,
};
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use serde_json::{Map, Value as Json, json};
use std::net::IpAddr;
use std::path::PathBuf;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/captures")
}

struct Capture {
    name: String,
    bin: Vec<u8>,
    json: Json,
}

/// Every peer capture: the `*-peer-outgoing-*` ones and Transmission's incoming handshake.
fn captures() -> Vec<Capture> {
    let mut names: Vec<String> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".bin"))
        .filter(|n| n.contains("-peer-outgoing-") || n == "transmission-3.00-peer-incoming.bin")
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let bin = std::fs::read(fixtures().join(&name)).unwrap();
            let json_path = fixtures().join(name.replace(".bin", ".json"));
            let json = serde_json::from_slice(&std::fs::read(json_path).unwrap()).unwrap();
            Capture { name, bin, json }
        })
        .collect()
}

fn plaintext_captures() -> Vec<Capture> {
    let all = captures();
    let plain: Vec<Capture> = all
        .into_iter()
        .filter(|c| c.json.get("non_plaintext_first_bytes").is_none())
        .collect();
    assert_eq!(
        plain.len(),
        10,
        "9 outgoing captures and Transmission's incoming one"
    );
    plain
}

fn decode_all(bytes: &[u8]) -> Result<Vec<Frame>, WireError> {
    let mut decoder = Decoder::new(DEFAULT_MAX_MESSAGE_LEN);
    let mut frames = Vec::new();
    decoder.feed(bytes, &mut frames)?;
    decoder.finish()?;
    Ok(frames)
}

fn expected_client(capture: &str) -> &'static str {
    [
        ("qbittorrent-4.5.2", "qBittorrent 4.5.2"),
        ("deluge-2.0.3", "Deluge 2.0.3"),
        ("libtorrent-2.0.8", "libtorrent 2.0.8"),
        ("transmission-3.00", "Transmission 3.00"),
        ("rtorrent-0.9.8", "rTorrent/libTorrent 0.13.8"),
        ("aria2-1.36.0", "aria2 1.36.0"),
    ]
    .into_iter()
    .find(|(prefix, _)| capture.starts_with(prefix))
    .map(|(_, client)| client)
    .unwrap()
}

/// The capture tool's rendering of an extension handshake, built from our decoded struct.
fn handshake_json(hs: &ExtensionHandshake) -> Json {
    let mut o = Map::new();
    if !hs.m.is_empty() {
        o.insert("m".into(), json!(hs.m));
    }
    let ints = [
        ("p", hs.p.map(i64::from)),
        ("reqq", hs.reqq.map(i64::from)),
        ("e", hs.e),
        ("upload_only", hs.upload_only),
        ("complete_ago", hs.complete_ago),
        ("metadata_size", hs.metadata_size.map(i64::from)),
    ];
    for (key, value) in ints {
        if let Some(n) = value {
            o.insert(key.into(), json!(n));
        }
    }
    if let Some(v) = &hs.v {
        o.insert("v".into(), json!(v));
    }
    if let Some(ip) = hs.yourip {
        let octets = match ip {
            IpAddr::V4(v4) => v4.octets().to_vec(),
            IpAddr::V6(v6) => v6.octets().to_vec(),
        };
        o.insert(
            "yourip".into(),
            json!(format!("hex:{}", hex::encode(octets))),
        );
    }
    for (key, value) in &hs.extra {
        let value = match value {
            Extra::Int(n) => json!(n),
            Extra::Bytes(b) => json!(format!("hex:{}", hex::encode(b))),
        };
        o.insert(key.clone(), value);
    }
    Json::Object(o)
}

/// Checks one decoded message against the capture tool's description of it.
fn check_message(capture: &str, msg: &Message, want: &Json) {
    let ctx = format!("{capture}: {msg:?} vs {want}");
    let kind = match want["type"].as_str().unwrap() {
        "keepalive" => "keep-alive",
        other => other,
    };
    assert_eq!(msg.name(), kind, "{ctx}");
    let bytes = msg.to_bytes().unwrap();
    if let Some(len) = want.get("len") {
        assert_eq!(len.as_u64().unwrap() as usize, bytes.len() - 4, "{ctx}");
        assert_eq!(want["id"].as_u64().unwrap(), u64::from(bytes[4]), "{ctx}");
    }
    match msg {
        Message::Request(b) => {
            assert_eq!(
                (want["index"].as_u64(), want["begin"].as_u64()),
                (Some(b.index.into()), Some(b.begin.into())),
                "{ctx}"
            );
            assert_eq!(want["length"].as_u64(), Some(b.length.into()), "{ctx}");
        }
        Message::Have { index } => {
            assert_eq!(want["index"].as_u64(), Some((*index).into()), "{ctx}")
        }
        Message::Extended { id, payload } => {
            assert_eq!(want["ext_id"].as_u64(), Some((*id).into()), "{ctx}");
            let hs = ExtensionHandshake::decode(payload).unwrap();
            assert_eq!(handshake_json(&hs), want["handshake"], "{ctx}");
        }
        Message::KeepAlive => {}
        _ => assert_eq!(
            want["payload_hex"].as_str().unwrap(),
            hex::encode(&bytes[5..]),
            "{ctx}"
        ),
    }
}

#[test]
fn every_capture_decodes_as_its_json_describes() {
    for c in plaintext_captures() {
        let frames = decode_all(&c.bin).unwrap_or_else(|e| panic!("{}: {e}", c.name));
        let Some(Frame::Handshake(hs)) = frames.first() else {
            panic!("{}: no handshake", c.name)
        };
        assert_eq!(
            hex::encode(hs.encode()),
            c.json["handshake_hex"].as_str().unwrap(),
            "{}",
            c.name
        );
        assert_eq!(
            hs.reserved.to_hex(),
            c.json["reserved_hex"].as_str().unwrap(),
            "{}",
            c.name
        );
        assert_eq!(
            hex::encode(hs.info_hash),
            c.json["info_hash"].as_str().unwrap()
        );
        assert_eq!(
            hex::encode(hs.peer_id),
            c.json["peer_id_hex"].as_str().unwrap()
        );
        let bits: Vec<&str> = c.json["reserved_bits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b.as_str().unwrap())
            .collect();
        assert_eq!(
            hs.reserved.extension_protocol(),
            bits.contains(&"LTEP(BEP10)"),
            "{}",
            c.name
        );
        assert_eq!(
            hs.reserved.fast(),
            bits.contains(&"Fast(BEP6)"),
            "{}",
            c.name
        );
        assert_eq!(hs.reserved.dht(), bits.contains(&"DHT(BEP5)"), "{}", c.name);
        assert_eq!(peer_id::describe(&hs.peer_id), expected_client(&c.name));

        // The capture tool lists every message but the requests after the seventh.
        let mut requests = 0;
        let listed: Vec<&Message> = frames[1..]
            .iter()
            .map(|f| match f {
                Frame::Message(m) => m,
                Frame::Handshake(_) => panic!("{}: second handshake", c.name),
            })
            .filter(|m| {
                requests += usize::from(matches!(m, Message::Request(_)));
                !matches!(m, Message::Request(_)) || requests <= 7
            })
            .collect();
        let wanted = c.json["messages"].as_array().unwrap();
        assert_eq!(listed.len(), wanted.len(), "{}", c.name);
        for (msg, want) in listed.iter().zip(wanted) {
            check_message(&c.name, msg, want);
        }
    }
}

#[test]
fn captures_reencode_byte_for_byte() {
    let mut canonical = 0;
    for c in plaintext_captures() {
        let frames = decode_all(&c.bin).unwrap();
        let mut again = Vec::new();
        for frame in &frames {
            match frame {
                Frame::Handshake(hs) => again.extend_from_slice(&hs.encode()),
                Frame::Message(m) => m.encode_into(&mut again).unwrap(),
            }
        }
        assert_eq!(again, c.bin, "{}", c.name);

        let Some(Frame::Message(Message::Extended { id: 0, payload })) = frames.get(1) else {
            panic!("{}: the extension handshake comes first", c.name)
        };
        // Canonical = sorted keys, which a generic decode + canonical encode leaves unchanged.
        if bencode::encode(&bencode::decode(payload).unwrap()) == *payload {
            canonical += 1;
            let hs = ExtensionHandshake::decode(payload).unwrap();
            assert_eq!(
                String::from_utf8_lossy(&hs.encode()),
                String::from_utf8_lossy(payload),
                "{}",
                c.name
            );
            assert_eq!(
                hs.to_message(),
                Message::Extended {
                    id: 0,
                    payload: payload.clone()
                }
            );
        }
    }
    assert_eq!(
        canonical, 10,
        "every captured client sends a canonical extension handshake"
    );
}

#[test]
fn captured_clients_extension_details() {
    let by_name = |prefix: &str| {
        let c = plaintext_captures()
            .into_iter()
            .find(|c| c.name.starts_with(prefix))
            .unwrap();
        match &decode_all(&c.bin).unwrap()[1] {
            Frame::Message(Message::Extended { payload, .. }) => {
                ExtensionHandshake::decode(payload).unwrap()
            }
            other => panic!("{other:?}"),
        }
    };
    let qbt = by_name("qbittorrent-4.5.2-peer-outgoing-01");
    assert_eq!(qbt.v.as_deref(), Some("qBittorrent/4.5.2"));
    assert_eq!(qbt.yourip, Some(IpAddr::from([127, 0, 0, 1])));
    assert_eq!(
        (qbt.reqq, qbt.complete_ago, qbt.metadata_size),
        (Some(2000), Some(-1), Some(398))
    );
    assert_eq!(
        qbt.m.keys().collect::<Vec<_>>(),
        [
            "lt_donthave",
            "share_mode",
            "upload_only",
            "ut_holepunch",
            "ut_metadata"
        ]
    );
    let rt = by_name("rtorrent-0.9.8-peer-outgoing-01");
    assert_eq!((rt.e, rt.m.get("ut_pex")), (Some(0), Some(&0)));
    let aria = by_name("aria2-1.36.0-peer-outgoing-02");
    assert_eq!((aria.reqq, aria.m.get("ut_metadata")), (None, Some(&9)));
}

#[test]
fn aria2s_encrypted_attempt_is_refused_on_its_first_byte() {
    let c = captures()
        .into_iter()
        .find(|c| c.name.contains("mse-attempt"))
        .unwrap();
    let first = c.json["non_plaintext_first_bytes"].as_str().unwrap();
    let err = decode_all(&c.bin).unwrap_err();
    assert_eq!(
        err,
        WireError::Pstrlen {
            got: u8::from_str_radix(&first[..2], 16).unwrap()
        }
    );
    assert_eq!(
        err.to_string(),
        "handshake pstrlen 144, expected 19 (not a plaintext BitTorrent handshake; MSE/PE encryption?)"
    );
}

fn handshake_bytes() -> Vec<u8> {
    Handshake {
        reserved: Default::default(),
        info_hash: [1; 20],
        peer_id: *b"-TR3000-b7lp7dzl74s1",
    }
    .encode()
    .to_vec()
}

fn after_handshake(tail: &[u8]) -> String {
    decode_all(&[handshake_bytes(), tail.to_vec()].concat())
        .unwrap_err()
        .to_string()
}

#[test]
fn hostile_inputs_get_precise_errors() {
    assert_eq!(
        after_handshake(&[0xff; 4]),
        "length prefix 4294967295 exceeds the limit of 1048589 bytes"
    );
    assert_eq!(
        decode_all(&handshake_bytes()[..40])
            .unwrap_err()
            .to_string(),
        "connection closed inside the handshake: 40 of 68 bytes received"
    );
    let mut wrong_pstr = handshake_bytes();
    wrong_pstr[1..20].copy_from_slice(b"BitTorrent Protocol");
    assert_eq!(
        decode_all(&wrong_pstr).unwrap_err().to_string(),
        "handshake protocol string \"BitTorrent Protocol\", expected \"BitTorrent protocol\""
    );
    assert_eq!(
        after_handshake(&[0, 0, 0, 3, 4, 0, 0]),
        "have message of 3 bytes, expected 5"
    );
    assert_eq!(
        after_handshake(&[0, 0, 0, 5, 6, 0, 0, 0, 1]),
        "request message of 5 bytes, expected 13"
    );
    assert_eq!(
        after_handshake(&[0, 0, 0, 1, 20]),
        "extended message of 1 bytes, expected at least 2"
    );
    assert_eq!(
        after_handshake(&[0, 0, 0, 9, 7, 0]),
        "connection closed inside the message: 6 of 13 bytes received"
    );

    // Bitfields are checked against the torrent's 16 pieces.
    assert_eq!(
        Bitfield::from_peer(&[0xff, 0xff, 0xff], 16)
            .unwrap_err()
            .to_string(),
        "bitfield of 3 bytes for 16 pieces, expected 2"
    );
    assert_eq!(
        Bitfield::from_peer(&[0xff, 0x01], 9)
            .unwrap_err()
            .to_string(),
        "bitfield for 9 pieces has spare bits set after the last piece"
    );

    // Extension handshakes: bad bencode, a bomb of nesting, wrong types.
    let ext = |payload: &[u8]| ExtensionHandshake::decode(payload).unwrap_err().to_string();
    assert_eq!(
        ext(b"d1:pi6881e"),
        "bencode: unexpected end of input at byte 10"
    );
    assert_eq!(
        ext(b"d1:v999:x"),
        "bencode: byte string of 999 bytes but only 1 left at byte 4"
    );
    let bomb = [&b"d1:x"[..], &[b'l'; 5000], &[b'e'; 5001]].concat();
    assert_eq!(ext(&bomb), "bencode: nesting deeper than 32 at byte 35");
    assert_eq!(
        ext(b"d1:md11:ut_metadata1:2ee"),
        "extension handshake key `m.ut_metadata` should be an integer, got a byte string"
    );

    // ut_metadata for a 394-byte info dictionary: one piece.
    let request = |piece: u32| MetadataMessage::Request { piece }.encode();
    assert_eq!(metadata::decode_request(&request(0), 394), Ok(0));
    assert_eq!(
        metadata::decode_request(&request(1), 394)
            .unwrap_err()
            .to_string(),
        "ut_metadata request for piece 1, the metadata has 1 pieces"
    );
    assert_eq!(
        metadata::decode_request(b"d8:msg_typei0e5:piecei99999999999ee", 394)
            .unwrap_err()
            .to_string(),
        "ut_metadata key `piece` should be an integer in 0..=4294967295, got 99999999999"
    );
    assert_eq!(
        MetadataMessage::decode(b"d8:msg_typei1e5:piecei3e10:total_sizei394ee")
            .unwrap_err()
            .to_string(),
        "ut_metadata data for piece 3, the metadata has 1 pieces"
    );
}

#[test]
fn a_failed_decoder_stays_failed() {
    let mut decoder = Decoder::after_handshake(DEFAULT_MAX_MESSAGE_LEN);
    let mut out = Vec::new();
    assert!(decoder.feed(&[0, 0, 0, 2, 0, 0], &mut out).is_err());
    let again = decoder.feed(&[0, 0, 0, 0], &mut out).unwrap_err();
    assert_eq!(
        again.to_string(),
        "the decoder failed earlier (choke message of 2 bytes, expected 1); the connection must be closed"
    );
    assert!(out.is_empty());
}

/// A random message whose encoding fits `limit`.
fn random_message(rng: &mut SmallRng, limit: usize) -> Message {
    let block = |rng: &mut SmallRng| dfakeseeder::protocol::wire::Block {
        index: rng.random(),
        begin: rng.random(),
        length: rng.random(),
    };
    let bytes = |rng: &mut SmallRng, max: usize| {
        let mut b = vec![0u8; rng.random_range(0..=max)];
        rng.fill(&mut b[..]);
        b
    };
    match rng.random_range(0..18) {
        0 => Message::KeepAlive,
        1 => Message::Choke,
        2 => Message::Unchoke,
        3 => Message::Interested,
        4 => Message::NotInterested,
        5 => Message::Have {
            index: rng.random(),
        },
        6 => Message::Bitfield(bytes(rng, limit - 1)),
        7 => Message::Request(block(rng)),
        8 => Message::Piece {
            index: rng.random(),
            begin: rng.random(),
            data: bytes(rng, limit - 9),
        },
        9 => Message::Cancel(block(rng)),
        10 => Message::Port(rng.random()),
        11 => Message::Suggest {
            index: rng.random(),
        },
        12 => Message::HaveAll,
        13 => Message::HaveNone,
        14 => Message::RejectRequest(block(rng)),
        15 => Message::AllowedFast {
            index: rng.random(),
        },
        16 => Message::Extended {
            id: rng.random(),
            payload: bytes(rng, limit - 2),
        },
        _ => Message::Unknown {
            id: rng.random_range(21..=255),
            payload: bytes(rng, limit - 1),
        },
    }
}

/// Feeds `input` in random chunks; checks the buffer bound after every chunk and runs the
/// payload decoders over whatever comes out. Returns the frames, or the error that ended it;
/// `peak` keeps the most the decoder ever held.
fn feed_in_chunks(
    rng: &mut SmallRng,
    decoder: &mut Decoder,
    input: &[u8],
    peak: &mut usize,
) -> (Vec<Frame>, Option<WireError>) {
    let mut frames = Vec::new();
    let mut rest = input;
    while !rest.is_empty() {
        let take = rng.random_range(1..=rest.len().min(3000));
        let result = decoder.feed(&rest[..take], &mut frames);
        rest = &rest[take..];
        *peak = (*peak).max(decoder.buffered());
        assert!(
            decoder.buffered() <= decoder.max_buffered(),
            "buffered {}",
            decoder.buffered()
        );
        if let Err(e) = result {
            assert!(matches!(
                decoder.feed(b"x", &mut Vec::new()),
                Err(WireError::Failed(_))
            ));
            return (frames, Some(e));
        }
    }
    for frame in &frames {
        match frame {
            Frame::Message(Message::Extended { payload, .. }) => {
                let _ = ExtensionHandshake::decode(payload);
                let _ = MetadataMessage::decode(payload);
                let _ = metadata::decode_request(payload, 40_000);
            }
            Frame::Message(Message::Bitfield(bits)) => {
                let _ = Bitfield::from_peer(bits, rng.random_range(0..(bits.len() as u32 + 2) * 8));
            }
            Frame::Handshake(hs) => {
                let _ = peer_id::describe(&hs.peer_id);
            }
            _ => {}
        }
    }
    (frames, decoder.finish().err())
}

#[test]
fn seeded_fuzz_never_panics_never_overbuffers() {
    let mut rng = SmallRng::seed_from_u64(0x5eed_d00d);
    let limit: u32 = 4096;
    let captures: Vec<Vec<u8>> = plaintext_captures().into_iter().map(|c| c.bin).collect();
    let mut errors = 0;
    let mut peak = 0;
    for round in 0..3000 {
        let mut decoder = Decoder::new(limit);
        match round % 4 {
            // Well-formed streams must come back exactly, however they are cut.
            0 => {
                let sent: Vec<Message> = (0..rng.random_range(0..40))
                    .map(|_| random_message(&mut rng, limit as usize))
                    .collect();
                let mut input = handshake_bytes();
                sent.iter().for_each(|m| m.encode_into(&mut input).unwrap());
                let (frames, err) = feed_in_chunks(&mut rng, &mut decoder, &input, &mut peak);
                assert_eq!(err, None, "round {round}");
                let got: Vec<&Message> = frames[1..]
                    .iter()
                    .filter_map(|f| match f {
                        Frame::Message(m) => Some(m),
                        Frame::Handshake(_) => None,
                    })
                    .collect();
                assert_eq!(got, sent.iter().collect::<Vec<_>>(), "round {round}");
            }
            // A capture with a few bytes flipped.
            1 => {
                let mut input = captures[rng.random_range(0..captures.len())].clone();
                for _ in 0..rng.random_range(1..8) {
                    let at = rng.random_range(0..input.len());
                    input[at] = rng.random();
                }
                errors += usize::from(
                    feed_in_chunks(
                        &mut rng,
                        &mut Decoder::new(DEFAULT_MAX_MESSAGE_LEN),
                        &input,
                        &mut peak,
                    )
                    .1
                    .is_some(),
                );
            }
            // Noise after a valid handshake, with length prefixes around the limit.
            2 => {
                let mut input = handshake_bytes();
                for _ in 0..rng.random_range(1..20) {
                    let len = limit.saturating_add_signed(rng.random_range(-8..=8));
                    input.extend_from_slice(&len.to_be_bytes());
                    let mut body = vec![0u8; rng.random_range(0..=len as usize + 8)];
                    rng.fill(&mut body[..]);
                    input.extend_from_slice(&body);
                }
                errors += usize::from(
                    feed_in_chunks(&mut rng, &mut decoder, &input, &mut peak)
                        .1
                        .is_some(),
                );
            }
            // Pure noise.
            _ => {
                let mut input = vec![0u8; rng.random_range(0..600)];
                rng.fill(&mut input[..]);
                if rng.random_bool(0.5) {
                    input.splice(0..0, handshake_bytes());
                }
                let _ = bencode::decode(&input);
                let _ = ExtensionHandshake::decode(&input);
                let _ = MetadataMessage::decode(&input);
                let _ = peer_id::identify(&input[..input.len().min(20)]);
                errors += usize::from(
                    feed_in_chunks(&mut rng, &mut decoder, &input, &mut peak)
                        .1
                        .is_some(),
                );
            }
        }
    }
    // The hostile rounds must actually reach the error paths.
    assert!(errors > 1000, "only {errors} hostile rounds failed");
    // And the bound was tested near its edge, not only on small frames.
    assert!(peak > limit as usize * 9 / 10, "peak buffering {peak}");
}
