//! The read-only window (no command sink), as the browser viewer draws it: an audit of every
//! view, details tab, context menu and shortcut. Only controls that change nothing outside the
//! window (views, tabs, filters, copying) may exist; no editor, no dialog, no settings window.

mod support;

use dfakeseeder::state::{AppState, LogLevel, Notice, TorrentStatus, TorrentView, TrackerView};
use dfakeseeder::ui::App;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};

type H = Harness<'static, App>;

fn torrent(name: &str, status: TorrentStatus) -> TorrentView {
    TorrentView {
        info_hash: format!("{name:0>40}"),
        name: name.into(),
        total_size: 1 << 20,
        progress: 0.5,
        status,
        trackers: vec![TrackerView {
            url: "http://tracker.example/announce".into(),
            ..Default::default()
        }],
        ..Default::default()
    }
}

fn viewer() -> H {
    let mut state = AppState {
        torrents: vec![
            torrent("alpha", TorrentStatus::Seeding),
            torrent("bravo", TorrentStatus::Paused),
            torrent("charlie", TorrentStatus::Downloading),
        ],
        revision: 1,
        ..AppState::default()
    };
    state.client_profiles = vec![("qbittorrent".into(), "qBittorrent 4.6".into())];
    state.notices.push(Notice {
        at_ms: 0,
        level: LogLevel::Warning,
        message: "tracker down".into(),
    });
    let (h, _, recorded) = support::ui::window(state, false, egui::vec2(1600.0, 900.0));
    assert!(support::ui::taken(&recorded).is_empty());
    h
}

/// Buttons a read-only window may have: switching views and tabs, the Log view's level filter,
/// and the sidebar's filters ("Seeding (1)"), whose effects stay in the window.
fn allowed_button(label: &str) -> bool {
    const VIEWS_TABS_LEVELS: [&str; 16] = [
        "Torrents",
        "Log",
        "Monitoring",
        "Dashboard",
        "Details",
        "Status",
        "Options",
        "Files",
        "Peers",
        "Incoming",
        "Trackers",
        "Torrent log",
        "debug",
        "info",
        "warning",
        "error",
    ];
    let filter = label.ends_with(')') && label.contains(" (");
    VIEWS_TABS_LEVELS.contains(&label) || filter
}

/// Fails on any control that could change the app, listing what it found.
fn assert_nothing_changes_anything(h: &H, where_: &str) {
    let mut found = Vec::new();
    for node in h.query_all(By::new()) {
        let n = node.accesskit_node();
        let label = n.label().unwrap_or_default();
        let bad = match n.role() {
            Role::Button => !allowed_button(&label),
            // The Log view's "selected torrent only" filter is the window's own.
            Role::CheckBox => n.label().as_deref() != Some("only the selected torrents"),
            Role::TextInput
            | Role::PasswordInput
            | Role::MultilineTextInput
            | Role::SpinButton
            | Role::Slider
            | Role::ComboBox
            | Role::Window
            | Role::Dialog => true,
            _ => false,
        };
        if bad {
            found.push(format!("{:?} {label:?}", n.role()));
        }
    }
    assert!(found.is_empty(), "{where_}: {found:?}");
}

fn click(h: &mut H, role: Role, label: &str) {
    h.get_by_role_and_label(role, label).click();
    h.run();
}

#[test]
fn no_view_or_details_tab_draws_a_control_that_changes_something() {
    let mut h = viewer();
    h.get_by_label("tracker down");
    assert_nothing_changes_anything(&h, "torrents, nothing selected");
    h.get_by_label("alpha").click();
    h.run();
    for tab in support::ui::DETAILS_TABS {
        h.query_all_by_role_and_label(Role::Button, tab)
            .last()
            .unwrap_or_else(|| panic!("tab {tab}"))
            .click();
        h.run();
        assert_nothing_changes_anything(&h, tab);
    }
    // The Options tab says why it is empty; the status bar's alt-speed is a label.
    h.query_all_by_role_and_label(Role::Button, "Options")
        .last()
        .expect("Options")
        .click();
    h.run();
    h.get_by_label_contains("Read-only");
    h.get_by_label("Alt speed: off");
    for view in ["Log", "Monitoring", "Dashboard"] {
        h.query_all_by_role_and_label(Role::Button, view)
            .next()
            .expect("view")
            .click();
        h.run();
        assert_nothing_changes_anything(&h, view);
    }
}

#[test]
fn the_context_menu_offers_only_copy_items() {
    let mut h = viewer();
    h.get_by_label("bravo").click_secondary();
    h.run();
    let menu: Vec<String> = h
        .query_all_by_role(Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| !allowed_button(l))
        .collect();
    assert_eq!(menu, ["Copy", "Properties"]);
    click(&mut h, Role::Button, "Copy");
    let copies: Vec<String> = h
        .query_all_by_role(Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| !allowed_button(l) && l != "Copy" && l != "Properties")
        .collect();
    assert_eq!(copies, ["Name", "Info-hash", "Magnet link", "Tracker URL"]);
    for absent in ["Resume", "Pause", "Remove…", "Rename…", "Force recheck"] {
        assert!(h.query_by_label(absent).is_none(), "{absent}");
    }
}

#[test]
fn shortcuts_open_no_settings_remove_or_search() {
    let mut h = viewer();
    h.get_by_label("alpha").click();
    h.run();
    for (modifiers, key) in [
        (Modifiers::COMMAND, Key::Comma),
        (Modifiers::NONE, Key::Delete),
        (Modifiers::NONE, Key::Space),
        (Modifiers::COMMAND, Key::R),
        (Modifiers::COMMAND, Key::O),
        (Modifiers::COMMAND, Key::F),
    ] {
        h.key_press_modifiers(modifiers, key);
        h.run();
        assert_nothing_changes_anything(&h, &format!("{modifiers:?}+{key:?}"));
    }
    for absent in [
        "Settings",
        "Add",
        "Remove",
        "Pause all",
        "Resume all",
        "Dismiss",
    ] {
        assert!(h.query_by_label(absent).is_none(), "{absent}");
    }
}
