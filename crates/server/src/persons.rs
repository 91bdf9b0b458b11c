//! Persons and their versions. A stored submission becomes a version of a person: the one
//! with the same case number when there is one (a new version, history kept), a new person
//! otherwise. A submission that disagrees with the person its case number names (given name,
//! year of birth) becomes a person of its own, flagged as a conflict with that person, until
//! an officer merges them or keeps them apart: a typo in a case number moves nobody and shows
//! nobody's notes to another centre. Search facts are rebuilt from the latest version.

use crate::db::Bind;
use crate::search::index;
use evne_model::profile::facts::Fact;
use evne_model::profile::migrate;
use evne_model::{Profile, ProfileRecord};
use sqlx::{AnyConnection, Row};

/// Links submission `submission_id` (already stored, `profile` its content) to its person;
/// returns the person's id. Runs in the caller's transaction, which took `revision` from
/// [`index::next_revision`] (several links may share one).
pub async fn link(
    tx: &mut AnyConnection,
    submission_id: &str,
    profile: &Profile,
    centre: Option<&str>,
    now: i64,
    revision: i64,
) -> Result<String, sqlx::Error> {
    let existing: Option<String> = match profile.case_number() {
        Some(case) => {
            sqlx::query_scalar("SELECT id FROM persons WHERE case_number = $1")
                .bind(case)
                .fetch_optional(&mut *tx)
                .await?
        }
        None => None,
    };
    let birth_year = i64::from(profile.year_of_birth());
    let facts = facts_of(profile);
    let experience = experience_of(&facts);
    // A version that disagrees with the person its case number names is not theirs until an
    // officer says so: it becomes a person of its own, flagged, and the named person is left
    // exactly as they were.
    let conflicts_with = match &existing {
        Some(id) => match latest(&mut *tx, id).await? {
            Some((_, previous)) if disagrees(&previous, profile.record()) => Some(id.clone()),
            _ => None,
        },
        None => None,
    };
    let is_update = existing.is_some() && conflicts_with.is_none();
    let person = match existing {
        Some(id) if conflicts_with.is_none() => {
            sqlx::query(
                "UPDATE persons SET centre_id = COALESCE($1, centre_id), birth_year = $2,
                 updated_at = $3, experience = $4, revision = $5 WHERE id = $6",
            )
            .bind(centre)
            .bind(birth_year)
            .bind(now)
            .bind(experience)
            .bind(revision)
            .bind(&id)
            .execute(&mut *tx)
            .await?;
            id
        }
        _ => {
            let id = uuid::Uuid::now_v7().to_string();
            // The case number stays with the person who has it; a conflicting version keeps it
            // in its profile only.
            let case_number = match conflicts_with {
                Some(_) => None,
                None => profile.case_number(),
            };
            sqlx::query(
                "INSERT INTO persons (id, case_number, centre_id, birth_year, created_at, updated_at,
                 experience, revision, conflict, conflict_with)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            )
            .bind(&id)
            .bind(case_number)
            .bind(centre)
            .bind(birth_year)
            .bind(now)
            .bind(now)
            .bind(experience)
            .bind(revision)
            .bind(i64::from(conflicts_with.is_some()))
            .bind(conflicts_with)
            .execute(&mut *tx)
            .await?;
            id
        }
    };
    sqlx::query(
        "INSERT INTO person_versions (person_id, version, submission_id)
         VALUES ($1, (SELECT COALESCE(MAX(version), 0) + 1 FROM person_versions WHERE person_id = $2), $3)",
    )
    .bind(&person)
    .bind(&person)
    .bind(submission_id)
    .execute(&mut *tx)
    .await?;
    if is_update {
        delete_facts(&mut *tx, &person).await?;
    }
    insert_facts(&mut *tx, &person, facts).await?;
    Ok(person)
}

/// Two versions that do not describe the same person by name and year of birth.
fn disagrees(a: &ProfileRecord, b: &ProfileRecord) -> bool {
    let norm = |s: &str| s.trim().to_lowercase();
    norm(&a.person.given_name.text) != norm(&b.person.given_name.text)
        || a.person.year_of_birth != b.person.year_of_birth
}

