//! Tablets. Reception staff enrol a tablet for their centre (`POST /api/devices`, the token is
//! shown once and kept by the tablet) and revoke it (`POST /api/devices/{id}/revoke`).
//! `GET /api/devices` shows each tablet's last sync and how many submissions it delivered, so
//! that a tablet that went quiet (broken, wiped, stuck offline) is noticed: staff see their
//! centre's tablets, officers and admins all. No personal data.

use super::AppJson;
use super::Id;
use crate::audit::{self, Action};
use crate::auth::{self, CurrentUser, EnrolledDevice};
use crate::error::{Error, Result};
use crate::store;
use crate::AppState;
use axum::extract::State;
use axum::routing::{get, post};
use axum::Router;
use evne_model::submission::{Device, DeviceStatus, Enrolment};
use evne_model::Role;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/devices", get(list).post(enrol))
        .route("/devices/{id}/revoke", post(revoke))
        .route("/devices/status", post(report_status))
}

/// Who may see device statistics.
const READERS: [Role; 3] = [Role::ReceptionStaff, Role::SettlementOfficer, Role::Admin];
/// Who may enrol and revoke tablets (staff: for their own centre only).
const MANAGERS: [Role; 2] = [Role::ReceptionStaff, Role::Admin];

async fn denied(state: &AppState, user: &CurrentUser, action: Action, e: Error) -> Result<Error> {
    audit::denied(&state.db, &user.id, action, None).await?;
    Ok(e)
}

async fn list(State(state): State<AppState>, user: CurrentUser) -> Result<AppJson<Vec<Device>>> {
    if let Err(e) = user.require_any(&READERS) {
        return Err(denied(&state, &user, Action::ListDevices, e).await?);
    }
    // Staff see their own centre's tablets only.
    let only = (user.role == Role::ReceptionStaff).then(|| user.organisation.clone());
    let devices = store::devices::list(&state.db, only).await?;
    Ok(AppJson(devices))
}

async fn enrol(State(state): State<AppState>, user: CurrentUser) -> Result<AppJson<Enrolment>> {
    let centre = match (user.require_any(&MANAGERS), &user.organisation) {
        (Err(e), _) => return Err(denied(&state, &user, Action::EnrolDevice, e).await?),
        (Ok(()), Some(org)) => org.clone(),
        (Ok(()), None) => {
            return Err(denied(&state, &user, Action::EnrolDevice, Error::Forbidden).await?)
        }
    };
    let (token, hash) = auth::new_token();
    let id = uuid::Uuid::now_v7().to_string();
    let now = crate::now_unix();
    let mut tx = crate::db::begin(&state.db).await?;
    store::devices::enrol(&mut tx, &id, hash, &centre, Some(&user.id), now).await?;
    audit::allowed(&mut *tx, &user.id, Action::EnrolDevice, Some(&id)).await?;
    tx.commit().await?;
    Ok(AppJson(Enrolment { id, token }))
}

async fn revoke(
    State(state): State<AppState>,
    user: CurrentUser,
    id: Id,
) -> Result<axum::http::StatusCode> {
    if let Err(e) = user.require_any(&MANAGERS) {
        return Err(denied(&state, &user, Action::RevokeDevice, e).await?);
    }
    // Staff may revoke only their own centre's tablets; a tablet of another centre is "not
    // found" to them, not "forbidden", so they learn nothing about it.
    let id = id.as_str();
    let only = (user.role == Role::ReceptionStaff).then(|| user.organisation.clone());
    let mut tx = crate::db::begin(&state.db).await?;
    if !store::devices::revoke(&mut tx, id, only, crate::now_unix()).await? {
        drop(tx);
        return Err(denied(&state, &user, Action::RevokeDevice, Error::NotFound).await?);
    }
    audit::allowed(&mut *tx, &user.id, Action::RevokeDevice, Some(id)).await?;
    tx.commit().await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}

/// `POST /api/devices/status`: an enrolled tablet reports its queue.
async fn report_status(
    State(state): State<AppState>,
    device: EnrolledDevice,
    AppJson(status): AppJson<DeviceStatus>,
) -> Result<axum::http::StatusCode> {
    if let Some((field, code)) = status.problem() {
        return Err(Error::InvalidField(field, code));
    }
    let now = crate::now_unix();
    if let Some(centre) = &device.organisation {
        let day = now.div_euclid(86_400);
        store::asked::add(&state.db, centre, day, &status.asked_languages).await?;
    }
    store::devices::report(&state.db, &device.id, status, now).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}
