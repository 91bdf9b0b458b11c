//! An officer's answers to a conflict: two persons are one (merge), or not (keep apart).

use super::link::{delete_facts, experience_of, facts_of, insert_facts};
use super::{disagrees, latest};
use crate::search::revision;
use sqlx::AnyConnection;

/// An officer confirms that `from` is the same person as `into`: `from`'s versions become the
/// newest versions of `into` (history kept, in order), its notes move along, and `from` is
/// gone. Search facts are rebuilt from the latest version; a disagreement is flagged.
pub async fn merge(tx: &mut AnyConnection, into: &str, from: &str) -> Result<(), sqlx::Error> {
    let moved: Vec<(i64, String)> = sqlx::query_as(
        "SELECT version, submission_id FROM person_versions WHERE person_id = $1 ORDER BY version",
    )
    .bind(from)
    .fetch_all(&mut *tx)
    .await?;
    let before = latest(&mut *tx, into).await?;
    // Merging a conflicting version into the person it named is the officer's answer to that
    // conflict, not a new one.
    let resolves: bool = sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM persons WHERE id = $1 AND conflict_with = $2",
    )
    .bind(from)
    .bind(into)
    .fetch_one(&mut *tx)
    .await?
        > 0;
    sqlx::query("DELETE FROM person_versions WHERE person_id = $1")
        .bind(from)
        .execute(&mut *tx)
        .await?;
    for (_, submission) in &moved {
        sqlx::query(
            "INSERT INTO person_versions (person_id, version, submission_id)
             VALUES ($1, (SELECT COALESCE(MAX(version), 0) + 1 FROM person_versions WHERE person_id = $2), $3)",
        )
        .bind(into)
        .bind(into)
        .bind(submission)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query("UPDATE notes SET person_id = $1 WHERE person_id = $2")
        .bind(into)
        .bind(from)
        .execute(&mut *tx)
        .await?;
    crate::store::job_codes::merge(&mut *tx, into, from).await?;
    // The merged person's case number, if only it had one.
    let case: Option<String> = sqlx::query_scalar("SELECT case_number FROM persons WHERE id = $1")
        .bind(from)
        .fetch_optional(&mut *tx)
        .await?
        .flatten();
    sqlx::query("DELETE FROM persons WHERE id = $1")
        .bind(from)
        .execute(&mut *tx)
        .await?;
    let Some((_, after)) = latest(&mut *tx, into).await? else {
        revision::removed(&mut *tx).await?;
        return crate::store::feed::erased(&mut *tx, from).await;
    };
    let conflict = !resolves && before.is_some_and(|(_, b)| disagrees(&b, &after));
    sqlx::query(
        "UPDATE persons SET case_number = COALESCE(case_number, $1), conflict = CASE WHEN $2 = 1 THEN 1 ELSE conflict END,
         updated_at = $3 WHERE id = $4",
    )
    .bind(case)
    .bind(i64::from(conflict))
    .bind(crate::now_unix())
    .bind(into)
    .execute(&mut *tx)
    .await?;
    // Valid when received; a later year only loosens the checks that depend on it.
    let year = time::OffsetDateTime::now_utc().year() as u16;
    let profile = evne_model::Profile::parse(after, year).map_err(|e| {
        sqlx::Error::Decode(format!("a stored profile no longer parses: {e:?}").into())
    })?;
    delete_facts(&mut *tx, into).await?;
    let facts = facts_of(&profile);
    sqlx::query("UPDATE persons SET experience = $1 WHERE id = $2")
        .bind(experience_of(&facts))
        .bind(into)
        .execute(&mut *tx)
        .await?;
    insert_facts(&mut *tx, into, facts).await?;
    revision::removed(&mut *tx).await?;
    revision::changed(&mut *tx, into).await?;
    // The feed (last: its counter is locked after the search revision's, always).
    crate::store::feed::erased(&mut *tx, from).await?;
    crate::store::feed::changed(&mut *tx, into).await
}

/// Keeps a conflicting person apart for good: an officer's answer that the two are not one.
pub async fn keep_apart(tx: &mut AnyConnection, person: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE persons SET conflict = 0, conflict_with = NULL WHERE id = $1")
        .bind(person)
        .execute(&mut *tx)
        .await?;
    revision::changed(&mut *tx, person).await
}
