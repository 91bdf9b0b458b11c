//! Passwords (argon2id) and server-side sessions. The cookie holds a random token; the database
//! holds only its SHA-256, the user and two timestamps (idle and absolute timeout).

use crate::config::Settings;
use crate::error::{Error, Result};
use crate::store;
use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, SaltString};
use argon2::{Argon2, PasswordVerifier};
use axum::extract::{FromRef, FromRequestParts};
use axum::http::header::COOKIE;
use axum::http::request::Parts;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use evne_model::Role;
use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::AnyPool;
use std::sync::Arc;

pub const SESSION_COOKIE: &str = "evne_session";

/// Hashes a password with argon2id and a fresh salt (PHC string format).
pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("Failed to hash a password: {e}"))
}

/// Checks a password against a stored PHC string. A malformed hash never verifies.
pub fn verify_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A fresh session token for the cookie, and the hash to store.
pub fn new_token() -> (String, Vec<u8>) {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let hash = token_hash(&token);
    (token, hash)
}

pub fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// The `Set-Cookie` value that starts a session.
pub fn session_cookie(token: &str, settings: &Settings) -> String {
    let secure = if settings.cookie_secure {
        "; Secure"
    } else {
        ""
    };
    format!(
        "{SESSION_COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age={}{secure}",
        settings.session_max.as_secs()
    )
}

/// The `Set-Cookie` value that ends one in the browser (the server row is deleted separately).
pub fn clear_cookie() -> String {
    format!("{SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0")
}

/// The session token from the request's cookies, if any.
pub fn token_from(parts: &Parts) -> Option<String> {
    parts
        .headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.to_owned())
}

/// A logged-in user, taken from a valid, unexpired session. Extracting it refreshes the idle
/// timer; a missing or expired session is a 401.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub id: String,
    pub username: String,
    pub role: Role,
    /// Logged in with a one-time password: may only change it (or log out).
    pub must_change_password: bool,
    /// The hash of this session's token (to end the user's *other* sessions).
    pub session: Vec<u8>,
    /// The user's organisation (reception centre, municipality, directorate), if any.
    pub organisation: Option<String>,
}

impl CurrentUser {
    /// Allows only `role`; anyone else gets a 403 and the refusal is audited by the caller.
    pub fn require(&self, role: Role) -> Result<()> {
        self.require_any(&[role])
    }

    /// Allows any of `roles`, once a one-time password has been replaced.
    pub fn require_any(&self, roles: &[Role]) -> Result<()> {
        if self.must_change_password {
            Err(Error::PasswordChangeRequired)
        } else if roles.contains(&self.role) {
            Ok(())
        } else {
            Err(Error::Forbidden)
        }
    }
}

impl<S> FromRequestParts<S> for CurrentUser
where
    S: Send + Sync,
    AnyPool: FromRef<S>,
    Arc<Settings>: FromRef<S>,
{
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self> {
        let (db, settings) = (AnyPool::from_ref(state), Arc::<Settings>::from_ref(state));
        let token = token_from(parts).ok_or(Error::Unauthorized)?;
        let now = crate::now_unix();
        let idle_limit = now - settings.session_idle.as_secs() as i64;
        let max_limit = now - settings.session_max.as_secs() as i64;
        let session = token_hash(&token);
        let user_id = store::sessions::touch(&db, &session, now, idle_limit, max_limit)
            .await?
            .ok_or(Error::Unauthorized)?;
        let account = store::users::by_id(&db, &user_id)
            .await?
            .ok_or(Error::Unauthorized)?;
        Ok(CurrentUser {
            role: account.role()?,
            must_change_password: account.must_change_password(),
            id: account.id,
            username: account.username,
            session,
            organisation: account.organisation_id,
        })
    }
}

/// The token of `Authorization: Bearer <token>`, if the request has one.
fn bearer(parts: &Parts) -> Option<&str> {
    parts
        .headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
}

/// An enrolled, not revoked tablet, from `Authorization: Bearer <device token>`. This is all
/// a tablet can present, and it only lets it submit.
#[derive(Debug, Clone)]
pub struct EnrolledDevice {
    pub id: String,
    /// The reception centre it was enrolled for.
    pub organisation: Option<String>,
}

impl<S> FromRequestParts<S> for EnrolledDevice
where
    S: Send + Sync,
    AnyPool: FromRef<S>,
{
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self> {
        let token = bearer(parts).ok_or(Error::DeviceNotEnrolled)?;
        let db = AnyPool::from_ref(state);
        store::devices::enrolled(&db, &token_hash(token))
            .await?
            .map(|(id, organisation)| EnrolledDevice { id, organisation })
            .ok_or(Error::DeviceNotEnrolled)
    }
}

/// An integration client (a case system), from `Authorization: Bearer <integration token>`:
/// created by `evne-server create-integration NAME`, not revoked. It reads the feed and nothing
/// else (no other extractor knows its token).
#[derive(Debug, Clone)]
pub struct Integration {
    pub id: String,
}

impl<S> FromRequestParts<S> for Integration
where
    S: Send + Sync,
    AnyPool: FromRef<S>,
{
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self> {
        let token = bearer(parts).ok_or(Error::Unauthorized)?;
        let db = AnyPool::from_ref(state);
        store::feed::integration(&db, &token_hash(token))
            .await?
            .map(|id| Integration { id })
            .ok_or(Error::Unauthorized)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_verifies_only_against_its_own_hash() {
        let hash = hash_password("correct horse").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse", &hash));
        assert!(!verify_password("wrong horse", &hash));
        assert!(!verify_password("correct horse", "not a hash"));
    }

    #[test]
    fn tokens_are_random_and_only_their_hash_is_kept() {
        let (a, ha) = new_token();
        let (b, _) = new_token();
        assert_ne!(a, b);
        assert_eq!(ha, token_hash(&a));
        assert_eq!(ha.len(), 32);
    }
}
