//! The control endpoints (behind auth and `webui.allow_control`): each checks its input, then
//! sends the engine the same command the window would.

use super::api::{parse_info_hash, unknown};
use super::auth::Control;
use super::error::ApiError;
use super::shared::Shared;
use super::snapshot;
use crate::metainfo::Metainfo;
use crate::state::{Command, TorrentSource};
use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, JsonRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use std::sync::Arc;

/// Largest `.torrent` accepted.
pub const MAX_UPLOAD: usize = 10 * 1024 * 1024;

fn send(shared: &Shared, command: Command) -> Result<(), ApiError> {
    shared
        .commands
        .send(command)
        .map_err(|_| ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "the engine is stopping"))
}

fn accepted(body: serde_json::Value) -> Response {
    (StatusCode::ACCEPTED, Json(body)).into_response()
}

/// The torrent must exist.
fn known(shared: &Shared, text: &str) -> Result<String, ApiError> {
    let hash = parse_info_hash(text)?;
    if snapshot::read(&shared.state).torrent(&hash).is_none() {
        return Err(unknown(&hash));
    }
    Ok(hash)
}

#[derive(Deserialize)]
pub struct AddQuery {
    /// The name shown in errors (the file's name); the torrent's own name otherwise.
    name: Option<String>,
}

/// `POST /api/torrents`: the body is a `.torrent` file.
pub async fn add(
    State(shared): State<Arc<Shared>>,
    _: Control,
    query: Result<Query<AddQuery>, QueryRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let Query(query) = query?;
    let data = body?;
    if data.is_empty() {
        return Err(ApiError::bad_request("the body must be a .torrent file"));
    }
    let meta = Metainfo::parse(&data)
        .map_err(|e| ApiError::bad_request(format!("not a valid .torrent: {e}")))?;
    let hash = meta.info_hash_hex();
    if snapshot::read(&shared.state).torrent(&hash).is_some() {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            format!("{} is already added", meta.name),
        ));
    }
    let name = query
        .name
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| format!("{}.torrent", meta.name));
    send(
        &shared,
        Command::AddTorrent(TorrentSource::Bytes {
            name,
            data: data.to_vec(),
        }),
    )?;
    Ok(accepted(serde_json::json!({
        "ok": true,
        "info_hash": hash,
        "name": meta.name,
    })))
}

pub async fn pause(
    State(shared): State<Arc<Shared>>,
    _: Control,
    Path(info_hash): Path<String>,
) -> Result<Response, ApiError> {
    let hash = known(&shared, &info_hash)?;
    send(&shared, Command::Pause(vec![hash]))?;
    Ok(accepted(serde_json::json!({"ok": true})))
}

pub async fn resume(
    State(shared): State<Arc<Shared>>,
    _: Control,
    Path(info_hash): Path<String>,
) -> Result<Response, ApiError> {
    let hash = known(&shared, &info_hash)?;
    send(&shared, Command::Resume(vec![hash]))?;
    Ok(accepted(serde_json::json!({"ok": true})))
}

/// Announces now, but never before a tracker's `min interval` (as soon as it allows).
pub async fn announce(
    State(shared): State<Arc<Shared>>,
    _: Control,
    Path(info_hash): Path<String>,
) -> Result<Response, ApiError> {
    let hash = known(&shared, &info_hash)?;
    send(
        &shared,
        Command::ForceAnnounce {
            info_hashes: vec![hash],
            ignore_min_interval: false,
        },
    )?;
    Ok(accepted(serde_json::json!({"ok": true})))
}

#[derive(Deserialize)]
pub struct RemoveQuery {
    /// Also delete the app's copy of the `.torrent` (else it moves to `removed/`).
    #[serde(default)]
    delete_file: bool,
}

pub async fn remove(
    State(shared): State<Arc<Shared>>,
    _: Control,
    Path(info_hash): Path<String>,
    query: Result<Query<RemoveQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(query) = query?;
    let hash = known(&shared, &info_hash)?;
    send(
        &shared,
        Command::Remove {
            info_hashes: vec![hash],
            delete_file: query.delete_file,
        },
    )?;
    Ok(accepted(serde_json::json!({"ok": true})))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AltSpeed {
    enabled: bool,
}

/// `POST /api/alt-speed` with `{"enabled": bool}`.
pub async fn alt_speed(
    State(shared): State<Arc<Shared>>,
    _: Control,
    body: Result<Json<AltSpeed>, JsonRejection>,
) -> Result<Response, ApiError> {
    let Json(AltSpeed { enabled }) = body?;
    send(&shared, Command::SetAltSpeed(enabled))?;
    Ok(accepted(
        serde_json::json!({"ok": true, "enabled": enabled}),
    ))
}
