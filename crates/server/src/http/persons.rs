//! Persons: search and lists (`GET /persons`), one profile (`GET /persons/{id}`), its versions,
//! shielding, settlement by a municipality and erasure. Every answer is limited to the caller's
//! reach (see `search::Reach`); a person out of reach is 404, as if it did not exist. Every
//! profile read, list, decision and erasure is audited.

use super::extract::{AppQuery, Id};
use super::AppJson;
use crate::access::{self, Reach};
use crate::audit::{self, Action, Outcome};
use crate::auth::CurrentUser;
use crate::db::Sql;
use crate::error::{Error, Result};
use crate::persons;
use crate::search::index::Sort;
use crate::search::Filters;
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{delete, get, post, put};
use axum::Router;
use evne_model::persons::{Page, Summary, Version, View};
use evne_model::{ErrorCode, ProfileRecord, Role};
use serde::Deserialize;
use sqlx::Row;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/persons", get(list))
        .route("/persons/{id}", get(read).delete(erase))
        .route("/persons/{id}/versions", get(versions))
        .route("/persons/{id}/export", get(export))
        .route("/persons/{id}/shielded", put(shield))
        .route("/persons/{id}/merge", post(merge))
        .route("/persons/{id}/conflict", delete(keep_apart))
        .route("/persons/{id}/settlement", put(settle).delete(unsettle))
}

const MAX_PAGE: i64 = 100;

/// Highest page number asked for: far past any real list, and small enough that the offset
/// it makes never overflows.
const MAX_PAGE_NUMBER: i64 = 100_000;

/// Who reads profiles.
const READERS: [Role; 3] = [
    Role::SettlementOfficer,
    Role::Counsellor,
    Role::Municipality,
];

async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    AppQuery(params): AppQuery<Filters>,
) -> Result<AppJson<Page>> {
    let reach = access::reach(&state, &user, Action::ListPersons, &READERS).await?;
    params.validate()?;
    // A shielded person's centre never reaches a municipality: not even by filtering on it.
    // Not theirs to ask (403), as the document says; the value itself may be well formed.
    if matches!(reach, Reach::Municipality(_)) && params.centre.is_some() {
        return Err(Error::Forbidden);
    }
    let page = params.page.unwrap_or(1);
    if !(1..=MAX_PAGE_NUMBER).contains(&page) {
        return Err(Error::InvalidField("page", ErrorCode::YearsOutOfRange));
    }
    let page_size = params.page_size.unwrap_or(20);
    if !(1..=MAX_PAGE).contains(&page_size) {
        return Err(Error::InvalidField("page_size", ErrorCode::YearsOutOfRange));
    }
    let sort = match params.sort.as_deref() {
        None | Some("newest") => match reach {
            Reach::Municipality(_) => Sort::NewestDecision,
            _ => Sort::Newest,
        },
        Some("oldest") => Sort::Oldest,
        Some("age") => Sort::Youngest,
        Some("age_desc") => Sort::Eldest,
        // Most years in one occupation first; those with none last.
        Some("experience") => Sort::Experience,
        Some(_) => return Err(Error::InvalidInput),
    };
    let year = i64::from(time::OffsetDateTime::now_utc().year());
    let (total, ids) = state
        .index
        .fresh(&state.db)
        .await?
        .select(&reach, &params, year, sort, page, page_size);
    // The page's rows from the database, under the caller's reach once more: each person
    // with their latest version and how many versions they have, in one query.
    let mut rows = vec![];
    if !ids.is_empty() {
        let mut q = Sql::new(
            "SELECT p.id, p.centre_id, p.shielded, p.conflict, s.decided_at, sub.received_at,
             sub.profile, (SELECT COUNT(*) FROM person_versions c WHERE c.person_id = p.id)
             FROM persons p LEFT JOIN settlements s ON s.person_id = p.id
             JOIN person_versions v ON v.person_id = p.id AND v.version =
                 (SELECT MAX(m.version) FROM person_versions m WHERE m.person_id = p.id)
             JOIN submissions sub ON sub.id = v.submission_id
             WHERE p.id IN ",
        );
        q.push_tuple(ids.iter().map(String::as_str));
        reach.push(&mut q);
        let mut found = q.query().fetch_all(&state.db).await?;
        for id in &ids {
            if let Some(i) = found
                .iter()
                .position(|r| r.try_get::<String, _>(0).is_ok_and(|r| r == *id))
            {
                rows.push(found.swap_remove(i));
            }
        }
    }
    let seen: i64 = sqlx::query_scalar("SELECT inbox_seen_at FROM users WHERE id = $1")
        .bind(&user.id)
        .fetch_one(&state.db)
        .await?;
    let mut persons = Vec::with_capacity(rows.len());
    for r in rows {
        let id: String = r.try_get(0)?;
        let received_at: String = r.try_get(5)?;
        let profile = persons::parse(r.try_get(6)?)?;
        let versions: i64 = r.try_get(7)?;
        let shielded = r.try_get::<i64, _>(2)? != 0;
        let decided_at: Option<i64> = r.try_get(4)?;
        let hide_centre = shielded && reach.hides_centre_of_shielded();
        persons.push(Summary {
            given_name: profile.person.given_name.text.clone(),
            family_name: profile.person.family_name.text.clone(),
            year_of_birth: profile.person.year_of_birth,
            origin: profile.person.origin.clone(),
            centre: if hide_centre { None } else { r.try_get(1)? },
            occupations: occupations(&profile),
            languages: profile
                .languages
                .entries
                .iter()
                .map(|e| e.code.clone())
                .collect(),
            received_at,
            versions,
            conflict: r.try_get::<i64, _>(3)? != 0,
            new: matches!(reach, Reach::Municipality(_)) && decided_at.is_some_and(|d| d > seen),
            id,
        });
    }
    if let Reach::Municipality(m) = &reach {
        // Seen up to the newest decision listed, so that one made later is new next time.
        sqlx::query(
            "UPDATE users SET inbox_seen_at = COALESCE((SELECT MAX(decided_at) FROM settlements
             WHERE municipality_id = $1 AND decided_at > users.inbox_seen_at), inbox_seen_at)
             WHERE id = $2",
        )
        .bind(m)
        .bind(&user.id)
        .execute(&state.db)
        .await?;
    }
    audit::record(
        &state.db,
        Some(&user.id),
        Action::ListPersons,
        None,
        Outcome::Allowed,
    )
    .await?;
    Ok(AppJson(Page {
        total,
        page,
        page_size,
        persons,
    }))
}

