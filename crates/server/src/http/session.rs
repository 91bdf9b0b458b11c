//! `POST /api/login` and `POST /api/logout`, and `GET /api/me`.
//!
//! CSRF: the session cookie is `SameSite=Strict`, so no other site's page can make the browser
//! send it; login takes JSON only, which a cross-site form cannot post.

use super::AppJson;
use crate::audit::{self, Action, Outcome};
use crate::auth::{self, CurrentUser};
use crate::error::{Error, Result};
use crate::{store, throttle, AppState};
use axum::extract::State;
use axum::http::header::SET_COOKIE;
use axum::http::request::Parts;
use axum::response::{AppendHeaders, IntoResponse};
use axum::routing::{get, post};
use axum::Router;
use evne_model::persons::Me;
use evne_model::{ErrorCode, Role};
use serde::Deserialize;

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
    let (user, phc) = match store::users::by_username(&state.db, &creds.username).await? {
        Some(a) => (
            Some(Verified {
                role: a.role()?,
                must_change_password: a.must_change_password(),
                id: a.id,
                organisation: a.organisation_id,
            }),
            a.password_hash,
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
    let expired_before = now - state.settings.session_max.as_secs() as i64;
    store::sessions::open(&mut tx, hash, &user_id, now, expired_before).await?;
    audit::allowed(&mut *tx, &user_id, Action::Login, None).await?;
    tx.commit().await?;

    let me = Me {
        review_locales: review_locales(&state, user.role, &user_id).await?,
        username: creds.username,
        role: user.role,
        must_change_password: user.must_change_password,
    };
    let cookie = auth::session_cookie(&token, &state.settings);
    Ok((AppendHeaders([(SET_COOKIE, cookie)]), AppJson(me)))
}

async fn logout(State(state): State<AppState>, parts: Parts) -> Result<impl IntoResponse> {
    if let Some(token) = auth::token_from(&parts) {
        let closed = store::sessions::close(&state.db, &auth::token_hash(&token)).await?;
        if let Some(user_id) = closed {
            audit::allowed(&state.db, &user_id, Action::Logout, None).await?;
        }
    }
    Ok((
        AppendHeaders([(SET_COOKIE, auth::clear_cookie())]),
        axum::http::StatusCode::NO_CONTENT,
    ))
}

async fn me(State(state): State<AppState>, user: CurrentUser) -> Result<AppJson<Me>> {
    Ok(AppJson(Me {
        review_locales: review_locales(&state, user.role, &user.id).await?,
        username: user.username,
        role: user.role,
        must_change_password: user.must_change_password,
    }))
}

/// The locales a language reviewer works on; none for anyone else.
async fn review_locales(state: &AppState, role: Role, user: &str) -> Result<Vec<String>> {
    if role != Role::LanguageReviewer {
        return Ok(vec![]);
    }
    Ok(store::translations::locales_of(&state.db, user).await?)
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
    let account = store::users::by_id(&state.db, &user.id).await?;
    let phc = account.ok_or(Error::Unauthorized)?.password_hash;
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
    store::users::set_password(&mut tx, &user.id, &hash, false).await?;
    store::sessions::end_all(&mut tx, &user.id, Some(&user.session)).await?;
    audit::allowed(&mut *tx, &user.id, Action::ChangePassword, None).await?;
    tx.commit().await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}
