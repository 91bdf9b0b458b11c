//! The HTTP surface. Each resource owns its routes; they are merged here, under `/api`, and the
//! built app is served for every other path.
//!
//! Security headers are set on every response: a strict CSP (see [`shell`]), no caching of API
//! answers (they carry personal data), no sniffing, no framing, no referrer.

mod asked;
pub(crate) mod assisted;
mod audit_log;
mod centre;
mod coverage;
mod devices;
mod esco;
mod extract;
mod feed;
mod guard;
mod handover;
mod json;
mod lock_secret;
mod notes;
mod openapi;
mod organisations;
mod persons;
mod registrations;
mod review;
mod searches;
mod session;
pub mod shell;
mod stats;
mod submissions;
mod users;

use crate::error::Error;
use crate::AppState;
use axum::extract::DefaultBodyLimit;
use axum::http::header::{self, HeaderValue};
use axum::Router;
use tower_http::set_header::SetResponseHeaderLayer;

pub use extract::{AppQuery, Id};
pub use json::AppJson;

/// One API route and what the OpenAPI document says of it.
#[derive(Debug, Clone, Copy)]
pub struct Endpoint {
    pub method: &'static str,
    /// Under `/api/v1` (and, for tablets with an older app, `/api`).
    pub path: &'static str,
    pub summary: &'static str,
    /// Who may call it; the access-matrix test checks this for every caller.
    pub allowed: &'static str,
    /// The JSON body's schema, if it takes one.
    pub body: Option<&'static str>,
    /// The answer: 200 with JSON of this schema (`[Name]` for a list, `Object` for any JSON
    /// object); `None` is 204 No Content.
    pub answer: Option<&'static str>,
    /// The query string it reads, by the name of its parameters (see `openapi::query`):
    /// `Filters` (a search), `Statistics`, `Export`, `Organisations`, `Audit`.
    pub query: Option<&'static str>,
    /// Also answers as CSV (`?format=csv`).
    pub csv: bool,
}

const fn e(
    method: &'static str,
    path: &'static str,
    summary: &'static str,
    allowed: &'static str,
    body: Option<&'static str>,
    answer: Option<&'static str>,
) -> Endpoint {
    Endpoint {
        method,
        path,
        summary,
        allowed,
        body,
        answer,
        query: None,
        csv: false,
    }
}

/// `endpoint`, reading the query string `params` (see [`Endpoint::query`]).
const fn with_query(params: &'static str, endpoint: Endpoint) -> Endpoint {
    Endpoint {
        query: Some(params),
        ..endpoint
    }
}

/// A search: the filters of `search::Filters`, with paging and sorting.
const fn filtered(endpoint: Endpoint) -> Endpoint {
    with_query("Filters", endpoint)
}

const OFFICER: &str = "settlement officers";
const REVIEWER: &str = "language reviewers (of that locale)";

