//! `GET /api/audit?limit=N`: the newest audit rows, for settlement officers and admins. The log
//! holds ids, never profile content; it is append-only in the database itself (triggers), and
//! reading it is audited too.

use super::AppJson;
use crate::audit::{self, Action, Outcome};
use crate::auth::CurrentUser;
use crate::error::Result;
use crate::AppState;
use axum::extract::{Query, State};
use axum::routing::get;
use axum::Router;
use evne_model::Role;
use serde::{Deserialize, Serialize};

pub fn router() -> Router<AppState> {
    Router::new().route("/audit", get(list))
}

const ALLOWED: [Role; 2] = [Role::SettlementOfficer, Role::Admin];
const MAX_ROWS: i64 = 1_000;

#[derive(Deserialize)]
struct Params {
    limit: Option<i64>,
}

#[derive(Debug, Serialize, sqlx::FromRow)]
struct Row {
    id: i64,
    /// Seconds since the Unix epoch.
    at: i64,
    actor: Option<String>,
    action: String,
    subject: Option<String>,
    outcome: String,
}

async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(params): Query<Params>,
) -> Result<AppJson<Vec<Row>>> {
    let allowed = user.require_any(&ALLOWED);
    let outcome = if allowed.is_ok() {
        Outcome::Allowed
    } else {
        Outcome::Denied
    };
    audit::record(&state.db, Some(&user.id), Action::ReadAudit, None, outcome).await?;
    allowed?;
    let limit = params.limit.unwrap_or(100).clamp(1, MAX_ROWS);
    let rows = sqlx::query_as::<_, Row>(
        "SELECT id, at, actor, action, subject, outcome FROM audit_log ORDER BY id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(&state.db)
    .await?;
    Ok(AppJson(rows))
}
