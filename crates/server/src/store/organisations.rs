//! Organisations: the directorate, reception centres and municipalities.

use evne_model::persons::Organisation;
use sqlx::AnyPool;

/// Every organisation, or those of `kind`, by name.
pub async fn list(db: &AnyPool, kind: Option<&str>) -> Result<Vec<Organisation>, sqlx::Error> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT id, kind, name FROM organisations WHERE $1 IS NULL OR kind = $1 ORDER BY name, id",
    )
    .bind(kind)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, kind, name)| Organisation { id, kind, name })
        .collect())
}

/// Creates an organisation of `kind` called `name`.
pub async fn create<'c>(
    db: impl sqlx::any::AnyExecutor<'c>,
    id: &str,
    kind: &str,
    name: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO organisations (id, kind, name) VALUES ($1, $2, $3)")
        .bind(id)
        .bind(kind)
        .bind(name)
        .execute(db)
        .await?;
    Ok(())
}

/// The kind of organisation `id`, if there is one.
pub async fn kind_of(db: &AnyPool, id: &str) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT kind FROM organisations WHERE id = $1")
        .bind(id)
        .fetch_optional(db)
        .await
}
