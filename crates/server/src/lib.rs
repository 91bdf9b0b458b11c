//! Evne's server: receives submissions from tablets, lets logged-in staff read what their role
//! allows, and serves the built app. Library so that the integration tests drive the same
//! router as the binary.

pub mod access;
pub mod admin;
pub mod audit;
pub mod auth;
pub mod config;
pub mod coverage;
pub mod db;
pub mod error;
pub mod esco;
pub mod feed;
pub mod http;
pub mod ingest;
pub mod keys;
pub mod reach;
pub mod recording;
pub mod review;
pub mod search;
pub mod seed;
pub mod store;
pub mod throttle;

use sqlx::AnyPool;
use std::sync::Arc;

/// Shared by every handler. Holds nothing a second replica would need: sessions live in the
/// database. Extractors take only the parts they need (`FromRef`).
#[derive(Clone, axum::extract::FromRef)]
pub struct AppState {
    pub db: AnyPool,
    pub settings: Arc<config::Settings>,
    /// Submission keys, loaded at start (a rotation takes effect at the next start).
    pub keys: Arc<keys::KeyRing>,
    /// Submissions per tablet this minute (kept per replica: each replica limits alike).
    pub submission_rate: Arc<throttle::RateLimit>,
    /// What searches and statistics scan; follows the database (see [`search::index`]).
    pub index: Arc<search::index::SearchIndex>,
    /// Stores submissions, several to a commit.
    pub writer: Arc<ingest::Writer>,
}

impl AppState {
    pub fn new(db: AnyPool, settings: config::Settings, keys: Arc<keys::KeyRing>) -> AppState {
        AppState {
            db,
            submission_rate: Arc::new(throttle::RateLimit::per_minute(
                settings.submissions_per_minute,
            )),
            settings: Arc::new(settings),
            keys,
            index: Arc::default(),
            writer: Arc::default(),
        }
    }
}

/// Seconds since the Unix epoch, from the server's clock.
pub fn now_unix() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}
