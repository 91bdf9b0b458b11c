//! `GET /api/audit?limit=N`: the newest audit rows, for settlement officers and admins. The log
//! holds ids, never profile content; it is append-only in the database itself (triggers), and
//! reading it is audited too. Rows about a shielded person are left out for an officer who
//! does not handle shielded persons (the rule of [`crate::access`]): not even their id.

use super::{AppJson, AppQuery};
use crate::access::{self, Reach};
use crate::audit::{self, Action, AuditRow};
use crate::auth::CurrentUser;
use crate::error::Result;
use crate::AppState;
use axum::extract::State;
use axum::routing::get;
use axum::Router;
use evne_model::Role;
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new().route("/audit", get(list))
}

const ALLOWED: [Role; 2] = [Role::SettlementOfficer, Role::Admin];
const MAX_ROWS: i64 = 1_000;

/// An unknown parameter is 400, as for every other query string (see `AppQuery`).
#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(crate) struct Params {
    /// How many rows, newest first: 100 by default; any number is taken as 1 to 1000.
    limit: Option<i64>,
}

async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    AppQuery(params): AppQuery<Params>,
) -> Result<AppJson<Vec<AuditRow>>> {
    let reach = access::reach(&state.db, &user, Action::ReadAudit, &ALLOWED).await?;
    audit::allowed(&state.db, &user.id, Action::ReadAudit, None).await?;
    let limit = params.limit.unwrap_or(100).clamp(1, MAX_ROWS);
    let hide_shielded = match reach {
        Reach::National { shielded } => !shielded,
        _ => false,
    };
    Ok(AppJson(
        audit::newest(&state.db, limit, hide_shielded).await?,
    ))
}
