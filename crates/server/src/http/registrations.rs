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
use crate::error::Result;
use crate::store;
use crate::AppState;
use axum::extract::State;
use axum::routing::get;
use axum::Router;
use evne_model::profile::migrate;
use evne_model::{ProfileRecord, SubmissionId};
use serde::Serialize;
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
    let action = Action::ListRegistrations;
    let reach = access::reach(&state.db, &user, action, access::OFFICERS).await?;
    let rows = store::persons::rows::received(&state.db, &reach).await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        out.push(Registration {
            id: SubmissionId::parse(&row.id)
                .map_err(|e| anyhow::anyhow!("Failed to parse a stored id: {e}"))?,
            person_id: row.person_id,
            received_at: row.received_at,
            // Rows stored by an earlier version are upgraded as they are read.
            profile: migrate::profile_from_slice(row.profile.as_bytes())
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
