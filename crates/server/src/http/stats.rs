//! `GET /stats?group=...&<filters>`: counts of persons by occupation group, education level,
//! language, age band, centre or country of origin, for settlement officers. A cell under
//! [`MIN_CELL`] persons is suppressed (shown as "<5"), so that no statistic identifies anyone.
//! Shielded persons are counted only for officers who handle them.

use super::{AppJson, AppQuery};
use crate::access;
use crate::audit::{self, Action};
use crate::auth::CurrentUser;
use crate::error::{Error, Result};
use crate::search::Filters;
use crate::AppState;
use axum::extract::State;
use axum::routing::get;
use axum::Router;
use evne_model::persons::{Cell, Table};

pub fn router() -> Router<AppState> {
    Router::new().route("/stats", get(stats))
}

/// Smallest count shown.
pub const MIN_CELL: i64 = 5;

async fn stats(
    State(state): State<AppState>,
    user: CurrentUser,
    AppQuery(params): AppQuery<Filters>,
) -> Result<AppJson<Table>> {
    let reach = access::reach(&state.db, &user, Action::ReadStatistics, access::OFFICERS).await?;
    params.validate()?;
    let year = i64::from(time::OffsetDateTime::now_utc().year());
    let group = params.group.clone().unwrap_or_default();
    let (total, counts) = state
        .index
        .fresh(&state.db)
        .await?
        .count_by(&reach, &params, year, &group)
        .ok_or(Error::InvalidInput)?;
    let shown = |n: i64| (n >= MIN_CELL).then_some(n);
    let cells = counts
        .into_iter()
        .map(|(key, count)| Cell {
            key,
            count: shown(count),
            suppressed: count < MIN_CELL,
        })
        .collect();
    audit::allowed(&state.db, &user.id, Action::ReadStatistics, None).await?;
    Ok(AppJson(Table {
        group,
        total: shown(total),
        cells,
    }))
}
