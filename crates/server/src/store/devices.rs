//! Tablets: their enrolment and what they last reported.

use evne_model::submission::{Device, DeviceStatus};
use sqlx::{AnyConnection, AnyPool, FromRow};

#[derive(FromRow)]
struct DeviceRow {
    id: String,
    organisation_id: Option<String>,
    first_seen_at: i64,
    last_sync_at: i64,
    submissions: i64,
    revoked_at: Option<i64>,
    status_at: Option<i64>,
    queued: Option<i64>,
    oldest_queued_age_s: Option<i64>,
    last_error: Option<String>,
    /// 0 or 1, when reported.
    storage_persisted: Option<i64>,
    in_progress: Option<i64>,
}

impl From<DeviceRow> for Device {
    fn from(r: DeviceRow) -> Device {
        Device {
            id: r.id,
            organisation_id: r.organisation_id,
            first_seen_at: r.first_seen_at,
            last_sync_at: r.last_sync_at,
            submissions: r.submissions,
            revoked_at: r.revoked_at,
            status_at: r.status_at,
            queued: r.queued,
            oldest_queued_age_s: r.oldest_queued_age_s,
            last_error: r.last_error,
            storage_persisted: r.storage_persisted.map(|v| v != 0),
            in_progress: r.in_progress,
        }
    }
}

/// Every tablet, or (`only` is `Some`) those of one centre (`Some(None)`: of no centre), by
/// their last sync.
pub async fn list(db: &AnyPool, only: Option<Option<String>>) -> Result<Vec<Device>, sqlx::Error> {
    let rows: Vec<DeviceRow> = sqlx::query_as(
        "SELECT id, organisation_id, first_seen_at, last_sync_at, submissions, revoked_at,
                status_at, queued, oldest_queued_age_s, last_error, storage_persisted, in_progress
         FROM devices WHERE $1 IS NULL OR organisation_id = $2 ORDER BY last_sync_at",
    )
    .bind(only.as_ref().map(|_| 1))
    .bind(only.flatten())
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(Device::from).collect())
}

/// Enrols tablet `id` for `centre`, by `by` (a user; `None` on the command line), at `now`;
/// only the token's hash is kept.
pub async fn enrol(
    conn: &mut AnyConnection,
    id: &str,
    token_hash: Vec<u8>,
    centre: &str,
    by: Option<&str>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO devices (id, first_seen_at, last_sync_at, submissions, token_hash,
                              organisation_id, enrolled_by)
         VALUES ($1, $2, $3, 0, $4, $5, $6)",
    )
    .bind(id)
    .bind(now)
    .bind(now)
    .bind(token_hash)
    .bind(centre)
    .bind(by)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The id and centre of the enrolled, not revoked tablet whose token has this hash.
pub async fn enrolled(
    db: &AnyPool,
    token_hash: &[u8],
) -> Result<Option<(String, Option<String>)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, organisation_id FROM devices WHERE token_hash = $1 AND revoked_at IS NULL",
    )
    .bind(token_hash)
    .fetch_optional(db)
    .await
}

/// Revokes tablet `id` at `now`, if it is not revoked yet and (`only` is `Some`) of that
/// centre. Whether it was.
pub async fn revoke(
    conn: &mut AnyConnection,
    id: &str,
    only: Option<Option<String>>,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let revoked = sqlx::query(
        "UPDATE devices SET revoked_at = $1
         WHERE id = $2 AND revoked_at IS NULL AND ($3 IS NULL OR organisation_id = $4)",
    )
    .bind(now)
    .bind(id)
    .bind(only.as_ref().map(|_| 1))
    .bind(only.flatten())
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok(revoked > 0)
}

/// Notes that tablet `id` was last heard from at `at` and added `added` submissions.
pub async fn synced(
    conn: &mut AnyConnection,
    id: &str,
    at: i64,
    added: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE devices SET last_sync_at = $1, submissions = submissions + $2 WHERE id = $3",
    )
    .bind(at)
    .bind(added)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Keeps what tablet `id` reported about its queue at `now`.
pub async fn report(
    db: &AnyPool,
    id: &str,
    status: DeviceStatus,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE devices SET status_at = $1, queued = $2, oldest_queued_age_s = $3, last_error = $4,
                            storage_persisted = $5, in_progress = $6
         WHERE id = $7",
    )
    .bind(now)
    .bind(i64::from(status.queued))
    .bind(
        status
            .oldest_queued_age_s
            .map(|s| s.min(i64::MAX as u64) as i64),
    )
    .bind(status.last_error)
    .bind(status.storage_persisted.map(i64::from))
    .bind(status.in_progress.map(i64::from))
    .bind(id)
    .execute(db)
    .await?;
    Ok(())
}

/// Tablet `id`'s lock secret (base64url), made of `fresh` at its first release and the same
/// for the tablet's life after.
pub async fn lock_secret(
    conn: &mut AnyConnection,
    id: &str,
    fresh: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query("UPDATE devices SET lock_secret = $1 WHERE id = $2 AND lock_secret IS NULL")
        .bind(fresh)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    sqlx::query_scalar("SELECT lock_secret FROM devices WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *conn)
        .await
}
