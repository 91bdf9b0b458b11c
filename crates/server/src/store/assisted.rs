//! Assisted registrations: the recent ones of a centre, and one finished by a submission.

use evne_model::assisted::Assisted;
use sqlx::AnyPool;

/// Started at `centre` since `since` (seconds), newest first.
pub async fn recent(db: &AnyPool, centre: &str, since: i64) -> Result<Vec<Assisted>, sqlx::Error> {
    type Row = (String, String, i64, i64, Option<i64>);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT a.code, u.username, a.started_at, a.expires_at, a.finished_at
         FROM assisted_registrations a JOIN users u ON u.id = a.started_by
         WHERE a.centre_id = $1 AND a.started_at >= $2 ORDER BY a.started_at DESC, a.code",
    )
    .bind(centre)
    .bind(since)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(code, started_by, started_at, expires_at, finished_at)| Assisted {
                code,
                started_by,
                started_at,
                expires_at,
                finished_at,
            },
        )
        .collect())
}

/// Marks the centre's open, unexpired registration with `code` as finished by `person`. A code
/// that matches none (mistyped, expired, another centre's) changes nothing.
pub async fn finish(
    tx: &mut sqlx::AnyConnection,
    code: &str,
    centre: Option<&str>,
    person: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE assisted_registrations SET finished_at = $1, person_id = $2
         WHERE code = $3 AND centre_id = $4 AND finished_at IS NULL AND expires_at >= $5",
    )
    .bind(now)
    .bind(person)
    .bind(code)
    .bind(centre)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// Starts an assisted registration at `centre` with `code`, by `by`; whether the code was
/// free (a taken one changes nothing).
pub async fn start(
    tx: &mut sqlx::AnyConnection,
    code: &str,
    centre: &str,
    by: &str,
    (now, expires_at): (i64, i64),
) -> Result<bool, sqlx::Error> {
    let inserted = sqlx::query(
        "INSERT INTO assisted_registrations (code, centre_id, started_by, started_at, expires_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (code) DO NOTHING",
    )
    .bind(code)
    .bind(centre)
    .bind(by)
    .bind(now)
    .bind(expires_at)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    Ok(inserted == 1)
}
