//! Login throttling: after `login_max_failures` failed logins in a row for a username, that
//! username is locked for `login_lock`, whatever password is tried. Usernames that do not exist
//! are counted the same way, so the answers never tell whether a username exists.

use crate::config::Settings;
use sqlx::SqliteExecutor;

/// Whether `username` is locked at `now` (seconds since the Unix epoch).
pub async fn is_locked(
    db: impl SqliteExecutor<'_>,
    username: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let row: Option<(i64,)> =
        sqlx::query_as("SELECT locked_until FROM login_failures WHERE username = ?")
            .bind(username)
            .fetch_optional(db)
            .await?;
    Ok(row.is_some_and(|(until,)| until > now))
}

/// Counts a failed login; the one that reaches the limit locks the username.
pub async fn record_failure(
    db: impl SqliteExecutor<'_>,
    username: &str,
    now: i64,
    settings: &Settings,
) -> Result<(), sqlx::Error> {
    let max = i64::from(settings.login_max_failures.max(1));
    let until = now + settings.login_lock.as_secs() as i64;
    sqlx::query(
        "INSERT INTO login_failures (username, failures, locked_until)
         VALUES (?1, CASE WHEN 1 >= ?2 THEN 0 ELSE 1 END, CASE WHEN 1 >= ?2 THEN ?3 ELSE 0 END)
         ON CONFLICT (username) DO UPDATE SET
             failures = CASE WHEN failures + 1 >= ?2 THEN 0 ELSE failures + 1 END,
             locked_until = CASE WHEN failures + 1 >= ?2 THEN ?3 ELSE locked_until END",
    )
    .bind(username)
    .bind(max)
    .bind(until)
    .execute(db)
    .await?;
    Ok(())
}

/// A successful login clears the count.
pub async fn clear(db: impl SqliteExecutor<'_>, username: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM login_failures WHERE username = ?")
        .bind(username)
        .execute(db)
        .await?;
    Ok(())
}
