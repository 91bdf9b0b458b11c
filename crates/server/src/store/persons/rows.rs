//! What the persons' endpoints read, as named rows.

use crate::db::Sql;
use crate::reach::Reach;
use sqlx::{AnyConnection, AnyPool, FromRow};

/// One version's stored submission.
#[derive(FromRow)]
pub struct StoredVersion {
    pub received_at: String,
    /// The profile's JSON, as received (see [`super::parse`]).
    pub profile: String,
}

/// A person in a list: their latest version and how many they have.
#[derive(FromRow)]
pub struct Summary {
    pub id: String,
    pub centre_id: Option<String>,
    /// 1 if shielded (0 or 1, as every flag in the schema).
    pub shielded: i64,
    pub conflict: i64,
    /// When a municipality agreed to settle them, if one did.
    pub decided_at: Option<i64>,
    pub received_at: String,
    pub profile: String,
    pub versions: i64,
}

/// The persons `ids` that `reach` covers (checked once more against the database), each with
/// their latest version, in one query; in the order of `ids`.
pub async fn summaries(
    db: &AnyPool,
    reach: &Reach,
    ids: &[String],
) -> Result<Vec<Summary>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    let mut q = Sql::new(
        "SELECT p.id, p.centre_id, p.shielded, p.conflict, s.decided_at, sub.received_at,
         sub.profile, (SELECT COUNT(*) FROM person_versions c WHERE c.person_id = p.id) AS versions
         FROM persons p LEFT JOIN settlements s ON s.person_id = p.id
         JOIN person_versions v ON v.person_id = p.id AND v.version =
             (SELECT MAX(m.version) FROM person_versions m WHERE m.person_id = p.id)
         JOIN submissions sub ON sub.id = v.submission_id
         WHERE p.id IN ",
    );
    q.push_tuple(ids.iter().map(String::as_str));
    reach.push(&mut q);
    let mut found: Vec<Summary> = q.query_as().fetch_all(db).await?;
    let mut out = Vec::with_capacity(found.len());
    for id in ids {
        if let Some(i) = found.iter().position(|r| r.id == *id) {
            out.push(found.swap_remove(i));
        }
    }
    Ok(out)
}

/// A version of a person, numbered from 1.
#[derive(FromRow)]
pub struct Version {
    pub version: i64,
    pub received_at: String,
    pub profile: String,
}

/// Every version of `person`, oldest first.
pub async fn versions(conn: &mut AnyConnection, person: &str) -> Result<Vec<Version>, sqlx::Error> {
    sqlx::query_as(
        "SELECT v.version, s.received_at, s.profile FROM person_versions v
         JOIN submissions s ON s.id = v.submission_id WHERE v.person_id = $1 ORDER BY v.version",
    )
    .bind(person)
    .fetch_all(&mut *conn)
    .await
}

pub async fn version_count(conn: &mut AnyConnection, person: &str) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM person_versions WHERE person_id = $1")
        .bind(person)
        .fetch_one(&mut *conn)
        .await
}

/// An organisation's name (a municipality's, to show where a person is settled).
pub async fn organisation_name(
    conn: &mut AnyConnection,
    id: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT name FROM organisations WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await
}

/// Up to when a municipality user has seen their list of settled persons.
pub async fn inbox_seen_at(db: &AnyPool, user: &str) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT inbox_seen_at FROM users WHERE id = $1")
        .bind(user)
        .fetch_one(db)
        .await
}

/// Seen up to the newest decision of `municipality` so far, so that one made later is new
/// next time.
pub async fn mark_inbox_seen(
    db: &AnyPool,
    municipality: &str,
    user: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE users SET inbox_seen_at = COALESCE((SELECT MAX(decided_at) FROM settlements
         WHERE municipality_id = $1 AND decided_at > users.inbox_seen_at), inbox_seen_at)
         WHERE id = $2",
    )
    .bind(municipality)
    .bind(user)
    .execute(db)
    .await?;
    Ok(())
}