/// Every API route: the one table the access-matrix test and the OpenAPI document are
/// generated from. A test checks it against the routes the modules register, so a new
/// endpoint without an entry here (and so without an access expectation) fails the tests.
#[rustfmt::skip]
pub const ENDPOINTS: [Endpoint; 54] = [
    e("GET", "/submission-key", "The key tablets seal registrations to", "anyone", None, Some("PublicKeyRecord")),
    e("POST", "/submissions", "A tablet hands over one sealed registration (idempotent by id)", "enrolled tablets", Some("SealedSubmission"), Some("Receipt")),
    e("POST", "/login", "Log in (sets the session cookie)", "anyone", Some("Credentials"), Some("Me")),
    e("POST", "/logout", "Log out (ends the session on the server)", "anyone", None, None),
    e("GET", "/me", "Who is logged in", "any session", None, Some("Me")),
    e("POST", "/password", "Change one's password", "any session", Some("PasswordChange"), None),
    e("GET", "/registrations", "Every registration received (raw)", OFFICER, None, Some("[Registration]")),
    e("GET", "/devices", "Tablets and their sync status", "reception staff (own centre), officers, admins", None, Some("[Device]")),
    e("POST", "/devices", "Enrol a tablet for the caller's centre", "reception staff", None, Some("Enrolment")),
    e("POST", "/devices/{id}/revoke", "Disconnect a tablet", "reception staff (own centre), admins", None, None),
    e("POST", "/devices/status", "A tablet reports its queue", "enrolled tablets", Some("DeviceStatus"), None),
    e("POST", "/devices/lock-secret", "The secret that opens the tablet's draft lock where it has no WebAuthn PRF (the tablet's token and a staff login of its centre; no session)", "enrolled tablets, with reception staff of their centre", Some("Credentials"), Some("LockSecret")),
    with_query("Audit", e("GET", "/audit", "The audit log, newest first", "officers, admins", None, Some("[AuditRow]"))),
    filtered(e("GET", "/persons", "Search (officers), a counsellor's residents, a municipality's inbox", "officers, counsellors (their centres), municipalities (their settlements)", None, Some("Page"))),
    e("GET", "/persons/{id}", "One profile (audited)", "officers, counsellors (own centre), the settling municipality", None, Some("View")),
    e("DELETE", "/persons/{id}", "Erase a person: every version, note and search entry", "officers, admins", None, None),
    e("GET", "/persons/{id}/versions", "Every version of a person, oldest first", OFFICER, None, Some("[Version]")),
    Endpoint { csv: true, ..with_query("Export", e("GET", "/persons/{id}/export", "The profile as JSON or CSV (`?format=csv`; audited)", "officers, the settling municipality", None, Some("Object"))) },
    e("PUT", "/persons/{id}/jobs/{job}/esco", "Code a job's free-text title (`job`: its place in `work`, from 0) to an ESCO occupation (audited)", "counsellors (own centre), officers", Some("JobCodeBody"), None),
    e("DELETE", "/persons/{id}/jobs/{job}/esco", "Remove a job title's ESCO code (audited)", "counsellors (own centre), officers", None, None),
    e("PUT", "/persons/{id}/shielded", "Shield a person (or lift it)", "officers, admins", Some("ShieldBody"), None),
    e("PUT", "/persons/{id}/settlement", "Record that a municipality agreed to settle the person", OFFICER, Some("SettleBody"), None),
    e("DELETE", "/persons/{id}/settlement", "Undo a settlement", OFFICER, None, None),
    e("GET", "/persons/{id}/notes", "Counsellors' notes on a person", "officers, counsellors (own centre), the settling municipality", None, Some("[Note]")),
    e("POST", "/persons/{id}/notes", "Add a counselling note", "counsellors (own centre)", Some("NoteBody"), Some("Note")),
    e("PUT", "/notes/{id}", "Edit one's own note", "counsellors (own notes)", Some("NoteBody"), Some("Note")),
    with_query("Statistics", e("GET", "/stats", "Group statistics (`?group=isco|isced|lang|age|centre|country`); cells under 5 suppressed", OFFICER, None, Some("Table"))),
    with_query("Organisations", e("GET", "/organisations", "Organisations (`?kind=municipality|reception_centre|directorate`)", "officers, admins", None, Some("[Organisation]"))),
    e("GET", "/centre/residents", "Who of the caller's centre has registered (no content)", "reception staff", None, Some("[Registered]")),
    e("POST", "/persons/{id}/merge", "Merge another record of the same person into this one", OFFICER, Some("MergeBody"), None),
    e("DELETE", "/persons/{id}/conflict", "Keep a conflicting record as a person of their own", OFFICER, None, None),
    e("GET", "/assisted", "The centre's recent assisted registrations", "reception staff", None, Some("[Assisted]")),
    e("POST", "/assisted", "Start an assisted registration (a short code)", "reception staff", None, Some("Assisted")),
    e("GET", "/searches", "The caller's saved searches", OFFICER, None, Some("[SavedSearch]")),
    e("POST", "/searches", "Save a search (filters only)", OFFICER, Some("NewSearch"), Some("SavedSearch")),
    e("DELETE", "/searches/{id}", "Delete one's saved search", OFFICER, None, None),
    e("GET", "/settlements", "Every settlement and its hand-over status", OFFICER, None, Some("[Handover]")),
    e("GET", "/centre", "The caller's centre and its resident count", "reception staff", None, Some("Centre")),
    with_query("Esco", e("GET", "/esco/occupations", "ESCO occupations (and their ISCO-08 groups) for a free-text job title, best first (`?q=phone repair`)", "counsellors, officers", None, Some("[EscoMatch]"))),
    with_query("Feed", e("GET", "/feed", "The hand-over feed for case systems: settlements, updates, withdrawals and erasures in commit order (`?after=CURSOR&limit=N`; audited with every person carried)", "integration clients (`Authorization: Bearer`)", None, Some("FeedPage"))),
    e("GET", "/coverage", "Registered residents as a share of the residents: per centre, region and nationally, now and weekly over the last year (counts under 5 suppressed; audited)", "officers, admins", None, Some("Coverage")),
    e("GET", "/asked-languages", "Languages residents asked for that the app lacks, last 30 days (counts only)", "reception staff (own centre), officers and admins (all)", None, Some("[Asked]")),
    e("PUT", "/centre", "Set the centre's resident count", "reception staff", Some("CentreUpdate"), None),
    e("GET", "/users", "Staff accounts and their shield rights", "admins", None, Some("[User]")),
    e("PUT", "/users/{id}/shielded", "Allow a settlement officer to see shielded persons (or stop it)", "admins", Some("ShieldRights"), None),
    e("GET", "/review/{locale}", "A locale's messages for review, in the order a resident meets them, with progress", REVIEWER, None, Some("Review")),
    e("PUT", "/review/{locale}/{message}", "Accept or correct one message (checked as `cargo xtask i18n` checks)", REVIEWER, Some("ReviewBody"), Some("ReviewRow")),
    e("POST", "/review/{locale}/{message}/approval", "A second reviewer approves a reviewed message", REVIEWER, None, Some("ReviewRow")),
    e("PUT", "/review/{locale}/{message}/recording", "Keep a recording of one message (WebM, MP4 or WAV; at most 60 s and 1 MB)", REVIEWER, Some("Audio"), Some("ReviewRow")),
    e("GET", "/review/{locale}/{message}/recording", "Hear a message's recording", REVIEWER, None, Some("Audio")),
    e("GET", "/language-coverage", "Every locale's progress: messages, reviewed, approved, stale, recorded", "admins", None, Some("[LocaleCoverage]")),
    e("GET", "/language-packs/{locale}", "A locale's reviewed words, for the tablets", "anyone", None, Some("LanguagePack")),
    e("GET", "/language-packs/{locale}/recordings/{message}", "A recording of a language pack (not when stale)", "anyone", None, Some("Audio")),
    e("GET", "/openapi.json", "This document", "anyone", None, Some("Object")),
];

