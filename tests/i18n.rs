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
