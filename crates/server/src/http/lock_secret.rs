//! `POST /api/devices/lock-secret`: the secret that opens a tablet's draft lock where the
//! browser has no WebAuthn PRF (see `evne_model::draft_lock`). It is released only to both
//! halves at once: the tablet's own token (`Authorization: Bearer`), and the username and
//! password of reception staff of the centre the tablet was enrolled for, checked and
//! throttled as a login is. No session is made, so nothing of the staff member stays on the
//! tablet. The secret is made on the first release and is the same for the tablet's life; a
//! revoked tablet gets it no more. Every release and every refusal is audited, with the tablet
//! as the subject.

use super::session::{self, Credentials};
use super::AppJson;
use crate::audit::{self, Action};
use crate::auth::EnrolledDevice;
use crate::error::{Error, Result};
use crate::store;
use crate::{throttle, AppState};
use axum::extract::State;
use axum::routing::post;
use axum::Router;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use evne_model::submission::LockSecret;
use evne_model::Role;
use rand::RngCore;

pub fn router() -> Router<AppState> {
    Router::new().route("/devices/lock-secret", post(release))
}

/// Bytes of a tablet's lock secret.
const SECRET_BYTES: usize = 32;

async fn release(
    State(state): State<AppState>,
    device: EnrolledDevice,
    AppJson(creds): AppJson<Credentials>,
) -> Result<AppJson<LockSecret>> {
    let now = crate::now_unix();
    let user = session::verify(&state, &creds, Action::ReleaseLockSecret, now).await?;
    // Staff of the tablet's own centre, with a password of their own (not a one-time one).
    let own = user.role == Role::ReceptionStaff
        && user.organisation.is_some()
        && user.organisation == device.organisation;
    if !own || user.must_change_password {
        let subject = Some(device.id.as_str());
        audit::denied(&state.db, &user.id, Action::ReleaseLockSecret, subject).await?;
        return Err(Error::Forbidden);
    }
    let mut fresh = [0u8; SECRET_BYTES];
    rand::rngs::OsRng.fill_bytes(&mut fresh);
    let mut tx = crate::db::begin(&state.db).await?;
    throttle::clear(&mut *tx, &creds.username).await?;
    let fresh = URL_SAFE_NO_PAD.encode(fresh);
    let secret = store::devices::lock_secret(&mut tx, &device.id, &fresh).await?;
    let secret = secret.ok_or_else(|| anyhow::anyhow!("a tablet's lock secret was not kept"))?;
    audit::allowed(
        &mut *tx,
        &user.id,
        Action::ReleaseLockSecret,
        Some(&device.id),
    )
    .await?;
    tx.commit().await?;
    Ok(AppJson(LockSecret { secret }))
}
