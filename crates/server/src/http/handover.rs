//! `GET /settlements`: the hand-over status of every settlement, for settlement officers:
//! who is to be settled where, decided by whom and when, and whether the municipality has
//! opened the profile since (from the audit log). Shielded persons only for officers who
//! handle them. Audited as a list.

use super::AppJson;
use crate::access;
use crate::audit::{self, Action};
use crate::auth::CurrentUser;
use crate::db::Sql;
use crate::error::Result;
use crate::store::persons;
use crate::AppState;
use axum::extract::State;
use axum::routing::get;
use axum::Router;
use evne_model::persons::Handover;
use evne_model::Role;
use sqlx::Row;

pub fn router() -> Router<AppState> {
    Router::new().route("/settlements", get(list))
}

/// The newest this many settlements.
const MAX_LISTED: i64 = 200;

async fn list(State(state): State<AppState>, user: CurrentUser) -> Result<AppJson<Vec<Handover>>> {
    let reach = access::reach(
        &state.db,
        &user,
        Action::ListPersons,
        &[Role::SettlementOfficer],
    )
    .await?;
    let mut q = Sql::new(
        "SELECT p.id, o.name AS municipality, u.username, s.decided_at,
                (SELECT MIN(a.at) FROM audit_log a
                  WHERE a.subject = p.id AND a.action = 'read_profile' AND a.outcome = 'allowed'
                    AND a.at >= s.decided_at
                    AND a.actor IN (SELECT m.id FROM users m
                                    WHERE m.organisation_id = s.municipality_id)) AS opened_at
         FROM settlements s
         JOIN persons p ON p.id = s.person_id
         JOIN organisations o ON o.id = s.municipality_id
         JOIN users u ON u.id = s.decided_by
         WHERE 1 = 1",
    );
    reach.push(&mut q);
    q.push(" ORDER BY s.decided_at DESC, p.id LIMIT ")
        .push_bind(MAX_LISTED);
    let rows = q.query().fetch_all(&state.db).await?;
    let mut conn = state.db.acquire().await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let id: String = r.try_get("id")?;
        let Some((_, profile)) = persons::latest(&mut conn, &id).await? else {
            continue;
        };
        out.push(Handover {
            person_id: id,
            given_name: profile.person.given_name.text,
            family_name: profile.person.family_name.text,
            municipality: r.try_get("municipality")?,
            decided_by: r.try_get("username")?,
            decided_at: r.try_get("decided_at")?,
            opened_at: r.try_get("opened_at")?,
        });
    }
    drop(conn);
    audit::allowed(&state.db, &user.id, Action::ListPersons, None).await?;
    Ok(AppJson(out))
}
