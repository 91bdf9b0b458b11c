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

/// At most `max` events per key in each minute (a fixed window; 0 means no limit). In memory:
/// a restart forgets the counts, which is harmless for a limit against runaway tablets.
pub struct RateLimit {
    max: u32,
    counts: std::sync::Mutex<std::collections::HashMap<String, (i64, u32)>>,
}

impl RateLimit {
    pub fn per_minute(max: u32) -> RateLimit {
        RateLimit {
            max,
            counts: Default::default(),
        }
    }

    /// Counts one event for `key` at `now` (Unix seconds); false when over the limit.
    pub fn allow(&self, key: &str, now: i64) -> bool {
        if self.max == 0 {
            return true;
        }
        let minute = now.div_euclid(60);
        // A poisoned lock only means another request panicked mid-count: keep counting.
        let mut counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        if counts.len() > 10_000 {
            counts.retain(|_, (m, _)| *m == minute);
        }
        let entry = counts.entry(key.to_owned()).or_insert((minute, 0));
        if entry.0 != minute {
            *entry = (minute, 0);
        }
        entry.1 += 1;
        entry.1 <= self.max
    }
}

#[cfg(test)]
mod tests {
    use super::RateLimit;

    #[test]
    fn a_key_gets_max_events_a_minute_and_others_are_counted_apart() {
        let limit = RateLimit::per_minute(3);
        assert!((0..3).all(|_| limit.allow("a", 120)));
        assert!(!limit.allow("a", 150), "the fourth in the same minute");
        assert!(limit.allow("b", 150), "another tablet");
        assert!(limit.allow("a", 180), "the next minute");
        assert!((0..1000).all(|_| RateLimit::per_minute(0).allow("a", 0)));
    }
}
