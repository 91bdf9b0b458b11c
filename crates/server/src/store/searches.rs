//! An officer's saved searches (filters only).

use evne_model::persons::SavedSearch;
use sqlx::AnyPool;

/// The saved searches of `user`, oldest first.
pub async fn of_user(db: &AnyPool, user: &str) -> Result<Vec<SavedSearch>, sqlx::Error> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT id, name, query FROM saved_searches WHERE user_id = $1 ORDER BY created_at, id",
    )
    .bind(user)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name, query)| SavedSearch { id, name, query })
        .collect())
}
