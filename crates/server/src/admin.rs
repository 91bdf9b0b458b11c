//! The admin command line of the server binary: organisations, users and passwords. Each
//! command prints what the operator needs (an id, a one-time password) once; passwords are
//! stored only as argon2id hashes.

use crate::auth::hash_password;
use anyhow::{bail, Context};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use evne_model::Role;
use rand::RngCore;
use sqlx::AnyPool;

/// The kinds of organisation a user can belong to.
pub const ORGANISATION_KINDS: [&str; 3] = ["directorate", "reception_centre", "municipality"];

/// Creates an organisation; returns its id.
pub async fn create_organisation(db: &AnyPool, kind: &str, name: &str) -> anyhow::Result<String> {
    if !ORGANISATION_KINDS.contains(&kind) {
        bail!("kind must be one of {}", ORGANISATION_KINDS.join(", "));
    }
    if name.trim().is_empty() {
        bail!("the name is empty");
    }
    let id = uuid::Uuid::now_v7().to_string();
    sqlx::query("INSERT INTO organisations (id, kind, name) VALUES ($1, $2, $3)")
        .bind(&id)
        .bind(kind)
        .bind(name.trim())
        .execute(db)
        .await
        .context("Failed to create the organisation")?;
    Ok(id)
}

/// Creates a user with a fresh one-time password, which is returned to be shown once.
pub async fn create_user(
    db: &AnyPool,
    username: &str,
    role: &str,
    organisation: Option<&str>,
) -> anyhow::Result<String> {
    let Some(role) = Role::parse(role) else {
        let all: Vec<_> = Role::ALL.iter().map(|r| r.as_str()).collect();
        bail!("role must be one of {}", all.join(", "));
    };
    if username.trim().is_empty() || username.chars().any(char::is_whitespace) {
        bail!("a username is one word");
    }
    if let Some(org) = organisation {
        let found: Option<(String,)> = sqlx::query_as("SELECT id FROM organisations WHERE id = $1")
            .bind(org)
            .fetch_optional(db)
            .await?;
        if found.is_none() {
            bail!("no organisation {org}");
        }
    }
    let password = one_time_password();
    let result = sqlx::query(
        "INSERT INTO users (id, username, password_hash, role, organisation_id, created_at,
                            must_change_password)
         VALUES ($1, $2, $3, $4, $5, $6, 1)",
    )
    .bind(uuid::Uuid::now_v7().to_string())
    .bind(username)
    .bind(hash_password(&password)?)
    .bind(role.as_str())
    .bind(organisation)
    .bind(crate::now_unix())
    .execute(db)
    .await;
    match result {
        Ok(_) => Ok(password),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            bail!("the username {username} is taken")
        }
        Err(e) => Err(e).context("Failed to create the user"),
    }
}

/// Gives a user a fresh one-time password and ends their sessions.
pub async fn reset_password(db: &AnyPool, username: &str) -> anyhow::Result<String> {
    let password = one_time_password();
    let mut tx = crate::db::begin(db).await?;
    let updated = sqlx::query(
        "UPDATE users SET password_hash = $1, must_change_password = 1 WHERE username = $2 RETURNING id",
    )
        .bind(hash_password(&password)?)
        .bind(username)
        .fetch_optional(&mut *tx)
        .await?;
    let Some(row) = updated else {
        bail!("no user {username}");
    };
    let id: String = sqlx::Row::try_get(&row, "id")?;
    sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(&id)
        .execute(&mut *tx)
        .await?;
    crate::throttle::clear(&mut *tx, username).await?;
    tx.commit().await?;
    Ok(password)
}

/// Why shield rights were not changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RightsRefused {
    NoSuchUser,
    /// Only officers search across persons, so only they can be granted it.
    NotAnOfficer,
}

