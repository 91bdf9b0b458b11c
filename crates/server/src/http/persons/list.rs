//! `GET /persons`: a page of the persons in the caller's reach, filtered and sorted by the
//! search index, their rows read under the same reach once more.

use super::READERS;
use crate::access::{self, Reach};
use crate::audit::{self, Action};
use crate::auth::CurrentUser;
use crate::error::{Error, Result};
use crate::http::extract::AppQuery;
use crate::http::AppJson;
use crate::search::index::Sort;
use crate::search::Filters;
use crate::store::persons::{self, rows};
use crate::AppState;
use axum::extract::State;
use evne_model::persons::{Page, Summary};
use evne_model::{ErrorCode, ProfileRecord};

const MAX_PAGE: i64 = 100;

/// Highest page number asked for: far past any real list, and small enough that the offset
/// it makes never overflows.
const MAX_PAGE_NUMBER: i64 = 100_000;

pub(super) async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    AppQuery(params): AppQuery<Filters>,
) -> Result<AppJson<Page>> {
    let reach = access::reach(&state.db, &user, Action::ListPersons, &READERS).await?;
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
    let sort = sort(params.sort.as_deref(), &reach)?;
    let year = i64::from(time::OffsetDateTime::now_utc().year());
    let (total, ids) = state
        .index
        .fresh(&state.db)
        .await?
        .select(&reach, &params, year, sort, page, page_size);
    let rows = rows::summaries(&state.db, &reach, &ids).await?;
    let seen = rows::inbox_seen_at(&state.db, &user.id).await?;
    let persons = rows
        .into_iter()
        .map(|r| summary(r, &reach, seen))
        .collect::<Result<Vec<_>>>()?;
    if let Reach::Municipality(m) = &reach {
        rows::mark_inbox_seen(&state.db, m, &user.id).await?;
    }
    audit::allowed(&state.db, &user.id, Action::ListPersons, None).await?;
    Ok(AppJson(Page {
        total,
        page,
        page_size,
        persons,
    }))
}

fn sort(asked: Option<&str>, reach: &Reach) -> Result<Sort> {
    Ok(match asked {
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
    })
}

/// A row as the list shows it; `seen` is when a municipality user last looked (what was
/// decided after is new).
fn summary(r: rows::Summary, reach: &Reach, seen: i64) -> Result<Summary> {
    let profile = persons::parse(&r.profile)?;
    let hide_centre = r.shielded != 0 && reach.hides_centre_of_shielded();
    let p = &profile.person;
    Ok(Summary {
        given_name: p.given_name.text.clone(),
        family_name: p.family_name.text.clone(),
        year_of_birth: p.year_of_birth,
        origin: p.origin.clone(),
        centre: if hide_centre { None } else { r.centre_id },
        occupations: occupations(&profile),
        languages: profile
            .languages
            .entries
            .iter()
            .map(|e| e.code.clone())
            .collect(),
        received_at: r.received_at,
        versions: r.versions,
        conflict: r.conflict != 0,
        new: matches!(reach, Reach::Municipality(_)) && r.decided_at.is_some_and(|d| d > seen),
        id: r.id,
    })
}

fn occupations(profile: &ProfileRecord) -> Vec<String> {
    profile
        .work
        .iter()
        .filter_map(|w| w.occupation.as_ref()?.isco().map(str::to_owned))
        .collect()
}
