//! `.torrent` parsing against recorded torrents, torrents built here, and malformed inputs.
#![cfg(not(target_arch = "wasm32"))]

use dfakeseeder::metainfo::{LoadProblem, Metainfo, MetainfoError, load_file};
use dfakeseeder::state::FileEntry;
use sha1::{Digest, Sha1};
use std::path::PathBuf;

// ---------- a tiny bencode encoder (keys are written in the order given) ----------

enum B {
    I(i64),
    S(Vec<u8>),
    L(Vec<B>),
    D(Vec<(&'static str, B)>),
    /// Bytes spliced in as they are, to write what a correct encoder never would.
    Raw(Vec<u8>),
}

fn s(text: &str) -> B {
    B::S(text.as_bytes().to_vec())
}

fn encode(value: &B, out: &mut Vec<u8>) {
    match value {
        B::I(n) => out.extend_from_slice(format!("i{n}e").as_bytes()),
        B::S(bytes) => {
            out.extend_from_slice(format!("{}:", bytes.len()).as_bytes());
            out.extend_from_slice(bytes);
        }
        B::L(items) => {
            out.push(b'l');
            items.iter().for_each(|item| encode(item, out));
            out.push(b'e');
        }
        B::D(pairs) => {
            out.push(b'd');
            for (key, item) in pairs {
                encode(&s(key), out);
                encode(item, out);
            }
            out.push(b'e');
        }
        B::Raw(bytes) => out.extend_from_slice(bytes),
    }
}

fn bytes_of(value: &B) -> Vec<u8> {
    let mut out = Vec::new();
    encode(value, &mut out);
    out
}

/// `n` piece hashes.
fn pieces(n: usize) -> B {
    B::S(vec![0x5a; 20 * n])
}

/// A valid single-file `info`: 100 000 bytes in pieces of 32 KiB (4 pieces).
fn single_info() -> Vec<(&'static str, B)> {
    vec![
        ("length", B::I(100_000)),
        ("name", s("file.bin")),
        ("piece length", B::I(32_768)),
        ("pieces", pieces(4)),
    ]
}

/// A torrent with one `announce` around `info`.
fn torrent(info: B) -> Vec<u8> {
    bytes_of(&B::D(vec![
        ("announce", s("http://t.example/announce")),
        ("info", info),
    ]))
}

fn parse_ok(bytes: &[u8]) -> Metainfo {
    match Metainfo::parse(bytes) {
        Ok(m) => m,
        Err(e) => panic!("expected a valid torrent, got: {e}"),
    }
}

fn error_of(bytes: &[u8]) -> String {
    match Metainfo::parse(bytes) {
        Ok(m) => format!("parsed without error as {:?}", m.name),
        Err(e) => e.to_string(),
    }
}

fn info_with(changes: Vec<(&'static str, Option<B>)>) -> B {
    let mut info = single_info();
    for (key, value) in changes {
        info.retain(|(k, _)| *k != key);
        if let Some(value) = value {
            info.push((key, value));
        }
    }
    info.sort_by_key(|(k, _)| *k);
    B::D(info)
}

fn sha1_hex(bytes: &[u8]) -> String {
    hex::encode(Sha1::digest(bytes))
}

// ---------- recorded torrents (made by mktorrent for the interop captures) ----------

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/torrents")
        .join(name)
}

/// One row of the table in the interop README, plus what mktorrent wrote.
type Recorded = (
    &'static str,
    &'static str,
    &'static str,
    Vec<Vec<&'static str>>,
    i64,
);

#[test]
fn recorded_torrents_match_the_interop_table() {
    let http = "http://127.0.0.1:7070/announce";
    let udp = "udp://127.0.0.1:7071/announce";
    let cases: [Recorded; 4] = [
        (
            "dump_http.torrent",
            "3c8b20f97b04e589f42aab6da7f22fb530f7f322",
            "payload.bin",
            vec![vec![http]],
            1795463712,
        ),
        (
            "dump_udp.torrent",
            "84a0487d7696f3bff8e4287589b68cf134cd0121",
            "payload_udp.bin",
            vec![vec![udp]],
            1795463712,
        ),
        (
            "ot.torrent",
            "2cb98b23015d2dfc42b4a9b7eef22fe4772800ba",
            "payload_ot.bin",
            vec![
                vec!["http://127.0.0.1:6969/announce"],
                vec!["udp://127.0.0.1:6969/announce"],
            ],
            1795463712,
        ),
        (
            "btt.torrent",
            "3c8b20f97b04e589f42aab6da7f22fb530f7f322",
            "payload.bin",
            vec![
                vec!["http://127.0.0.1:8000/announce"],
                vec!["udp://127.0.0.1:8000/announce"],
            ],
            1795464729,
        ),
    ];
    for (file, hash, name, tiers, date) in cases {
        let m = match load_file(&fixture(file)) {
            Ok(m) => m,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(m.info_hash_hex(), hash, "{file}");
        assert_eq!(sha1_hex(&m.info_bytes), hash, "{file}: info_bytes");
        assert!(m.info_bytes.starts_with(b"d6:length") && m.info_bytes.ends_with(b"e"));
        assert_eq!(m.name, name, "{file}");
        assert_eq!(m.total_size, 4 * 1024 * 1024, "{file}");
        assert_eq!(m.piece_length, 256 * 1024, "{file}");
        assert_eq!(m.piece_count, 16, "{file}");
        assert_eq!(
            m.files,
            vec![FileEntry {
                path: name.to_string(),
                length: 4 * 1024 * 1024
            }],
            "{file}"
        );
        assert_eq!(m.tiers, tiers, "{file}");
        assert_eq!(m.created_by.as_deref(), Some("mktorrent 1.1"), "{file}");
        assert_eq!(m.creation_date, Some(date), "{file}");
        assert_eq!(m.comment, None, "{file}");
        assert!(!m.private && !m.hybrid, "{file}");
    }
}

#[test]
fn trackers_are_flattened_with_their_tier() {
    let m = parse_ok(&std::fs::read(fixture("ot.torrent")).unwrap_or_default());
    let trackers: Vec<(u32, &str)> = m.trackers().collect();
    assert_eq!(
        trackers,
        vec![
            (0, "http://127.0.0.1:6969/announce"),
            (1, "udp://127.0.0.1:6969/announce")
        ]
    );
    assert_eq!(
        m.magnet_link(),
        "magnet:?xt=urn:btih:2cb98b23015d2dfc42b4a9b7eef22fe4772800ba&dn=payload_ot.bin\
         &tr=http%3A%2F%2F127.0.0.1%3A6969%2Fannounce&tr=udp%3A%2F%2F127.0.0.1%3A6969%2Fannounce"
    );
}

// ---------- torrents built here ----------

#[test]
fn multi_file_paths_sizes_and_pieces() {
    let info = B::D(vec![
        (
            "files",
            B::L(vec![
                B::D(vec![
                    ("length", B::I(70_000)),
                    ("path", B::L(vec![s("docs"), s("a.txt")])),
                ]),
                B::D(vec![("length", B::I(0)), ("path", B::L(vec![s("empty")]))]),
                B::D(vec![
                    ("length", B::I(30_001)),
                    ("path", B::L(vec![s("b.bin")])),
                ]),
            ]),
        ),
        ("name", s("album")),
        ("piece length", B::I(16_384)),
        ("pieces", pieces(7)),
    ]);
    let m = parse_ok(&torrent(info));
    assert_eq!(m.name, "album");
    assert_eq!(m.total_size, 100_001);
    assert_eq!(m.piece_count, 7);
    let files: Vec<(&str, u64)> = m
        .files
        .iter()
        .map(|f| (f.path.as_str(), f.length))
        .collect();
    assert_eq!(
        files,
        vec![("docs/a.txt", 70_000), ("empty", 0), ("b.bin", 30_001)]
    );
}

#[test]
fn padding_files_count_in_size_but_are_not_listed() {
    let info = B::D(vec![
        (
            "files",
            B::L(vec![
                B::D(vec![("length", B::I(10)), ("path", B::L(vec![s("a")]))]),
                B::D(vec![
                    ("attr", s("p")),
                    ("length", B::I(16_374)),
                    ("path", B::L(vec![s(".pad"), s("16374")])),
                ]),
                B::D(vec![("length", B::I(5)), ("path", B::L(vec![s("b")]))]),
            ]),
        ),
        ("name", s("padded")),
        ("piece length", B::I(16_384)),
        ("pieces", pieces(2)),
    ]);
    let m = parse_ok(&torrent(info));
    assert_eq!(m.total_size, 16_389);
    let paths: Vec<&str> = m.files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(paths, vec!["a", "b"]);
}

#[test]
fn announce_list_tiers_win_and_are_cleaned() {
    let bytes = bytes_of(&B::D(vec![
        ("announce", s("http://ignored.example/announce")),
        (
            "announce-list",
            B::L(vec![
                B::L(vec![
                    s("http://a.example/ann"),
                    s(""),
                    s("udp://b.example:80"),
                ]),
                B::L(vec![]),
                B::L(vec![s("http://a.example/ann")]),
                B::L(vec![s("  http://c.example/ann "), B::I(7)]),
                s("http://bare.example/ann"),
            ]),
        ),
        ("info", B::D(single_info())),
    ]));
    let m = parse_ok(&bytes);
    assert_eq!(
        m.tiers,
        vec![
            vec!["http://a.example/ann", "udp://b.example:80"],
            vec!["http://c.example/ann"],
            vec!["http://bare.example/ann"],
        ]
    );
}

#[test]
fn announce_is_the_only_tier_without_a_usable_announce_list() {
    for list in [
        None,
        Some(B::L(vec![])),
        Some(B::L(vec![B::L(vec![s("")])])),
    ] {
        let mut top = vec![("announce", s("http://only.example/announce"))];
        if let Some(list) = list {
            top.push(("announce-list", list));
        }
        top.push(("info", B::D(single_info())));
        let m = parse_ok(&bytes_of(&B::D(top)));
        assert_eq!(m.tiers, vec![vec!["http://only.example/announce"]]);
    }
    let trackerless = bytes_of(&B::D(vec![("info", B::D(single_info()))]));
    assert!(parse_ok(&trackerless).tiers.is_empty());
}

#[test]
fn private_flag_is_read() {
    let private = parse_ok(&torrent(info_with(vec![("private", Some(B::I(1)))])));
    assert!(private.private);
    let public = parse_ok(&torrent(info_with(vec![("private", Some(B::I(0)))])));
    assert!(!public.private);
}

#[test]
fn unknown_and_unsorted_info_keys_stay_in_the_hash() {
    // Keys out of order and keys no client knows: a re-encoder would change these bytes.
    let info = B::D(vec![
        (
            "zzz custom",
            B::D(vec![("nested", B::L(vec![B::I(-3), s("x")]))]),
        ),
        ("name", s("file.bin")),
        ("length", B::I(100_000)),
        ("piece length", B::I(32_768)),
        ("pieces", pieces(4)),
        ("source", s("TRACKER-X")),
    ]);
    let info_bytes = bytes_of(&info);
    let m = parse_ok(&torrent(info));
    assert_eq!(m.info_bytes, info_bytes);
    assert_eq!(m.info_hash.to_vec(), Sha1::digest(&info_bytes).to_vec());
    assert_eq!(m.info_hash_hex(), sha1_hex(&info_bytes));
}

#[test]
fn hybrid_uses_the_v1_layout_and_hash() {
    let info = info_with(vec![
        ("meta version", Some(B::I(2))),
        (
            "file tree",
            Some(B::D(vec![(
                "file.bin",
                B::D(vec![(
                    "",
                    B::D(vec![
                        ("length", B::I(100_000)),
                        ("pieces root", B::S(vec![1; 32])),
                    ]),
                )]),
            )])),
        ),
    ]);
    let info_bytes = bytes_of(&info);
    let m = parse_ok(&torrent(info));
    assert!(m.hybrid);
    assert_eq!(m.info_hash_hex(), sha1_hex(&info_bytes));
    assert_eq!(m.piece_count, 4);
}

#[test]
fn utf8_variants_are_preferred_and_bad_utf8_is_replaced() {
    let bytes = bytes_of(&B::D(vec![
        ("comment", B::S(b"caf\xe9".to_vec())),
        ("created by", B::S(b"maker \xff".to_vec())),
        (
            "info",
            info_with(vec![
                ("name", Some(B::S(b"legacy \xe9".to_vec()))),
                ("name.utf-8", Some(s("légende"))),
            ]),
        ),
    ]));
    let m = parse_ok(&bytes);
    assert_eq!(m.name, "légende");
    assert_eq!(m.comment.as_deref(), Some("caf\u{FFFD}"));
    assert_eq!(m.created_by.as_deref(), Some("maker \u{FFFD}"));
    let preferred = bytes_of(&B::D(vec![
        ("comment", s("old")),
        ("comment.utf-8", s("new")),
        ("info", B::D(single_info())),
    ]));
    assert_eq!(parse_ok(&preferred).comment.as_deref(), Some("new"));
}

// ---------- malformed input: every error says what is wrong ----------

#[test]
fn empty_file() {
    assert_eq!(error_of(b""), "the file is empty");
}

#[test]
fn not_bencode() {
    assert_eq!(
        error_of(b"<!DOCTYPE html><html>"),
        "the file is not a torrent: it does not start with bencoded data (first byte `<`)"
    );
    assert_eq!(
        error_of(b"\x89PNG"),
        "the file is not a torrent: it does not start with bencoded data (first byte byte 0x89)"
    );
}

#[test]
fn truncated_file() {
    let whole = torrent(B::D(single_info()));
    assert_eq!(
        error_of(&whole[..whole.len() - 1]),
        format!(
            "the file is not valid bencode: the data ends in the middle of a value at byte {} \
             (the file is truncated)",
            whole.len() - 1
        )
    );
    // A download cut short in the middle of `pieces`.
    let recorded = std::fs::read(fixture("dump_http.torrent")).unwrap_or_default();
    assert_eq!(recorded.len(), 502);
    assert_eq!(
        error_of(&recorded[..300]),
        "the file is not valid bencode: the string at byte 176 claims 320 bytes but only 120 remain"
    );
}

#[test]
fn every_prefix_of_a_recorded_torrent_is_refused() {
    let recorded = std::fs::read(fixture("ot.torrent")).unwrap_or_default();
    assert!(Metainfo::parse(&recorded).is_ok());
    for cut in 0..recorded.len() {
        assert!(
            Metainfo::parse(&recorded[..cut]).is_err(),
            "a torrent cut at byte {cut} parsed"
        );
    }
}

#[test]
fn top_level_not_a_dictionary() {
    assert_eq!(
        error_of(b"l4:infoe"),
        "the file is not a torrent: its top level is a list, not a dictionary"
    );
    assert_eq!(
        error_of(b"i42e"),
        "the file is not a torrent: its top level is an integer, not a dictionary"
    );
}

#[test]
fn missing_info() {
    assert_eq!(
        error_of(&bytes_of(&B::D(vec![("announce", s("http://x/"))]))),
        "the required field `info` is missing"
    );
}

#[test]
fn info_not_a_dictionary() {
    assert_eq!(
        error_of(&torrent(s("oops"))),
        "the field `info` is a byte string, not a dictionary"
    );
}

#[test]
fn nesting_ten_thousand_deep() {
    let mut bytes = b"d4:info".to_vec();
    bytes.extend(std::iter::repeat_n(b'l', 10_000));
    bytes.extend(std::iter::repeat_n(b'e', 10_001));
    assert_eq!(
        error_of(&bytes),
        "the file is not valid bencode: lists and dictionaries are nested deeper than 64 levels \
         at byte 70"
    );
}

#[test]
fn pieces_not_a_multiple_of_20() {
    let info = info_with(vec![("pieces", Some(B::S(vec![0; 35])))]);
    assert_eq!(
        error_of(&torrent(info)),
        "the field `info.pieces` is 35 bytes, not a multiple of 20"
    );
}

#[test]
fn pieces_not_matching_the_size() {
    let info = info_with(vec![("pieces", Some(pieces(3)))]);
    assert_eq!(
        error_of(&torrent(info)),
        "the field `info.pieces` holds 3 piece hashes, but 100000 bytes in pieces of 32768 bytes \
         need 4"
    );
}

#[test]
fn missing_piece_length() {
    let info = info_with(vec![("piece length", None)]);
    assert_eq!(
        error_of(&torrent(info)),
        "the required field `info.piece length` is missing"
    );
}

#[test]
fn zero_piece_length() {
    let info = info_with(vec![("piece length", Some(B::I(0)))]);
    assert_eq!(
        error_of(&torrent(info)),
        "the field `info.piece length` is 0"
    );
}

#[test]
fn negative_lengths() {
    let info = info_with(vec![("length", Some(B::I(-5)))]);
    assert_eq!(
        error_of(&torrent(info)),
        "the field `info.length` is negative (-5)"
    );
    let multi = B::D(vec![
        (
            "files",
            B::L(vec![
                B::D(vec![("length", B::I(1)), ("path", B::L(vec![s("a")]))]),
                B::D(vec![("length", B::I(-1)), ("path", B::L(vec![s("b")]))]),
            ]),
        ),
        ("name", s("n")),
        ("piece length", B::I(16_384)),
        ("pieces", pieces(1)),
    ]);
    assert_eq!(
        error_of(&torrent(multi)),
        "the field `info.files[1].length` is negative (-1)"
    );
}

#[test]
fn missing_length_of_a_file() {
    let multi = B::D(vec![
        (
            "files",
            B::L(vec![B::D(vec![("path", B::L(vec![s("a")]))])]),
        ),
        ("name", s("n")),
        ("piece length", B::I(16_384)),
        ("pieces", pieces(1)),
    ]);
    assert_eq!(
        error_of(&torrent(multi)),
        "the required field `info.files[0].length` is missing"
    );
}

fn multi_with_path(path: Vec<B>) -> Vec<u8> {
    torrent(B::D(vec![
        (
            "files",
            B::L(vec![B::D(vec![("length", B::I(1)), ("path", B::L(path))])]),
        ),
        ("name", s("n")),
        ("piece length", B::I(16_384)),
        ("pieces", pieces(1)),
    ]))
}

#[test]
fn unsafe_paths() {
    assert_eq!(
        error_of(&multi_with_path(vec![s(".."), s("etc"), s("passwd")])),
        "the field `info.files[0].path` is an unsafe path: it has a `.` or `..` component"
    );
    assert_eq!(
        error_of(&multi_with_path(vec![s("a"), s(""), s("b")])),
        "the field `info.files[0].path` is an unsafe path: it has an empty component"
    );
    assert_eq!(
        error_of(&multi_with_path(vec![s("a/b")])),
        "the field `info.files[0].path` is an unsafe path: a component contains `/`"
    );
    assert_eq!(
        error_of(&multi_with_path(vec![])),
        "the field `info.files[0].path` is an unsafe path: it has no components"
    );
    assert_eq!(
        error_of(&torrent(info_with(vec![("name", Some(s("..")))]))),
        "the field `info.name` is an unsafe path: it has a `.` or `..` component"
    );
}

#[test]
fn v2_only() {
    let info = B::D(vec![
        ("file tree", B::D(vec![])),
        ("meta version", B::I(2)),
        ("name", s("v2")),
        ("piece length", B::I(16_384)),
    ]);
    assert_eq!(
        error_of(&torrent(info)),
        "v2-only torrents are not supported yet"
    );
}

#[test]
fn integer_overflow() {
    let info = info_with(vec![(
        "piece length",
        Some(B::Raw(b"i99999999999999999999999e".to_vec())),
    )]);
    assert_eq!(
        error_of(&torrent(info)),
        "the field `info.piece length` is 99999999999999999999999, which does not fit in 64 bits"
    );
}

#[test]
fn total_size_overflow() {
    let file = |name| {
        B::D(vec![
            ("length", B::I(i64::MAX)),
            ("path", B::L(vec![s(name)])),
        ])
    };
    let info = B::D(vec![
        ("files", B::L(vec![file("a"), file("b"), file("c")])),
        ("name", s("n")),
        ("piece length", B::I(16_384)),
        ("pieces", pieces(1)),
    ]);
    assert_eq!(
        error_of(&torrent(info)),
        "the file sizes add up to more than 2^64 bytes"
    );
}

#[test]
fn string_longer_than_the_input() {
    assert_eq!(
        error_of(b"d4:info999999:abce"),
        "the file is not valid bencode: the string at byte 7 claims 999999 bytes but only 4 remain"
    );
}

#[test]
fn trailing_garbage() {
    let mut bytes = torrent(B::D(single_info()));
    let end = bytes.len();
    bytes.extend_from_slice(b"GARBAGE");
    assert_eq!(
        error_of(&bytes),
        format!(
            "the file is not valid bencode: unexpected data after the end of the top-level value, \
             at byte {end}"
        )
    );
}

#[test]
fn length_and_files_together_or_neither() {
    let both = info_with(vec![("files", Some(B::L(vec![])))]);
    assert_eq!(
        error_of(&torrent(both)),
        "`info` has both `length` and `files`: a torrent is either single-file or multi-file"
    );
    let neither = info_with(vec![("length", None)]);
    assert_eq!(
        error_of(&torrent(neither)),
        "`info` has neither `length` (single file) nor `files` (multiple files)"
    );
}

#[test]
fn empty_files_list() {
    let info = B::D(vec![
        ("files", B::L(vec![])),
        ("name", s("n")),
        ("piece length", B::I(16_384)),
        ("pieces", pieces(0)),
    ]);
    assert_eq!(
        error_of(&torrent(info)),
        "the field `info.files` lists no files"
    );
}

#[test]
fn zero_byte_torrent() {
    let info = info_with(vec![("length", Some(B::I(0))), ("pieces", Some(pieces(0)))]);
    assert_eq!(
        error_of(&torrent(info)),
        "the torrent's files add up to 0 bytes"
    );
}

#[test]
fn duplicate_key() {
    let bytes = bytes_of(&B::D(vec![
        ("info", B::D(single_info())),
        ("info", B::D(single_info())),
    ]));
    assert_eq!(
        error_of(&bytes),
        "the file is not valid bencode: the key `info` appears twice in the dictionary at byte 0"
    );
}

#[test]
fn wrong_field_types() {
    let info = info_with(vec![("name", Some(B::I(5)))]);
    assert_eq!(
        error_of(&torrent(info)),
        "the field `info.name` is an integer, not a byte string"
    );
    let info = info_with(vec![("pieces", Some(B::L(vec![])))]);
    assert_eq!(
        error_of(&torrent(info)),
        "the field `info.pieces` is a list, not a byte string"
    );
}

#[test]
fn leading_zero_integer() {
    let info = info_with(vec![("length", Some(B::Raw(b"i0100000e".to_vec())))]);
    let bytes = torrent(info);
    let at = bytes
        .windows(9)
        .position(|w| w == b"i0100000e")
        .unwrap_or_default()
        + 1;
    assert_eq!(
        error_of(&bytes),
        format!(
            "the file is not valid bencode: the integer at byte {at} is malformed (leading zero, \
             `-0` or no digits)"
        )
    );
}

// ---------- load_file ----------

#[test]
fn load_file_names_a_missing_file() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("missing.torrent");
    let err = match load_file(&path) {
        Ok(_) => panic!("a missing file loaded"),
        Err(e) => e,
    };
    assert_eq!(err.path(), path);
    assert!(
        matches!(err.problem(), LoadProblem::Io(e) if e.kind() == std::io::ErrorKind::NotFound)
    );
    assert!(
        err.to_string()
            .starts_with(&format!("{}: cannot read the file: ", path.display())),
        "{err}"
    );
}

#[test]
fn load_file_refuses_a_directory() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let err = match load_file(dir.path()) {
        Ok(_) => panic!("a directory loaded"),
        Err(e) => e,
    };
    assert_eq!(
        err.to_string(),
        format!(
            "{}: it is a directory, not a .torrent file",
            dir.path().display()
        )
    );
}

#[test]
fn load_file_names_the_file_in_content_errors_and_caps_the_size() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let bad = dir.path().join("bad.torrent");
    std::fs::write(&bad, b"le").unwrap_or_else(|e| panic!("{e}"));
    let err = load_file(&bad).err();
    assert_eq!(
        err.as_ref().map(|e| e.to_string()),
        Some(format!(
            "{}: the file is not a torrent: its top level is a list, not a dictionary",
            bad.display()
        ))
    );
    assert_eq!(
        err.as_ref().and_then(|e| e.metainfo_error()),
        Some(&MetainfoError::NotADictionary { found: "a list" })
    );

    // A sparse file: the size is refused from the metadata, nothing is read.
    let huge = dir.path().join("huge.torrent");
    let file = std::fs::File::create(&huge).unwrap_or_else(|e| panic!("{e}"));
    file.set_len(64 * 1024 * 1024 + 1)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        load_file(&huge).err().map(|e| e.to_string()),
        Some(format!(
            "{}: the file is 67108865 bytes, more than the 67108864 bytes a .torrent may have",
            huge.display()
        ))
    );
}
