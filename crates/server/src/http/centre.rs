//! `GET /centre/residents`: which residents of the caller's reception centre have registered,
//! for reception staff: the name, when, how many versions. Status only: none of the profile's
//! content. Shielded persons are not listed. Audited as a list.

use super::AppJson;
use crate::audit::{self, Action, Outcome};
use crate::auth::CurrentUser;
use crate::error::{Error, Result};
use crate::persons;
use crate::AppState;
use axum::extract::State;
use axum::routing::get;
use axum::Router;
use evne_model::persons::Registered;
use evne_model::Role;
use sqlx::Row;

pub fn router() -> Router<AppState> {
    Router::new().route("/centre/residents", get(list))
}

async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<AppJson<Vec<Registered>>> {
    let centre = match (user.require(Role::ReceptionStaff), &user.organisation) {
        (Ok(()), Some(centre)) => centre.clone(),
        (result, _) => {
            audit::record(
                &state.db,
                Some(&user.id),
                Action::ListPersons,
                None,
                Outcome::Denied,
            )
            .await?;
            return Err(result.err().unwrap_or(Error::Forbidden));
        }
    };
    let rows = sqlx::query(
        "SELECT p.id, (SELECT COUNT(*) FROM person_versions v WHERE v.person_id = p.id) AS versions
         FROM persons p WHERE p.centre_id = $1 AND p.shielded = 0 ORDER BY p.updated_at DESC",
    )
    .bind(&centre)
    .fetch_all(&state.db)
    .await?;
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
    audit::record(
        &state.db,
        Some(&user.id),
        Action::ListPersons,
        None,
        Outcome::Allowed,
    )
    .await?;
    Ok(AppJson(out))
}
