//! Every context-menu item, the new toolbar buttons, the column chooser, inline edits, the
//! Options tab, the settings window, toasts and the top-level views: each asserts what is sent
//! to the engine or what is drawn (egui_kittest, recording sink).

mod support;

use dfakeseeder::settings::Settings;
use dfakeseeder::state::{
    AppState, Command, EventKind, QueueMove, SharedState, StatsSample, TorrentStatus, TorrentView,
    TrackerView,
};
use dfakeseeder::ui::{App, CommandSink};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use std::sync::{Arc, RwLock};
use support::ui::{Recorded, taken};

type H = Harness<'static, App>;

const A: &str = "http://a.example/announce";
const B: &str = "udp://b.example:6969";

fn torrent(name: &str) -> TorrentView {
    TorrentView {
        info_hash: format!("{:0>40}", name),
        name: name.into(),
        total_size: 1 << 20,
        progress: 0.25,
        upload_speed_kib: 50,
        threshold: 30,
        status: TorrentStatus::Downloading,
        trackers: vec![
            TrackerView {
                tier: 0,
                url: A.into(),
                ..Default::default()
            },
            TrackerView {
                tier: 1,
                url: B.into(),
                ..Default::default()
            },
        ],
        ..Default::default()
    }
}

fn hash(name: &str) -> String {
    torrent(name).info_hash
}

fn window_with(state: AppState, editable: bool) -> (H, SharedState, Recorded) {
    support::ui::window(state, editable, egui::vec2(1600.0, 900.0))
}

fn window() -> (H, SharedState, Recorded) {
    let state = AppState {
        torrents: vec![torrent("one"), torrent("two"), torrent("three")],
        revision: 1,
        ..AppState::default()
    };
    window_with(state, true)
}

/// Clicks the button with this label; when the toolbar has one too ("Pause", "Remove…"),
/// the one drawn last (the open menu, on top).
fn button(h: &mut H, label: &str) {
    h.query_all_by_role_and_label(Role::Button, label)
        .last()
        .unwrap_or_else(|| panic!("no button {label:?}"))
        .click();
    h.run();
}

/// The topmost node with this label: the row, above the details pane.
fn right_click_row(h: &mut H, name: &str) {
    let top =
        |n: &egui_kittest::Node<'_>| n.accesskit_node().bounding_box().map_or(f64::MAX, |b| b.y0);
    let row = h
        .query_all_by_label(name)
        .min_by(|a, b| top(a).total_cmp(&top(b)))
        .expect("a row");
    row.click_secondary();
    h.run();
}

fn menu(h: &mut H, row: &str, path: &[&str]) {
    right_click_row(h, row);
    for item in path {
        button(h, item);
    }
}

/// Replaces the text in the one-value prompt and presses OK.
fn answer(h: &mut H, text: &str) {
    h.get_by_role(Role::TextInput).focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_role(Role::TextInput).type_text(text);
    h.run();
    button(h, "OK");
}

#[test]
fn run_state_items_send_their_commands() {
    let (mut h, state, rec) = window();
    let one = vec![hash("one")];
    for (item, expected) in [
        ("Pause", Command::Pause(one.clone())),
        ("Force recheck", Command::Recheck(one.clone())),
        ("Force complete", Command::ForceComplete(one.clone())),
        ("Set random progress", Command::RandomProgress(one.clone())),
    ] {
        menu(&mut h, "one", &[item]);
        assert_eq!(taken(&rec), [expected], "{item}");
    }
    // A paused torrent offers Resume instead; a complete one no progress items.
    {
        let mut s = state.write().expect("lock");
        s.torrents[0].status = TorrentStatus::Paused;
        s.torrents[0].progress = 1.0;
        s.revision += 1;
    }
    h.run();
    right_click_row(&mut h, "one");
    assert!(h.query_by_label("Force complete").is_none());
    assert!(h.query_by_label("Set random progress").is_none());
    button(&mut h, "Resume");
    assert_eq!(taken(&rec), [Command::Resume(one)]);
}

