//! Translations: every language file is complete and parses; the window switches language at
//! runtime; every language draws without a missing glyph (with the system's fonts, as the
//! window finds them). One test binary of its own: the language is process-wide.

use dfakeseeder::i18n::{self, LANGUAGES};
use dfakeseeder::state::{AppState, SharedState, TorrentStatus, TorrentView};
use dfakeseeder::ui::App;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use std::collections::BTreeSet;
use std::sync::{Arc, RwLock};

#[test]
fn every_language_has_every_message_and_parses() {
    let english: BTreeSet<String> = i18n::keys_of("en").into_iter().collect();
    assert!(english.len() > 400, "{} messages", english.len());
    let mut problems = Vec::new();
    for (code, _, name) in LANGUAGES {
        let errors = i18n::parse_errors(code);
        if !errors.is_empty() {
            problems.push(format!("{name} ({code}): parse errors {errors:?}"));
        }
        let keys: BTreeSet<String> = i18n::keys_of(code).into_iter().collect();
        let missing: Vec<_> = english.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&english).collect();
        if !missing.is_empty() || !extra.is_empty() {
            let first: Vec<_> = missing.iter().take(5).collect();
            problems.push(format!(
                "{name} ({code}): {} missing (e.g. {first:?}), extra {extra:?}",
                missing.len()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every `t!("key")` in the source names a message of the English file (the other files are
/// checked against English above), and every settings label is a message, not its key.
#[test]
fn every_message_the_code_asks_for_exists() {
    let english: BTreeSet<String> = i18n::keys_of("en").into_iter().collect();
    let mut missing = BTreeSet::new();
    let mut stack = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("source");
                for key in t_keys(&text) {
                    if !english.contains(&key) {
                        missing.insert(format!("{key} ({})", path.display()));
                    }
                }
            }
        }
    }
    for (key, label) in dfakeseeder::ui::settings_keys() {
        if label.starts_with("set-") {
            missing.insert(format!("set-{key} (settings label)"));
        }
    }
    assert!(missing.is_empty(), "not in en.ftl: {missing:?}");
}

/// The literal keys of `t!("…"` calls in Rust source (not `format!("…"`, not in comments).
fn t_keys(text: &str) -> Vec<String> {
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .map(|l| format!("{l}\n"))
        .collect();
    let mut keys = Vec::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("t!(") {
        let before = rest[..at].chars().next_back();
        let after = rest[at + 3..].trim_start();
        rest = &rest[at + 3..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(quoted) = after.strip_prefix('"') {
            let key: String = quoted.chars().take_while(|&c| c != '"').collect();
            if !key.is_empty() {
                keys.push(key);
            }
        }
    }
    keys
}

fn window(language: &str) -> (Harness<'static, App>, SharedState) {
    let mut state = AppState {
        torrents: vec![TorrentView {
            info_hash: "ab".repeat(20),
            name: "ubuntu.iso".into(),
            total_size: 1 << 30,
            status: TorrentStatus::Seeding,
            progress: 1.0,
            ..Default::default()
        }],
        revision: 1,
        ..AppState::default()
    };
    state.settings.language = language.into();
    let shared: SharedState = Arc::new(RwLock::new(state));
    let sink: dfakeseeder::ui::CommandSink = Arc::new(|_| {});
    let app = App::new(shared.clone(), Some(sink));
    let h = Harness::builder()
        .with_size(egui::vec2(1600.0, 900.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.ctx.add_font_provider(Arc::new(
        egui_system_font_provider::SystemFontProvider::new(),
    ));
    (h, shared)
}

fn switch(h: &mut Harness<'static, App>, state: &SharedState, language: &str) {
    {
        let mut s = state.write().expect("lock");
        s.settings.language = language.into();
        s.revision += 1;
    }
    h.run();
}

#[test]
fn the_language_switches_at_runtime_and_every_language_draws() {
    let (mut h, state) = window("en");
    h.run();
    h.get_by_label("Add");
    h.get_by_label("Seeding");

    switch(&mut h, &state, "de");
    let add = i18n::tr("toolbar-add");
    assert_ne!(add, "Add", "German has its own word");
    h.get_by_label(&add);
    h.get_by_label(&i18n::tr("status-seeding"));
    assert!(
        h.query_by_label("Add").is_none(),
        "no English left on that button"
    );

    // Every language, with the settings window open too: nothing is drawn as a missing glyph
    // (kittest panics on one), so the fonts for every script are found.
    for (code, _, name) in LANGUAGES {
        switch(&mut h, &state, code);
        assert_eq!(i18n::current(), code, "{name}");
        h.get_by_label(&i18n::tr("toolbar-add"));
    }
    switch(&mut h, &state, "en");
    h.get_by_label("Add");
}
