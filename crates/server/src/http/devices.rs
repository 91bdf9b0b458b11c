//! `GET /api/devices`: each tablet's last sync and how many submissions it delivered, so that a
//! tablet that went quiet (broken, wiped, stuck offline) is noticed. No personal data.

use super::AppJson;
use crate::audit::{self, Action, Outcome};
use crate::auth::CurrentUser;
use crate::error::Result;
use crate::AppState;
use axum::extract::State;
use axum::routing::get;
use axum::Router;
use evne_model::Role;
use serde::Serialize;

pub fn router() -> Router<AppState> {
    Router::new().route("/devices", get(list))
}

/// Who may see device statistics.
// TODO(issue 6): staff only for the devices enrolled at their centre.
const ALLOWED: [Role; 3] = [Role::ReceptionStaff, Role::SettlementOfficer, Role::Admin];

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct Device {
    pub id: String,
    /// Seconds since the Unix epoch.
    pub first_seen_at: i64,
    pub last_sync_at: i64,
    pub submissions: i64,
}

async fn list(State(state): State<AppState>, user: CurrentUser) -> Result<AppJson<Vec<Device>>> {
    if let Err(denied) = user.require_any(&ALLOWED) {
        audit::record(
            &state.db,
            Some(&user.id),
            Action::ListDevices,
            None,
            Outcome::Denied,
        )
        .await?;
        return Err(denied);
    }
    let devices = sqlx::query_as::<_, Device>(
        "SELECT id, first_seen_at, last_sync_at, submissions FROM devices ORDER BY last_sync_at",
    )
    .fetch_all(&state.db)
    .await?;
    Ok(AppJson(devices))
}
