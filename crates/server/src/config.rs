//! Typed settings: defaults, overridden by `EVNE_*` environment variables.

use anyhow::Context;
use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Everything the server can be told. Built once at start.
#[derive(Clone)]
pub struct Settings {
    /// `EVNE_BIND`, default `127.0.0.1:8080`. Port 0 picks a free port.
    pub bind: SocketAddr,
    /// `EVNE_DATABASE_URL` (or `DATABASE_URL`), default `sqlite://evne.db`; a `postgres://`
    /// URL selects PostgreSQL. May hold a password: never printed.
    pub database_url: String,
    /// `EVNE_APP_DIR`, default `dist`: trunk's output, served at `/`.
    pub app_dir: PathBuf,
    /// `EVNE_KEY_DIR`, default `keys`: the submission key pairs (private; see `keys.rs`).
    pub key_dir: PathBuf,
    /// `EVNE_COOKIE_SECURE` (`true`/`false`, default `false`): set `Secure` on the session
    /// cookie. Must be `true` behind HTTPS in production.
    pub cookie_secure: bool,
    /// `EVNE_SESSION_IDLE_MINUTES`, default 30.
    pub session_idle: Duration,
    /// `EVNE_SESSION_MAX_HOURS`, default 12.
    pub session_max: Duration,
    /// `EVNE_LOGIN_MAX_FAILURES`, default 5: failed logins in a row before a username is locked.
    pub login_max_failures: u32,
    /// `EVNE_LOGIN_LOCK_MINUTES`, default 15: how long it stays locked.
    pub login_lock: Duration,
    /// `EVNE_SUBMISSIONS_PER_MINUTE`, default 600: most submissions one tablet may send in a
    /// minute (0: no limit). A tablet drains a day's queue well within it; more is a fault.
    pub submissions_per_minute: u32,
    /// `EVNE_REQUEST_TIMEOUT_SECONDS`, default 30: longest an API request may take.
    pub request_timeout: Duration,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            bind: SocketAddr::from(([127, 0, 0, 1], 8080)),
            database_url: "sqlite://evne.db".into(),
            app_dir: PathBuf::from("dist"),
            key_dir: PathBuf::from("keys"),
            cookie_secure: false,
            session_idle: Duration::from_secs(30 * 60),
            session_max: Duration::from_secs(12 * 60 * 60),
            login_max_failures: 5,
            login_lock: Duration::from_secs(15 * 60),
            submissions_per_minute: 600,
            request_timeout: Duration::from_secs(30),
        }
    }
}

impl Settings {
    /// Defaults overridden by the environment.
    pub fn from_env() -> anyhow::Result<Self> {
        Self::from_lookup(|key| std::env::var(key).ok())
    }

    /// Same as [`Settings::from_env`] over any key lookup, for tests.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> anyhow::Result<Self> {
        let mut s = Self::default();
        if let Some(v) = get("EVNE_BIND") {
            s.bind = v
                .parse()
                .with_context(|| format!("EVNE_BIND={v:?} is not ip:port"))?;
        }
        // `EVNE_DATABASE_URL`, or the conventional `DATABASE_URL`: `sqlite://...` or
        // `postgres://...`.
        if let Some(v) = get("EVNE_DATABASE_URL").or_else(|| get("DATABASE_URL")) {
            s.database_url = v;
        }
        if let Some(v) = get("EVNE_APP_DIR") {
            s.app_dir = PathBuf::from(v);
        }
        if let Some(v) = get("EVNE_KEY_DIR") {
            s.key_dir = PathBuf::from(v);
        }
        if let Some(v) = get("EVNE_COOKIE_SECURE") {
            s.cookie_secure = v
                .parse()
                .with_context(|| format!("EVNE_COOKIE_SECURE={v:?} is not true/false"))?;
        }
        if let Some(v) = get("EVNE_SESSION_IDLE_MINUTES") {
            let m: u64 = v
                .parse()
                .context("EVNE_SESSION_IDLE_MINUTES is not a number")?;
            s.session_idle = Duration::from_secs(m * 60);
        }
        if let Some(v) = get("EVNE_SESSION_MAX_HOURS") {
            let h: u64 = v
                .parse()
                .context("EVNE_SESSION_MAX_HOURS is not a number")?;
            s.session_max = Duration::from_secs(h * 60 * 60);
        }
        if let Some(v) = get("EVNE_LOGIN_MAX_FAILURES") {
            s.login_max_failures = v
                .parse()
                .context("EVNE_LOGIN_MAX_FAILURES is not a number")?;
        }
        if let Some(v) = get("EVNE_REQUEST_TIMEOUT_SECONDS") {
            let secs: u64 = v
                .parse()
                .context("EVNE_REQUEST_TIMEOUT_SECONDS is not a number")?;
            s.request_timeout = Duration::from_secs(secs);
        }
        if let Some(v) = get("EVNE_SUBMISSIONS_PER_MINUTE") {
            s.submissions_per_minute = v
                .parse()
                .context("EVNE_SUBMISSIONS_PER_MINUTE is not a number")?;
        }
        if let Some(v) = get("EVNE_LOGIN_LOCK_MINUTES") {
            let m: u64 = v
                .parse()
                .context("EVNE_LOGIN_LOCK_MINUTES is not a number")?;
            s.login_lock = Duration::from_secs(m * 60);
        }
        Ok(s)
    }
}

impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Settings")
            .field("bind", &self.bind)
            .field("database_url", &"[redacted]")
            .field("app_dir", &self.app_dir)
            .field("key_dir", &self.key_dir)
            .field("cookie_secure", &self.cookie_secure)
            .field("session_idle", &self.session_idle)
            .field("session_max", &self.session_max)
            .field("login_max_failures", &self.login_max_failures)
            .field("login_lock", &self.login_lock)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn environment_overrides_defaults_and_bad_values_are_named() {
        let s =
            Settings::from_lookup(|k| (k == "EVNE_BIND").then(|| "127.0.0.1:0".into())).unwrap();
        assert_eq!(s.bind.port(), 0);
        assert_eq!(s.session_idle, Duration::from_secs(1800));
        let err = Settings::from_lookup(|k| (k == "EVNE_BIND").then(|| "nope".into()))
            .err()
            .unwrap();
        assert!(err.to_string().contains("EVNE_BIND"));
    }

    #[test]
    fn debug_never_shows_the_database_url() {
        let s = Settings {
            database_url: "postgres://u:secret@h/db".into(),
            ..Settings::default()
        };
        assert!(!format!("{s:?}").contains("secret"));
    }
}
