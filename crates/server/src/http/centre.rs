//! The caller's reception centre, for its staff:
//! - `GET /centre/residents`: which residents have registered: the name, when, how many
//!   versions. Status only: none of the profile's content. Shielded persons are not listed.
//!   Audited as a list.
//! - `GET /centre` and `PUT /centre`: the centre and how many residents it has now (entered by
//!   its staff), so that the overview can say how many have not registered yet.

use super::AppJson;
use crate::access;
use crate::audit::{self, Action};
use crate::auth::CurrentUser;
use crate::error::{Error, Result};
use crate::store::centres;
use crate::store::persons::{self, rows};
use crate::AppState;
use axum::extract::State;
use axum::routing::get;

use axum::Router;
use evne_model::persons::{Centre, CentreUpdate, Registered, MAX_CENTRE_RESIDENTS};
use evne_model::Role;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/centre/residents", get(list))
        .route("/centre", get(show).put(update))
}

/// The caller's centre, if they are reception staff of one; the refusal is audited.
pub(super) async fn centre_of(
    state: &AppState,
    user: &CurrentUser,
    action: Action,
) -> Result<String> {
    match (user.require(Role::ReceptionStaff), &user.organisation) {
        (Ok(()), Some(centre)) => Ok(centre.clone()),
        (result, _) => {
            let refusal = result.err().unwrap_or(Error::Forbidden);
            Err(audit::refused(&state.db, &user.id, action, None, refusal).await)
        }
    }
}

async fn show(State(state): State<AppState>, user: CurrentUser) -> Result<AppJson<Centre>> {
    let id = centre_of(&state, &user, Action::Centre).await?;
    let (name, residents) = centres::name_and_residents(&state.db, &id).await?;
    Ok(AppJson(Centre {
        id,
        name,
        residents,
    }))
}

async fn update(
    State(state): State<AppState>,
    user: CurrentUser,
    AppJson(body): AppJson<CentreUpdate>,
) -> Result<axum::http::StatusCode> {
    let id = centre_of(&state, &user, Action::Centre).await?;
    if !(0..=MAX_CENTRE_RESIDENTS).contains(&body.residents) {
        return Err(Error::InvalidInput);
    }
    centres::set_residents(&state.db, &id, body.residents).await?;
    // Every change is kept, for coverage week by week.
    let today = crate::now_unix().div_euclid(86_400);
    let by = Some(user.id.as_str());
    crate::store::coverage::set_residents(&state.db, &id, today, body.residents, by).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}

async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<AppJson<Vec<Registered>>> {
    let reach = access::reach(&state.db, &user, Action::ListPersons, access::RECEPTION).await?;
    let rows = rows::registered(&state.db, &reach).await?;
    let mut conn = state.db.acquire().await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        if let Some((received_at, profile)) = persons::latest(&mut conn, &r.id).await? {
            out.push(Registered {
                id: r.id,
                given_name: profile.person.given_name.text,
                family_name: profile.person.family_name.text,
                received_at,
                versions: r.versions,
            });
        }
    }
    drop(conn);
    audit::allowed(&state.db, &user.id, Action::ListPersons, None).await?;
    Ok(AppJson(out))
}
