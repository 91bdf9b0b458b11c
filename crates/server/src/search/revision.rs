//! Revisions: every change to what a search can see stamps the person with the next number,
//! in the same transaction, so that each replica's index (`super::index`) reads exactly what
//! changed since it last looked, and notices removals.

use sqlx::AnyConnection;

/// The next revision, for the changes of the caller's transaction. The counter's row stays
/// locked until the transaction ends, so revisions are committed in order.
pub async fn next_revision(tx: &mut AnyConnection) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "UPDATE search_revision SET revision = revision + 1 WHERE id = 1 RETURNING revision",
    )
    .fetch_one(&mut *tx)
    .await
}

/// Marks `person`'s searchable data as changed, inside the caller's transaction.
pub async fn changed(tx: &mut AnyConnection, person: &str) -> Result<(), sqlx::Error> {
    let revision = next_revision(&mut *tx).await?;
    sqlx::query("UPDATE persons SET revision = $1 WHERE id = $2")
        .bind(revision)
        .bind(person)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// Marks that persons were deleted (erasure, merge): indexes drop those no longer stored.
pub async fn removed(tx: &mut AnyConnection) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE search_revision SET revision = revision + 1, removals = removals + 1 WHERE id = 1",
    )
    .execute(&mut *tx)
    .await?;
    Ok(())
}
