//! The HTTP surface. Each resource owns its routes; they are merged here, under `/api`, and the
//! built app is served for every other path.
//!
//! Security headers are set on every response: a strict CSP (see [`shell`]), no caching of API
//! answers (they carry personal data), no sniffing, no framing, no referrer.

mod assisted;
mod audit_log;
mod centre;
mod devices;
mod handover;
mod json;
mod notes;
mod organisations;
mod persons;
mod registrations;
mod searches;
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

/// Every API route (under `/api`): the one table the access-matrix test is generated from. A
/// test checks it against the routes the modules register, so a new endpoint without an entry
/// here (and so without an access expectation) fails the build's tests.
pub const ENDPOINTS: [(&str, &str); 33] = [
    ("GET", "/submission-key"),
    ("POST", "/submissions"),
    ("POST", "/login"),
    ("POST", "/logout"),
    ("GET", "/me"),
    ("POST", "/password"),
    ("GET", "/registrations"),
    ("GET", "/devices"),
    ("POST", "/devices"),
    ("POST", "/devices/{id}/revoke"),
    ("POST", "/devices/status"),
    ("GET", "/audit"),
    ("GET", "/persons"),
    ("GET", "/persons/{id}"),
    ("DELETE", "/persons/{id}"),
    ("GET", "/persons/{id}/versions"),
    ("GET", "/persons/{id}/export"),
    ("PUT", "/persons/{id}/shielded"),
    ("PUT", "/persons/{id}/settlement"),
    ("DELETE", "/persons/{id}/settlement"),
    ("GET", "/persons/{id}/notes"),
    ("POST", "/persons/{id}/notes"),
    ("PUT", "/notes/{id}"),
    ("GET", "/stats"),
    ("GET", "/organisations"),
    ("GET", "/centre/residents"),
    ("POST", "/persons/{id}/merge"),
    ("GET", "/assisted"),
    ("POST", "/assisted"),
    ("GET", "/searches"),
    ("POST", "/searches"),
    ("DELETE", "/searches/{id}"),
    ("GET", "/settlements"),
];

/// Largest request body the API accepts. A profile is a few KB; this leaves room for long
/// free text without letting anyone fill memory.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// Cross-site request forgery: a state-changing request that a browser marks as coming from
/// another origin is refused (403 `forbidden`), whatever cookie it carries. Session cookies are
/// `SameSite=Strict` too, and bodies must be JSON; this is the third fence.
async fn same_origin(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::http::Method;
    use axum::response::IntoResponse;
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let headers = req.headers();
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let cross_site = match (origin, host) {
        (None, _) => false,
        (Some(origin), Some(host)) => origin
            .split_once("://")
            .map(|(_, rest)| rest)
            .is_none_or(|o| o != host),
        (Some(_), None) => true,
    };
    if !safe && cross_site {
        return Error::Forbidden.into_response();
    }
    next.run(req).await
}

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
        .merge(centre::router())
        .merge(assisted::router())
        .merge(searches::router())
        .merge(handover::router())
        .merge(organisations::router())
        .merge(stats::router())
        .fallback(|| async { Error::NotFound })
        .layer(axum::middleware::from_fn(same_origin))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ));
    let shell = shell::Shell::load(&state.settings.app_dir);
    Router::new()
        .nest("/api", api)
        .nest_service("/staff", shell.staff_service())
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
