//! Well-formed tracker replies, HTTP and UDP, decoded into the same values.

use dfakeseeder::protocol::tracker::scrape::parse_scrape;
use dfakeseeder::protocol::tracker::{
    AnnounceReply, Peer, PeerAddr, ScrapeStats, parse_announce, udp_reply,
};

fn ip(text: &str) -> PeerAddr {
    PeerAddr::Ip(text.parse().unwrap())
}

#[test]
fn a_compact_reply_with_every_optional_key() {
    let mut body = b"d8:completei5e10:downloadedi7e10:incompletei2e8:intervali1800e12:min intervali60e5:peers12:".to_vec();
    body.extend_from_slice(&[127, 0, 0, 1, 0x1a, 0xe1, 10, 1, 2, 3, 0, 80]);
    body.extend_from_slice(b"6:peers618:");
    body.extend_from_slice(&[
        0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0x1a, 0xe2,
    ]);
    body.extend_from_slice(b"10:tracker id3:abc15:warning message4:slowe");
    let reply = parse_announce(&body).unwrap();
    let peer = |addr: &str, port| Peer {
        addr: ip(addr),
        port,
        peer_id: None,
    };
    assert_eq!(
        reply,
        AnnounceReply {
            interval: 1800,
            min_interval: Some(60),
            tracker_id: Some(b"abc".to_vec()),
            complete: Some(5),
            incomplete: Some(2),
            downloaded: Some(7),
            warning: Some("slow".into()),
            peers: vec![
                peer("127.0.0.1", 6881),
                peer("10.1.2.3", 80),
                peer("fe80::1", 6882)
            ],
        }
    );
}

#[test]
fn a_dictionary_peer_list_keeps_peer_ids_and_host_names() {
    let body = b"d8:intervali900e5:peersld2:ip9:127.0.0.17:peer id20:-qB4520-abcdefghijkl4:porti6881eed2:ip16:peer.example.org4:porti1eeee";
    let reply = parse_announce(body).unwrap();
    assert_eq!(reply.interval, 900);
    assert_eq!(reply.complete, None);
    assert_eq!(reply.peers.len(), 2);
    assert_eq!(reply.peers[0].addr, ip("127.0.0.1"));
    assert_eq!(reply.peers[0].peer_id, Some(*b"-qB4520-abcdefghijkl"));
    assert_eq!(
        reply.peers[1].addr,
        PeerAddr::Name("peer.example.org".into())
    );
    assert_eq!(reply.peers[1].port, 1);
}

#[test]
fn a_reply_without_peers_is_fine() {
    let reply = parse_announce(b"d8:intervali1800ee").unwrap();
    assert!(reply.peers.is_empty());
}

#[test]
fn scrape_replies_with_raw_and_utf8_mangled_keys() {
    // bittorrent-tracker writes the info-hash as Latin-1 text in UTF-8: 0xf9 becomes c3 b9.
    let hash = [
        0x3c, 0xf9, 0x41, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x80,
    ];
    let mangled: Vec<u8> = hash
        .iter()
        .map(|&b| char::from(b))
        .collect::<String>()
        .into_bytes();
    assert_eq!(mangled.len(), 22);
    let mut body = b"d5:filesd20:".to_vec();
    body.extend_from_slice(&[9; 20]);
    body.extend_from_slice(b"d8:completei3e10:downloadedi4e10:incompletei5ee22:");
    body.extend_from_slice(&mangled);
    body.extend_from_slice(b"d8:completei1eeee");
    let stats = parse_scrape(&body).unwrap();
    assert_eq!(
        stats,
        vec![
            (
                [9; 20],
                ScrapeStats {
                    complete: 3,
                    incomplete: 5,
                    downloaded: 4
                }
            ),
            (
                hash,
                ScrapeStats {
                    complete: 1,
                    incomplete: 0,
                    downloaded: 0
                }
            ),
        ]
    );
}

#[test]
fn udp_connect_announce_and_scrape_replies() {
    let tid: u32 = 0xdead_beef;
    let mut connect = vec![0, 0, 0, 0];
    connect.extend_from_slice(&tid.to_be_bytes());
    connect.extend_from_slice(&0x1122_3344_5566_7788u64.to_be_bytes());
    assert_eq!(
        udp_reply::parse_connect(&connect, tid).unwrap(),
        0x1122_3344_5566_7788
    );
    assert_eq!(udp_reply::transaction_id(&connect), Some(tid));
    assert_eq!(udp_reply::transaction_id(&connect[..7]), None);

    let mut announce = vec![0, 0, 0, 1];
    announce.extend_from_slice(&tid.to_be_bytes());
    for n in [1800u32, 4, 9] {
        announce.extend_from_slice(&n.to_be_bytes());
    }
    announce.extend_from_slice(&[127, 0, 0, 1, 0x1a, 0xe1]);
    let reply = udp_reply::parse_announce(&announce, tid, false).unwrap();
    assert_eq!(
        (reply.interval, reply.incomplete, reply.complete),
        (1800, Some(4), Some(9))
    );
    assert_eq!(reply.peers[0].addr, ip("127.0.0.1"));
    // The same six peer bytes are a partial IPv6 entry.
    assert!(udp_reply::parse_announce(&announce, tid, true).is_err());

    let mut scrape = vec![0, 0, 0, 2];
    scrape.extend_from_slice(&tid.to_be_bytes());
    for n in [3u32, 10, 2] {
        scrape.extend_from_slice(&n.to_be_bytes());
    }
    let stats = udp_reply::parse_scrape(&scrape, tid, &[[1; 20]]).unwrap();
    assert_eq!(
        stats,
        vec![(
            [1; 20],
            ScrapeStats {
                complete: 3,
                downloaded: 10,
                incomplete: 2
            }
        )]
    );
}

#[test]
fn the_status_code_decides_before_the_body() {
    use dfakeseeder::protocol::tracker::announce_from_response;
    use dfakeseeder::protocol::tracker::http_head::parse_head;
    let head = |raw: &[u8]| parse_head(raw).unwrap().unwrap().0;
    let ok = head(b"HTTP/1.1 200 OK\r\n\r\n");
    assert_eq!(
        announce_from_response(&ok, b"d8:intervali60ee")
            .unwrap()
            .interval,
        60
    );
    let bad = head(b"HTTP/1.1 400 Bad Request\r\n\r\n");
    let err = announce_from_response(&bad, b"d14:failure reason6:no v1!e").unwrap_err();
    assert_eq!(err.to_string(), "tracker refused: no v1!");
    let err = announce_from_response(&bad, b"<html>nope</html>").unwrap_err();
    assert_eq!(err.to_string(), "HTTP status 400 Bad Request");
    let err = announce_from_response(&bad, b"d8:intervali60ee").unwrap_err();
    assert_eq!(
        err.to_string(),
        "HTTP status 400 Bad Request",
        "a 400 is never a success"
    );
}
