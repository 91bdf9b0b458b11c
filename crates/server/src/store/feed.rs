//! The hand-over feed's events and the integration clients that read them. Events are written
//! in the transaction of what they report (a settlement, a new version, a note, an erasure), at
//! the next position of `feed_position`, whose row stays locked until that transaction ends:
//! positions are committed in order, so a reader that has seen position n has seen every event
//! before it.

use evne_model::feed::FeedKind;
use sqlx::{AnyConnection, AnyPool};

/// One stored event.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EventRow {
    pub position: i64,
    pub id: String,
    pub kind: String,
    pub person_id: String,
    pub version: Option<i64>,
    pub municipality_id: Option<String>,
    pub at: i64,
}

async fn record(
    tx: &mut AnyConnection,
    kind: FeedKind,
    person: &str,
    version: Option<i64>,
    municipality: Option<&str>,
) -> Result<(), sqlx::Error> {
    let position: i64 = sqlx::query_scalar(
        "UPDATE feed_position SET position = position + 1 WHERE id = 1 RETURNING position",
    )
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO feed_events (position, id, kind, person_id, version, municipality_id, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(position)
    .bind(uuid::Uuid::now_v7().to_string())
    .bind(kind.as_str())
    .bind(person)
    .bind(version)
    .bind(municipality)
    .bind(crate::now_unix())
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// `(latest version, settling municipality)` of `person`, if settled.
async fn settled(
    tx: &mut AnyConnection,
    person: &str,
) -> Result<Option<(i64, String)>, sqlx::Error> {
    let row: Option<(Option<i64>, String)> = sqlx::query_as(
        "SELECT (SELECT MAX(version) FROM person_versions WHERE person_id = s.person_id),
                s.municipality_id
         FROM settlements s WHERE s.person_id = $1",
    )
    .bind(person)
    .fetch_optional(&mut *tx)
    .await?;
    Ok(row.and_then(|(version, municipality)| Some((version?, municipality))))
}

/// A municipality agreed to settle `person` (recorded already in this transaction).
pub async fn agreed(tx: &mut AnyConnection, person: &str) -> Result<(), sqlx::Error> {
    match settled(tx, person).await? {
        Some((version, municipality)) => {
            let kind = FeedKind::SettlementAgreed;
            record(tx, kind, person, Some(version), Some(&municipality)).await
        }
        None => Ok(()),
    }
}

/// Something the feed carries of `person` changed (a version, a note, a code): an update, if
/// they are settled.
pub async fn changed(tx: &mut AnyConnection, person: &str) -> Result<(), sqlx::Error> {
    match settled(tx, person).await? {
        Some((version, municipality)) => {
            let kind = FeedKind::ProfileUpdated;
            record(tx, kind, person, Some(version), Some(&municipality)).await
        }
        None => Ok(()),
    }
}

/// `person`'s settlement to `municipality` was undone.
pub async fn withdrawn(
    tx: &mut AnyConnection,
    person: &str,
    municipality: &str,
) -> Result<(), sqlx::Error> {
    let kind = FeedKind::SettlementWithdrawn;
    record(tx, kind, person, None, Some(municipality)).await
}

/// `person` is gone (erased, or merged into another): if the feed ever carried them, their
/// events give way to a tombstone.
pub async fn erased(tx: &mut AnyConnection, person: &str) -> Result<(), sqlx::Error> {
    let carried = sqlx::query("DELETE FROM feed_events WHERE person_id = $1")
        .bind(person)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if carried == 0 {
        return Ok(());
    }
    record(tx, FeedKind::PersonErased, person, None, None).await
}

/// Up to `limit` events after `position`, in order.
pub async fn after(
    conn: &mut AnyConnection,
    position: i64,
    limit: i64,
) -> Result<Vec<EventRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT position, id, kind, person_id, version, municipality_id, at FROM feed_events
         WHERE position > $1 ORDER BY position LIMIT $2",
    )
    .bind(position)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await
}

/// The profile (JSON, as stored) of `person`'s version `version`, if it is still there.
pub async fn version(
    conn: &mut AnyConnection,
    person: &str,
    version: i64,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT s.profile FROM person_versions v JOIN submissions s ON s.id = v.submission_id
         WHERE v.person_id = $1 AND v.version = $2",
    )
    .bind(person)
    .bind(version)
    .fetch_optional(&mut *conn)
    .await
}

/// Whether `person` is shielded; `None` if they are gone.
pub async fn shielded(conn: &mut AnyConnection, person: &str) -> Result<Option<bool>, sqlx::Error> {
    let shielded: Option<i64> = sqlx::query_scalar("SELECT shielded FROM persons WHERE id = $1")
        .bind(person)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(shielded.map(|s| s != 0))
}

/// Whether there is an integration named `name` (revoked or not).
pub async fn integration_named(tx: &mut AnyConnection, name: &str) -> Result<bool, sqlx::Error> {
    let id: Option<String> = sqlx::query_scalar("SELECT id FROM integrations WHERE name = $1")
        .bind(name)
        .fetch_optional(&mut *tx)
        .await?;
    Ok(id.is_some())
}

/// A new integration client whose token hashes to `hash` (the token itself is not kept): its
/// id.
pub async fn create_integration(
    tx: &mut AnyConnection,
    name: &str,
    hash: Vec<u8>,
) -> Result<String, sqlx::Error> {
    let id = uuid::Uuid::now_v7().to_string();
    sqlx::query(
        "INSERT INTO integrations (id, name, token_hash, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(&id)
    .bind(name)
    .bind(hash)
    .bind(crate::now_unix())
    .execute(&mut *tx)
    .await?;
    Ok(id)
}

/// Revokes the integration `name`; whether there was one not revoked yet.
pub async fn revoke_integration(tx: &mut AnyConnection, name: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE integrations SET revoked_at = $1 WHERE name = $2 AND revoked_at IS NULL",
    )
    .bind(crate::now_unix())
    .bind(name)
    .execute(&mut *tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// The id of the integration whose token hashes to `hash`, unless revoked.
pub async fn integration(db: &AnyPool, hash: &[u8]) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM integrations WHERE token_hash = $1 AND revoked_at IS NULL")
        .bind(hash)
        .fetch_optional(db)
        .await
}
