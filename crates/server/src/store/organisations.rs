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
