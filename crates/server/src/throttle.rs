//! Login throttling: at most `login_max_failures` attempts in a row for a username that do not
//! end in a success; the attempt that reaches the limit locks the username for `login_lock`,
//! whatever password is tried then. Each attempt is reserved atomically *before* the slow
//! password check, so a burst of parallel guesses cannot slip past the count. Usernames that do
//! not exist are counted the same way, so the answers never tell whether a username exists.

use crate::config::Settings;

/// Counts an attempt at `now` (seconds since the Unix epoch). Returns `false` when the
/// username is locked: the attempt must be refused without checking the password. One atomic
/// statement (in `SET`, column names are the row's values before this attempt), so parallel
/// attempts each get their own count.
pub async fn reserve_attempt(
    db: impl sqlx::any::AnyExecutor<'_>,
    username: &str,
    now: i64,
    settings: &Settings,
) -> Result<bool, sqlx::Error> {
    let max = i64::from(settings.login_max_failures.max(1));
    let until = now + settings.login_lock.as_secs() as i64;
    let (locked_until,): (i64,) = sqlx::query_as(
        "INSERT INTO login_failures AS f (username, failures, locked_until, last_attempt_at)
         VALUES ($1, 1, 0, $3)
         ON CONFLICT (username) DO UPDATE SET
             last_attempt_at = $3,
             failures = CASE WHEN f.locked_until > $3 THEN f.failures
                             WHEN f.locked_until > 0 THEN 1
                             ELSE f.failures + 1 END,
             locked_until = CASE WHEN f.locked_until > $3 THEN f.locked_until
                                 WHEN f.locked_until > 0 THEN 0
                                 WHEN f.failures + 1 > $2 THEN $4
                                 ELSE 0 END
         RETURNING locked_until",
    )
    .bind(username)
    .bind(max)
    .bind(now)
    .bind(until)
    .fetch_one(db)
    .await?;
    Ok(locked_until <= now)
}

/// A successful login clears the count and any lock.
pub async fn clear(db: impl sqlx::any::AnyExecutor<'_>, username: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM login_failures WHERE username = $1")
        .bind(username)
        .execute(db)
        .await?;
    Ok(())
}

/// Forgets the counts of usernames that are not users, once they have been left alone for
/// longer than a lock lasts, so that guessing names does not grow the table for ever.
pub async fn prune(
    db: impl sqlx::any::AnyExecutor<'_>,
    now: i64,
    settings: &Settings,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "DELETE FROM login_failures WHERE locked_until <= $1 AND last_attempt_at < $2
           AND username NOT IN (SELECT username FROM users)",
    )
    .bind(now)
    .bind(now - settings.login_lock.as_secs() as i64)
    .execute(db)
    .await?;
    Ok(())
}
