//! The sidebar filters, the Trackers tab and manual announces, driven through the real UI.

mod support;

use dfakeseeder::state::{
    AppState, Command, SharedState, TorrentStatus, TorrentView, TrackerStatus, TrackerView,
};
use dfakeseeder::ui::App;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use support::ui::{Recorded, taken};

const NOW: u64 = 1_000_000_000;

fn tracker(url: &str, status: TrackerStatus) -> TrackerView {
    TrackerView {
        url: url.into(),
        status,
        ..TrackerView::default()
    }
}

fn torrent(name: &str, status: TorrentStatus, trackers: Vec<TrackerView>) -> TorrentView {
    TorrentView {
        info_hash: format!("{name:0>40}"),
        name: name.into(),
        status,
        trackers,
        ..TorrentView::default()
    }
}

fn fleet() -> Vec<TorrentView> {
    let mut working = tracker("http://alpha.example/announce", TrackerStatus::Working);
    working.seeders = Some(12);
    working.leechers = Some(3);
    working.last_announce_ms = Some(NOW - 60_000);
    working.next_announce_ms = Some(NOW + 125_000);
    working.interval_secs = Some(1800);
    working.min_interval_secs = Some(900);
    let broken = tracker(
        "udp://beta.example:6969",
        TrackerStatus::Error("connection refused".into()),
    );
    vec![
        torrent("downer", TorrentStatus::Downloading, vec![working.clone()]),
        torrent(
            "seedy",
            TorrentStatus::Seeding,
            vec![working, broken.clone()],
        ),
        torrent("resting", TorrentStatus::Paused, vec![]),
        torrent(
            "broken",
            TorrentStatus::Error("tracker says: unregistered".into()),
            vec![broken],
        ),
    ]
}

fn window(
    torrents: Vec<TorrentView>,
    editable: bool,
) -> (Harness<'static, App>, SharedState, Recorded) {
    let state = AppState {
        torrents,
        now_ms: NOW,
        revision: 1,
        ..AppState::default()
    };
    support::ui::window(state, editable, egui::vec2(1600.0, 900.0))
}