/// Largest request body the API accepts. A profile is a few KB; this leaves room for long
/// free text without letting anyone fill memory.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// An API request may take `settings.request_timeout`; past it the answer is 503 `timeout` (a
/// tablet retries later) and the work is dropped, its transaction rolled back.
async fn deadline(
    axum::extract::State(limit): axum::extract::State<std::time::Duration>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(response) => response,
        Err(_) => {
            tracing::warn!("a request timed out");
            Error::Timeout.into_response()
        }
    }
}

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
        .merge(lock_secret::router())
        .merge(users::router())
        .merge(audit_log::router())
        .merge(persons::router())
        .merge(notes::router())
        .merge(centre::router())
        .merge(assisted::router())
        .merge(asked::router())
        .merge(coverage::router())
        .merge(esco::router())
        .merge(feed::router())
        .merge(searches::router())
        .merge(handover::router())
        .merge(openapi::router())
        .merge(organisations::router())
        .merge(stats::router())
        .merge(review::router())
        .fallback(|| async { Error::NotFound })
        .method_not_allowed_fallback(|| async { Error::MethodNotAllowed })
        .layer(axum::middleware::from_fn(same_origin))
        .layer(axum::middleware::from_fn_with_state(
            state.settings.request_timeout,
            deadline,
        ))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ));
    let shell = shell::Shell::load(&state.settings.app_dir);
    // Behind HTTPS (the secure-cookie setting says so), browsers are told never to use plain
    // HTTP for this site again: two years, subdomains too.
    let hsts = state
        .settings
        .cookie_secure
        .then(|| HeaderValue::from_static("max-age=63072000; includeSubDomains"));
    Router::new()
        .nest(openapi::BASE, api.clone())
        // The same routes without the version, for tablets still running an older app.
        .nest("/api", api)
        .nest_service("/staff", shell.staff_service())
        .fallback_service(shell.service())
        .layer(axum::middleware::from_fn(guard::close_if_unread))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            guard::panic_answer,
        ))
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
        .layer(SetResponseHeaderLayer::overriding(
            header::STRICT_TRANSPORT_SECURITY,
            move |_: &axum::response::Response| hsts.clone(),
        ))
        .with_state(state)
}