fn occupations(profile: &ProfileRecord) -> Vec<String> {
    profile
        .work
        .iter()
        .filter_map(|w| w.occupation.as_ref()?.isco().map(str::to_owned))
        .collect()
}

async fn read(State(state): State<AppState>, user: CurrentUser, id: Id) -> Result<AppJson<View>> {
    let (reach, person) = access::person(&state, &user, Action::ReadProfile, &id, &READERS).await?;
    let id = person.id.clone();
    let mut tx = crate::db::begin(&state.db).await?;
    let Some((received_at, mut profile)) = persons::latest(&mut tx, &id).await? else {
        return Err(Error::NotFound);
    };
    let versions: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM person_versions WHERE person_id = $1")
            .bind(&id)
            .fetch_one(&mut *tx)
            .await?;
    let officer = user.role == Role::SettlementOfficer;
    if person.shielded && reach.hides_centre_of_shielded() {
        // A shielded person's centre (where they live) never leaves the server but to an
        // officer who handles shielded persons.
        profile.person.centre = None;
    }
    // No audit row, no answer.
    audit::record(
        &mut *tx,
        Some(&user.id),
        Action::ReadProfile,
        Some(&id),
        Outcome::Allowed,
    )
    .await?;
    let settled_to_name: Option<String> = match &person.settled_to {
        Some(m) => {
            sqlx::query_scalar("SELECT name FROM organisations WHERE id = $1")
                .bind(m)
                .fetch_optional(&mut *tx)
                .await?
        }
        None => None,
    };
    tx.commit().await?;
    // The other side of a conflict is named only to an officer who may see that person too.
    let conflict_with = match person.conflict_with.filter(|_| officer) {
        Some(other) if access::covers(&state.db, &reach, &other).await? => Some(other),
        _ => None,
    };
    Ok(AppJson(View {
        id: person.id,
        profile,
        received_at,
        versions,
        conflict: person.conflict,
        conflict_with,
        shielded: officer.then_some(person.shielded),
        settled_to: person.settled_to,
        settled_to_name,
    }))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExportParams {
    /// `json` (default) or `csv`.
    #[param(pattern = "^(json|csv)$")]
    format: Option<String>,
}

/// The profile for the municipality's (or the directorate's) own systems: the JSON record, or
/// a CSV of `field,value` rows (one per answer, paths as in the JSON). Audited as an export.
async fn export(
    State(state): State<AppState>,
    user: CurrentUser,
    id: Id,
    AppQuery(params): AppQuery<ExportParams>,
) -> Result<axum::response::Response> {
    use axum::response::IntoResponse;
    let (reach, person) = access::person(
        &state,
        &user,
        Action::Export,
        &id,
        &[Role::SettlementOfficer, Role::Municipality],
    )
    .await?;
    let id = person.id.clone();
    let csv = match params.format.as_deref() {
        None | Some("json") => false,
        Some("csv") => true,
        Some(_) => return Err(Error::InvalidInput),
    };
    let mut tx = crate::db::begin(&state.db).await?;
    let Some((_, mut profile)) = persons::latest(&mut tx, &id).await? else {
        return Err(Error::NotFound);
    };
    if person.shielded && reach.hides_centre_of_shielded() {
        profile.person.centre = None;
    }
    audit::record(
        &mut *tx,
        Some(&user.id),
        Action::Export,
        Some(&id),
        Outcome::Allowed,
    )
    .await?;
    tx.commit().await?;
    let disposition = |ext: &str| format!("attachment; filename=\"evne-{id}.{ext}\"");
    let json = serde_json::to_value(&profile)
        .map_err(|e| anyhow::anyhow!("Failed to serialise a profile: {e}"))?;
    if !csv {
        let headers = [(axum::http::header::CONTENT_DISPOSITION, disposition("json"))];
        return Ok((headers, AppJson(json)).into_response());
    }
    let mut rows = vec![];
    flatten("", &json, &mut rows);
    let mut out = String::from("field,value\r\n");
    for (field, value) in rows {
        out.push_str(&format!("{},{}\r\n", csv_cell(&field), csv_cell(&value)));
    }
    let headers = [
        (
            axum::http::header::CONTENT_TYPE,
            "text/csv; charset=utf-8".to_owned(),
        ),
        (axum::http::header::CONTENT_DISPOSITION, disposition("csv")),
    ];
    Ok((headers, out).into_response())
}

/// `(path, value)` of every leaf of `v`, paths as in validation errors (`work[0].title.text`).
fn flatten(path: &str, v: &serde_json::Value, out: &mut Vec<(String, String)>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, v) in m {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                flatten(&p, v, out);
            }
        }
        serde_json::Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                flatten(&format!("{path}[{i}]"), v, out);
            }
        }
        serde_json::Value::String(s) => out.push((path.to_owned(), s.clone())),
        other => out.push((path.to_owned(), other.to_string())),
    }
}

