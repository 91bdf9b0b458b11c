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
use crate::db::Sql;
use crate::error::{Error, Result};
use evne_model::Role;
use sqlx::{AnyPool, Row};

/// The persons a user may see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    /// Admins: anyone, for the decisions an endpoint allows them (never a profile read).
    Everyone,
    /// Settlement officers: everyone; shielded persons only for officers marked to handle them.
    National { shielded: bool },
    /// Career counsellors: the persons of their centres (not shielded ones).
    Centres(Vec<String>),
    /// Reception staff: the residents of their own centre (not shielded ones).
    Centre(String),
    /// Municipality users: the persons their municipality agreed to settle.
    Municipality(String),
}

impl Reach {
    /// The reach of `user`'s role, or 403 for a role (or a user) that reaches nobody.
    pub async fn of(db: &AnyPool, user: &CurrentUser) -> Result<Reach> {
        match user.role {
            Role::Admin => Ok(Reach::Everyone),
            Role::SettlementOfficer => {
                let shielded: i64 =
                    sqlx::query_scalar("SELECT handles_shielded FROM users WHERE id = $1")
                        .bind(&user.id)
                        .fetch_one(db)
                        .await?;
                Ok(Reach::National {
                    shielded: shielded != 0,
                })
            }
            Role::Counsellor => {
                let mut centres: Vec<String> =
                    sqlx::query_scalar("SELECT centre_id FROM user_centres WHERE user_id = $1")
                        .bind(&user.id)
                        .fetch_all(db)
                        .await?;
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
        }
    }

    /// `AND ...` limiting `p` (persons) and `s` (their settlement, LEFT JOINed) to this reach.
    pub fn push(&self, q: &mut Sql) {
        match self {
            Reach::Everyone | Reach::National { shielded: true } => {}
            Reach::National { shielded: false } => {
                q.push(" AND p.shielded = 0");
            }
            Reach::Centres(centres) => {
                // The empty id keeps the list valid for a counsellor with no centre.
                q.push(" AND p.shielded = 0 AND p.centre_id IN ")
                    .push_tuple(std::iter::once("").chain(centres.iter().map(String::as_str)));
            }
            Reach::Centre(centre) => {
                q.push(" AND p.shielded = 0 AND p.centre_id = ")
                    .push_bind(centre.clone());
            }
            Reach::Municipality(m) => {
                q.push(" AND s.municipality_id = ").push_bind(m.clone());
            }
        }
    }

    /// The same rule as [`Reach::push`], for what the search index holds in memory.
    pub fn admits(&self, shielded: bool, centre: Option<&str>, municipality: Option<&str>) -> bool {
        match self {
            Reach::Everyone | Reach::National { shielded: true } => true,
            Reach::National { shielded: false } => !shielded,
            Reach::Centres(centres) => {
                !shielded && centre.is_some_and(|c| centres.iter().any(|m| m == c))
            }
            Reach::Centre(own) => !shielded && centre == Some(own.as_str()),
            Reach::Municipality(m) => municipality == Some(m.as_str()),
        }
    }

    /// Whether a shielded person's centre (where they live) is kept from this caller: it is
    /// shown only to officers who handle shielded persons.
    pub fn hides_centre_of_shielded(&self) -> bool {
        !matches!(self, Reach::National { shielded: true })
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
    let mut q = Sql::new(
        "SELECT p.id, p.shielded, p.conflict, s.municipality_id, p.conflict_with
         FROM persons p LEFT JOIN settlements s ON s.person_id = p.id WHERE p.id = ",
    );
    q.push_bind(id);
    reach.push(&mut q);
    let row = q.query().fetch_optional(db).await?;
    row.map(|r| -> Result<Person> {
        Ok(Person {
            id: r.try_get(0)?,
            shielded: r.try_get::<i64, _>(1)? != 0,
            conflict: r.try_get::<i64, _>(2)? != 0,
            settled_to: r.try_get(3)?,
            conflict_with: r.try_get(4)?,
        })
    })
    .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shielded_persons_are_admitted_only_to_officers_who_handle_them_and_admins() {
        let c = Some("c1");
        assert!(Reach::Everyone.admits(true, c, None));
        assert!(Reach::National { shielded: true }.admits(true, c, None));
        assert!(!Reach::National { shielded: false }.admits(true, c, None));
        assert!(!Reach::Centres(vec!["c1".into()]).admits(true, c, None));
        assert!(!Reach::Centre("c1".into()).admits(true, c, None));
        assert!(Reach::Centre("c1".into()).admits(false, c, None));
        assert!(!Reach::Centre("c2".into()).admits(false, c, None));
        assert!(!Reach::Municipality("m".into()).admits(false, c, None));
        assert!(Reach::Municipality("m".into()).admits(true, c, Some("m")));
    }

    #[test]
    fn only_an_officer_handling_shielded_persons_sees_where_they_live() {
        assert!(!Reach::National { shielded: true }.hides_centre_of_shielded());
        for r in [
            Reach::Everyone,
            Reach::National { shielded: false },
            Reach::Municipality("m".into()),
        ] {
            assert!(r.hides_centre_of_shielded());
        }
    }
}
