//! A stored submission becomes a version of a person, and the person's search facts are
//! rebuilt from it.

use super::{disagrees, latest};
use crate::db::Bind;
use evne_model::profile::facts::{Fact, FactKind};
use evne_model::Profile;
use sqlx::AnyConnection;

/// Stores `profile` as a submission received at `received_at` (RFC 3339) without a tablet, and
/// links it to its person: how the demo data and the benchmarks put synthetic persons in.
/// Returns the person's id.
pub async fn store_and_link(
    tx: &mut AnyConnection,
    profile: &Profile,
    centre: Option<&str>,
    received_at: &str,
    now: i64,
    revision: i64,
) -> Result<String, sqlx::Error> {
    use sha2::{Digest, Sha256};
    let json = serde_json::to_string(profile).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    let id = uuid::Uuid::now_v7().to_string();
    sqlx::query(
        "INSERT INTO submissions (id, body_sha256, profile, received_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(&id)
    .bind(Sha256::digest(json.as_bytes()).to_vec())
    .bind(&json)
    .bind(received_at)
    .execute(&mut *tx)
    .await?;
    link(tx, &id, profile, centre, now, revision).await
}

/// Links submission `submission_id` (already stored, `profile` its content) to its person;
/// returns the person's id. Runs in the caller's transaction, which took `revision` from
/// [`revision::next_revision`] (several links may share one).
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
    if is_update {
        crate::store::feed::changed(&mut *tx, &person).await?;
    }
    Ok(person)
}

pub(super) async fn delete_facts(tx: &mut AnyConnection, person: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM person_facts WHERE person_id = $1")
        .bind(person)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// The search facts of `profile`, with the name too, so that staff can find a person by
/// part of it.
pub(super) fn facts_of(profile: &Profile) -> Vec<Fact> {
    let mut facts = profile.facts();
    let person_record = &profile.record().person;
    let name = crate::search::name_key(
        &person_record.given_name.text,
        &person_record.family_name.text,
    );
    if !name.is_empty() {
        facts.push(Fact {
            kind: FactKind::Name,
            code: name,
            level: 0,
        });
    }
    facts
}

/// The most years in one occupation, kept with the person so that lists sort by it.
pub(super) fn experience_of(facts: &[Fact]) -> i64 {
    facts
        .iter()
        .filter(|f| f.kind == FactKind::Isco)
        .map(|f| f.level)
        .max()
        .unwrap_or(0)
}

/// Stores `facts` in one statement (a submission is stored as it arrives).
pub(super) async fn insert_facts(
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
            Bind::from(fact.kind.as_str()),
            Bind::from(fact.code),
            Bind::from(fact.level),
        ]);
    }
    q.query().execute(&mut *tx).await?;
    Ok(())
}
