//! What officers (and admins) decide about one person, as data, and its write: each in the
//! caller's transaction, with the search index told.

use crate::search::revision;
use crate::store::feed;
use sqlx::{AnyConnection, AnyPool};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Shielded (or no longer).
    Shield(bool),
    /// A municipality agreed to settle the person.
    Settle { municipality: String },
    /// That agreement is undone: the municipality no longer sees the person.
    Unsettle,
    /// `from` is the same person: their versions and notes join this one.
    Merge { from: String },
    /// This person is not the one their case number named, and stays apart.
    KeepApart,
    /// Every version, note, fact and settlement goes.
    Erase,
}

/// Writes `decision` about `person`, decided by `by` at `now`.
pub async fn apply(
    tx: &mut AnyConnection,
    person: &str,
    decision: &Decision,
    by: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    match decision {
        Decision::Shield(shielded) => {
            sqlx::query("UPDATE persons SET shielded = $1 WHERE id = $2")
                .bind(i64::from(*shielded))
                .bind(person)
                .execute(&mut *tx)
                .await?;
            revision::changed(tx, person).await
        }
        Decision::Settle { municipality } => {
            sqlx::query(
                "INSERT INTO settlements (person_id, municipality_id, decided_by, decided_at)
                 VALUES ($1, $2, $3, $4)
                 ON CONFLICT (person_id) DO UPDATE SET municipality_id = excluded.municipality_id,
                 decided_by = excluded.decided_by, decided_at = excluded.decided_at",
            )
            .bind(person)
            .bind(municipality)
            .bind(by)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            revision::changed(tx, person).await?;
            feed::agreed(tx, person).await
        }
        Decision::Unsettle => {
            let was: Option<String> = sqlx::query_scalar(
                "DELETE FROM settlements WHERE person_id = $1 RETURNING municipality_id",
            )
            .bind(person)
            .fetch_optional(&mut *tx)
            .await?;
            revision::changed(tx, person).await?;
            match was {
                Some(municipality) => feed::withdrawn(tx, person, &municipality).await,
                None => Ok(()),
            }
        }
        Decision::Merge { from } => super::merge(tx, person, from).await,
        Decision::KeepApart => super::keep_apart(tx, person).await,
        Decision::Erase => super::erase(tx, person).await.map(|_| ()),
    }
}

/// Whether `id` is a municipality's (the only organisations a person is settled to).
pub async fn is_municipality(db: &AnyPool, id: &str) -> Result<bool, sqlx::Error> {
    let kind: Option<String> = sqlx::query_scalar("SELECT kind FROM organisations WHERE id = $1")
        .bind(id)
        .fetch_optional(db)
        .await?;
    Ok(kind.as_deref() == Some("municipality"))
}
