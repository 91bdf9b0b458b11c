//! Staff sessions: only a token's hash is kept, with when it was made and last used.

use sqlx::{AnyConnection, AnyPool};

/// Starts a session for `user` at `now`; sessions of anyone made before `expired_before` are
/// cleared on the way (rather than by a background task).
pub async fn open(
    conn: &mut AnyConnection,
    token_hash: Vec<u8>,
    user: &str,
    now: i64,
    expired_before: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE created_at < $1")
        .bind(expired_before)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash)
    .bind(user)
    .bind(now)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Marks the session used at `now` if it was last used at `idle_since` or later and made at
/// `made_since` or later; whose it is, or `None` for no such live session.
pub async fn touch(
    db: &AnyPool,
    token_hash: &[u8],
    now: i64,
    idle_since: i64,
    made_since: i64,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "UPDATE sessions SET last_seen_at = $1
         WHERE token_hash = $2 AND last_seen_at >= $3 AND created_at >= $4
         RETURNING user_id",
    )
    .bind(now)
    .bind(token_hash)
    .bind(idle_since)
    .bind(made_since)
    .fetch_optional(db)
    .await
}

/// Ends one session; whose it was, if it existed.
pub async fn close(db: &AnyPool, token_hash: &[u8]) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("DELETE FROM sessions WHERE token_hash = $1 RETURNING user_id")
        .bind(token_hash)
        .fetch_optional(db)
        .await
}

/// Ends every session of `user` but `keep` (the one in use, when the user acts themself).
pub async fn end_all(
    conn: &mut AnyConnection,
    user: &str,
    keep: Option<&[u8]>,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND ($2 IS NULL OR token_hash != $3)")
        .bind(user)
        .bind(keep.map(|_| 1))
        .bind(keep)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
