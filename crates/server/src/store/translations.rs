//! Reviewed translations of the resident app's words, and the locales each reviewer may work
//! on.

use sqlx::{AnyConnection, AnyPool, FromRow};

/// A reviewer's text for one message.
#[derive(Debug, Clone, FromRow)]
pub struct Reviewed {
    pub message_id: String,
    pub text: String,
    /// The hash of the Norwegian source it was reviewed against.
    pub source_hash: String,
    pub reviewed_by: String,
    pub reviewed_at: i64,
    pub approved_by: Option<String>,
}

const REVIEWED: &str = "SELECT message_id, text, source_hash, reviewed_by, reviewed_at, approved_by
                        FROM translations";

/// Every reviewed message of `locale`.
pub async fn of_locale(db: &AnyPool, locale: &str) -> Result<Vec<Reviewed>, sqlx::Error> {
    sqlx::query_as(&format!("{REVIEWED} WHERE locale = $1 ORDER BY message_id"))
        .bind(locale)
        .fetch_all(db)
        .await
}

/// The review of one message, if it has one.
pub async fn one(
    conn: &mut AnyConnection,
    locale: &str,
    message: &str,
) -> Result<Option<Reviewed>, sqlx::Error> {
    sqlx::query_as(&format!("{REVIEWED} WHERE locale = $1 AND message_id = $2"))
        .bind(locale)
        .bind(message)
        .fetch_optional(&mut *conn)
        .await
}

/// Keeps `text` as reviewed by `by` against `source_hash`; any earlier approval ends (a new
/// text needs a new one).
pub async fn review(
    conn: &mut AnyConnection,
    (locale, message): (&str, &str),
    text: &str,
    source_hash: &str,
    (by, now): (&str, i64),
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO translations (locale, message_id, text, source_hash, reviewed_by, reviewed_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (locale, message_id) DO UPDATE SET text = excluded.text,
             source_hash = excluded.source_hash, reviewed_by = excluded.reviewed_by,
             reviewed_at = excluded.reviewed_at, approved_by = NULL, approved_at = NULL",
    )
    .bind(locale)
    .bind(message)
    .bind(text)
    .bind(source_hash)
    .bind(by)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Marks the reviewed message approved by `by`.
pub async fn approve(
    conn: &mut AnyConnection,
    (locale, message): (&str, &str),
    (by, now): (&str, i64),
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE translations SET approved_by = $1, approved_at = $2
         WHERE locale = $3 AND message_id = $4",
    )
    .bind(by)
    .bind(now)
    .bind(locale)
    .bind(message)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The locales reviewer `user` may work on.
pub async fn locales_of(db: &AnyPool, user: &str) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT locale FROM reviewer_locales WHERE user_id = $1 ORDER BY locale")
        .bind(user)
        .fetch_all(db)
        .await
}

/// Lets reviewer `user` work on `locale`.
pub async fn allow(
    db: impl sqlx::any::AnyExecutor<'_>,
    user: &str,
    locale: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO reviewer_locales (user_id, locale) VALUES ($1, $2)
         ON CONFLICT (user_id, locale) DO NOTHING",
    )
    .bind(user)
    .bind(locale)
    .execute(db)
    .await?;
    Ok(())
}
