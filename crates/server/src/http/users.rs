//! Staff accounts, for admins: `GET /api/users` lists them with their shield rights, and
//! `PUT /api/users/{id}/shielded` allows a settlement officer to see shielded persons, or stops
//! it (as `evne-server grant-shielded` / `revoke-shielded` do). Audited, refusals included.

use super::{AppJson, Id};
use crate::admin::{self, RightsRefused};
use crate::audit::{self, Action};
use crate::auth::CurrentUser;
use crate::error::{Error, Result};
use crate::store;
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, put};
use axum::Router;
use evne_model::persons::{ShieldRights, User};
use evne_model::Role;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/users", get(list))
        .route("/users/{id}/shielded", put(set_shielded))
}

async fn list(State(state): State<AppState>, user: CurrentUser) -> Result<AppJson<Vec<User>>> {
    if let Err(e) = user.require(Role::Admin) {
        audit::denied(&state.db, &user.id, Action::ListUsers, None).await?;
        return Err(e);
    }
    let users = store::users::list(&state.db).await?;
    audit::allowed(&state.db, &user.id, Action::ListUsers, None).await?;
    Ok(AppJson(users))
}

async fn set_shielded(
    State(state): State<AppState>,
    user: CurrentUser,
    id: Id,
    AppJson(body): AppJson<ShieldRights>,
) -> Result<StatusCode> {
    let action = if body.handles_shielded {
        Action::GrantShielded
    } else {
        Action::RevokeShielded
    };
    let refused = match user.require(Role::Admin) {
        Err(e) => e,
        Ok(()) => {
            match admin::set_shield_rights(
                &state.db,
                Some(&user.id),
                id.as_str(),
                body.handles_shielded,
            )
            .await?
            {
                Ok(()) => return Ok(StatusCode::NO_CONTENT),
                Err(RightsRefused::NoSuchUser) => Error::NotFound,
                // Only officers search across persons: nobody else can hold the right.
                Err(RightsRefused::NotAnOfficer) => Error::InvalidInput,
            }
        }
    };
    let subject = matches!(refused, Error::InvalidInput).then_some(id.as_str());
    audit::denied(&state.db, &user.id, action, subject).await?;
    Err(refused)
}
