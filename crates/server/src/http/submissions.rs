//! `POST /api/submissions`: a tablet hands over one finished registration.
//!
//! Idempotent by the client-made id: the same id with the same profile gets the same receipt
//! (however often the tablet retries after a lost answer), the same id with another profile
//! gets 409. The receipt is sent only after the row is durably committed (several
//! submissions to a commit: see [`crate::ingest`]).
//!
//! The body is sealed to the server's key (see `evne_model::envelope`): only here, in memory,
//! is the profile readable; the ciphertext itself is not kept.
//!
//! `GET /api/submission-key` publishes the key tablets seal to.

use super::AppJson;
use crate::auth::EnrolledDevice;
use crate::error::{Error, Result};
use crate::ingest::Pending;
use crate::AppState;
use axum::extract::State;
use axum::routing::{get, post};
use axum::Router;
use evne_model::envelope::{self, EnvelopeError, PublicKeyRecord, SealedSubmission};
use evne_model::{Receipt, Submission};
use sha2::{Digest, Sha256};
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
    let received_at = now
        .format(&Rfc3339)
        .map_err(|e| anyhow::anyhow!("Failed to format a timestamp: {e}"))?;
    let pending = Pending {
        submission,
        profile,
        hash,
        received_at,
        device_id: device.id,
        centre: device.organisation,
        now: now.unix_timestamp(),
    };
    Ok(AppJson(state.writer.store(&state.db, pending).await?))
}
