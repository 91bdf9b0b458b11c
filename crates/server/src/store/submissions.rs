//! Received submissions, kept as they came (the profile's JSON and a hash of the body), and
//! the ids of those whose person was erased.

use sqlx::{AnyConnection, AnyPool, FromRow};

/// A submission to keep.
pub struct NewSubmission<'a> {
    pub id: &'a str,
    pub body_sha256: &'a [u8],
    pub profile: &'a str,
    pub received_at: &'a str,
    pub device_id: &'a str,
}

/// What is kept of a submission: the hash of what was sent, and when.
#[derive(FromRow)]
pub struct Receipt {
    pub body_sha256: Vec<u8>,
    pub received_at: String,
}

/// Keeps `s` unless its id is taken; whether it was kept.
pub async fn insert(conn: &mut AnyConnection, s: NewSubmission<'_>) -> Result<bool, sqlx::Error> {
    let inserted = sqlx::query(
        "INSERT INTO submissions (id, body_sha256, profile, received_at, device_id)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING",
    )
    .bind(s.id)
    .bind(s.body_sha256)
    .bind(s.profile)
    .bind(s.received_at)
    .bind(s.device_id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok(inserted == 1)
}

/// The receipt of submission `id`, which is kept.
pub async fn receipt(conn: &mut AnyConnection, id: &str) -> Result<Receipt, sqlx::Error> {
    sqlx::query_as("SELECT body_sha256, received_at FROM submissions WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *conn)
        .await
}

/// Whether the submission under `key` (see `persons::erased_key`) belonged to an erased
/// person.
pub async fn was_erased(conn: &mut AnyConnection, key: &str) -> Result<bool, sqlx::Error> {
    let erased: Option<i64> =
        sqlx::query_scalar("SELECT erased_at FROM erased_submissions WHERE id = $1")
            .bind(key)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(erased.is_some())
}

/// How many submissions are kept.
pub async fn count(db: &AnyPool) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM submissions")
        .fetch_one(db)
        .await
}
