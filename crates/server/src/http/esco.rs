//! `GET /esco/occupations?q=phone+repair`: codes a free-text job title to ESCO occupations and
//! their ISCO-08 unit groups, best first (see [`crate::esco::search`]). For counsellors and
//! settlement officers, who code what a resident wrote; no person's data is read, so nothing is
//! audited but a refusal.

use super::{AppJson, AppQuery};
use crate::audit::{self, Action};
use crate::auth::CurrentUser;
use crate::error::{Error, Result};
use crate::AppState;
use axum::extract::State;
use axum::routing::get;
use axum::Router;
use evne_model::esco::EscoMatch;
use evne_model::Role;
use serde::Deserialize;

/// The longest title searched for, in characters.
pub const MAX_TITLE: usize = 100;
/// The most occupations one answer holds.
pub const MAX_LIMIT: usize = 50;

pub fn router() -> Router<AppState> {
    Router::new().route("/esco/occupations", get(search))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(crate) struct Params {
    /// The job title, in English words (ESCO's labels here are English), or an ISCO-08 code
    /// (up to 4 digits). 1 to 100 characters; words like \"and\" alone find nothing.
    #[param(min_length = 1, max_length = 100)]
    q: String,
    /// How many occupations, 1 to 50 (default 10).
    #[param(minimum = 1, maximum = 50)]
    limit: Option<usize>,
}

async fn search(
    State(state): State<AppState>,
    user: CurrentUser,
    AppQuery(params): AppQuery<Params>,
) -> Result<AppJson<Vec<EscoMatch>>> {
    let allowed = [Role::Counsellor, Role::SettlementOfficer];
    if let Err(e) = user.require_any(&allowed) {
        return Err(audit::refused(&state.db, &user.id, Action::CodeTitle, None, e).await);
    }
    let length = params.q.chars().count();
    let limit = params.limit.unwrap_or(10);
    if length == 0 || length > MAX_TITLE || !(1..=MAX_LIMIT).contains(&limit) {
        return Err(Error::InvalidInput);
    }
    // Only spaces or words like "and" find nothing: an empty list, not an error.
    Ok(AppJson(crate::esco::search(&params.q, limit)))
}
