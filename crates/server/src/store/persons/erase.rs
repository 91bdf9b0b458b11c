//! Erasure: on request (an officer or admin), or when the retention period of a person never
//! settled has passed. Nothing of the person stays but a tombstone of each submission's id,
//! hashed, so that a tablet's late resend is recognised and not stored again.

use crate::search::revision;
use sqlx::AnyConnection;

/// How an erased submission's id is remembered: its SHA-256, so that the tombstone names
/// nothing.
pub fn erased_key(submission_id: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(submission_id.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Erases a person: every version's submission, the facts, notes and settlement. The audit
/// log keeps only that an erasure of this (opaque) id happened.
pub async fn erase(tx: &mut AnyConnection, person: &str) -> Result<bool, sqlx::Error> {
    let submissions: Vec<String> =
        sqlx::query_scalar("SELECT submission_id FROM person_versions WHERE person_id = $1")
            .bind(person)
            .fetch_all(&mut *tx)
            .await?;
    let deleted = sqlx::query("DELETE FROM persons WHERE id = $1")
        .bind(person)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if deleted > 0 {
        revision::removed(&mut *tx).await?;
        crate::store::feed::erased(&mut *tx, person).await?;
    }
    for id in submissions {
        sqlx::query("DELETE FROM submissions WHERE id = $1")
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO erased_submissions (id, erased_at) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING")
            .bind(erased_key(&id))
            .bind(crate::now_unix())
            .execute(&mut *tx)
            .await?;
    }
    Ok(deleted > 0)
}

/// How long a person never settled is kept, by default: five years.
pub const DEFAULT_RETENTION_YEARS: i64 = 5;

/// Erases every person not settled whose latest version is older than `years` (the retention
/// job; `evne-server erase-expired [YEARS]`). Returns how many were erased; each erasure is
/// audited like one an officer makes, with no actor.
pub async fn erase_expired(db: &sqlx::AnyPool, years: i64, now: i64) -> Result<usize, sqlx::Error> {
    let cutoff = now - years * 365 * 24 * 60 * 60;
    let expired: Vec<String> = sqlx::query_scalar(
        "SELECT p.id FROM persons p LEFT JOIN settlements s ON s.person_id = p.id
         WHERE s.person_id IS NULL AND p.updated_at < $1",
    )
    .bind(cutoff)
    .fetch_all(db)
    .await?;
    for id in &expired {
        let mut tx = crate::db::begin(db).await?;
        erase(&mut tx, id).await?;
        crate::audit::by_system(&mut *tx, crate::audit::Action::Erase, Some(id)).await?;
        tx.commit().await?;
    }
    Ok(expired.len())
}