fn click(h: &mut Harness<'static, App>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// Opens a details tab (a button; the same words can label a column or the sidebar heading).
fn tab(h: &mut Harness<'static, App>, name: &str) {
    h.get_by_role_and_label(egui::accesskit::Role::Button, name)
        .click();
    h.run();
}

/// Right-clicks a torrent's row (the topmost label with its name: the details pane below may
/// show the name too).
fn right_click_row(h: &mut Harness<'static, App>, name: &str) {
    use egui_kittest::kittest::NodeT as _;
    let top =
        |n: &egui_kittest::Node<'_>| n.accesskit_node().bounding_box().map_or(f64::MAX, |b| b.y0);
    let row = h
        .query_all_by_label(name)
        .min_by(|a, b| top(a).total_cmp(&top(b)))
        .expect("a row");
    row.click_secondary();
    h.run();
}

fn menu_item(h: &mut Harness<'static, App>, label: &str) {
    tab(h, label);
}

fn shown(h: &Harness<'static, App>, names: &[&str]) -> Vec<bool> {
    names
        .iter()
        .map(|n| h.query_all_by_label(n).next().is_some())
        .collect()
}

#[test]
fn sidebar_counts_and_combined_filters() {
    let (mut h, _, _) = window(fleet(), true);
    for label in [
        "Downloading (1)",
        "Seeding (1)",
        "Active (2)",
        "Paused (1)",
        "Error (1)",
    ] {
        h.get_by_label(label);
    }
    h.get_by_label("alpha.example (2)");
    h.get_by_label("beta.example (2)");
    h.get_by_label("Trackerless (1)");

    click(&mut h, "Seeding (1)");
    assert_eq!(
        shown(&h, &["downer", "seedy", "resting", "broken"]),
        [false, true, false, false]
    );
    h.get_by_label("Showing: Seeding (1 of 4)");

    click(&mut h, "Active (2)");
    click(&mut h, "beta.example (2)");
    assert_eq!(
        shown(&h, &["downer", "seedy", "broken"]),
        [false, true, false],
        "Active AND beta"
    );
    h.get_by_label("Showing: Active · beta.example (1 of 4)");

    click(&mut h, "Clear filters");
    assert_eq!(
        shown(&h, &["downer", "seedy", "resting", "broken"]),
        [true; 4]
    );
    assert!(h.query_by_label_contains("Showing:").is_none());
    click(&mut h, "Trackerless (1)");
    assert_eq!(shown(&h, &["downer", "resting"]), [false, true]);
}

#[test]
fn a_host_with_tracker_errors_is_marked() {
    let (h, _, _) = window(fleet(), true);
    assert_eq!(
        h.query_all_by_label("(!)").count(),
        1,
        "only beta.example has errors"
    );
}

#[test]
fn errored_torrents_show_why_in_the_table() {
    let (h, _, _) = window(fleet(), true);
    h.get_by_label("Error: tracker says: unregistered");
}

#[test]
fn the_trackers_tab_shows_each_tracker() {
    let (mut h, _, _) = window(fleet(), true);
    h.get_by_label("Select a torrent to see its details.");
    click(&mut h, "seedy");
    tab(&mut h, "Trackers");
    h.get_by_label("http://alpha.example/announce");
    h.get_by_label("udp://beta.example:6969");
    h.get_by_label("Working");
    h.get_by_label("connection refused");
    h.get_by_label("12");
    h.get_by_label("1m 0s ago");
    h.get_by_label("in 2m 5s");
    h.get_by_label("30m 0s");
    h.get_by_label("never below the tracker's min interval (900 s)");
}

#[test]
fn announce_goes_at_once_when_allowed_and_asks_when_too_early() {
    let mut torrents = fleet();
    torrents[0].trackers[0].last_announce_ms = Some(NOW - 1_000_000);
    let (mut h, _, recorded) = window(torrents, true);
    click(&mut h, "downer");
    click(&mut h, "Announce");
    assert_eq!(
        taken(&recorded),
        [Command::ForceAnnounce {
            info_hashes: vec![format!("{:0>40}", "downer")],
            ignore_min_interval: false
        }]
    );

    click(&mut h, "seedy"); // announced 60 s ago, min interval 900 s
    click(&mut h, "Announce");
    assert!(taken(&recorded).is_empty(), "asks first");
    h.get_by_label_contains("wait 840 more seconds");
    click(&mut h, "Announce now");
    let seedy = vec![format!("{:0>40}", "seedy")];
    assert_eq!(
        taken(&recorded),
        [Command::ForceAnnounce {
            info_hashes: seedy.clone(),
            ignore_min_interval: true
        }]
    );
    click(&mut h, "Announce");
    click(&mut h, "When allowed");
    assert_eq!(
        taken(&recorded),
        [Command::ForceAnnounce {
            info_hashes: seedy,
            ignore_min_interval: false
        }]
    );
    assert!(
        h.query_by_label("Announce now").is_none(),
        "the dialog closed"
    );
}

#[test]
fn the_interval_editor_sends_the_users_interval() {
    let (mut h, state, recorded) = window(fleet(), true);
    click(&mut h, "seedy");
    tab(&mut h, "Trackers");
    click(&mut h, "my own");
    let seedy = vec![format!("{:0>40}", "seedy")];
    assert_eq!(
        taken(&recorded),
        [Command::SetAnnounceInterval {
            info_hashes: seedy.clone(),
            secs: Some(1800)
        }]
    );
    state.write().expect("lock").torrents[1].announce_interval_secs = Some(1800);
    h.run();
    click(&mut h, "my own");
    assert_eq!(
        taken(&recorded),
        [Command::SetAnnounceInterval {
            info_hashes: seedy,
            secs: None
        }]
    );
}

#[test]
fn read_only_has_no_announce_and_no_editor() {
    let (mut h, _, _) = window(fleet(), false);
    click(&mut h, "seedy");
    tab(&mut h, "Trackers");
    h.get_by_label("http://alpha.example/announce");
    assert!(h.query_by_label("Announce").is_none());
    assert!(h.query_by_label("my own").is_none());
}

#[test]
fn ten_thousand_torrents_over_fifty_hosts_draw_with_right_counts() {
    let torrents: Vec<TorrentView> = (0..10_000)
        .map(|i| {
            let status = if i % 2 == 0 {
                TorrentStatus::Seeding
            } else {
                TorrentStatus::Downloading
            };
            let url = format!("http://host{:02}.example/announce", i % 50);
            torrent(
                &format!("t{i}"),
                status,
                vec![tracker(&url, TrackerStatus::Working)],
            )
        })
        .collect();
    let (mut h, _, _) = window(torrents, true);
    h.get_by_label("Seeding (5000)");
    h.get_by_label("host07.example (200)");
    click(&mut h, "host07.example (200)");
    h.get_by_label("Showing: host07.example (200 of 10000)");
}

#[test]
fn the_peers_and_incoming_tabs_list_what_the_engine_knows() {
    use dfakeseeder::state::{IncomingPeer, PeerState, PeerView};
    let mut torrents = fleet();
    torrents[1].peers = vec![PeerView {
        address: "10.1.2.3:51413".into(),
        client: Some("Transmission 3.00".into()),
        tracker: "http://alpha.example/announce".into(),
    }];
    let (mut h, state, _) = window(torrents, true);
    state.write().expect("lock").incoming = vec![IncomingPeer {
        address: "127.0.0.1:40000".into(),
        info_hash: Some(format!("{:0>40}", "seedy")),
        client: "qBittorrent/4.6.0".into(),
        state: PeerState::Connected,
        since_ms: NOW - 5_000,
        messages_in: 3,
        messages_out: 2,
        last_message: "request".into(),
    }];
    h.run();
    click(&mut h, "downer");
    tab(&mut h, "Peers");
    h.get_by_label_contains("No peers yet");
    tab(&mut h, "Incoming");
    h.get_by_label_contains("No peer is connected");
    click(&mut h, "seedy");
    h.get_by_label("127.0.0.1:40000");
    h.get_by_label("qBittorrent/4.6.0");
    h.get_by_label("Connected");
    h.get_by_label("3 / 2");
    tab(&mut h, "Peers");
    h.get_by_label("10.1.2.3:51413");
    h.get_by_label("Transmission 3.00");
}

#[test]
fn a_torrent_can_be_set_to_pose_as_another_client() {
    let (mut h, state, recorded) = window(fleet(), true);
    {
        let mut s = state.write().expect("lock");
        s.client_profiles = vec![
            ("qbittorrent-5.1.2".into(), "qBittorrent 5.1.2".into()),
            ("transmission-4.0.6".into(), "Transmission 4.0.6".into()),
        ];
        s.default_client_profile = "qbittorrent-5.1.2".into();
    }
    h.run();
    click(&mut h, "seedy");
    tab(&mut h, "Trackers");
    click(&mut h, "poses as this client");
    h.get_by_label("Default (qBittorrent 5.1.2)");
    click(&mut h, "Transmission 4.0.6");
    let seedy = vec![format!("{:0>40}", "seedy")];
    assert_eq!(
        taken(&recorded),
        [Command::SetClientProfile {
            info_hashes: seedy,
            profile: Some("transmission-4.0.6".into())
        }]
    );
}

#[test]
fn the_context_menu_acts_on_the_row_it_was_opened_on() {
    let (mut h, state, recorded) = window(fleet(), true);
    state.write().expect("lock").client_profiles =
        vec![("transmission-4.0.6".into(), "Transmission 4.0.6".into())];
    h.run();
    let downer = vec![format!("{:0>40}", "downer")];
    right_click_row(&mut h, "downer");
    menu_item(&mut h, "Force complete");
    assert_eq!(
        taken(&recorded),
        [Command::ForceComplete(downer.clone())],
        "right-click selected the row"
    );

    right_click_row(&mut h, "downer");
    menu_item(&mut h, "Pose as");
    menu_item(&mut h, "Transmission 4.0.6");
    assert_eq!(
        taken(&recorded),
        [Command::SetClientProfile {
            info_hashes: downer.clone(),
            profile: Some("transmission-4.0.6".into())
        }]
    );

    right_click_row(&mut h, "downer");
    menu_item(&mut h, "Announce now");
    h.get_by_label_contains("more seconds"); // announced a minute ago: asks first
    click(&mut h, "When allowed");
    assert_eq!(
        taken(&recorded),
        [Command::ForceAnnounce {
            info_hashes: downer.clone(),
            ignore_min_interval: false
        }]
    );

    right_click_row(&mut h, "downer");
    menu_item(&mut h, "Remove…");
    h.get_by_label("Remove 1 torrent?");
}

#[test]
fn the_read_only_context_menu_only_copies() {
    let (mut h, _, _) = window(fleet(), false);
    right_click_row(&mut h, "downer");
    assert!(h.query_by_label("Pause").is_none());
    menu_item(&mut h, "Copy");
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Magnet link");
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Info-hash");
}

#[test]
fn copy_magnet_link_copies_the_current_name_and_trackers() {
    let torrents = fleet();
    let expected = format!(
        "magnet:?xt=urn:btih:{}&dn=downer&tr=http%3A%2F%2Falpha.example%2Fannounce",
        torrents[0].info_hash
    );
    let (mut h, _, _) = window(torrents, false);
    right_click_row(&mut h, "downer");
    menu_item(&mut h, "Copy");
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Magnet link")
        .click();
    h.step();
    let copied: Vec<&String> = h
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text),
            _ => None,
        })
        .collect();
    assert_eq!(copied, [&expected]);
}

