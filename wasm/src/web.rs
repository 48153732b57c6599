//! The page's start: the canvas, the ARIA mirror, the browser's language, and the viewer.

use crate::aria::MirrorPlugin;
use crate::fetch;
use crate::session::{self, Handles};
use crate::viewer::{SharedStatus, Viewer};
use dfakeseeder::state::SharedState;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::spawn_local;

/// Element ids in `index.html`.
const CANVAS: &str = "viewer_canvas";
const MIRROR: &str = "viewer_a11y";

thread_local! {
    /// The runner lives as long as the page.
    static RUNNER: RefCell<Option<eframe::WebRunner>> = const { RefCell::new(None) };
}

pub fn start() {
    let _ = eframe::WebLogger::init(log::LevelFilter::Warn);
    browser_language();
    spawn_local(async {
        if let Err(e) = run().await {
            log::error!("the viewer could not start: {}", fetch::js_error(e));
        }
    });
}

/// The UI speaks the browser's language until the app's settings name one.
fn browser_language() {
    let lang = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default();
    let code: String = lang
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_lowercase();
    if dfakeseeder::i18n::is_known(&code) {
        dfakeseeder::i18n::set_language(&code);
    }
}

fn document() -> Result<web_sys::Document, JsValue> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))
}

/// Writes the mirror's HTML into the page.
fn set_mirror(html: &str) {
    if let Some(el) = document().ok().and_then(|d| d.get_element_by_id(MIRROR)) {
        el.set_inner_html(html);
    }
}

async fn run() -> Result<(), JsValue> {
    let canvas = document()?
        .get_element_by_id(CANVAS)
        .ok_or_else(|| JsValue::from_str("no canvas"))?
        .dyn_into::<web_sys::HtmlCanvasElement>()?;
    let state = SharedState::default();
    let status = SharedStatus::default();
    let runner = eframe::WebRunner::new();
    runner
        .start(
            canvas,
            eframe::WebOptions::default(),
            Box::new(move |cc| {
                cc.egui_ctx
                    .add_plugin(MirrorPlugin::new(Box::new(set_mirror)));
                let h = Handles {
                    ctx: cc.egui_ctx.clone(),
                    state: state.clone(),
                    status: status.clone(),
                };
                spawn_local(session::begin(h.clone()));
                let viewer = Viewer::new(state, status, session::login_sink(h), fetch::now_secs);
                Ok(Box::new(viewer))
            }),
        )
        .await?;
    RUNNER.with(|r| *r.borrow_mut() = Some(runner));
    if let Some(spinner) = document()?.get_element_by_id("viewer_loading") {
        spinner.remove();
    }
    Ok(())
}