/// Allows (`true`) or stops (`false`) the settlement officer `user` (an id) seeing shielded
/// persons; audited, by `actor` (an admin; `None` on the command line), with the officer's id
/// as the subject.
pub async fn set_shield_rights(
    db: &AnyPool,
    actor: Option<&str>,
    user: &str,
    allowed: bool,
) -> anyhow::Result<Result<(), RightsRefused>> {
    let mut tx = crate::db::begin(db).await?;
    let role: Option<String> = sqlx::query_scalar("SELECT role FROM users WHERE id = $1")
        .bind(user)
        .fetch_optional(&mut *tx)
        .await?;
    match role {
        None => return Ok(Err(RightsRefused::NoSuchUser)),
        Some(role) if role != Role::SettlementOfficer.as_str() => {
            return Ok(Err(RightsRefused::NotAnOfficer))
        }
        Some(_) => {}
    }
    sqlx::query("UPDATE users SET handles_shielded = $1 WHERE id = $2")
        .bind(i64::from(allowed))
        .bind(user)
        .execute(&mut *tx)
        .await?;
    let action = if allowed {
        crate::audit::Action::GrantShielded
    } else {
        crate::audit::Action::RevokeShielded
    };
    let allowed = crate::audit::Outcome::Allowed;
    crate::audit::record(&mut *tx, actor, action, Some(user), allowed).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// [`set_shield_rights`] by username, for the command line.
pub async fn set_handles_shielded(
    db: &AnyPool,
    username: &str,
    allowed: bool,
) -> anyhow::Result<()> {
    let id: Option<String> = sqlx::query_scalar("SELECT id FROM users WHERE username = $1")
        .bind(username)
        .fetch_optional(db)
        .await?;
    let Some(id) = id else {
        bail!("no user {username}");
    };
    match set_shield_rights(db, None, &id, allowed).await? {
        Ok(()) => Ok(()),
        Err(RightsRefused::NoSuchUser) => bail!("no user {username}"),
        Err(RightsRefused::NotAnOfficer) => bail!(
            "{username} is not a settlement officer: only officers may handle shielded persons"
        ),
    }
}

/// Enrols a tablet for a reception centre (as staff do on the tablet); returns its id and the
/// token to give it (shown once; only its hash is kept).
pub async fn enrol_device(db: &AnyPool, centre: &str) -> anyhow::Result<(String, String)> {
    let kind: Option<String> = sqlx::query_scalar("SELECT kind FROM organisations WHERE id = $1")
        .bind(centre)
        .fetch_optional(db)
        .await?;
    if kind.as_deref() != Some("reception_centre") {
        bail!("{centre} is not a reception centre");
    }
    let (token, hash) = crate::auth::new_token();
    let id = uuid::Uuid::now_v7().to_string();
    let now = crate::now_unix();
    let mut tx = crate::db::begin(db).await?;
    sqlx::query(
        "INSERT INTO devices (id, first_seen_at, last_sync_at, submissions, token_hash, organisation_id)
         VALUES ($1, $2, $3, 0, $4, $5)",
    )
    .bind(&id)
    .bind(now)
    .bind(now)
    .bind(hash)
    .bind(centre)
    .execute(&mut *tx)
    .await?;
    crate::audit::by_system(&mut *tx, crate::audit::Action::EnrolDevice, Some(&id)).await?;
    tx.commit().await?;
    Ok((id, token))
}

/// Revokes a tablet: its token no longer lets it submit.
pub async fn revoke_device(db: &AnyPool, id: &str) -> anyhow::Result<()> {
    let mut tx = crate::db::begin(db).await?;
    let n = sqlx::query("UPDATE devices SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
        .bind(crate::now_unix())
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if n == 0 {
        bail!("no enrolled tablet {id}");
    }
    crate::audit::by_system(&mut *tx, crate::audit::Action::RevokeDevice, Some(id)).await?;
    tx.commit().await?;
    Ok(())
}

/// A person's latest profile as JSON (a request for access under the GDPR); audited.
pub async fn export_person(db: &AnyPool, person: &str) -> anyhow::Result<String> {
    let mut tx = crate::db::begin(db).await?;
    let Some((_, profile)) = crate::store::persons::latest(&mut tx, person).await? else {
        bail!("no person {person}");
    };
    crate::audit::by_system(&mut *tx, crate::audit::Action::Export, Some(person)).await?;
    tx.commit().await?;
    Ok(serde_json::to_string_pretty(&profile)?)
}

/// Erases a person on request (as an officer can); audited without personal data.
pub async fn erase_person(db: &AnyPool, person: &str) -> anyhow::Result<()> {
    let mut tx = crate::db::begin(db).await?;
    if !crate::store::persons::erase(&mut tx, person).await? {
        bail!("no person {person}");
    }
    crate::audit::by_system(&mut *tx, crate::audit::Action::Erase, Some(person)).await?;
    tx.commit().await?;
    Ok(())
}

/// 128 random bits, printable.
fn one_time_password() -> String {
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}