#[test]
fn queue_items_and_toolbar_buttons_move_the_selection() {
    let (mut h, _, rec) = window();
    let two = vec![hash("two")];
    for (item, to) in [
        ("Move to top", QueueMove::Top),
        ("Move up", QueueMove::Up),
        ("Move down", QueueMove::Down),
        ("Move to bottom", QueueMove::Bottom),
    ] {
        menu(&mut h, "two", &["Queue", item]);
        let expected = Command::Queue {
            info_hashes: two.clone(),
            to,
        };
        assert_eq!(taken(&rec), [expected], "{item}");
    }
    button(&mut h, "Queue up");
    button(&mut h, "Queue down");
    let moves: Vec<_> = taken(&rec);
    assert_eq!(
        moves,
        [
            Command::Queue {
                info_hashes: two.clone(),
                to: QueueMove::Up
            },
            Command::Queue {
                info_hashes: two,
                to: QueueMove::Down
            }
        ]
    );
}

#[test]
fn limits_ask_check_and_reset() {
    let (mut h, _, rec) = window();
    let one = vec![hash("one")];
    menu(&mut h, "one", &["Speed limits", "Set upload limit…"]);
    h.get_by_label("Upload limit (KiB/s, 0 = none)");
    answer(&mut h, "fast");
    h.get_by_label_contains("is not a whole number");
    assert!(taken(&rec).is_empty(), "a bad value sends nothing");
    answer(&mut h, "300");
    assert_eq!(
        taken(&rec),
        [Command::SetLimits {
            info_hashes: one.clone(),
            upload_kib: Some(300),
            download_kib: None
        }]
    );
    assert!(h.query_by_label("OK").is_none(), "the prompt closed");
    menu(&mut h, "one", &["Speed limits", "Set download limit…"]);
    answer(&mut h, "70");
    menu(&mut h, "one", &["Speed limits", "Reset to no limit"]);
    assert_eq!(
        taken(&rec),
        [
            Command::SetLimits {
                info_hashes: one.clone(),
                upload_kib: None,
                download_kib: Some(70)
            },
            Command::SetLimits {
                info_hashes: one,
                upload_kib: Some(0),
                download_kib: Some(0)
            }
        ]
    );
}

#[test]
fn trackers_are_added_edited_and_removed() {
    let (mut h, _, rec) = window();
    let one = hash("one");
    menu(&mut h, "one", &["Trackers", "Add tracker…"]);
    answer(&mut h, "ftp://nope");
    h.get_by_label_contains("starts with http://");
    answer(&mut h, "https://c.example/announce");
    let set = |trackers: &[(u32, &str)]| Command::SetTrackers {
        info_hash: one.clone(),
        trackers: trackers.iter().map(|(t, u)| (*t, u.to_string())).collect(),
    };
    assert_eq!(
        taken(&rec),
        [set(&[(0, A), (1, B), (2, "https://c.example/announce")])]
    );
    menu(&mut h, "one", &["Trackers", "Edit", B]);
    answer(&mut h, "udp://b2.example:6969");
    assert_eq!(taken(&rec), [set(&[(0, A), (1, "udp://b2.example:6969")])]);
    menu(&mut h, "one", &["Trackers", "Remove", A]);
    assert_eq!(taken(&rec), [set(&[(1, B)])]);
}

#[test]
fn rename_label_properties_and_remove_with_the_file() {
    let (mut h, _, rec) = window();
    menu(&mut h, "two", &["Rename…"]);
    answer(&mut h, "renamed");
    menu(&mut h, "two", &["Set label…"]);
    answer(&mut h, "linux isos");
    assert_eq!(
        taken(&rec),
        [
            Command::Rename {
                info_hash: hash("two"),
                name: "renamed".into()
            },
            Command::SetLabel {
                info_hashes: vec![hash("two")],
                label: "linux isos".into()
            }
        ]
    );
    button(&mut h, "Status");
    menu(&mut h, "three", &["Properties"]);
    assert_eq!(h.state().selected(), [hash("three")]);
    h.get_by_label(&hash("three"));
    menu(&mut h, "three", &["Remove with .torrent copy…"]);
    h.get_by_label("Remove 1 torrent?");
    button(&mut h, "Yes, remove");
    assert_eq!(
        taken(&rec),
        [Command::Remove {
            info_hashes: vec![hash("three")],
            delete_file: true
        }]
    );
}

