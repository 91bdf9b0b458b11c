//! A fresh database and server for one figure.

use evne_server::config::Settings;
use evne_server::keys::KeyRing;
use evne_server::{db, AppState};
use sqlx::AnyPool;
use std::sync::Arc;
use tempfile::TempDir;

#[derive(Debug, Clone)]
pub enum Backend {
    Sqlite,
    /// A server URL without a database, e.g. `postgres://evne@127.0.0.1:5432`.
    Postgres(String),
}

impl Backend {
    pub fn name(&self) -> &'static str {
        match self {
            Backend::Sqlite => "SQLite",
            Backend::Postgres(_) => "PostgreSQL",
        }
    }
}

pub const CENTRE: &str = "bench-centre";
pub const OFFICER: &str = "bench-officer";
pub const PASSWORD: &str = "bench password, long enough";

/// An empty, migrated database in `dir` (SQLite) or in a schema of its own (PostgreSQL).
pub async fn database(backend: &Backend, dir: &TempDir) -> anyhow::Result<(String, AnyPool)> {
    let url = match backend {
        Backend::Sqlite => format!("sqlite://{}", dir.path().join("bench.db").display()),
        Backend::Postgres(base) => {
            sqlx::any::install_default_drivers();
            let base = base.trim_end_matches('/');
            let schema = format!("bench{}", uuid::Uuid::now_v7().simple());
            let admin = AnyPool::connect(&format!("{base}/postgres")).await?;
            sqlx::query(&format!("CREATE SCHEMA {schema}"))
                .execute(&admin)
                .await?;
            admin.close().await;
            format!("{base}/postgres?options=-c%20search_path%3D{schema}")
        }
    };
    let pool = db::connect(&url).await?;
    for (id, kind) in [
        (CENTRE, "reception_centre"),
        ("bench-directorate", "directorate"),
    ] {
        sqlx::query("INSERT INTO organisations (id, kind, name) VALUES ($1, $2, $1)")
            .bind(id)
            .bind(kind)
            .execute(&pool)
            .await?;
    }
    Ok((url, pool))
}

/// The server's state on `pool`, without the per-tablet rate limit (the bench measures what
/// the server can take, not the policy).
pub fn state(pool: AnyPool, url: String, dir: &TempDir) -> anyhow::Result<AppState> {
    let settings = Settings {
        database_url: url,
        key_dir: dir.path().join("keys"),
        app_dir: dir.path().join("no-app"),
        submissions_per_minute: 0,
        ..Settings::default()
    };
    let keys = KeyRing::load_or_create(&settings.key_dir)?;
    Ok(AppState::new(pool, settings, Arc::new(keys)))
}

/// Serves `state` on a loopback port; returns its base URL.
pub async fn serve(state: AppState) -> anyhow::Result<String> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", listener.local_addr()?);
    tokio::spawn(async move {
        let _ = axum::serve(listener, evne_server::http::router(state)).await;
    });
    Ok(url)
}

/// A settlement officer who may log in with [`PASSWORD`].
pub async fn officer(pool: &AnyPool) -> anyhow::Result<()> {
    sqlx::query(
        "INSERT INTO users (id, username, password_hash, role, organisation_id, created_at)
         VALUES ($1, $2, $3, 'settlement_officer', 'bench-directorate', 0)",
    )
    .bind(uuid::Uuid::now_v7().to_string())
    .bind(OFFICER)
    .bind(evne_server::auth::hash_password(PASSWORD)?)
    .execute(pool)
    .await?;
    Ok(())
}
