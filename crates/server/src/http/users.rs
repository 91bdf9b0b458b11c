//! Staff accounts, for admins: `GET /api/users` lists them with their shield rights, and
//! `PUT /api/users/{id}/shielded` allows a settlement officer to see shielded persons, or stops
//! it (as `evne-server grant-shielded` / `revoke-shielded` do). Audited, refusals included.

use super::{AppJson, Id};
use crate::admin::{self, RightsRefused};
use crate::audit::{self, Action, Outcome};
use crate::auth::CurrentUser;
use crate::error::{Error, Result};
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, put};
use axum::Router;
use evne_model::persons::{ShieldRights, User};
use evne_model::Role;
use sqlx::Row;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/users", get(list))
        .route("/users/{id}/shielded", put(set_shielded))
}

async fn list(State(state): State<AppState>, user: CurrentUser) -> Result<AppJson<Vec<User>>> {
    if let Err(e) = user.require(Role::Admin) {
        audit::record(
            &state.db,
            Some(&user.id),
            Action::ListUsers,
            None,
            Outcome::Denied,
        )
        .await?;
        return Err(e);
    }
    let rows = sqlx::query(
        "SELECT id, username, role, organisation_id, handles_shielded FROM users
         ORDER BY role, username",
    )
    .fetch_all(&state.db)
    .await?;
    let users = rows
        .into_iter()
        .map(|r| -> Result<User> {
            let role: String = r.try_get("role")?;
            Ok(User {
                id: r.try_get("id")?,
                username: r.try_get("username")?,
                role: Role::parse(&role).ok_or_else(|| anyhow::anyhow!("unknown role in users"))?,
                organisation_id: r.try_get("organisation_id")?,
                handles_shielded: r.try_get::<i64, _>("handles_shielded")? != 0,
            })
        })
        .collect::<Result<Vec<_>>>()?;
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
    audit::record(&state.db, Some(&user.id), action, subject, Outcome::Denied).await?;
    Err(refused)
}
