//! The database: SQLite by default, PostgreSQL when the URL says `postgres://`. Both are
//! reached through sqlx's `Any` driver, with one set of queries: parameters are written `$1`,
//! `$2`, ... (both databases read them), times are Unix seconds and flags 0/1 in integer
//! columns on both. Each database has its own migrations folder with the same schema.
//!
//! SQLite runs in WAL mode with `synchronous=FULL`: the tablet deletes its copy of a
//! registration when we acknowledge it, so an acknowledged commit must survive a power cut.
//! PostgreSQL's defaults (`synchronous_commit=on`, `fsync=on`) give the same promise.

use anyhow::Context;
use sqlx::any::{AnyArguments, AnyPoolOptions};
use sqlx::query::{Query, QueryScalar};
use sqlx::{Any, AnyPool, Executor};
use std::fmt::Write;

/// Which database a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of(url: &str) -> Backend {
        if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }
}

/// Opens (creating a SQLite file if needed) and migrates the database.
pub async fn connect(url: &str) -> anyhow::Result<AnyPool> {
    sqlx::any::install_default_drivers();
    let backend = Backend::of(url);
    if backend == Backend::Sqlite {
        // The file is created on first start (`mode=rwc`), and its folder with it.
        let path = url
            .trim_start_matches("sqlite:")
            .trim_start_matches("//")
            .split('?')
            .next()
            .unwrap_or_default();
        if let Some(dir) = std::path::Path::new(path).parent() {
            if !dir.as_os_str().is_empty() && path != ":memory:" {
                std::fs::create_dir_all(dir).with_context(|| {
                    format!("Failed to create the database's folder {}", dir.display())
                })?;
            }
        }
    }
    let url = match backend {
        Backend::Sqlite if !url.contains("mode=") => {
            let sep = if url.contains('?') { '&' } else { '?' };
            format!("{url}{sep}mode=rwc")
        }
        _ => url.to_owned(),
    };
    let pool = AnyPoolOptions::new()
        .max_connections(8)
        .after_connect(move |conn, _| {
            Box::pin(async move {
                if backend == Backend::Sqlite {
                    conn.execute(
                        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
                         PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;",
                    )
                    .await?;
                }
                Ok(())
            })
        })
        .connect(&url)
        .await
        .context("Failed to open the database")?;
    let migrated = match backend {
        Backend::Sqlite => sqlx::migrate!("migrations/sqlite").run(&pool).await,
        Backend::Postgres => sqlx::migrate!("migrations/postgres").run(&pool).await,
    };
    migrated.context("Failed to migrate the database")?;
    Ok(pool)
}

/// Begins a transaction that will write. On SQLite it takes the write lock at once
/// (`BEGIN IMMEDIATE`), waiting its turn: a deferred transaction that reads and then writes
/// fails with "database is locked" when another wrote in between, and no wait helps it then.
/// PostgreSQL's row locks need no such care.
pub async fn begin(pool: &AnyPool) -> Result<sqlx::Transaction<'static, Any>, sqlx::Error> {
    if Backend::of(pool.connect_options().database_url.as_str()) == Backend::Sqlite {
        pool.begin_with("BEGIN IMMEDIATE").await
    } else {
        pool.begin().await
    }
}

/// One bound value of a query built at run time.
#[derive(Debug, Clone, PartialEq)]
pub enum Bind {
    Int(i64),
    Text(String),
}

impl From<i64> for Bind {
    fn from(v: i64) -> Self {
        Bind::Int(v)
    }
}

impl From<String> for Bind {
    fn from(v: String) -> Self {
        Bind::Text(v)
    }
}

impl From<&str> for Bind {
    fn from(v: &str) -> Self {
        Bind::Text(v.to_owned())
    }
}

/// A query built at run time (filters, lists of values), numbering its parameters `$1`, `$2`,
/// ... as both databases read them. (sqlx's `QueryBuilder` writes `?` for the `Any` driver,
/// which PostgreSQL does not read.)
#[derive(Debug, Clone, Default)]
pub struct Sql {
    text: String,
    binds: Vec<Bind>,
}

impl Sql {
    pub fn new(text: impl AsRef<str>) -> Self {
        Self {
            text: text.as_ref().to_owned(),
            binds: vec![],
        }
    }

    pub fn push(&mut self, text: impl AsRef<str>) -> &mut Self {
        self.text.push_str(text.as_ref());
        self
    }

    /// Appends a parameter for `value`.
    pub fn push_bind(&mut self, value: impl Into<Bind>) -> &mut Self {
        self.binds.push(value.into());
        // Writing to a String cannot fail.
        let _ = write!(self.text, "${}", self.binds.len());
        self
    }

    /// Appends `(a, b, c)` of parameters for `values`.
    pub fn push_tuple<B: Into<Bind>>(&mut self, values: impl IntoIterator<Item = B>) -> &mut Self {
        self.push("(");
        for (i, v) in values.into_iter().enumerate() {
            if i > 0 {
                self.push(", ");
            }
            self.push_bind(v);
        }
        self.push(")")
    }

    pub fn sql(&self) -> &str {
        &self.text
    }

    pub fn query(&self) -> Query<'_, Any, AnyArguments<'_>> {
        let mut q = sqlx::query(&self.text);
        for b in &self.binds {
            q = match b {
                Bind::Int(v) => q.bind(*v),
                Bind::Text(v) => q.bind(v.as_str()),
            };
        }
        q
    }

    pub fn query_as<T>(&self) -> sqlx::query::QueryAs<'_, Any, T, AnyArguments<'_>>
    where
        T: for<'r> sqlx::FromRow<'r, sqlx::any::AnyRow>,
    {
        let mut q = sqlx::query_as(&self.text);
        for b in &self.binds {
            q = match b {
                Bind::Int(v) => q.bind(*v),
                Bind::Text(v) => q.bind(v.as_str()),
            };
        }
        q
    }

    pub fn query_scalar<T>(&self) -> QueryScalar<'_, Any, T, AnyArguments<'_>>
    where
        (T,): for<'r> sqlx::FromRow<'r, sqlx::any::AnyRow>,
    {
        let mut q = sqlx::query_scalar(&self.text);
        for b in &self.binds {
            q = match b {
                Bind::Int(v) => q.bind(*v),
                Bind::Text(v) => q.bind(v.as_str()),
            };
        }
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_numbered_in_order() {
        let mut q = Sql::new("SELECT 1 FROM t WHERE a = ");
        q.push_bind(1).push(" AND b IN ").push_tuple(["x", "y"]);
        assert_eq!(q.sql(), "SELECT 1 FROM t WHERE a = $1 AND b IN ($2, $3)");
    }

    #[test]
    fn a_url_names_its_database() {
        assert_eq!(Backend::of("postgres://u@h/db"), Backend::Postgres);
        assert_eq!(Backend::of("postgresql://u@h/db"), Backend::Postgres);
        assert_eq!(Backend::of("sqlite://x.db"), Backend::Sqlite);
    }
}