/// One CSV cell: quoted, quotes doubled; a leading `=+-@` is prefixed with `'` so that a
/// spreadsheet never runs a person's text as a formula.
fn csv_cell(s: &str) -> String {
    let safe = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    format!("\"{}\"", safe.replace('"', "\"\""))
}

/// Every version, oldest first: what an officer compares when versions disagree.
async fn versions(
    State(state): State<AppState>,
    user: CurrentUser,
    id: Id,
) -> Result<AppJson<Vec<Version>>> {
    let (_, person) = access::person(
        &state,
        &user,
        Action::ReadVersions,
        &id,
        &[Role::SettlementOfficer],
    )
    .await?;
    let id = person.id;
    let mut tx = crate::db::begin(&state.db).await?;
    let rows = sqlx::query(
        "SELECT v.version, s.received_at, s.profile FROM person_versions v
         JOIN submissions s ON s.id = v.submission_id WHERE v.person_id = $1 ORDER BY v.version",
    )
    .bind(&id)
    .fetch_all(&mut *tx)
    .await?;
    let mut out = vec![];
    for r in rows {
        out.push(Version {
            version: r.try_get(0)?,
            received_at: r.try_get(1)?,
            profile: persons::parse(&r.try_get::<String, _>(2)?)?,
        });
    }
    audit::record(
        &mut *tx,
        Some(&user.id),
        Action::ReadVersions,
        Some(&id),
        Outcome::Allowed,
    )
    .await?;
    tx.commit().await?;
    Ok(AppJson(out))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ShieldBody {
    shielded: bool,
}

/// Officers (and admins) mark a person as shielded, or lift it. Lifting needs an officer who
/// handles shielded persons (others cannot see them at all).
async fn shield(
    State(state): State<AppState>,
    user: CurrentUser,
    id: Id,
    super::AppJson(body): super::AppJson<ShieldBody>,
) -> Result<StatusCode> {
    let (_, person) = access::person(
        &state,
        &user,
        Action::Shield,
        &id,
        &[Role::SettlementOfficer, Role::Admin],
    )
    .await?;
    let id = person.id;
    let mut tx = crate::db::begin(&state.db).await?;
    sqlx::query("UPDATE persons SET shielded = $1 WHERE id = $2")
        .bind(i64::from(body.shielded))
        .bind(&id)
        .execute(&mut *tx)
        .await?;
    crate::search::index::changed(&mut tx, &id).await?;
    audit::record(
        &mut *tx,
        Some(&user.id),
        Action::Shield,
        Some(&id),
        Outcome::Allowed,
    )
    .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct SettleBody {
    /// A municipality's id (`GET /organisations?kind=municipality`); any other is 422.
    #[schema(pattern = "^[A-Za-z0-9-]{1,64}$")]
    municipality: String,
}

/// An officer records that a municipality agreed to settle the person.
async fn settle(
    State(state): State<AppState>,
    user: CurrentUser,
    id: Id,
    super::AppJson(body): super::AppJson<SettleBody>,
) -> Result<StatusCode> {
    let (_, person) = access::person(
        &state,
        &user,
        Action::Settle,
        &id,
        &[Role::SettlementOfficer],
    )
    .await?;
    let id = person.id;
    if !crate::search::is_code(&body.municipality, 64) {
        return Err(Error::InvalidField("municipality", ErrorCode::UnknownCode));
    }
    let kind: Option<String> = sqlx::query_scalar("SELECT kind FROM organisations WHERE id = $1")
        .bind(&body.municipality)
        .fetch_optional(&state.db)
        .await?;
    if kind.as_deref() != Some("municipality") {
        return Err(Error::InvalidField("municipality", ErrorCode::UnknownCode));
    }
    let mut tx = crate::db::begin(&state.db).await?;
    sqlx::query(
        "INSERT INTO settlements (person_id, municipality_id, decided_by, decided_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (person_id) DO UPDATE SET municipality_id = excluded.municipality_id,
         decided_by = excluded.decided_by, decided_at = excluded.decided_at",
    )
    .bind(&id)
    .bind(&body.municipality)
    .bind(&user.id)
    .bind(crate::now_unix())
    .execute(&mut *tx)
    .await?;
    crate::search::index::changed(&mut tx, &id).await?;
    audit::record(
        &mut *tx,
        Some(&user.id),
        Action::Settle,
        Some(&id),
        Outcome::Allowed,
    )
    .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An officer undoes a settlement decision: the municipality no longer sees the person.
async fn unsettle(State(state): State<AppState>, user: CurrentUser, id: Id) -> Result<StatusCode> {
    let (_, person) = access::person(
        &state,
        &user,
        Action::Unsettle,
        &id,
        &[Role::SettlementOfficer],
    )
    .await?;
    let id = person.id;
    let mut tx = crate::db::begin(&state.db).await?;
    sqlx::query("DELETE FROM settlements WHERE person_id = $1")
        .bind(&id)
        .execute(&mut *tx)
        .await?;
    crate::search::index::changed(&mut tx, &id).await?;
    audit::record(
        &mut *tx,
        Some(&user.id),
        Action::Unsettle,
        Some(&id),
        Outcome::Allowed,
    )
    .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct MergeBody {
    /// The person who turned out to be the same as the one in the path.
    #[schema(format = "uuid")]
    from: String,
}

/// An officer confirms two persons are one: `from`'s versions and notes join this person.
async fn merge(
    State(state): State<AppState>,
    user: CurrentUser,
    id: Id,
    super::AppJson(body): super::AppJson<MergeBody>,
) -> Result<StatusCode> {
    let (_, person) = access::person(
        &state,
        &user,
        Action::Merge,
        &id,
        &[Role::SettlementOfficer],
    )
    .await?;
    let id = person.id;
    // Not an id of ours: nobody to merge, as for an id out of reach.
    let from = Id::parse(&body.from).ok_or(Error::NotFound)?;
    if from.as_str() == id {
        return Err(Error::InvalidField("from", ErrorCode::Duplicate));
    }
    let (_, from) = access::person(
        &state,
        &user,
        Action::Merge,
        &from,
        &[Role::SettlementOfficer],
    )
    .await?;
    let mut tx = crate::db::begin(&state.db).await?;
    persons::merge(&mut tx, &id, &from.id).await?;
    audit::record(
        &mut *tx,
        Some(&user.id),
        Action::Merge,
        Some(&id),
        Outcome::Allowed,
    )
    .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An officer or admin erases a person on request: every version, note, fact and settlement.
/// The audit row names only the (opaque) person id.
async fn erase(State(state): State<AppState>, user: CurrentUser, id: Id) -> Result<StatusCode> {
    let (_, person) = access::person(
        &state,
        &user,
        Action::Erase,
        &id,
        &[Role::SettlementOfficer, Role::Admin],
    )
    .await?;
    let id = person.id;
    let mut tx = crate::db::begin(&state.db).await?;
    persons::erase(&mut tx, &id).await?;
    audit::record(
        &mut *tx,
        Some(&user.id),
        Action::Erase,
        Some(&id),
        Outcome::Allowed,
    )
    .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An officer answers a conflict: this person is not the one their case number named, and
/// stays a person of their own (the other answer is to merge them into that person).
async fn keep_apart(
    State(state): State<AppState>,
    user: CurrentUser,
    id: Id,
) -> Result<StatusCode> {
    let (_, person) = access::person(
        &state,
        &user,
        Action::KeepApart,
        &id,
        &[Role::SettlementOfficer],
    )
    .await?;
    let mut tx = crate::db::begin(&state.db).await?;
    persons::keep_apart(&mut tx, &person.id).await?;
    audit::record(
        &mut *tx,
        Some(&user.id),
        Action::KeepApart,
        Some(&person.id),
        Outcome::Allowed,
    )
    .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}
