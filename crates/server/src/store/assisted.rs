//! Assisted registrations as a submission finishes one.

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
