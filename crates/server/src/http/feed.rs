//! `GET /feed?after=CURSOR&limit=N`: the hand-over feed, for integration clients only (a case
//! system's token; see [`crate::feed`]). Each page is audited with every person it carried, as
//! read by that integration; an empty page carries no one and is not.

use super::{AppJson, AppQuery};
use crate::audit::{self, Action};
use crate::auth::Integration;
use crate::error::{Error, Result};
use crate::feed::{self, cursor};
use crate::AppState;
use axum::extract::State;
use axum::routing::get;
use axum::Router;
use evne_model::feed::{FeedPage, DEFAULT_LIMIT, MAX_LIMIT};
use evne_model::ErrorCode;
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new().route("/feed", get(read))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(crate) struct Params {
    /// Read on after this cursor (an event's `cursor`, or a page's `next`); from the start
    /// without it. Opaque: only a cursor this server gave is accepted.
    #[param(pattern = "^[A-Za-z0-9_-]{8,40}$")]
    after: Option<String>,
    /// Events per page, 1 to 1000 (default 100).
    #[param(minimum = 1, maximum = 1000)]
    limit: Option<usize>,
}

async fn read(
    State(state): State<AppState>,
    integration: Integration,
    AppQuery(params): AppQuery<Params>,
) -> Result<AppJson<FeedPage>> {
    let after = match params.after.as_deref() {
        None => 0,
        Some(c) => cursor::decode(c).ok_or(Error::InvalidField("after", ErrorCode::Malformed))?,
    };
    let limit = params.limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(Error::InvalidField("limit", ErrorCode::TooMany));
    }
    let mut conn = state.db.acquire().await?;
    let (page, persons) = feed::page(&mut conn, after, limit).await?;
    drop(conn);
    if !persons.is_empty() {
        let mut tx = crate::db::begin(&state.db).await?;
        for person in &persons {
            audit::allowed(&mut *tx, &integration.id, Action::ReadFeed, Some(person)).await?;
        }
        tx.commit().await?;
    }
    Ok(AppJson(page))
}
