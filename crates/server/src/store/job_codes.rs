//! Free-text job titles coded to ESCO occupations, per person, keyed by the SHA-256 of the
//! title as written (see the migration `job_codes`).

use sqlx::AnyConnection;

/// The key of a job title: the SHA-256 of its text, trimmed.
pub fn title_hash(title: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(title.trim().as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `(title hash, ESCO occupation id)` of every coded title of `person`.
pub async fn of(
    tx: &mut AnyConnection,
    person: &str,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT title_hash, esco_id FROM job_codes WHERE person_id = $1")
        .bind(person)
        .fetch_all(&mut *tx)
        .await
}

/// Codes `person`'s title of hash `title` to the ESCO occupation `esco` (replacing a code).
pub async fn set(
    tx: &mut AnyConnection,
    person: &str,
    title: &str,
    esco: &str,
    by: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO job_codes (person_id, title_hash, esco_id, coded_by, coded_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (person_id, title_hash)
         DO UPDATE SET esco_id = excluded.esco_id, coded_by = excluded.coded_by,
                       coded_at = excluded.coded_at",
    )
    .bind(person)
    .bind(title)
    .bind(esco)
    .bind(by)
    .bind(crate::now_unix())
    .execute(&mut *tx)
    .await
    .map(|_| ())
}

/// Removes the code of `person`'s title of hash `title`; whether there was one.
pub async fn remove(
    tx: &mut AnyConnection,
    person: &str,
    title: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM job_codes WHERE person_id = $1 AND title_hash = $2")
        .bind(person)
        .bind(title)
        .execute(&mut *tx)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Moves `from`'s codes to `into` (a merge), where `into` has not coded the same title.
pub async fn merge(tx: &mut AnyConnection, into: &str, from: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE job_codes SET person_id = $1 WHERE person_id = $2 AND title_hash NOT IN
         (SELECT title_hash FROM job_codes WHERE person_id = $1)",
    )
    .bind(into)
    .bind(from)
    .execute(&mut *tx)
    .await
    .map(|_| ())
}
