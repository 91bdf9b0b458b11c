//! The review of the resident app's words, for language reviewers of the locales they were
//! given: `GET /review/{locale}` (every message, in the order a resident meets them),
//! `PUT /review/{locale}/{message}` (accept or correct a text), `POST .../approval` (a second
//! reviewer agrees), `PUT`/`GET .../recording` (keep or hear a recording of it); and
//! `GET /language-packs/{locale}` with `.../recordings/{message}`, the reviewed words and
//! voices for the tablets (public, like the app itself: no personal data). A reviewer reaches
//! no person: every other endpoint refuses the role. Every change is audited with its author;
//! the subject is `locale/message`.

use super::AppJson;
use crate::audit::{self, Action};
use crate::auth::CurrentUser;
use crate::error::{Error, Result};
use crate::recording::{self, Problem};
use crate::store::recordings::NewRecording;
use crate::{review, store, AppState};
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, PathRejection};
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use evne_model::review::{
    LanguagePack, LocaleCoverage, Review, ReviewBody, ReviewRow, ReviewState,
};
use evne_model::Role;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/review/{locale}", get(list))
        .route("/review/{locale}/{message}", axum::routing::put(save))
        .route("/review/{locale}/{message}/approval", post(approve))
        .route(
            "/review/{locale}/{message}/recording",
            axum::routing::put(record)
                .get(recording)
                .layer(DefaultBodyLimit::max(recording::MAX_BYTES)),
        )
        .route("/language-coverage", get(coverage))
        .route("/language-packs/{locale}", get(language_pack))
        .route(
            "/language-packs/{locale}/recordings/{message}",
            get(pack_recording),
        )
}

/// The caller, if they review `locale`; a refusal is audited (403). A locale the app does not
/// have (or the Norwegian source) is 404.
async fn reviewer_of(
    state: &AppState,
    user: &CurrentUser,
    action: Action,
    locale: &str,
) -> Result<()> {
    if !review::reviewable(locale) {
        return Err(Error::NotFound);
    }
    let allowed = match user.require(Role::LanguageReviewer) {
        Ok(()) => store::translations::locales_of(&state.db, &user.id)
            .await?
            .iter()
            .any(|l| l == locale),
        Err(e) => return Err(audit::refused(&state.db, &user.id, action, Some(locale), e).await),
    };
    if !allowed {
        return Err(
            audit::refused(&state.db, &user.id, action, Some(locale), Error::Forbidden).await,
        );
    }
    Ok(())
}

async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    path: Result<Path<String>, PathRejection>,
) -> Result<AppJson<Review>> {
    let Path(locale) = path.map_err(|_| Error::NotFound)?;
    reviewer_of(&state, &user, Action::ReadReview, &locale).await?;
    let reviewed = store::translations::of_locale(&state.db, &locale).await?;
    let recorded = store::recordings::of_locale(&state.db, &locale).await?;
    let rows = review::rows(&locale, &reviewed, &recorded, &user.id);
    Ok(AppJson(Review {
        progress: review::progress(&rows),
        locales: store::translations::locales_of(&state.db, &user.id).await?,
        locale,
        rows,
    }))
}

/// The row of one message after a change, as the caller now sees it.
async fn row(
    state: &AppState,
    user: &CurrentUser,
    locale: &str,
    message: &str,
) -> Result<ReviewRow> {
    let reviewed = store::translations::of_locale(&state.db, locale).await?;
    let recorded = store::recordings::of_locale(&state.db, locale).await?;
    review::rows(locale, &reviewed, &recorded, &user.id)
        .into_iter()
        .find(|r| r.id == message)
        .ok_or(Error::NotFound)
}

async fn save(
    State(state): State<AppState>,
    user: CurrentUser,
    path: Result<Path<(String, String)>, PathRejection>,
    AppJson(body): AppJson<ReviewBody>,
) -> Result<AppJson<ReviewRow>> {
    let Path((locale, message)) = path.map_err(|_| Error::NotFound)?;
    reviewer_of(&state, &user, Action::ReviewMessage, &locale).await?;
    let checked = review::checked(&message, &body.text).ok_or(Error::NotFound)?;
    let (text, source_hash) = checked.map_err(Error::InvalidTranslation)?;
    let subject = format!("{locale}/{message}");
    let mut tx = crate::db::begin(&state.db).await?;
    let at = (locale.as_str(), message.as_str());
    let by = (user.id.as_str(), crate::now_unix());
    store::translations::review(&mut tx, at, &text, &source_hash, by).await?;
    audit::allowed(&mut *tx, &user.id, Action::ReviewMessage, Some(&subject)).await?;
    tx.commit().await?;
    Ok(AppJson(row(&state, &user, &locale, &message).await?))
}

