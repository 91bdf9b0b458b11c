//! The decisions on one person: shielding, settlement (and its undoing), merge, keeping apart
//! and erasure. Each handler parses its request and hands a [`Decision`] to [`decide`], the
//! one path for all of them: the caller's role and reach checked (403 and 404 audited), the
//! decision's own checks, then in one transaction the write (which tells the search index)
//! and its audit row. No audit row, no change.

use crate::access::{self, Person, OFFICERS};
use crate::audit::{self, Action};
use crate::auth::CurrentUser;
use crate::error::{Error, Result};
use crate::http::extract::Id;
use crate::http::AppJson;
use crate::store::persons::decisions::{self, Decision};
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use evne_model::{ErrorCode, Role};
use serde::Deserialize;

const OFFICERS_AND_ADMINS: &[Role] = &[Role::SettlementOfficer, Role::Admin];

/// What is audited for `decision`, and who may take it.
fn rule(decision: &Decision) -> (Action, &'static [Role]) {
    match decision {
        Decision::Shield(_) => (Action::Shield, OFFICERS_AND_ADMINS),
        Decision::Settle { .. } => (Action::Settle, OFFICERS),
        Decision::Unsettle => (Action::Unsettle, OFFICERS),
        Decision::Merge { .. } => (Action::Merge, OFFICERS),
        Decision::KeepApart => (Action::KeepApart, OFFICERS),
        Decision::Erase => (Action::Erase, OFFICERS_AND_ADMINS),
    }
}

async fn decide(
    state: &AppState,
    user: &CurrentUser,
    id: &Id,
    decision: Decision,
) -> Result<StatusCode> {
    let (action, roles) = rule(&decision);
    let (_, person) = access::person(&state.db, user, action, id, roles).await?;
    let decision = checked(state, user, &person, decision).await?;
    let mut tx = crate::db::begin(&state.db).await?;
    decisions::apply(&mut tx, &person.id, &decision, &user.id, crate::now_unix()).await?;
    audit::allowed(&mut *tx, &user.id, action, Some(&person.id)).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

/// What a decision needs besides the person: a municipality that exists, a second person in
/// reach. `Merge::from` comes back as that person's stored id.
async fn checked(
    state: &AppState,
    user: &CurrentUser,
    person: &Person,
    decision: Decision,
) -> Result<Decision> {
    match decision {
        Decision::Settle { municipality } => {
            let known = crate::search::is_code(&municipality, 64)
                && decisions::is_municipality(&state.db, &municipality).await?;
            if !known {
                return Err(Error::InvalidField("municipality", ErrorCode::UnknownCode));
            }
            Ok(Decision::Settle { municipality })
        }
        Decision::Merge { from } => {
            // Not an id of ours: nobody to merge, as for an id out of reach.
            let from = Id::parse(&from).ok_or(Error::NotFound)?;
            if *from == *person.id {
                return Err(Error::InvalidField("from", ErrorCode::Duplicate));
            }
            let (_, from) = access::person(&state.db, user, Action::Merge, &from, OFFICERS).await?;
            Ok(Decision::Merge { from: from.id })
        }
        other => Ok(other),
    }
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ShieldBody {
    shielded: bool,
}

/// Officers (and admins) mark a person as shielded, or lift it. Lifting needs an officer who
/// handles shielded persons (others cannot see them at all).
pub(super) async fn shield(
    State(state): State<AppState>,
    user: CurrentUser,
    id: Id,
    AppJson(body): AppJson<ShieldBody>,
) -> Result<StatusCode> {
    decide(&state, &user, &id, Decision::Shield(body.shielded)).await
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct SettleBody {
    /// A municipality's id (`GET /organisations?kind=municipality`); any other is 422.
    #[schema(pattern = "^[A-Za-z0-9-]{1,64}$")]
    municipality: String,
}

/// An officer records that a municipality agreed to settle the person.
pub(super) async fn settle(
    State(state): State<AppState>,
    user: CurrentUser,
    id: Id,
    AppJson(body): AppJson<SettleBody>,
) -> Result<StatusCode> {
    let municipality = body.municipality;
    decide(&state, &user, &id, Decision::Settle { municipality }).await
}

/// An officer undoes a settlement decision: the municipality no longer sees the person.
pub(super) async fn unsettle(
    State(state): State<AppState>,
    user: CurrentUser,
    id: Id,
) -> Result<StatusCode> {
    decide(&state, &user, &id, Decision::Unsettle).await
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct MergeBody {
    /// The person who turned out to be the same as the one in the path.
    #[schema(format = "uuid")]
    from: String,
}

/// An officer confirms two persons are one: `from`'s versions and notes join this person.
pub(super) async fn merge(
    State(state): State<AppState>,
    user: CurrentUser,
    id: Id,
    AppJson(body): AppJson<MergeBody>,
) -> Result<StatusCode> {
    decide(&state, &user, &id, Decision::Merge { from: body.from }).await
}

/// An officer or admin erases a person on request: every version, note, fact and settlement.
/// The audit row names only the (opaque) person id.
pub(super) async fn erase(
    State(state): State<AppState>,
    user: CurrentUser,
    id: Id,
) -> Result<StatusCode> {
    decide(&state, &user, &id, Decision::Erase).await
}

/// An officer answers a conflict: this person is not the one their case number named, and
/// stays a person of their own (the other answer is to merge them into that person).
pub(super) async fn keep_apart(
    State(state): State<AppState>,
    user: CurrentUser,
    id: Id,
) -> Result<StatusCode> {
    decide(&state, &user, &id, Decision::KeepApart).await
}
