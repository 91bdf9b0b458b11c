//! Who may see which person: the one rule, for every path that reads or changes a person's
//! data. A handler never builds its own check: it asks [`reach`] for a list (and limits its
//! query with [`Reach::push`] or the search index with [`Reach::admits`]) or [`person`] for
//! one person. Both check the caller's role, and audit every refusal; a person out of reach
//! is 404, as if it did not exist.
//!
//! The rule, in words: settlement officers reach everyone but shielded persons, unless they
//! were granted `handles_shielded`; counsellors reach the persons of their centres, never
//! shielded ones; reception staff the registration status of their own centre's residents,
//! never shielded ones; a municipality the persons it agreed to settle; admins reach anyone,
//! but only for the decisions they may take (shielding, erasure), never to read a profile.

use crate::audit::{self, Action};
use crate::auth::CurrentUser;
use crate::error::{Error, Result};
pub use crate::reach::Reach;
use crate::store;
use evne_model::Role;
use sqlx::AnyPool;

impl Reach {
    /// The reach of `user`'s role, or 403 for a role (or a user) that reaches nobody.
    pub async fn of(db: &AnyPool, user: &CurrentUser) -> Result<Reach> {
        match user.role {
            Role::Admin => Ok(Reach::Everyone),
            Role::SettlementOfficer => {
                let shielded = store::users::handles_shielded(db, &user.id).await?;
                Ok(Reach::National { shielded })
            }
            Role::Counsellor => {
                let mut centres = store::users::centres(db, &user.id).await?;
                centres.extend(user.organisation.clone());
                Ok(Reach::Centres(centres))
            }
            Role::ReceptionStaff => user
                .organisation
                .clone()
                .map(Reach::Centre)
                .ok_or(Error::Forbidden),
            Role::Municipality => user
                .organisation
                .clone()
                .map(Reach::Municipality)
                .ok_or(Error::Forbidden),
            // Reviewers of the app's words see no person.
            Role::LanguageReviewer => Err(Error::Forbidden),
        }
    }
}

/// A person's row, as access decisions need it.
#[derive(Debug, Clone)]
pub struct Person {
    pub id: String,
    pub shielded: bool,
    pub conflict: bool,
    /// The person a conflicting registration's case number named.
    pub conflict_with: Option<String>,
    pub settled_to: Option<String>,
}

/// Settlement officers alone (searching the national pool, statistics, hand-over).
pub const OFFICERS: &[Role] = &[Role::SettlementOfficer];
/// Reception staff alone (their centre's residents).
pub const RECEPTION: &[Role] = &[Role::ReceptionStaff];
/// Counsellors alone (their notes).
pub const COUNSELLORS: &[Role] = &[Role::Counsellor];

/// The caller's reach, if their role is one of `roles`; the refusal (403) is audited.
pub async fn reach(
    db: &AnyPool,
    user: &CurrentUser,
    action: Action,
    roles: &[Role],
) -> Result<Reach> {
    reach_about(db, user, action, roles, None).await
}

/// [`reach`], with the refusal's audit row naming `subject`.
async fn reach_about(
    db: &AnyPool,
    user: &CurrentUser,
    action: Action,
    roles: &[Role],
    subject: Option<&str>,
) -> Result<Reach> {
    let decided = match user.require_any(roles) {
        Ok(()) => Reach::of(db, user).await,
        Err(e) => Err(e),
    };
    match decided {
        Ok(reach) => Ok(reach),
        Err(e @ (Error::Forbidden | Error::PasswordChangeRequired)) => {
            Err(audit::refused(db, &user.id, action, subject, e).await)
        }
        Err(e) => Err(e),
    }
}

/// The person `id`, if the caller's role is one of `roles` and the person is in their reach.
/// Every handler of one person's data starts here. A refusal is audited: 403 for the role, 404
/// for a person out of reach (or who does not exist: the two look the same from outside).
pub async fn person(
    db: &AnyPool,
    user: &CurrentUser,
    action: Action,
    id: &str,
    roles: &[Role],
) -> Result<(Reach, Person)> {
    let reach = reach_about(db, user, action, roles, Some(id)).await?;
    match find(db, &reach, id).await? {
        Some(p) => Ok((reach, p)),
        None => Err(audit::refused(db, &user.id, action, Some(id), Error::NotFound).await),
    }
}

/// Whether `reach` covers person `id` (to name another person to a caller, such as a
/// conflict's other side).
pub async fn covers(db: &AnyPool, reach: &Reach, id: &str) -> Result<bool> {
    Ok(find(db, reach, id).await?.is_some())
}

/// The person `id` if `reach` covers them.
async fn find(db: &AnyPool, reach: &Reach, id: &str) -> Result<Option<Person>> {
    let row = store::persons::rows::reached(db, reach, id).await?;
    Ok(row.map(|r| Person {
        id: r.id,
        shielded: r.shielded != 0,
        conflict: r.conflict != 0,
        settled_to: r.municipality_id,
        conflict_with: r.conflict_with,
    }))
}
