//! `GET /registrations`: every received registration, each with the person it became a version
//! of, for settlement officers; the oldest API, kept because the end-to-end tests check with it
//! that each submission arrived exactly once. It answers under the one rule of
//! [`crate::access`]: a shielded person's registrations only to an officer who handles
//! shielded persons. Every person whose registrations are returned is written to the audit
//! log as a profile read, before anything is sent.

use super::AppJson;
use crate::access;
use crate::audit::{self, Action};
use crate::auth::CurrentUser;
use crate::db::Sql;
use crate::error::Result;
use crate::AppState;
use axum::extract::State;
use axum::routing::get;
use axum::Router;
use evne_model::profile::migrate;
use evne_model::{ProfileRecord, Role, SubmissionId};
use serde::Serialize;
use sqlx::Row;
use std::collections::BTreeSet;

pub fn router() -> Router<AppState> {
    Router::new().route("/registrations", get(list))
}

/// One received registration as an officer sees it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Registration {
    #[schema(value_type = String, format = "uuid")]
    pub id: SubmissionId,
    /// The person this registration is a version of.
    pub person_id: String,
    pub received_at: String,
    /// The profile record (schema version 2), as documented in the README.
    #[schema(value_type = Object)]
    pub profile: ProfileRecord,
}

async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<AppJson<Vec<Registration>>> {
    let reach = access::reach(
        &state.db,
        &user,
        Action::ListRegistrations,
        &[Role::SettlementOfficer],
    )
    .await?;
    let mut q = Sql::new(
        "SELECT sub.id, sub.profile, sub.received_at, p.id AS person_id
         FROM submissions sub
         JOIN person_versions v ON v.submission_id = sub.id
         JOIN persons p ON p.id = v.person_id
         LEFT JOIN settlements s ON s.person_id = p.id
         WHERE 1 = 1",
    );
    reach.push(&mut q);
    q.push(" ORDER BY sub.received_at DESC, sub.id DESC");
    let rows = q.query().fetch_all(&state.db).await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let id: String = row.try_get("id")?;
        let profile: String = row.try_get("profile")?;
        out.push(Registration {
            id: SubmissionId::parse(&id)
                .map_err(|e| anyhow::anyhow!("Failed to parse a stored id: {e}"))?,
            person_id: row.try_get("person_id")?,
            received_at: row.try_get("received_at")?,
            // Rows stored by an earlier version are upgraded as they are read.
            profile: migrate::profile_from_slice(profile.as_bytes())
                .map_err(|e| anyhow::anyhow!("Failed to parse a stored profile: {e}"))?,
        });
    }
    // The reads are audited, one row per person, before anything is sent: no audit row, no
    // answer.
    let persons: BTreeSet<&str> = out.iter().map(|r| r.person_id.as_str()).collect();
    let mut tx = crate::db::begin(&state.db).await?;
    for person in persons {
        audit::allowed(&mut *tx, &user.id, Action::ReadProfile, Some(person)).await?;
    }
    tx.commit().await?;
    Ok(AppJson(out))
}
