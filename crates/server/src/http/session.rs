//! `POST /api/login` and `POST /api/logout`, and `GET /api/me`.
//!
//! CSRF: the session cookie is `SameSite=Strict`, so no other site's page can make the browser
//! send it; login takes JSON only, which a cross-site form cannot post.

use super::AppJson;
use crate::audit::{self, Action, Outcome};
use crate::auth::{self, CurrentUser};
use crate::error::{Error, Result};
use crate::{throttle, AppState};
use axum::extract::State;
use axum::http::header::SET_COOKIE;
use axum::http::request::Parts;
use axum::response::{AppendHeaders, IntoResponse};
use axum::routing::{get, post};
use axum::Router;
use evne_model::persons::Me;
use evne_model::{ErrorCode, Role};
use serde::Deserialize;
use sqlx::Row;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/login", post(login))
        .route("/logout", post(logout))
        .route("/me", get(me))
        .route("/password", post(change_password))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Credentials {
    /// No control characters (422); a longer one than 200 characters is nobody's (401).
    #[schema(max_length = 200, pattern = "^[^\\u0000-\\u001f\\u007f-\\u009f]*$")]
    pub(crate) username: String,
    pub(crate) password: String,
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct PasswordChange {
    current: String,
    /// At least 12 characters, and not the current one.
    #[schema(min_length = 12)]
    new: String,
}

/// Shortest password a person may choose.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// Longer usernames are refused before any work is done.
const MAX_USERNAME_CHARS: usize = 200;

/// Password checks running at once, across all requests.
static PASSWORD_CHECKS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

/// A hash of a password nobody has, checked when the username is unknown so that a wrong
/// username takes as long as a wrong password.
static DUMMY_HASH: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| auth::hash_password("evne-no-such-user").unwrap_or_default());

/// A user whose password was just checked.
pub(crate) struct Verified {
    pub(crate) id: String,
    pub(crate) role: Role,
    pub(crate) must_change_password: bool,
    pub(crate) organisation: Option<String>,
}

/// Checks a username and password the way a login does: throttled per username, an unknown
/// username as slow as a wrong password, and a refusal audited as `action` (without the
/// username). The caller clears the username's throttle once it has done its work.
pub(crate) async fn verify(
    state: &AppState,
    creds: &Credentials,
    action: Action,
    now: i64,
) -> Result<Verified> {
    if creds.username.chars().count() > MAX_USERNAME_CHARS {
        return Err(Error::Unauthorized);
    }
    // Never a username: refused before it reaches a query (PostgreSQL refuses a NUL).
    if creds.username.chars().any(char::is_control) {
        return Err(Error::InvalidField("username", ErrorCode::InvalidText));
    }
    if !throttle::reserve_attempt(&state.db, &creds.username, now, &state.settings).await? {
        audit::record(&state.db, None, action, None, Outcome::Denied).await?;
        return Err(Error::TooManyAttempts);
    }
    let row = sqlx::query(
        "SELECT id, password_hash, role, must_change_password, organisation_id
         FROM users WHERE username = $1",
    )
    .bind(&creds.username)
    .fetch_optional(&state.db)
    .await?;
    let (user, phc) = match row {
        Some(r) => (
            Some(Verified {
                id: r.try_get("id")?,
                role: Role::parse(&r.try_get::<String, _>("role")?)
                    .ok_or_else(|| anyhow::anyhow!("unknown role in users"))?,
                must_change_password: r.try_get::<i64, _>("must_change_password")? != 0,
                organisation: r.try_get("organisation_id")?,
            }),
            r.try_get::<String, _>("password_hash")?,
        ),
        None => (None, DUMMY_HASH.clone()),
    };
    let password = creds.password.clone();
    // Each check takes ~19 MiB and a core for a moment: a few at a time, the rest wait.
    let permit = PASSWORD_CHECKS
        .acquire()
        .await
        .map_err(|e| anyhow::anyhow!("Failed to wait for a password check: {e}"))?;
    let ok = tokio::task::spawn_blocking(move || auth::verify_password(&password, &phc))
        .await
        .map_err(|e| anyhow::anyhow!("Failed to join the password check: {e}"))?;
    drop(permit);
    match (user, ok) {
        (Some(user), true) => Ok(user),
        _ => {
            throttle::prune(&state.db, now, &state.settings).await?;
            audit::record(&state.db, None, action, None, Outcome::Denied).await?;
            Err(Error::Unauthorized)
        }
    }
}

