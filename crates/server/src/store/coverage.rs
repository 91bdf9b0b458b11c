//! What coverage is computed from (see `crate::coverage`): the reception centres with their
//! regions, the head counts as entered, and per centre and day how many persons were first
//! registered and how many settled. Shielded persons are in no count (as in the statistics).

use crate::coverage::{Centre, DayCount, Inputs};
use sqlx::AnyPool;

pub async fn inputs(db: &AnyPool) -> Result<Inputs, sqlx::Error> {
    let centres: Vec<Centre> = sqlx::query_as(
        "SELECT id, name, region FROM organisations WHERE kind = 'reception_centre' ORDER BY name, id",
    )
    .fetch_all(db)
    .await?;
    let counts: Vec<DayCount> =
        sqlx::query_as("SELECT centre_id, day, residents FROM centre_residents")
            .fetch_all(db)
            .await?;
    let registered: Vec<DayCount> = sqlx::query_as(
        "SELECT centre_id, CAST(created_at / 86400 AS BIGINT), COUNT(*) FROM persons
         WHERE shielded = 0 AND centre_id IS NOT NULL
         GROUP BY centre_id, CAST(created_at / 86400 AS BIGINT)",
    )
    .fetch_all(db)
    .await?;
    let settled: Vec<DayCount> = sqlx::query_as(
        "SELECT p.centre_id, CAST(s.decided_at / 86400 AS BIGINT), COUNT(*)
         FROM settlements s JOIN persons p ON p.id = s.person_id
         WHERE p.shielded = 0 AND p.centre_id IS NOT NULL
         GROUP BY p.centre_id, CAST(s.decided_at / 86400 AS BIGINT)",
    )
    .fetch_all(db)
    .await?;
    Ok(Inputs {
        centres,
        counts,
        registered,
        settled,
    })
}

/// Records that `centre` has `residents` from `day` on (the day's last entry wins).
pub async fn set_residents(
    db: &AnyPool,
    centre: &str,
    day: i64,
    residents: i64,
    by: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO centre_residents (centre_id, day, residents, set_at, set_by)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (centre_id, day) DO UPDATE SET residents = excluded.residents,
         set_at = excluded.set_at, set_by = excluded.set_by",
    )
    .bind(centre)
    .bind(day)
    .bind(residents)
    .bind(crate::now_unix())
    .bind(by)
    .execute(db)
    .await?;
    Ok(())
}

/// Puts `centre` in `region` (a `region-*` code); whether it is a reception centre.
pub async fn set_region(db: &AnyPool, centre: &str, region: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE organisations SET region = $1 WHERE id = $2 AND kind = 'reception_centre'",
    )
    .bind(region)
    .bind(centre)
    .execute(db)
    .await?;
    Ok(done.rows_affected() > 0)
}