#[test]
fn the_column_chooser_saves_the_columns_setting() {
    let (mut h, _, rec) = window();
    h.get_all_by_role(Role::ColumnHeader)
        .find(|n| n.accesskit_node().label().as_deref() == Some("Size"))
        .expect("Size header")
        .click_secondary();
    h.run();
    h.get_by_role_and_label(Role::CheckBox, "Label").click();
    h.run();
    let sent = taken(&rec);
    let [Command::UpdateSettings(settings)] = sent.as_slice() else {
        panic!("expected new settings, got {sent:?}");
    };
    assert!(settings.columns.ends_with(",label"), "{}", settings.columns);
}

#[test]
fn the_viewer_chooses_columns_for_itself() {
    let state = AppState {
        torrents: vec![torrent("one")],
        revision: 1,
        ..AppState::default()
    };
    let (mut h, _, rec) = window_with(state, false);
    assert!(h.query_by_label("Seed time").is_none());
    h.get_all_by_role(Role::ColumnHeader)
        .next()
        .expect("a header")
        .click_secondary();
    h.run();
    h.get_by_role_and_label(Role::CheckBox, "Seed time").click();
    h.run();
    assert!(taken(&rec).is_empty());
    assert!(
        h.get_all_by_role(Role::ColumnHeader)
            .any(|n| n.accesskit_node().label().as_deref() == Some("Seed time")),
        "the new column shows"
    );
}

fn with_columns(columns: &str) -> AppState {
    let settings = Settings {
        columns: columns.into(),
        ..Settings::default()
    };
    AppState {
        torrents: vec![torrent("one"), torrent("two")],
        settings,
        revision: 1,
        ..AppState::default()
    }
}

#[test]
fn the_selected_row_edits_in_place() {
    let (mut h, _, rec) = window_with(with_columns("name,upload_speed,threshold"), true);
    assert!(
        h.query_all_by_role(Role::SpinButton).next().is_none(),
        "no editors without a selection"
    );
    h.get_by_label("one").click();
    h.run();
    let spin = |h: &H, value: f64| {
        h.get_all_by_role(Role::SpinButton)
            .find(|n| n.accesskit_node().numeric_value() == Some(value))
            .expect("an editor with this value")
            .set_value_accesskit(value * 2.0);
    };
    spin(&h, 50.0);
    h.run();
    spin(&h, 30.0);
    h.run();
    assert_eq!(
        taken(&rec),
        [
            Command::SetSpeeds {
                info_hashes: vec![hash("one")],
                upload_kib: Some(100),
                download_kib: None
            },
            Command::SetThreshold {
                info_hashes: vec![hash("one")],
                percent: 60
            }
        ]
    );
}

#[test]
fn the_options_tab_edits_the_torrent() {
    let (mut h, _, rec) = window();
    h.get_by_label("one").click();
    h.run();
    button(&mut h, "Options");
    let limit = h
        .get_all_by_role(Role::SpinButton)
        .filter(|n| n.accesskit_node().numeric_value() == Some(0.0))
        .count();
    assert!(limit >= 3, "caps, download speed and interval start at 0");
    h.get_by_role_and_label(Role::CheckBox, "Running").click();
    h.run();
    assert_eq!(taken(&rec), [Command::Pause(vec![hash("one")])]);
    let label_field = h
        .get_all_by_role(Role::TextInput)
        .last()
        .expect("the label field");
    label_field.focus();
    h.run();
    h.get_all_by_role(Role::TextInput)
        .last()
        .expect("the label field")
        .type_text("mine");
    h.run();
    button(&mut h, "Apply label");
    assert_eq!(
        taken(&rec),
        [Command::SetLabel {
            info_hashes: vec![hash("one")],
            label: "mine".into()
        }]
    );
}

fn sent_settings(rec: &Recorded) -> Settings {
    let sent = taken(rec);
    match sent.as_slice() {
        [Command::UpdateSettings(new)] => (**new).clone(),
        other => panic!("expected settings, got {other:?}"),
    }
}

