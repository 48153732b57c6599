//! Follows the app's state: `/api/events` (server-sent events, each `state` event a whole
//! `AppState`), and when the browser gives that up, `/api/state` every [`POLL_SECS`] seconds.

use crate::api::{self, AuthStatus};
use crate::connection::Transport;
use crate::fetch;
use crate::session::Handles;
use crate::viewer::with_status;
use dfakeseeder::state::AppState;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Event, EventSource, MessageEvent};

pub const POLL_SECS: u32 = 2;

/// The open event stream and its listeners (dropped together when it is given up).
struct Stream {
    source: EventSource,
    _listeners: Vec<Closure<dyn FnMut(Event)>>,
}

thread_local! {
    static STREAM: RefCell<Option<Stream>> = const { RefCell::new(None) };
}

pub fn start(h: Handles) {
    if let Err(e) = open_stream(h.clone()) {
        log::warn!("no event stream ({}), polling", fetch::js_error(e));
        spawn_local(poll(h));
    }
}

/// Takes a state text from either transport.
fn apply(h: &Handles, text: &str, via: Transport) {
    match serde_json::from_str::<AppState>(text) {
        Ok(state) => {
            match h.state.write() {
                Ok(mut w) => *w = state,
                Err(poisoned) => *poisoned.into_inner() = state,
            }
            with_status(&h.status, |s| s.connection.succeeded(via));
            h.ctx.request_repaint();
        }
        Err(e) => {
            log::warn!("unreadable state: {e}");
            h.failed();
        }
    }
}

fn open_stream(h: Handles) -> Result<(), wasm_bindgen::JsValue> {
    let source = EventSource::new(api::EVENTS)?;
    let on_state = {
        let h = h.clone();
        Closure::<dyn FnMut(Event)>::new(move |e: Event| {
            if let Some(text) = e
                .dyn_ref::<MessageEvent>()
                .and_then(|m| m.data().as_string())
            {
                apply(&h, &text, Transport::Events);
            }
        })
    };
    let on_error = {
        let h = h.clone();
        Closure::<dyn FnMut(Event)>::new(move |_: Event| {
            let closed = STREAM.with(|s| {
                s.borrow()
                    .as_ref()
                    .is_some_and(|s| s.source.ready_state() == EventSource::CLOSED)
            });
            h.failed();
            if closed {
                // The browser gave up (an HTTP error, not a dropped connection it retries):
                // stop listening outside this callback, then find out why.
                spawn_local(stream_closed(h.clone()));
            }
        })
    };
    source.add_event_listener_with_callback(api::STATE_EVENT, on_state.as_ref().unchecked_ref())?;
    source.add_event_listener_with_callback("error", on_error.as_ref().unchecked_ref())?;
    STREAM.with(|s| {
        *s.borrow_mut() = Some(Stream {
            source,
            _listeners: vec![on_state, on_error],
        })
    });
    Ok(())
}

/// After the stream was refused: the form when the session is gone, else polling.
async fn stream_closed(h: Handles) {
    if let Some(stream) = STREAM.with(|s| s.borrow_mut().take()) {
        stream.source.close();
    }
    if needs_login().await {
        return h.ask_login(None);
    }
    poll(h).await;
}

async fn needs_login() -> bool {
    match fetch::get(api::AUTH).await {
        Ok(r) if r.status == 200 => {
            serde_json::from_str::<AuthStatus>(&r.body).is_ok_and(AuthStatus::needs_login)
        }
        _ => false,
    }
}

async fn poll(h: Handles) {
    loop {
        match fetch::get(api::STATE).await {
            Ok(r) if r.status == 200 => apply(&h, &r.body, Transport::Polling),
            Ok(r) if r.status == 401 => return h.ask_login(None),
            _ => h.failed(),
        }
        fetch::sleep(POLL_SECS as i32 * 1000).await;
    }
}
