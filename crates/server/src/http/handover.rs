//! `GET /settlements`: the hand-over status of every settlement, for settlement officers:
//! who is to be settled where, decided by whom and when, and whether the municipality has
//! opened the profile since (from the audit log). Shielded persons only for officers who
//! handle them. Audited as a list.

use super::AppJson;
use crate::access;
use crate::audit::{self, Action};
use crate::auth::CurrentUser;
use crate::error::Result;
use crate::store::persons::{self, rows};
use crate::AppState;
use axum::extract::State;
use axum::routing::get;
use axum::Router;
use evne_model::persons::Handover;

pub fn router() -> Router<AppState> {
    Router::new().route("/settlements", get(list))
}

/// The newest this many settlements.
const MAX_LISTED: i64 = 200;

async fn list(State(state): State<AppState>, user: CurrentUser) -> Result<AppJson<Vec<Handover>>> {
    let reach = access::reach(&state.db, &user, Action::ListPersons, access::OFFICERS).await?;
    let rows = rows::settlements(&state.db, &reach, MAX_LISTED).await?;
    let mut conn = state.db.acquire().await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let Some((_, profile)) = persons::latest(&mut conn, &r.id).await? else {
            continue;
        };
        out.push(Handover {
            person_id: r.id,
            given_name: profile.person.given_name.text,
            family_name: profile.person.family_name.text,
            municipality: r.municipality,
            decided_by: r.username,
            decided_at: r.decided_at,
            opened_at: r.opened_at,
        });
    }
    drop(conn);
    audit::allowed(&state.db, &user.id, Action::ListPersons, None).await?;
    Ok(AppJson(out))
}
