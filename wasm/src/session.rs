//! What the page does from start to viewing: ask the app whether it wants a login, send the
//! form's credentials, then start the feed.

use crate::api::{self, AuthStatus, Credentials};
use crate::fetch;
use crate::viewer::{LoginSink, Phase, SharedStatus, with_status};
use dfakeseeder::state::SharedState;
use dfakeseeder::t;
use wasm_bindgen_futures::spawn_local;

/// Milliseconds between tries while the app does not answer at all.
const RETRY_MS: i32 = 2_000;

/// What every browser task writes to: the state, the viewer's status, and egui to repaint.
#[derive(Clone)]
pub struct Handles {
    pub ctx: egui::Context,
    pub state: SharedState,
    pub status: SharedStatus,
}

impl Handles {
    pub fn set_phase(&self, phase: Phase) {
        with_status(&self.status, |s| s.phase = phase);
        self.ctx.request_repaint();
    }

    pub fn ask_login(&self, error: Option<String>) {
        self.set_phase(Phase::Login { busy: false, error });
    }

    pub fn failed(&self) {
        with_status(&self.status, |s| s.connection.failed(fetch::now_secs()));
        self.ctx.request_repaint();
    }
}

/// Asks `/api/auth` (retrying while the app does not answer), then shows the form or the view.
pub async fn begin(h: Handles) {
    loop {
        match fetch::get(api::AUTH).await {
            Ok(reply) if reply.status == 200 => {
                match serde_json::from_str::<AuthStatus>(&reply.body) {
                    Ok(auth) if auth.needs_login() => return h.ask_login(None),
                    // Anything else: no login needed, or a server without this endpoint.
                    _ => break,
                }
            }
            // No auth endpoint (a plain file server with a state.json): just view.
            Ok(reply) if reply.status == 404 => break,
            _ => {
                h.failed();
                fetch::sleep(RETRY_MS).await;
            }
        }
    }
    view(h);
}

/// Shows the app's UI and starts following its state.
pub fn view(h: Handles) {
    h.set_phase(Phase::Viewing);
    crate::feed::start(h);
}

/// Where the form's submit goes: a login request, then the view or the form again.
pub fn login_sink(h: Handles) -> LoginSink {
    Box::new(move |credentials| spawn_local(login(h.clone(), credentials)))
}

async fn login(h: Handles, credentials: Credentials) {
    match fetch::post_json(api::LOGIN, &credentials.to_json()).await {
        Ok(reply) if (200..300).contains(&reply.status) => view(h),
        Ok(reply) => h.ask_login(Some(api::login_refused(reply.status))),
        Err(e) => h.ask_login(Some(t!("viewer-login-unreachable", error = e))),
    }
}
