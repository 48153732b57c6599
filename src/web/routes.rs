//! The routes, and the layers in front of them (outermost first): security headers, the Host
//! check, body limits; authentication in front of the protected routes only.

use super::shared::Shared;
use super::{api, auth, control, headers, sse, static_files};
use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use std::sync::Arc;

/// Largest JSON body accepted.
pub const MAX_JSON: usize = 16 * 1024;

pub fn router(shared: Arc<Shared>) -> Router {
    let public = Router::new()
        .route("/api/health", get(api::health))
        .route("/api/auth", get(auth::status))
        .route("/api/login", post(auth::login))
        .route("/api/logout", post(auth::logout));
    let upload = post(control::add).layer(DefaultBodyLimit::max(control::MAX_UPLOAD));
    let protected = Router::new()
        .route("/api/state", get(api::state))
        .route("/api/events", get(sse::events))
        .route("/api/stats", get(api::stats))
        .route("/api/torrents", get(api::torrents).merge(upload))
        .route(
            "/api/torrents/{info_hash}",
            get(api::torrent).delete(control::remove),
        )
        .route("/api/torrents/{info_hash}/pause", post(control::pause))
        .route("/api/torrents/{info_hash}/resume", post(control::resume))
        .route(
            "/api/torrents/{info_hash}/announce",
            post(control::announce),
        )
        .route("/api/alt-speed", post(control::alt_speed))
        .route_layer(middleware::from_fn_with_state(
            shared.clone(),
            auth::require,
        ));
    let app = public
        .merge(protected)
        .fallback(fallback)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(MAX_JSON))
        .layer(middleware::from_fn_with_state(shared.clone(), host_check));
    headers::add(app).with_state(shared)
}

/// The viewer's files for GET; JSON 404 under `/api/`.
async fn fallback(method: Method, uri: axum::http::Uri) -> Response {
    if uri.path().starts_with("/api/") || uri.path() == "/api" {
        return json_error(StatusCode::NOT_FOUND, "no such endpoint");
    }
    if method != Method::GET && method != Method::HEAD {
        return json_error(StatusCode::METHOD_NOT_ALLOWED, "method not allowed");
    }
    static_files::serve(&uri)
}

async fn method_not_allowed() -> Response {
    json_error(StatusCode::METHOD_NOT_ALLOWED, "method not allowed")
}

fn json_error(status: StatusCode, message: &str) -> Response {
    super::error::ApiError::new(status, message).into_response()
}

/// Refuses requests for any other host name (DNS rebinding).
async fn host_check(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_owned)
        .or_else(|| request.uri().authority().map(|a| a.to_string()));
    match host {
        Some(h) if shared.hosts.allows(&h) => next.run(request).await,
        Some(h) => json_error(
            StatusCode::MISDIRECTED_REQUEST,
            &format!("this server does not answer to the host {h:?} (see webui.allowed_hosts)"),
        ),
        None => json_error(StatusCode::BAD_REQUEST, "the request has no Host header"),
    }
}