#[test]
fn the_settings_window_applies_cancels_and_asks_before_losing_changes() {
    let (mut h, state, rec) = window();
    button(&mut h, "Settings");
    button(&mut h, "BitTorrent");
    h.get_by_label("Upload speed of new torrents");
    button(&mut h, "Cancel");
    assert!(taken(&rec).is_empty());
    assert!(h.query_by_label("Upload speed of new torrents").is_none());

    // Ctrl+, opens it; Escape closes it when nothing changed.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Comma);
    h.run();
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.query_by_label("Search:").is_none(), "Escape closes");

    button(&mut h, "Settings");
    button(&mut h, "Notifications");
    h.get_by_role_and_label(Role::CheckBox, "Show toasts")
        .click();
    h.run();
    // Closing with a change asks first; "Keep editing" goes back.
    h.key_press(egui::Key::Escape);
    h.run();
    h.get_by_label("Some settings are changed but not applied.");
    button(&mut h, "Keep editing");
    button(&mut h, "OK");
    let new = sent_settings(&rec);
    assert!(!new.notification_settings.enabled);
    assert_eq!(
        new.upload_speed,
        state.read().expect("lock").settings.upload_speed
    );
}

#[test]
fn the_settings_search_finds_keys_across_tabs_and_invalid_values_are_explained() {
    let (mut h, _, rec) = window();
    button(&mut h, "Settings");
    let search = h.get_by_role_and_label(Role::TextInput, "Search:");
    search.focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Search:")
        .type_text("timeout");
    h.run();
    // Peer protocol and Notifications settings, each with its tab.
    h.get_by_label("Peer protocol › Handshake timeout (new connections)");
    h.get_by_label("Notifications › Error stays");
    assert!(h.query_by_label_contains("Listening port").is_none());
    h.get_by_role_and_label(Role::TextInput, "Search:").focus();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_role_and_label(Role::TextInput, "Search:")
        .type_text("scheduler.");
    h.run();
    // An empty window is refused, with the reason beside it; OK and Apply are disabled.
    let end = h
        .get_all_by_role(Role::SpinButton)
        .find(|n| n.accesskit_node().numeric_value() == Some(6.0))
        .expect("the end hour");
    end.set_value_accesskit(22.0);
    h.run();
    let reason = "scheduler: the window ends when it starts (it would be empty)";
    assert!(h.query_all_by_label(reason).count() >= 1);
    button(&mut h, "OK");
    assert!(taken(&rec).is_empty(), "an invalid set is not sent");
}

#[test]
fn toasts_show_new_events_and_respect_the_settings() {
    let (mut h, state, _) = window();
    {
        let mut s = state.write().expect("lock");
        s.push_event(1, EventKind::Success, "Added: four".into());
        s.push_event(2, EventKind::Error, "Tracker error for one: refused".into());
        s.revision += 1;
    }
    h.run();
    h.get_by_label("Added: four");
    // Errors stay until closed (error_timeout_ms 0); the status bar shows the newest too.
    assert_eq!(
        h.query_all_by_label("Tracker error for one: refused")
            .count(),
        2
    );
    {
        let mut s = state.write().expect("lock");
        s.settings.notification_settings.enabled = false;
        s.push_event(3, EventKind::Info, "Settings saved".into());
        s.revision += 1;
    }
    h.run();
    assert_eq!(
        h.query_all_by_label("Settings saved").count(),
        1,
        "only in the status bar: toasts are off"
    );
}

