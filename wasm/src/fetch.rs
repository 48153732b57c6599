//! Same-origin HTTP from the browser (fetch: the session cookie goes along), a timer and a
//! clock, as small async helpers.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Headers, Request, RequestCache, RequestCredentials, RequestInit, Response};

pub struct Reply {
    pub status: u16,
    pub body: String,
}

pub fn js_error(e: JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| format!("{e:?}"))
}

fn init(method: &str) -> RequestInit {
    let init = RequestInit::new();
    init.set_method(method);
    init.set_credentials(RequestCredentials::SameOrigin);
    // Always the current state, never a cached copy.
    init.set_cache(RequestCache::NoStore);
    init
}

pub async fn get(url: &str) -> Result<Reply, String> {
    let request = Request::new_with_str_and_init(url, &init("GET")).map_err(js_error)?;
    send(request).await
}

pub async fn post_json(url: &str, body: &str) -> Result<Reply, String> {
    let init = init("POST");
    let headers = Headers::new().map_err(js_error)?;
    headers
        .set("Content-Type", "application/json")
        .map_err(js_error)?;
    init.set_headers(&headers);
    init.set_body(&JsValue::from_str(body));
    let request = Request::new_with_str_and_init(url, &init).map_err(js_error)?;
    send(request).await
}

async fn send(request: Request) -> Result<Reply, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response: Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(js_error)?
        .dyn_into()
        .map_err(js_error)?;
    let body = JsFuture::from(response.text().map_err(js_error)?)
        .await
        .map_err(js_error)?
        .as_string()
        .unwrap_or_default();
    Ok(Reply {
        status: response.status(),
        body,
    })
}

/// Waits `ms` milliseconds.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Seconds since the epoch: the clock of [`crate::connection::Connection`] here.
pub fn now_secs() -> f64 {
    js_sys::Date::now() / 1000.0
}
