//! `GET /organisations?kind=municipality`: the organisations an officer chooses from (the
//! municipality that agreed to settle a person). Officers and admins.

use super::AppJson;
use super::AppQuery;
use crate::auth::CurrentUser;
use crate::error::{Error, Result};
use crate::store;
use crate::AppState;
use axum::extract::State;
use axum::routing::get;
use axum::Router;
use evne_model::persons::Organisation;
use evne_model::Role;
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new().route("/organisations", get(list))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(crate) struct Params {
    /// Only organisations of this kind.
    #[param(pattern = "^(directorate|reception_centre|municipality)$")]
    kind: Option<String>,
}

async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    AppQuery(params): AppQuery<Params>,
) -> Result<AppJson<Vec<Organisation>>> {
    user.require_any(&[Role::SettlementOfficer, Role::Admin])?;
    if let Some(kind) = &params.kind {
        if !["directorate", "reception_centre", "municipality"].contains(&kind.as_str()) {
            return Err(Error::InvalidInput);
        }
    }
    let list = store::organisations::list(&state.db, params.kind.as_deref()).await?;
    Ok(AppJson(list))
}
