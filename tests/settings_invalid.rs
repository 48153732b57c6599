//! Invalid settings are refused with a message naming the setting and the reason, and the saved
//! settings stay as they were: from a settings file, from the window's Apply, and in the window.

mod support;

use dfakeseeder::engine::store::load_settings;
use dfakeseeder::settings::Settings;
use dfakeseeder::state::Command;
use std::time::Duration;
use support::engine::{settle, snapshot, start};

#[test]
fn invalid_files_are_set_aside_whole_with_the_key_and_reason() {
    let cases = [
        (
            r#"{"connection": {"listening_port": 0}}"#,
            "connection.listening_port",
        ),
        (
            r#"{"connection": {"listening_port": 70000}}"#,
            "listening_port",
        ),
        (
            r#"{"speed": {"upload_limit_kbps": -5}}"#,
            "upload_limit_kbps",
        ),
        (
            r#"{"scheduler": {"start_hour": 6, "end_hour": 6}}"#,
            "scheduler",
        ),
        (
            r#"{"notification_settings": {"max_visible": 0}}"#,
            "notification_settings.max_visible",
        ),
        (
            r#"{"proxy": {"type": "socks5", "server": ""}}"#,
            "proxy.server",
        ),
    ];
    for (text, key) in cases {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::write(dir.path().join("settings.json"), text).expect("write");
        let loaded = load_settings(dir.path());
        assert_eq!(
            loaded.value,
            Settings::default(),
            "{text}: the defaults are used"
        );
        let notice = loaded.notice.expect("a notice");
        assert!(notice.contains(key), "{text}: {notice}");
        // Nothing is lost: the file is kept beside, as it was.
        let aside: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .flatten()
            .filter(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with("settings.json.")
            })
            .collect();
        assert_eq!(aside.len(), 1, "{text}");
        assert_eq!(
            std::fs::read_to_string(aside[0].path()).expect("read"),
            text
        );
    }
}

#[tokio::test(start_paused = true)]
async fn invalid_changes_are_refused_and_the_saved_settings_stay() {
    let dir = tempfile::tempdir().expect("dir");
    let mut first = Settings::default();
    first.speed.upload_limit_kbps = 500;
    std::fs::write(
        dir.path().join("settings.json"),
        r#"{"speed": {"upload_limit_kbps": 500}}"#,
    )
    .expect("write");
    let handle = start(dir.path(), first.clone(), 1);
    settle().await;
    let saved = std::fs::read_to_string(dir.path().join("settings.json")).expect("read");

    let mut port = first.clone();
    port.connection.listening_port = 0;
    let mut window = first.clone();
    (window.scheduler.start_hour, window.scheduler.end_hour) = (6, 6);
    window.scheduler.start_minute = window.scheduler.end_minute;
    let mut folder = first.clone();
    folder.watch_folder.enabled = true;
    folder.watch_folder.path = "/no/such/folder".into();
    let mut toasts = first.clone();
    toasts.notification_settings.max_visible = 0;
    let cases = [
        (port, "connection.listening_port"),
        (window, "scheduler"),
        (folder, "/no/such/folder"),
        (toasts, "notification_settings.max_visible"),
    ];
    for (bad, key) in cases {
        handle.send(Command::UpdateSettings(Box::new(bad)));
        settle().await;
        tokio::time::sleep(Duration::from_millis(5)).await;
        let s = snapshot(&handle);
        let notice = &s.notices.last().expect("a notice").message;
        assert!(notice.contains(key), "{key}: {notice}");
        assert!(notice.starts_with("Settings not saved"), "{notice}");
        assert_eq!(s.settings, first, "{key}: the settings in force stay");
        let now = std::fs::read_to_string(dir.path().join("settings.json")).expect("read");
        assert_eq!(now, saved, "{key}: the file stays");
    }
    handle.shutdown().await;
}
