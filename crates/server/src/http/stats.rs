//! `GET /stats?group=...&<filters>`: counts of persons by occupation group, education level,
//! language, age band, centre or country of origin, for settlement officers. A cell under
//! [`MIN_CELL`] persons is suppressed (shown as "<5"), so that no statistic identifies anyone.
//! Shielded persons are counted only for officers who handle them.

use super::AppJson;
use crate::audit::{self, Action, Outcome};
use crate::auth::CurrentUser;
use crate::db::Sql;
use crate::error::{Error, Result};
use crate::search::{Filters, Reach};
use crate::AppState;
use axum::extract::{Query, State};
use axum::routing::get;
use axum::Router;
use evne_model::persons::{Cell, Table};
use evne_model::Role;
use sqlx::Row;

pub fn router() -> Router<AppState> {
    Router::new().route("/stats", get(stats))
}

/// Smallest count shown.
pub const MIN_CELL: i64 = 5;

async fn stats(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(params): Query<Filters>,
) -> Result<AppJson<Table>> {
    if let Err(e) = user.require(Role::SettlementOfficer) {
        audit::record(
            &state.db,
            Some(&user.id),
            Action::ReadStatistics,
            None,
            Outcome::Denied,
        )
        .await?;
        return Err(e);
    }
    params.validate()?;
    let reach = Reach::of(&state.db, &user).await?;
    let year = i64::from(time::OffsetDateTime::now_utc().year());
    let group = params.group.clone().unwrap_or_default();
    // The grouping key (ages are banded below).
    let key = match group.as_str() {
        "isco" => "substr(f.code, 1, 2)",
        "isced" | "lang" | "country" => "f.code",
        "centre" => "COALESCE(p.centre_id, '')",
        "age" => "",
        _ => return Err(Error::InvalidInput),
    };
    let mut q = Sql::new("SELECT ");
    if group == "age" {
        // The five age bands below 65.
        q.push("CASE");
        for (i, band) in ["15-24", "25-34", "35-44", "45-54", "55-64"]
            .iter()
            .enumerate()
        {
            q.push(" WHEN ")
                .push_bind(year)
                .push(" - p.birth_year < ")
                .push_bind(25 + 10 * i as i64);
            q.push(" THEN ").push_bind(*band);
        }
        q.push(" ELSE '65+' END");
    } else {
        q.push(key);
    }
    q.push(
        " AS k, COUNT(DISTINCT p.id) FROM persons p LEFT JOIN settlements s ON s.person_id = p.id",
    );
    if let Some(kind) = match group.as_str() {
        "isco" => Some("isco"),
        "isced" => Some("isced"),
        "lang" => Some("lang"),
        "country" => Some("country"),
        _ => None,
    } {
        q.push(" JOIN person_facts f ON f.person_id = p.id AND f.kind = ")
            .push_bind(kind);
    }
    q.push(" WHERE 1 = 1");
    reach.push(&mut q);
    params.push(&mut q, year);
    q.push(" GROUP BY k ORDER BY k");
    let rows = q.query().fetch_all(&state.db).await?;

    let mut total = Sql::new(
        "SELECT COUNT(*) FROM persons p LEFT JOIN settlements s ON s.person_id = p.id WHERE 1 = 1",
    );
    reach.push(&mut total);
    params.push(&mut total, year);
    let total: i64 = total.query_scalar().fetch_one(&state.db).await?;

    let shown = |n: i64| (n >= MIN_CELL).then_some(n);
    let mut cells = Vec::with_capacity(rows.len());
    for r in rows {
        let count: i64 = r.try_get(1)?;
        cells.push(Cell {
            key: r.try_get(0)?,
            count: shown(count),
            suppressed: count < MIN_CELL,
        });
    }
    audit::record(
        &state.db,
        Some(&user.id),
        Action::ReadStatistics,
        None,
        Outcome::Allowed,
    )
    .await?;
    Ok(AppJson(Table {
        group,
        total: shown(total),
        cells,
    }))
}
