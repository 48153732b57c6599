//! Who may call the API: a session cookie from `/api/login`, or `Authorization: Bearer
//! <token>`. Wrong credentials count toward a ban of the address.

use super::error::ApiError;
use super::listener::ClientAddr;
use super::secrets::{same_secret, verify_password};
use super::shared::Shared;
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use std::sync::Arc;

pub const COOKIE: &str = "dfs_session";

/// What a request carries.
#[derive(Debug, PartialEq, Eq)]
pub enum Credentials {
    Valid,
    None,
    /// A bearer token or session that is wrong (counts as a failure only for the bearer).
    WrongBearer,
    StaleCookie,
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

pub fn session_cookie(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.trim())
}

pub fn credentials(shared: &Shared, headers: &HeaderMap) -> Credentials {
    if let Some(token) = bearer(headers) {
        return if same_secret(token, &shared.config.token) {
            Credentials::Valid
        } else {
            Credentials::WrongBearer
        };
    }
    if let Some(id) = session_cookie(headers) {
        let now = (shared.now)();
        return if shared.sessions().is_valid(id, now) {
            Credentials::Valid
        } else {
            Credentials::StaleCookie
        };
    }
    Credentials::None
}

fn too_many() -> ApiError {
    ApiError::new(
        StatusCode::TOO_MANY_REQUESTS,
        "too many failed logins from this address; try again later",
    )
}

fn unauthorized(message: &str) -> Response {
    let mut r = ApiError::new(StatusCode::UNAUTHORIZED, message).into_response();
    r.headers_mut()
        .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    r
}

/// Counts a failure; the address may now be banned.
fn fail(shared: &Shared, client: ClientAddr) {
    let now = (shared.now)();
    if shared.bans().fail(client.0.ip(), now) {
        tracing::warn!("web: {} banned after failed logins", client.0.ip());
    }
}

fn banned(shared: &Shared, client: ClientAddr) -> bool {
    let now = (shared.now)();
    shared.bans().is_banned(client.0.ip(), now)
}

/// The middleware in front of every protected route.
pub async fn require(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(client): ConnectInfo<ClientAddr>,
    request: Request,
    next: Next,
) -> Response {
    if !shared.config.auth_enabled {
        return next.run(request).await;
    }
    if banned(&shared, client) {
        return too_many().into_response();
    }
    match credentials(&shared, request.headers()) {
        Credentials::Valid => next.run(request).await,
        Credentials::WrongBearer => {
            fail(&shared, client);
            unauthorized("wrong token")
        }
        Credentials::StaleCookie => unauthorized("the session has expired; log in again"),
        Credentials::None => unauthorized("authentication required"),
    }
}

/// Control endpoints also need `webui.allow_control`; as an extractor it runs after auth.
pub struct Control;

impl FromRequestParts<Arc<Shared>> for Control {
    type Rejection = ApiError;

    async fn from_request_parts(
        _parts: &mut Parts,
        shared: &Arc<Shared>,
    ) -> Result<Self, Self::Rejection> {
        if shared.config.allow_control {
            Ok(Control)
        } else {
            Err(ApiError::new(
                StatusCode::FORBIDDEN,
                "control is off: this server is read-only (webui.allow_control)",
            ))
        }
    }
}

/// `GET /api/auth` (public).
pub async fn status(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(client): ConnectInfo<ClientAddr>,
    headers: HeaderMap,
) -> Json<serde_json::Value> {
    let authenticated = match credentials(&shared, &headers) {
        Credentials::Valid => !banned(&shared, client),
        Credentials::WrongBearer => {
            // Probing tokens here counts as much as anywhere.
            fail(&shared, client);
            false
        }
        _ => false,
    };
    Json(serde_json::json!({
        "auth_required": shared.config.auth_enabled,
        "authenticated": authenticated || !shared.config.auth_enabled,
    }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Login {
    token: Option<String>,
    username: Option<String>,
    password: Option<String>,
}

/// `POST /api/login` (public): a token, or a user name and password, gives a session cookie.
pub async fn login(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(client): ConnectInfo<ClientAddr>,
    body: Result<Json<Login>, JsonRejection>,
) -> Result<Response, ApiError> {
    if banned(&shared, client) {
        return Err(too_many());
    }
    let Json(login) = body?;
    let ok = match (login.token, login.username, login.password) {
        (Some(token), None, None) => same_secret(token.trim(), &shared.config.token),
        (None, Some(user), Some(password)) => {
            let hash = shared.config.password_hash.clone();
            let user_ok = same_secret(&user, &shared.config.username);
            // argon2 takes tens of ms: off the runtime's worker threads.
            let pw_ok = tokio::task::spawn_blocking(move || verify_password(&password, &hash))
                .await
                .unwrap_or(false);
            user_ok && pw_ok
        }
        _ => {
            return Err(ApiError::bad_request(
                "send {\"token\": ...} or {\"username\": ..., \"password\": ...}",
            ));
        }
    };
    if !ok {
        fail(&shared, client);
        return Ok(unauthorized("wrong credentials"));
    }
    shared.bans().succeed(client.0.ip());
    let now = (shared.now)();
    let (id, ttl) = {
        let mut sessions = shared.sessions();
        (
            sessions.open(now).map_err(ApiError::internal)?,
            sessions.ttl(),
        )
    };
    let mut cookie = format!(
        "{COOKIE}={id}; HttpOnly; SameSite=Strict; Path=/; Max-Age={}",
        ttl.as_secs()
    );
    if shared.secure_cookie() {
        cookie.push_str("; Secure");
    }
    let mut response = Json(serde_json::json!({"ok": true})).into_response();
    let value = HeaderValue::from_str(&cookie).map_err(|e| ApiError::internal(e.to_string()))?;
    response.headers_mut().insert(header::SET_COOKIE, value);
    Ok(response)
}

/// `POST /api/logout` (public): ends the session and clears the cookie.
pub async fn logout(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    if let Some(id) = session_cookie(&headers) {
        shared.sessions().close(id);
    }
    let mut cookie = format!("{COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0");
    if shared.secure_cookie() {
        cookie.push_str("; Secure");
    }
    let mut response = Json(serde_json::json!({"ok": true})).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}