/// A person of the caller's reach with how many versions they have (a centre's residents).
#[derive(FromRow)]
pub struct Registered {
    pub id: String,
    pub versions: i64,
}

/// Everyone `reach` covers, most recently updated first.
pub async fn registered(db: &AnyPool, reach: &Reach) -> Result<Vec<Registered>, sqlx::Error> {
    let mut q = Sql::new(
        "SELECT p.id, (SELECT COUNT(*) FROM person_versions v WHERE v.person_id = p.id) AS versions
         FROM persons p LEFT JOIN settlements s ON s.person_id = p.id WHERE 1 = 1",
    );
    reach.push(&mut q);
    q.push(" ORDER BY p.updated_at DESC");
    q.query_as().fetch_all(db).await
}

/// A settlement and how far its hand-over has come.
#[derive(FromRow)]
pub struct Settlement {
    pub id: String,
    pub municipality: String,
    /// The officer who recorded it.
    pub username: String,
    pub decided_at: i64,
    /// When a user of the municipality first opened the profile after the decision (from the
    /// audit log), if one has.
    pub opened_at: Option<i64>,
}

/// The newest `limit` settlements of persons `reach` covers.
pub async fn settlements(
    db: &AnyPool,
    reach: &Reach,
    limit: i64,
) -> Result<Vec<Settlement>, sqlx::Error> {
    let mut q = Sql::new(
        "SELECT p.id, o.name AS municipality, u.username, s.decided_at,
                (SELECT MIN(a.at) FROM audit_log a
                  WHERE a.subject = p.id AND a.action = 'read_profile' AND a.outcome = 'allowed'
                    AND a.at >= s.decided_at
                    AND a.actor IN (SELECT m.id FROM users m
                                    WHERE m.organisation_id = s.municipality_id)) AS opened_at
         FROM settlements s
         JOIN persons p ON p.id = s.person_id
         JOIN organisations o ON o.id = s.municipality_id
         JOIN users u ON u.id = s.decided_by
         WHERE 1 = 1",
    );
    reach.push(&mut q);
    q.push(" ORDER BY s.decided_at DESC, p.id LIMIT ")
        .push_bind(limit);
    q.query_as().fetch_all(db).await
}

/// One received registration and the person it became a version of.
#[derive(FromRow)]
pub struct Received {
    pub id: String,
    /// The profile's JSON as it was received (an earlier version's is upgraded as it is read).
    pub profile: String,
    pub received_at: String,
    pub person_id: String,
}

/// Every received registration within `reach`, newest first.
pub async fn received(db: &AnyPool, reach: &Reach) -> Result<Vec<Received>, sqlx::Error> {
    let mut q = Sql::new(
        "SELECT sub.id, sub.profile, sub.received_at, p.id AS person_id
         FROM submissions sub
         JOIN person_versions v ON v.submission_id = sub.id
         JOIN persons p ON p.id = v.person_id
         LEFT JOIN settlements s ON s.person_id = p.id
         WHERE 1 = 1",
    );
    reach.push(&mut q);
    q.push(" ORDER BY sub.received_at DESC, sub.id DESC");
    q.query_as().fetch_all(db).await
}

/// A person as access decisions need them.
#[derive(FromRow)]
pub struct Reached {
    pub id: String,
    pub shielded: i64,
    pub conflict: i64,
    pub municipality_id: Option<String>,
    pub conflict_with: Option<String>,
}

/// Person `id`, if `reach` covers them.
pub async fn reached(
    db: &AnyPool,
    reach: &Reach,
    id: &str,
) -> Result<Option<Reached>, sqlx::Error> {
    let mut q = Sql::new(
        "SELECT p.id, p.shielded, p.conflict, s.municipality_id, p.conflict_with
         FROM persons p LEFT JOIN settlements s ON s.person_id = p.id WHERE p.id = ",
    );
    q.push_bind(id);
    reach.push(&mut q);
    q.query_as().fetch_optional(db).await
}
