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

/// Saves `query` as `name` for `user`, unless they have `most` already; the new id, or `None`
/// when the list is full.
pub async fn save(
    conn: &mut sqlx::AnyConnection,
    user: &str,
    search: (&str, &str),
    most: i64,
    now: i64,
) -> Result<Option<String>, sqlx::Error> {
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM saved_searches WHERE user_id = $1")
        .bind(user)
        .fetch_one(&mut *conn)
        .await?;
    if count >= most {
        return Ok(None);
    }
    let id = uuid::Uuid::now_v7().to_string();
    let (name, query) = search;
    sqlx::query(
        "INSERT INTO saved_searches (id, user_id, name, query, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&id)
    .bind(user)
    .bind(name)
    .bind(query)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(Some(id))
}

/// Deletes `user`'s saved search `id`; whether there was one.
pub async fn delete(db: &AnyPool, user: &str, id: &str) -> Result<bool, sqlx::Error> {
    let deleted = sqlx::query("DELETE FROM saved_searches WHERE id = $1 AND user_id = $2")
        .bind(id)
        .bind(user)
        .execute(db)
        .await?
        .rows_affected();
    Ok(deleted > 0)
}
