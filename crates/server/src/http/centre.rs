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
use crate::db::Sql;
use crate::error::{Error, Result};
use crate::store::persons;
use crate::AppState;
use axum::extract::State;
use axum::routing::get;

use axum::Router;
use evne_model::persons::{Centre, CentreUpdate, Registered, MAX_CENTRE_RESIDENTS};
use evne_model::Role;
use sqlx::Row;

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
    let row = sqlx::query("SELECT name, residents FROM organisations WHERE id = $1")
        .bind(&id)
        .fetch_one(&state.db)
        .await?;
    Ok(AppJson(Centre {
        id,
        name: row.try_get("name")?,
        residents: row.try_get("residents")?,
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
    sqlx::query("UPDATE organisations SET residents = $1 WHERE id = $2")
        .bind(body.residents)
        .bind(&id)
        .execute(&state.db)
        .await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}

async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<AppJson<Vec<Registered>>> {
    let reach = access::reach(
        &state.db,
        &user,
        Action::ListPersons,
        &[Role::ReceptionStaff],
    )
    .await?;
    let mut q = Sql::new(
        "SELECT p.id, (SELECT COUNT(*) FROM person_versions v WHERE v.person_id = p.id) AS versions
         FROM persons p LEFT JOIN settlements s ON s.person_id = p.id WHERE 1 = 1",
    );
    reach.push(&mut q);
    q.push(" ORDER BY p.updated_at DESC");
    let rows = q.query().fetch_all(&state.db).await?;
    let mut conn = state.db.acquire().await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let id: String = r.try_get("id")?;
        if let Some((received_at, profile)) = persons::latest(&mut conn, &id).await? {
            out.push(Registered {
                id,
                given_name: profile.person.given_name.text,
                family_name: profile.person.family_name.text,
                received_at,
                versions: r.try_get("versions")?,
            });
        }
    }
    drop(conn);
    audit::allowed(&state.db, &user.id, Action::ListPersons, None).await?;
    Ok(AppJson(out))
}
