//! `PUT`/`DELETE /persons/{id}/jobs/{job}/esco`: a counsellor (of the person's centre) or a
//! settlement officer codes the free-text title of a job of the latest profile (`job`, its
//! place in `work`, from 0) to an ESCO occupation, or removes the code. The code is kept
//! against the title as written (see [`crate::store::job_codes`]); views and exports carry it.
//! Audited (`code_job`) with the person.

use crate::access;
use crate::audit::{self, Action};
use crate::auth::CurrentUser;
use crate::error::{Error, Result};
use crate::http::extract::Id;
use crate::http::AppJson;
use crate::store::{job_codes, persons};
use crate::AppState;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use evne_model::esco::JobCodeBody;
use evne_model::{ErrorCode, Role};

/// Who codes job titles.
const CODERS: [Role; 2] = [Role::Counsellor, Role::SettlementOfficer];

/// The person and the job a path names (404 if either is not a number or id).
fn parse(path: std::result::Result<Path<(String, String)>, PathRejection>) -> Result<(Id, usize)> {
    let Path((id, job)) = path.map_err(|_| Error::NotFound)?;
    let id = Id::parse(&id).ok_or(Error::NotFound)?;
    let job = job.parse::<usize>().map_err(|_| Error::NotFound)?;
    Ok((id, job))
}

/// The title as written of job `job` of `person`'s latest profile (`None` if it has none: a
/// chosen occupation is coded already); 404 if there is no such job.
async fn title(tx: &mut sqlx::AnyConnection, person: &str, job: usize) -> Result<Option<String>> {
    let Some((_, profile)) = persons::latest(tx, person).await? else {
        return Err(Error::NotFound);
    };
    let work = profile.work.get(job).ok_or(Error::NotFound)?;
    Ok(Some(work.title.text.trim().to_owned()).filter(|t| !t.is_empty()))
}

pub(super) async fn set(
    State(state): State<AppState>,
    user: CurrentUser,
    path: std::result::Result<Path<(String, String)>, PathRejection>,
    AppJson(body): AppJson<JobCodeBody>,
) -> Result<StatusCode> {
    let (id, job) = parse(path)?;
    let (_, person) = access::person(&state.db, &user, Action::CodeJob, &id, &CODERS).await?;
    let Some(esco) = crate::esco::by_uri(body.esco.trim()) else {
        return Err(Error::InvalidField("esco", ErrorCode::UnknownCode));
    };
    let mut tx = crate::db::begin(&state.db).await?;
    let Some(title) = title(&mut tx, &person.id, job).await? else {
        return Err(Error::InvalidField("title", ErrorCode::Required));
    };
    let hash = job_codes::title_hash(&title);
    job_codes::set(&mut tx, &person.id, &hash, esco.id, &user.id).await?;
    crate::store::feed::changed(&mut tx, &person.id).await?;
    audit::allowed(&mut *tx, &user.id, Action::CodeJob, Some(&person.id)).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

pub(super) async fn remove(
    State(state): State<AppState>,
    user: CurrentUser,
    path: std::result::Result<Path<(String, String)>, PathRejection>,
) -> Result<StatusCode> {
    let (id, job) = parse(path)?;
    let (_, person) = access::person(&state.db, &user, Action::CodeJob, &id, &CODERS).await?;
    let mut tx = crate::db::begin(&state.db).await?;
    // A job without a title as written has no code to remove: done already.
    let Some(title) = title(&mut tx, &person.id, job).await? else {
        return Ok(StatusCode::NO_CONTENT);
    };
    if job_codes::remove(&mut tx, &person.id, &job_codes::title_hash(&title)).await? {
        crate::store::feed::changed(&mut tx, &person.id).await?;
    }
    audit::allowed(&mut *tx, &user.id, Action::CodeJob, Some(&person.id)).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}