#[test]
fn dashboard_and_monitoring_views_draw_their_figures() {
    let (mut h, state, _) = window();
    {
        let mut s = state.write().expect("lock");
        for i in 0..10 {
            s.stats.push_sample(StatsSample {
                at_ms: i * 1000,
                upload_rate: 2048.0,
                download_rate: 1024.0,
                active: 2,
                connections: 1,
            });
        }
        s.stats.upload_rate = 2048.0;
        s.stats.total_uploaded = 4096;
        s.stats.total_downloaded = 2048;
        s.monitor.refresh_secs = 2;
        s.monitor.push(dfakeseeder::state::MonitorSample {
            at_ms: 1,
            cpu_percent: 3.5,
            rss_bytes: 20 << 20,
            threads: 7,
            fds: 12,
            net_rx_bytes: 2048,
            net_tx_bytes: 1024,
            torrents: 3,
            connections: 1,
        });
        s.revision += 1;
    }
    h.run();
    button(&mut h, "Dashboard");
    h.get_by_label("2 KiB/s");
    h.get_by_label("2.00");
    button(&mut h, "Monitoring");
    h.get_by_label("3.5 %");
    h.get_by_label("20 MiB");
    h.get_by_label("7");
    h.get_by_label("12");
    h.get_by_label("1 KiB/s");
}

#[test]
fn every_details_tab_draws_and_says_what_to_do_when_empty() {
    let (mut h, _, _) = window();
    for tab in support::ui::DETAILS_TABS {
        button(&mut h, tab);
        h.get_by_label("Select a torrent to see its details.");
    }
    h.get_by_label("one").click();
    h.run();
    button(&mut h, "Status");
    h.get_by_label("The speed graph fills while the torrent runs.");
    button(&mut h, "Options");
    h.get_by_role_and_label(Role::CheckBox, "Running");
}

#[test]
fn add_opens_the_file_dialog_and_sends_the_picked_torrents() {
    let state: SharedState = Arc::new(RwLock::new(AppState::default()));
    let recorded: Recorded = Arc::default();
    let log = recorded.clone();
    let sink: CommandSink = Arc::new(move |c| log.lock().expect("lock").push(c));
    let pick: dfakeseeder::ui::file_dialog::PickFiles =
        Arc::new(|| vec!["/x/a.torrent".into(), "/x/b.torrent".into()]);
    let app = App::new(state, Some(sink)).with_file_picker(pick);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 900.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run();
    button(&mut h, "Add");
    // The dialog runs on its own thread; its answer arrives on a later frame.
    for _ in 0..100 {
        if !recorded.lock().expect("lock").is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.run();
    }
    let paths: Vec<String> = taken(&recorded)
        .into_iter()
        .map(|c| match c {
            Command::AddTorrent(dfakeseeder::state::TorrentSource::Path(p)) => {
                p.display().to_string()
            }
            other => panic!("unexpected {other:?}"),
        })
        .collect();
    assert_eq!(paths, ["/x/a.torrent", "/x/b.torrent"]);
}

#[test]
fn settings_export_import_and_reset_all() {
    let state = AppState {
        revision: 1,
        ..AppState::default()
    };
    let shared: SharedState = Arc::new(RwLock::new(state));
    let recorded: Recorded = Arc::default();
    let log = recorded.clone();
    let sink: CommandSink = Arc::new(move |c| log.lock().expect("lock").push(c));
    let pick: dfakeseeder::ui::file_dialog::PickPath = Arc::new(|what| {
        Some(std::path::PathBuf::from(match what {
            dfakeseeder::ui::file_dialog::SettingsFile::Export => "/tmp/out.json",
            dfakeseeder::ui::file_dialog::SettingsFile::Import => "/tmp/in.json",
        }))
    });
    let app = App::new(shared.clone(), Some(sink)).with_settings_file_picker(pick);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 900.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run();
    button(&mut h, "Settings");
    for (n, label) in ["Export settings…", "Import settings…"].iter().enumerate() {
        button(&mut h, label);
        for _ in 0..100 {
            if recorded.lock().expect("lock").len() > n {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
            h.run();
        }
    }
    assert_eq!(
        taken(&recorded),
        [
            Command::ExportSettings("/tmp/out.json".into()),
            Command::ImportSettings("/tmp/in.json".into())
        ]
    );
    // All to defaults: the draft goes back; OK sends it.
    shared.write().expect("lock").settings.tickspeed = 9;
    h.run();
    button(&mut h, "All settings to defaults");
    button(&mut h, "OK");
    assert_eq!(
        sent_settings(&recorded).tickspeed,
        Settings::default().tickspeed
    );
}