async fn login(
    State(state): State<AppState>,
    AppJson(creds): AppJson<Credentials>,
) -> Result<impl IntoResponse> {
    let now = crate::now_unix();
    let user = verify(&state, &creds, Action::Login, now).await?;
    let user_id = user.id;
    let (token, hash) = auth::new_token();
    let mut tx = crate::db::begin(&state.db).await?;
    throttle::clear(&mut *tx, &creds.username).await?;
    // Expired sessions of anyone are cleared here rather than by a background task.
    sqlx::query("DELETE FROM sessions WHERE created_at < $1")
        .bind(now - state.settings.session_max.as_secs() as i64)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(hash)
    .bind(&user_id)
    .bind(now)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    audit::allowed(&mut *tx, &user_id, Action::Login, None).await?;
    tx.commit().await?;

    let me = Me {
        username: creds.username,
        role: user.role,
        must_change_password: user.must_change_password,
    };
    let cookie = auth::session_cookie(&token, &state.settings);
    Ok((AppendHeaders([(SET_COOKIE, cookie)]), AppJson(me)))
}

async fn logout(State(state): State<AppState>, parts: Parts) -> Result<impl IntoResponse> {
    if let Some(token) = auth::token_from(&parts) {
        let deleted = sqlx::query("DELETE FROM sessions WHERE token_hash = $1 RETURNING user_id")
            .bind(auth::token_hash(&token))
            .fetch_optional(&state.db)
            .await?;
        if let Some(row) = deleted {
            let user_id: String = row.try_get("user_id")?;
            audit::allowed(&state.db, &user_id, Action::Logout, None).await?;
        }
    }
    Ok((
        AppendHeaders([(SET_COOKIE, auth::clear_cookie())]),
        axum::http::StatusCode::NO_CONTENT,
    ))
}

async fn me(user: CurrentUser) -> AppJson<Me> {
    AppJson(Me {
        username: user.username,
        role: user.role,
        must_change_password: user.must_change_password,
    })
}

/// `POST /api/password`: the logged-in user replaces their password (required after an
/// admin set it). The current password is checked again; the user's other sessions end.
async fn change_password(
    State(state): State<AppState>,
    user: CurrentUser,
    AppJson(change): AppJson<PasswordChange>,
) -> Result<axum::http::StatusCode> {
    if change.new.chars().count() < MIN_PASSWORD_CHARS || change.new == change.current {
        return Err(Error::WeakPassword);
    }
    let (phc,): (String,) = sqlx::query_as("SELECT password_hash FROM users WHERE id = $1")
        .bind(&user.id)
        .fetch_one(&state.db)
        .await?;
    let current = change.current;
    let ok = tokio::task::spawn_blocking(move || auth::verify_password(&current, &phc))
        .await
        .map_err(|e| anyhow::anyhow!("Failed to join the password check: {e}"))?;
    if !ok {
        audit::denied(&state.db, &user.id, Action::ChangePassword, None).await?;
        return Err(Error::Unauthorized);
    }
    let hash = auth::hash_password(&change.new)?;
    let mut tx = crate::db::begin(&state.db).await?;
    sqlx::query("UPDATE users SET password_hash = $1, must_change_password = 0 WHERE id = $2")
        .bind(hash)
        .bind(&user.id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash != $2")
        .bind(&user.id)
        .bind(&user.session)
        .execute(&mut *tx)
        .await?;
    audit::allowed(&mut *tx, &user.id, Action::ChangePassword, None).await?;
    tx.commit().await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}