#[test]
fn toolbar_all_buttons_speed_steps_search_and_the_alt_speed_toggle() {
    let (mut h, state, recorded) = window(fleet(), true);
    click(&mut h, "Pause all");
    click(&mut h, "Resume all");
    assert_eq!(taken(&recorded), [Command::PauseAll, Command::ResumeAll]);

    click(&mut h, "seedy");
    let seedy = vec![format!("{:0>40}", "seedy")];
    for (label, upload, download) in [
        ("Up ×2", 2.0, 1.0),
        ("Up ÷2", 0.5, 1.0),
        ("Down ×2", 1.0, 2.0),
        ("Down ÷2", 1.0, 0.5),
    ] {
        click(&mut h, label);
        assert_eq!(
            taken(&recorded),
            [Command::ScaleSpeeds {
                info_hashes: seedy.clone(),
                upload,
                download
            }],
            "{label}"
        );
    }

    click(&mut h, "Search");
    h.get_by_role(egui::accesskit::Role::TextInput).click();
    h.run();
    h.get_by_role(egui::accesskit::Role::TextInput)
        .type_text("SEE");
    h.run();
    h.run(); // the order is computed at the start of a frame
    assert_eq!(
        shown(&h, &["downer", "seedy", "resting"]),
        [false, true, false],
        "case-insensitive name search"
    );
    click(&mut h, "Search");
    assert_eq!(
        shown(&h, &["downer", "resting"]),
        [true, true],
        "hiding the search shows all again"
    );

    click(&mut h, "Alt speed: off");
    assert_eq!(taken(&recorded), [Command::SetAltSpeed(true)]);
    state.write().expect("lock").stats.alt_speed_enabled = true;
    h.run();
    click(&mut h, "Alt speed: on");
    assert_eq!(taken(&recorded), [Command::SetAltSpeed(false)]);
}
