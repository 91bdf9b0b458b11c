//! Settlement officers' saved searches: `GET /searches` (their own), `POST /searches` (a name
//! and the filters of `GET /persons`, checked as that endpoint checks them),
//! `DELETE /searches/{id}` (their own). Filters only: nothing of a person is kept here.

use super::AppJson;
use super::Id;
use crate::auth::CurrentUser;
use crate::error::{Error, Result};
use crate::search::Filters;
use crate::store;
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{delete, get};
use axum::Router;
use evne_model::persons::{NewSearch, SavedSearch, MAX_SEARCH_NAME_CHARS};
use evne_model::{ErrorCode, Role};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/searches", get(list).post(save))
        .route("/searches/{id}", delete(remove))
}

/// Most saved searches one officer keeps.
pub const MAX_SAVED: i64 = 50;

/// Longest query string kept (every filter set is far shorter).
const MAX_QUERY_CHARS: usize = 1_000;

async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<AppJson<Vec<SavedSearch>>> {
    user.require(Role::SettlementOfficer)?;
    let list = store::searches::of_user(&state.db, &user.id).await?;
    Ok(AppJson(list))
}

/// The filters of `query`, or 422 naming `query`: only what `GET /persons` would accept is
/// kept, without paging. A control character is refused as such, before the query string is
/// read (a query string has none; and a NUL must never reach the database, which PostgreSQL
/// refuses with an error).
fn checked_query(query: &str) -> Result<String> {
    let refused = |code| Error::InvalidField("query", code);
    if query.chars().count() > MAX_QUERY_CHARS {
        return Err(refused(ErrorCode::TooLong));
    }
    if query.chars().any(char::is_control) {
        return Err(refused(ErrorCode::InvalidText));
    }
    let mut filters: Filters =
        serde_urlencoded::from_str(query).map_err(|_| refused(ErrorCode::Malformed))?;
    filters
        .validate()
        .map_err(|_| refused(ErrorCode::Malformed))?;
    // A name would keep something of a person: saved searches hold criteria only.
    if filters.name.is_some() {
        return Err(refused(ErrorCode::Malformed));
    }
    filters.page = None;
    filters.page_size = None;
    filters.group = None;
    serde_urlencoded::to_string(&filters).map_err(|_| refused(ErrorCode::Malformed))
}

async fn save(
    State(state): State<AppState>,
    user: CurrentUser,
    AppJson(new): AppJson<NewSearch>,
) -> Result<AppJson<SavedSearch>> {
    user.require(Role::SettlementOfficer)?;
    // The length as sent (white space around it included), as the document says it.
    if new.name.chars().count() > MAX_SEARCH_NAME_CHARS {
        return Err(Error::InvalidField("name", ErrorCode::TooLong));
    }
    let name = new.name.trim().to_owned();
    if name.is_empty() {
        return Err(Error::InvalidField("name", ErrorCode::Required));
    }
    if name.chars().any(char::is_control) {
        return Err(Error::InvalidField("name", ErrorCode::InvalidText));
    }
    let query = checked_query(&new.query)?;
    let mut tx = crate::db::begin(&state.db).await?;
    let search = (name.as_str(), query.as_str());
    let saved = store::searches::save(&mut tx, &user.id, search, MAX_SAVED, crate::now_unix());
    let id = saved.await?.ok_or(Error::InvalidInput)?;
    tx.commit().await?;
    Ok(AppJson(SavedSearch { id, name, query }))
}

async fn remove(State(state): State<AppState>, user: CurrentUser, id: Id) -> Result<StatusCode> {
    user.require(Role::SettlementOfficer)?;
    if !store::searches::delete(&state.db, &user.id, &id).await? {
        return Err(Error::NotFound);
    }
    Ok(StatusCode::NO_CONTENT)
}
