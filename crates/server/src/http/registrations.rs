//! `GET /api/registrations`: the received registrations, for settlement officers only. Every
//! profile returned is a profile read, and is written to the audit log.

use super::AppJson;
use crate::audit::{self, Action, Outcome};
use crate::auth::CurrentUser;
use crate::error::Result;
use crate::AppState;
use axum::extract::State;
use axum::routing::get;
use axum::Router;
use evne_model::profile::migrate;
use evne_model::{ProfileRecord, Role, SubmissionId};
use serde::Serialize;
use sqlx::Row;

pub fn router() -> Router<AppState> {
    Router::new().route("/registrations", get(list))
}

/// One received registration as an officer sees it.
#[derive(Debug, Serialize)]
pub struct Registration {
    pub id: SubmissionId,
    pub received_at: String,
    pub profile: ProfileRecord,
}

async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<AppJson<Vec<Registration>>> {
    if let Err(denied) = user.require(Role::SettlementOfficer) {
        audit::record(
            &state.db,
            Some(&user.id),
            Action::ListRegistrations,
            None,
            Outcome::Denied,
        )
        .await?;
        return Err(denied);
    }
    let rows = sqlx::query(
        "SELECT id, profile, received_at FROM submissions ORDER BY received_at DESC, id DESC",
    )
    .fetch_all(&state.db)
    .await?;
    let mut tx = crate::db::begin(&state.db).await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let id: String = row.try_get("id")?;
        let profile: String = row.try_get("profile")?;
        audit::record(
            &mut *tx,
            Some(&user.id),
            Action::ReadProfile,
            Some(&id),
            Outcome::Allowed,
        )
        .await?;
        out.push(Registration {
            id: SubmissionId::parse(&id)
                .map_err(|e| anyhow::anyhow!("Failed to parse a stored id: {e}"))?,
            received_at: row.try_get("received_at")?,
            // Rows stored by an earlier version are upgraded as they are read.
            profile: migrate::profile_from_slice(profile.as_bytes())
                .map_err(|e| anyhow::anyhow!("Failed to parse a stored profile: {e}"))?,
        });
    }
    // The reads are audited before anything is sent: no audit row, no answer.
    tx.commit().await?;
    Ok(AppJson(out))
}
