//! The database connection. SQLite in WAL mode with `synchronous=FULL`: the tablet deletes its
//! copy of a registration when we acknowledge it, so an acknowledged commit must survive a
//! power cut.

use anyhow::Context;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;
use std::str::FromStr;
use std::time::Duration;

/// Opens (creating if needed) and migrates the database.
pub async fn connect(url: &str) -> anyhow::Result<SqlitePool> {
    let options = SqliteConnectOptions::from_str(url)
        .context("Failed to parse the database URL")?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5));
    let pool = SqlitePoolOptions::new()
        .max_connections(8)
        .connect_with(options)
        .await
        .context("Failed to open the database")?;
    sqlx::migrate!("migrations/sqlite")
        .run(&pool)
        .await
        .context("Failed to migrate the database")?;
    Ok(pool)
}
