//! `POST /api/submissions`: a tablet hands over one finished registration.
//!
//! Idempotent by the client-made id: the same id with the same profile gets the same receipt
//! (however often the tablet retries after a lost answer), the same id with another profile
//! gets 409. The receipt is sent only after the row is durably committed.
//!
//! The body is sealed to the server's key (see `evne_model::envelope`): only here, in memory,
//! is the profile readable; the ciphertext itself is not kept.
//!
//! `GET /api/submission-key` publishes the key tablets seal to.

use super::AppJson;
use crate::auth::EnrolledDevice;
use crate::error::{Error, Result};
use crate::persons;
use crate::AppState;
use axum::extract::State;
use axum::routing::{get, post};
use axum::Router;
use evne_model::envelope::{self, EnvelopeError, PublicKeyRecord, SealedSubmission};
use evne_model::{Receipt, Submission};
use sha2::{Digest, Sha256};
use sqlx::Row;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/submissions", post(submit))
        .route("/submission-key", get(submission_key))
}

async fn submission_key(State(state): State<AppState>) -> Result<AppJson<PublicKeyRecord>> {
    Ok(AppJson(state.keys.current()?.public_key().to_record()))
}

/// Only an enrolled tablet may submit, and submitting is all it may do: nothing is ever read
/// back through this route.
async fn submit(
    State(state): State<AppState>,
    device: EnrolledDevice,
    AppJson(sealed): AppJson<SealedSubmission>,
) -> Result<AppJson<Receipt>> {
    let now = OffsetDateTime::now_utc();
    if !state
        .submission_rate
        .allow(&device.id, now.unix_timestamp())
    {
        tracing::warn!("a tablet exceeded the submission rate");
        return Err(Error::RateLimited);
    }
    let mut record = envelope::open(&sealed, state.keys.all()).map_err(|e| match e {
        EnvelopeError::UnknownKey => Error::UnknownKey,
        EnvelopeError::NotAProfile(field) => Error::InvalidProfile(vec![field]),
        _ => Error::Undecryptable,
    })?;
    // The centre is the one the tablet was enrolled for, whatever the tablet says.
    record.profile.person.centre = device.organisation.clone();
    let submission = Submission::parse(record, now.year() as u16).map_err(Error::InvalidProfile)?;
    // Canonical form: the validated profile re-serialised (fixed field order, trimmed text),
    // so a repeat that differs only in whitespace or key order is still the same submission.
    let profile = serde_json::to_string(&submission.profile)
        .map_err(|e| anyhow::anyhow!("Failed to serialise a profile: {e}"))?;
    let hash = Sha256::digest(profile.as_bytes()).to_vec();
    let id = submission.id.to_string();
    let received_at = now
        .format(&Rfc3339)
        .map_err(|e| anyhow::anyhow!("Failed to format a timestamp: {e}"))?;

    let mut tx = crate::db::begin(&state.db).await?;
    // A retry of a submission whose person was erased since: acknowledged, never stored again.
    let erased: Option<i64> =
        sqlx::query_scalar("SELECT erased_at FROM erased_submissions WHERE id = $1")
            .bind(persons::erased_key(&id))
            .fetch_optional(&mut *tx)
            .await?;
    if erased.is_some() {
        tx.commit().await?;
        return Ok(AppJson(Receipt {
            id: submission.id,
            received_at,
        }));
    }
    let inserted = sqlx::query(
        "INSERT INTO submissions (id, body_sha256, profile, received_at, device_id)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING",
    )
    .bind(&id)
    .bind(&hash)
    .bind(&profile)
    .bind(&received_at)
    .bind(&device.id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if inserted == 1 {
        let person = persons::link(
            &mut tx,
            &id,
            &submission.profile,
            device.organisation.as_deref(),
            now.unix_timestamp(),
        )
        .await?;
        if let Some(code) = &submission.assist {
            let centre = device.organisation.as_deref();
            super::assisted::finish(&mut tx, code, centre, &person, now.unix_timestamp()).await?;
        }
    }
    sqlx::query(
        "UPDATE devices SET last_sync_at = $1, submissions = submissions + $2 WHERE id = $3",
    )
    .bind(now.unix_timestamp())
    .bind(inserted as i64)
    .bind(&device.id)
    .execute(&mut *tx)
    .await?;
    let stored = sqlx::query("SELECT body_sha256, received_at FROM submissions WHERE id = $1")
        .bind(&id)
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;

    let stored_hash: Vec<u8> = stored.try_get("body_sha256")?;
    if stored_hash != hash {
        tracing::warn!(submission = %id, "submission id reused with a different profile");
        return Err(Error::Conflict);
    }
    Ok(AppJson(Receipt {
        id: submission.id,
        received_at: stored.try_get("received_at")?,
    }))
}
