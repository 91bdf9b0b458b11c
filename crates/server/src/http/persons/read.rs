//! One person's profile (`GET /persons/{id}`) and every version of it (officers).

use super::READERS;
use crate::access;
use crate::audit::{self, Action};
use crate::auth::CurrentUser;
use crate::error::{Error, Result};
use crate::http::extract::Id;
use crate::http::AppJson;
use crate::store::persons::{self, rows};
use crate::AppState;
use axum::extract::State;
use evne_model::persons::{Version, View};
use evne_model::Role;

pub(super) async fn read(
    State(state): State<AppState>,
    user: CurrentUser,
    id: Id,
) -> Result<AppJson<View>> {
    let (reach, person) =
        access::person(&state.db, &user, Action::ReadProfile, &id, &READERS).await?;
    let id = person.id.clone();
    let mut tx = crate::db::begin(&state.db).await?;
    let Some((received_at, mut profile)) = persons::latest(&mut tx, &id).await? else {
        return Err(Error::NotFound);
    };
    let versions = rows::version_count(&mut tx, &id).await?;
    let coded = crate::store::job_codes::of(&mut tx, &id).await?;
    let job_codes = crate::esco::job_codes(&profile, &coded);
    let officer = user.role == Role::SettlementOfficer;
    if person.shielded && reach.hides_centre_of_shielded() {
        // A shielded person's centre (where they live) never leaves the server but to an
        // officer who handles shielded persons.
        profile.person.centre = None;
    }
    // No audit row, no answer.
    audit::allowed(&mut *tx, &user.id, Action::ReadProfile, Some(&id)).await?;
    let settled_to_name = match &person.settled_to {
        Some(m) => rows::organisation_name(&mut tx, m).await?,
        None => None,
    };
    tx.commit().await?;
    // The other side of a conflict is named only to an officer who may see that person too.
    let conflict_with = match person.conflict_with.filter(|_| officer) {
        Some(other) if access::covers(&state.db, &reach, &other).await? => Some(other),
        _ => None,
    };
    Ok(AppJson(View {
        id: person.id,
        profile,
        received_at,
        versions,
        conflict: person.conflict,
        conflict_with,
        shielded: officer.then_some(person.shielded),
        settled_to: person.settled_to,
        settled_to_name,
        job_codes,
    }))
}

/// Every version, oldest first: what an officer compares when versions disagree.
pub(super) async fn versions(
    State(state): State<AppState>,
    user: CurrentUser,
    id: Id,
) -> Result<AppJson<Vec<Version>>> {
    let officers = [Role::SettlementOfficer];
    let (_, person) =
        access::person(&state.db, &user, Action::ReadVersions, &id, &officers).await?;
    let id = person.id;
    let mut tx = crate::db::begin(&state.db).await?;
    let mut out = vec![];
    for r in rows::versions(&mut tx, &id).await? {
        out.push(Version {
            version: r.version,
            received_at: r.received_at,
            profile: persons::parse(&r.profile)?,
        });
    }
    audit::allowed(&mut *tx, &user.id, Action::ReadVersions, Some(&id)).await?;
    tx.commit().await?;
    Ok(AppJson(out))
}
