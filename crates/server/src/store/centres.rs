//! Reception centres: their name and head count.

use sqlx::AnyPool;

/// The centre's name and how many residents it has (as its staff last entered).
pub async fn name_and_residents(
    db: &AnyPool,
    id: &str,
) -> Result<(String, Option<i64>), sqlx::Error> {
    sqlx::query_as("SELECT name, residents FROM organisations WHERE id = $1")
        .bind(id)
        .fetch_one(db)
        .await
}

pub async fn set_residents(db: &AnyPool, id: &str, residents: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE organisations SET residents = $1 WHERE id = $2")
        .bind(residents)
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}