/// Keeps a conflicting person apart for good: an officer's answer that the two are not one.
pub async fn keep_apart(tx: &mut AnyConnection, person: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE persons SET conflict = 0, conflict_with = NULL WHERE id = $1")
        .bind(person)
        .execute(&mut *tx)
        .await?;
    index::changed(&mut *tx, person).await
}

/// The person's latest version: its submission's receipt time and profile.
pub async fn latest(
    db: &mut AnyConnection,
    person: &str,
) -> Result<Option<(String, ProfileRecord)>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT s.received_at, s.profile FROM person_versions v
         JOIN submissions s ON s.id = v.submission_id
         WHERE v.person_id = $1 ORDER BY v.version DESC LIMIT 1",
    )
    .bind(person)
    .fetch_optional(&mut *db)
    .await?;
    row.map(|r| -> Result<_, sqlx::Error> {
        let json: String = r.try_get("profile")?;
        Ok((r.try_get("received_at")?, parse(&json)?))
    })
    .transpose()
}

/// A stored profile, upgraded if an earlier version stored it.
pub fn parse(json: &str) -> Result<ProfileRecord, sqlx::Error> {
    migrate::profile_from_slice(json.as_bytes())
        .map_err(|e| sqlx::Error::Decode(format!("a stored profile: {e}").into()))
}

