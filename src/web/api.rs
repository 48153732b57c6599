//! The read endpoints: JSON of the shared state types, serialised under the read lock.

use super::error::ApiError;
use super::shared::Shared;
use super::snapshot;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

/// JSON text as a response.
pub fn json_text(text: String) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], text).into_response()
}

/// `GET /api/health` (public).
pub async fn health() -> Json<serde_json::Value> {
    Json(serde_json::json!({
        "status": "ok",
        "service": "dfakeseeder",
        "version": env!("CARGO_PKG_VERSION"),
    }))
}

/// `GET /api/state`: the whole `AppState` (secrets blanked).
pub async fn state(State(shared): State<Arc<Shared>>) -> Result<Response, ApiError> {
    let (_, json) = snapshot::state_json(&shared.state).map_err(ApiError::internal)?;
    Ok(json_text(json))
}

/// `GET /api/torrents`: every torrent, in queue order.
pub async fn torrents(State(shared): State<Arc<Shared>>) -> Result<Response, ApiError> {
    let json = snapshot::part_json(&shared.state, |s| Some(&s.torrents))
        .map_err(ApiError::internal)?
        .unwrap_or_else(|| "[]".into());
    Ok(json_text(json))
}

/// `GET /api/stats`: the global figures.
pub async fn stats(State(shared): State<Arc<Shared>>) -> Result<Response, ApiError> {
    let json = snapshot::part_json(&shared.state, |s| Some(&s.stats))
        .map_err(ApiError::internal)?
        .unwrap_or_else(|| "{}".into());
    Ok(json_text(json))
}

/// `GET /api/torrents/{info_hash}`.
pub async fn torrent(
    State(shared): State<Arc<Shared>>,
    Path(info_hash): Path<String>,
) -> Result<Response, ApiError> {
    let hash = parse_info_hash(&info_hash)?;
    let json = snapshot::part_json(&shared.state, |s| s.torrent(&hash))
        .map_err(ApiError::internal)?
        .ok_or_else(|| unknown(&hash))?;
    Ok(json_text(json))
}

/// 40 hex digits, as lowercase (how the state names torrents).
pub fn parse_info_hash(text: &str) -> Result<String, ApiError> {
    if text.len() == 40 && text.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(text.to_ascii_lowercase())
    } else {
        Err(ApiError::bad_request(format!(
            "{text:?} is not an info-hash (40 hex digits)"
        )))
    }
}

pub fn unknown(hash: &str) -> ApiError {
    ApiError::not_found(format!("no torrent with info-hash {hash}"))
}
