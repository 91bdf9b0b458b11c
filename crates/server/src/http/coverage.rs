//! `GET /coverage`: registered residents as a share of the residents, per centre, per region
//! and nationally, now and week by week over the last year (see [`crate::coverage`] and the
//! README's definitions). Counts only, under 5 suppressed. Settlement officers and admins;
//! audited.

use super::AppJson;
use crate::audit::{self, Action};
use crate::auth::CurrentUser;
use crate::AppState;
use axum::extract::State;
use axum::routing::get;
use axum::Router;
use evne_model::coverage::Coverage;
use evne_model::Role;

pub fn router() -> Router<AppState> {
    Router::new().route("/coverage", get(read))
}

async fn read(
    State(state): State<AppState>,
    user: CurrentUser,
) -> crate::error::Result<AppJson<Coverage>> {
    let allowed = [Role::SettlementOfficer, Role::Admin];
    if let Err(e) = user.require_any(&allowed) {
        return Err(audit::refused(&state.db, &user.id, Action::Coverage, None, e).await);
    }
    let inputs = crate::store::coverage::inputs(&state.db).await?;
    let today = crate::now_unix().div_euclid(86_400);
    audit::allowed(&state.db, &user.id, Action::Coverage, None).await?;
    Ok(AppJson(crate::coverage::compute(&inputs, today)))
}
