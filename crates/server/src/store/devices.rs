//! Tablets: their enrolment and what they last reported.

use evne_model::submission::Device;
use sqlx::{AnyPool, FromRow};

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
