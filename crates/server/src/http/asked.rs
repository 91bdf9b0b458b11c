//! `GET /asked-languages`: the languages residents asked for that the app does not have ("my
//! language is not here" on the tablets), in the last 30 days, most asked first. Reception staff
//! see their centre's (an interpreter is needed there); settlement officers and admins see the
//! whole country's, with at how many centres. Counts only: no person, no tablet.

use super::AppJson;
use crate::audit::{self, Action};
use crate::auth::CurrentUser;
use crate::error::{Error, Result};
use crate::{store, AppState};
use axum::extract::State;
use axum::routing::get;
use axum::Router;
use evne_model::submission::{Asked, ASKED_DAYS};
use evne_model::Role;

pub fn router() -> Router<AppState> {
    Router::new().route("/asked-languages", get(list))
}

async fn list(State(state): State<AppState>, user: CurrentUser) -> Result<AppJson<Vec<Asked>>> {
    let allowed = [Role::ReceptionStaff, Role::SettlementOfficer, Role::Admin];
    if let Err(e) = user.require_any(&allowed) {
        return Err(audit::refused(&state.db, &user.id, Action::AskedLanguages, None, e).await);
    }
    let centre = match (user.role, &user.organisation) {
        (Role::ReceptionStaff, Some(centre)) => Some(centre.as_str()),
        (Role::ReceptionStaff, None) => return Err(Error::Forbidden),
        _ => None,
    };
    let since = crate::now_unix().div_euclid(86_400) - ASKED_DAYS;
    Ok(AppJson(
        store::asked::since(&state.db, centre, since).await?,
    ))
}
