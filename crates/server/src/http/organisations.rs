//! `GET /organisations?kind=municipality`: the organisations an officer chooses from (the
//! municipality that agreed to settle a person). Officers and admins.

use super::AppJson;
use super::AppQuery;
use crate::auth::CurrentUser;
use crate::error::{Error, Result};
use crate::AppState;
use axum::extract::State;
use axum::routing::get;
use axum::Router;
use evne_model::persons::Organisation;
use evne_model::Role;
use serde::Deserialize;
use sqlx::Row;

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
    let rows = sqlx::query(
        "SELECT id, kind, name FROM organisations WHERE $1 IS NULL OR kind = $1 ORDER BY name, id",
    )
    .bind(&params.kind)
    .fetch_all(&state.db)
    .await?;
    let list = rows
        .into_iter()
        .map(|r| -> Result<Organisation> {
            Ok(Organisation {
                id: r.try_get("id")?,
                kind: r.try_get("kind")?,
                name: r.try_get("name")?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(AppJson(list))
}