/// How an erased submission's id is remembered: its SHA-256, so that the tombstone names
/// nothing.
pub fn erased_key(submission_id: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(submission_id.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Erases a person: every version's submission, the facts, notes and settlement. The audit
/// log keeps only that an erasure of this (opaque) id happened.
pub async fn erase(tx: &mut AnyConnection, person: &str) -> Result<bool, sqlx::Error> {
    let submissions: Vec<String> =
        sqlx::query_scalar("SELECT submission_id FROM person_versions WHERE person_id = $1")
            .bind(person)
            .fetch_all(&mut *tx)
            .await?;
    let deleted = sqlx::query("DELETE FROM persons WHERE id = $1")
        .bind(person)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if deleted > 0 {
        index::removed(&mut *tx).await?;
    }
    for id in submissions {
        sqlx::query("DELETE FROM submissions WHERE id = $1")
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO erased_submissions (id, erased_at) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING")
            .bind(erased_key(&id))
            .bind(crate::now_unix())
            .execute(&mut *tx)
            .await?;
    }
    Ok(deleted > 0)
}

/// How long a person never settled is kept, by default: five years.
pub const DEFAULT_RETENTION_YEARS: i64 = 5;

/// Erases every person not settled whose latest version is older than `years` (the retention
/// job; `evne-server erase-expired [YEARS]`). Returns how many were erased; each erasure is
/// audited like one an officer makes, with no actor.
pub async fn erase_expired(db: &sqlx::AnyPool, years: i64, now: i64) -> Result<usize, sqlx::Error> {
    let cutoff = now - years * 365 * 24 * 60 * 60;
    let expired: Vec<String> = sqlx::query_scalar(
        "SELECT p.id FROM persons p LEFT JOIN settlements s ON s.person_id = p.id
         WHERE s.person_id IS NULL AND p.updated_at < $1",
    )
    .bind(cutoff)
    .fetch_all(db)
    .await?;
    for id in &expired {
        let mut tx = crate::db::begin(db).await?;
        erase(&mut tx, id).await?;
        crate::audit::record(
            &mut *tx,
            None,
            crate::audit::Action::Erase,
            Some(id),
            crate::audit::Outcome::Allowed,
        )
        .await?;
        tx.commit().await?;
    }
    Ok(expired.len())
}

/// An officer confirms that `from` is the same person as `into`: `from`'s versions become the
/// newest versions of `into` (history kept, in order), its notes move along, and `from` is
/// gone. Search facts are rebuilt from the latest version; a disagreement is flagged.
pub async fn merge(tx: &mut AnyConnection, into: &str, from: &str) -> Result<(), sqlx::Error> {
    let moved: Vec<(i64, String)> = sqlx::query_as(
        "SELECT version, submission_id FROM person_versions WHERE person_id = $1 ORDER BY version",
    )
    .bind(from)
    .fetch_all(&mut *tx)
    .await?;
    let before = latest(&mut *tx, into).await?;
    // Merging a conflicting version into the person it named is the officer's answer to that
    // conflict, not a new one.
    let resolves: bool = sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM persons WHERE id = $1 AND conflict_with = $2",
    )
    .bind(from)
    .bind(into)
    .fetch_one(&mut *tx)
    .await?
        > 0;
    sqlx::query("DELETE FROM person_versions WHERE person_id = $1")
        .bind(from)
        .execute(&mut *tx)
        .await?;
    for (_, submission) in &moved {
        sqlx::query(
            "INSERT INTO person_versions (person_id, version, submission_id)
             VALUES ($1, (SELECT COALESCE(MAX(version), 0) + 1 FROM person_versions WHERE person_id = $2), $3)",
        )
        .bind(into)
        .bind(into)
        .bind(submission)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query("UPDATE notes SET person_id = $1 WHERE person_id = $2")
        .bind(into)
        .bind(from)
        .execute(&mut *tx)
        .await?;
    // The merged person's case number, if only it had one.
    let case: Option<String> = sqlx::query_scalar("SELECT case_number FROM persons WHERE id = $1")
        .bind(from)
        .fetch_optional(&mut *tx)
        .await?
        .flatten();
    sqlx::query("DELETE FROM persons WHERE id = $1")
        .bind(from)
        .execute(&mut *tx)
        .await?;
    let Some((_, after)) = latest(&mut *tx, into).await? else {
        return index::removed(&mut *tx).await;
    };
    let conflict = !resolves && before.is_some_and(|(_, b)| disagrees(&b, &after));
    sqlx::query(
        "UPDATE persons SET case_number = COALESCE(case_number, $1), conflict = CASE WHEN $2 = 1 THEN 1 ELSE conflict END,
         updated_at = $3 WHERE id = $4",
    )
    .bind(case)
    .bind(i64::from(conflict))
    .bind(crate::now_unix())
    .bind(into)
    .execute(&mut *tx)
    .await?;
    // Valid when received; a later year only loosens the checks that depend on it.
    let year = time::OffsetDateTime::now_utc().year() as u16;
    let profile = evne_model::Profile::parse(after, year).map_err(|e| {
        sqlx::Error::Decode(format!("a stored profile no longer parses: {e:?}").into())
    })?;
    delete_facts(&mut *tx, into).await?;
    let facts = facts_of(&profile);
    sqlx::query("UPDATE persons SET experience = $1 WHERE id = $2")
        .bind(experience_of(&facts))
        .bind(into)
        .execute(&mut *tx)
        .await?;
    insert_facts(&mut *tx, into, facts).await?;
    index::removed(&mut *tx).await?;
    index::changed(&mut *tx, into).await
}

async fn delete_facts(tx: &mut AnyConnection, person: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM person_facts WHERE person_id = $1")
        .bind(person)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// The search facts of `profile`, with the name too, so that staff can find a person by
/// part of it.
fn facts_of(profile: &Profile) -> Vec<Fact> {
    let mut facts = profile.facts();
    let person_record = &profile.record().person;
    let name = crate::search::name_key(
        &person_record.given_name.text,
        &person_record.family_name.text,
    );
    if !name.is_empty() {
        facts.push(Fact {
            kind: "name",
            code: name,
            level: 0,
        });
    }
    facts
}

/// The most years in one occupation, kept with the person so that lists sort by it.
fn experience_of(facts: &[Fact]) -> i64 {
    facts
        .iter()
        .filter(|f| f.kind == "isco")
        .map(|f| f.level)
        .max()
        .unwrap_or(0)
}

/// Stores `facts` in one statement (a submission is stored as it arrives).
async fn insert_facts(
    tx: &mut AnyConnection,
    person: &str,
    facts: Vec<Fact>,
) -> Result<(), sqlx::Error> {
    let mut q =
        crate::db::Sql::new("INSERT INTO person_facts (person_id, kind, code, level) VALUES ");
    for (i, fact) in facts.into_iter().enumerate() {
        if i > 0 {
            q.push(", ");
        }
        q.push_tuple([
            Bind::from(person),
            Bind::from(fact.kind),
            Bind::from(fact.code),
            Bind::from(fact.level),
        ]);
    }
    q.query().execute(&mut *tx).await?;
    Ok(())
}