/// A second reviewer agrees with a reviewed text. 409 for a text not reviewed yet, reviewed by
/// the caller, or stale.
async fn approve(
    State(state): State<AppState>,
    user: CurrentUser,
    path: Result<Path<(String, String)>, PathRejection>,
) -> Result<AppJson<ReviewRow>> {
    let Path((locale, message)) = path.map_err(|_| Error::NotFound)?;
    reviewer_of(&state, &user, Action::ApproveMessage, &locale).await?;
    let source = review::source(&message).ok_or(Error::NotFound)?;
    let subject = format!("{locale}/{message}");
    let mut tx = crate::db::begin(&state.db).await?;
    let reviewed = store::translations::one(&mut tx, &locale, &message).await?;
    let approvable = match (&reviewed, review::state(&source.text, reviewed.as_ref())) {
        (Some(r), ReviewState::Reviewed) => r.reviewed_by != user.id,
        (_, ReviewState::Approved) => {
            return Ok(AppJson(row(&state, &user, &locale, &message).await?))
        }
        _ => false,
    };
    if !approvable {
        drop(tx);
        return Err(audit::refused(
            &state.db,
            &user.id,
            Action::ApproveMessage,
            Some(&subject),
            Error::Conflict,
        )
        .await);
    }
    let at = (locale.as_str(), message.as_str());
    store::translations::approve(&mut tx, at, (&user.id, crate::now_unix())).await?;
    audit::allowed(&mut *tx, &user.id, Action::ApproveMessage, Some(&subject)).await?;
    tx.commit().await?;
    Ok(AppJson(row(&state, &user, &locale, &message).await?))
}

/// Every locale's progress, for admins (as `cargo xtask i18n` prints it, with this server's
/// reviews and recordings).
async fn coverage(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<AppJson<Vec<LocaleCoverage>>> {
    if let Err(e) = user.require(Role::Admin) {
        return Err(audit::refused(&state.db, &user.id, Action::ReadCoverage, None, e).await);
    }
    let mut out = vec![];
    for locale in evne_locales::locales() {
        if review::reviewable(locale) {
            let reviewed = store::translations::of_locale(&state.db, locale).await?;
            let recorded = store::recordings::of_locale(&state.db, locale).await?;
            out.push(review::coverage(locale, &reviewed, &recorded));
        }
    }
    audit::allowed(&state.db, &user.id, Action::ReadCoverage, None).await?;
    Ok(AppJson(out))
}

async fn language_pack(
    State(state): State<AppState>,
    path: Result<Path<String>, PathRejection>,
) -> Result<AppJson<LanguagePack>> {
    let Path(locale) = path.map_err(|_| Error::NotFound)?;
    if !evne_locales::locales().contains(&locale.as_str()) {
        return Err(Error::NotFound);
    }
    let reviewed = store::translations::of_locale(&state.db, &locale).await?;
    let recorded = store::recordings::of_locale(&state.db, &locale).await?;
    Ok(AppJson(review::pack(&locale, &reviewed, &recorded)))
}

/// Keeps a recording of the message, checked by its bytes (container, codec, length, size),
/// against the current source; it replaces any earlier one.
async fn record(
    State(state): State<AppState>,
    user: CurrentUser,
    path: Result<Path<(String, String)>, PathRejection>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<AppJson<ReviewRow>> {
    let Path((locale, message)) = path.map_err(|_| Error::NotFound)?;
    reviewer_of(&state, &user, Action::RecordMessage, &locale).await?;
    let source = review::source(&message).ok_or(Error::NotFound)?;
    let declared = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    // The declared type is not trusted (the bytes decide), but it must claim to be audio.
    if !declared.starts_with("audio/") && declared != "application/octet-stream" {
        return Err(Error::InvalidRecording(Problem::NotAudio));
    }
    let body = body.map_err(|e| match e.status() {
        StatusCode::PAYLOAD_TOO_LARGE => Error::InvalidRecording(Problem::TooLarge),
        _ => Error::BadRequest,
    })?;
    let audio = recording::check(&body).map_err(Error::InvalidRecording)?;
    let new = NewRecording {
        source_hash: &evne_locales::source_hash(&source.text),
        media_type: audio.media_type,
        duration_ms: audio.duration_ms,
        audio: &body,
    };
    let subject = format!("{locale}/{message}");
    let mut tx = crate::db::begin(&state.db).await?;
    let at = (locale.as_str(), message.as_str());
    store::recordings::put(&mut tx, at, &new, (&user.id, crate::now_unix())).await?;
    audit::allowed(&mut *tx, &user.id, Action::RecordMessage, Some(&subject)).await?;
    tx.commit().await?;
    Ok(AppJson(row(&state, &user, &locale, &message).await?))
}

fn audio(media_type: &str, bytes: Vec<u8>) -> Response {
    ([(header::CONTENT_TYPE, media_type.to_owned())], bytes).into_response()
}

/// A message's recording (stale or not), for its reviewers to hear.
async fn recording(
    State(state): State<AppState>,
    user: CurrentUser,
    path: Result<Path<(String, String)>, PathRejection>,
) -> Result<Response> {
    let Path((locale, message)) = path.map_err(|_| Error::NotFound)?;
    reviewer_of(&state, &user, Action::ReadReview, &locale).await?;
    let (recorded, bytes) = store::recordings::audio(&state.db, &locale, &message)
        .await?
        .ok_or(Error::NotFound)?;
    Ok(audio(&recorded.media_type, bytes))
}

/// A message's recording for the tablets; a stale one is not given (404).
async fn pack_recording(
    State(state): State<AppState>,
    path: Result<Path<(String, String)>, PathRejection>,
) -> Result<Response> {
    let Path((locale, message)) = path.map_err(|_| Error::NotFound)?;
    let source = review::source(&message).ok_or(Error::NotFound)?;
    let (recorded, bytes) = store::recordings::audio(&state.db, &locale, &message)
        .await?
        .filter(|(r, _)| review::fresh(&source.text, r))
        .ok_or(Error::NotFound)?;
    Ok(audio(&recorded.media_type, bytes))
}
