//! Persons and their versions, in the database. A stored submission becomes a version of a person: the one
//! with the same case number when there is one (a new version, history kept), a new person
//! otherwise. A submission that disagrees with the person its case number names (given name,
//! year of birth) becomes a person of its own, flagged as a conflict with that person, until
//! an officer merges them or keeps them apart: a typo in a case number moves nobody and shows
//! nobody's notes to another centre. Search facts are rebuilt from the latest version.

//!
//! - [`link`](link()): a stored submission becomes a version of a person;
//! - [`merge`](merge()) and [`keep_apart`]: an officer's answers to a conflict;
//! - [`erase`](erase()): a person gone, with a tombstone of their submissions' ids;
//! - [`rows`]: what the persons' endpoints read; [`decisions`]: what officers decide.

pub mod decisions;
mod erase;
mod link;
mod merge;
pub mod rows;

pub use erase::{erase, erase_expired, erased_key, DEFAULT_RETENTION_YEARS};
pub use link::{link, store_and_link};
pub use merge::{keep_apart, merge};

use evne_model::profile::migrate;
use evne_model::ProfileRecord;
use sqlx::AnyConnection;

/// The person's latest version: its submission's receipt time and profile.
pub async fn latest(
    db: &mut AnyConnection,
    person: &str,
) -> Result<Option<(String, ProfileRecord)>, sqlx::Error> {
    let row: Option<rows::StoredVersion> = sqlx::query_as(
        "SELECT s.received_at, s.profile FROM person_versions v
         JOIN submissions s ON s.id = v.submission_id
         WHERE v.person_id = $1 ORDER BY v.version DESC LIMIT 1",
    )
    .bind(person)
    .fetch_optional(&mut *db)
    .await?;
    row.map(|r| Ok((r.received_at, parse(&r.profile)?)))
        .transpose()
}

/// A stored profile, upgraded if an earlier version stored it.
pub fn parse(json: &str) -> Result<ProfileRecord, sqlx::Error> {
    migrate::profile_from_slice(json.as_bytes())
        .map_err(|e| sqlx::Error::Decode(format!("a stored profile: {e}").into()))
}

/// Two versions that do not describe the same person by name and year of birth.
pub(crate) fn disagrees(a: &ProfileRecord, b: &ProfileRecord) -> bool {
    let norm = |s: &str| s.trim().to_lowercase();
    norm(&a.person.given_name.text) != norm(&b.person.given_name.text)
        || a.person.year_of_birth != b.person.year_of_birth
}
