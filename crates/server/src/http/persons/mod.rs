//! Persons: search and lists (`GET /persons`), one profile (`GET /persons/{id}`), its versions
//! and export, and the decisions on a person (shielding, settlement, merge, erasure). Every
//! answer is limited to the caller's reach (see `crate::access`); a person out of reach is 404,
//! as if it did not exist. Every profile read, list, decision and erasure is audited.

mod codes;
mod decisions;
mod export;
mod list;
mod read;

use crate::AppState;
use axum::routing::{delete, get, post, put};
use axum::Router;
use evne_model::Role;

pub(crate) use decisions::{MergeBody, SettleBody, ShieldBody};
pub(crate) use export::ExportParams;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/persons", get(list::list))
        .route("/persons/{id}", get(read::read).delete(decisions::erase))
        .route("/persons/{id}/versions", get(read::versions))
        .route("/persons/{id}/export", get(export::export))
        .route(
            "/persons/{id}/jobs/{job}/esco",
            put(codes::set).delete(codes::remove),
        )
        .route("/persons/{id}/shielded", put(decisions::shield))
        .route("/persons/{id}/merge", post(decisions::merge))
        .route("/persons/{id}/conflict", delete(decisions::keep_apart))
        .route(
            "/persons/{id}/settlement",
            put(decisions::settle).delete(decisions::unsettle),
        )
}

/// Who reads profiles.
const READERS: [Role; 3] = [
    Role::SettlementOfficer,
    Role::Counsellor,
    Role::Municipality,
];
