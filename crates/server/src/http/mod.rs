//! The HTTP surface. Each resource owns its routes; they are merged here, under `/api`, and the
//! built app is served for every other path.
//!
//! Security headers are set on every response: a strict CSP (see [`shell`]), no caching of API
//! answers (they carry personal data), no sniffing, no framing, no referrer.

mod audit_log;
mod devices;
mod json;
mod notes;
mod persons;
mod registrations;
mod session;
pub mod shell;
mod stats;
mod submissions;

use crate::error::Error;
use crate::AppState;
use axum::extract::DefaultBodyLimit;
use axum::http::header::{self, HeaderValue};
use axum::Router;
use tower_http::set_header::SetResponseHeaderLayer;

pub use json::AppJson;

/// Largest request body the API accepts. A profile is a few KB; this leaves room for long
/// free text without letting anyone fill memory.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// The whole application: API plus the static app.
pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .merge(submissions::router())
        .merge(session::router())
        .merge(registrations::router())
        .merge(devices::router())
        .merge(audit_log::router())
        .merge(persons::router())
        .merge(notes::router())
        .merge(stats::router())
        .fallback(|| async { Error::NotFound })
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ));
    let shell = shell::Shell::load(&state.settings.app_dir);
    Router::new()
        .nest("/api", api)
        .fallback_service(shell.service())
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            shell.csp(),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .with_state(state)
}
