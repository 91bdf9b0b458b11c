//! The admin command line of the server binary: organisations, users and passwords. Each
//! command prints what the operator needs (an id, a one-time password) once; passwords are
//! stored only as argon2id hashes.

use crate::audit::{self, Action, Outcome};
use crate::auth::hash_password;
use crate::store;
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
    store::organisations::create(db, &id, kind, name.trim())
        .await
        .context("Failed to create the organisation")?;
    Ok(id)
}

/// Creates a user with a fresh one-time password, which is returned to be shown once. A
/// language reviewer is given the locales they may work on (at least one; no one else gets
/// any).
pub async fn create_user(
    db: &AnyPool,
    username: &str,
    role: &str,
    organisation: Option<&str>,
    locales: &[&str],
) -> anyhow::Result<String> {
    let Some(role) = Role::parse(role) else {
        let all: Vec<_> = Role::ALL.iter().map(|r| r.as_str()).collect();
        bail!("role must be one of {}", all.join(", "));
    };
    check_locales(role, locales)?;
    if username.trim().is_empty() || username.chars().any(char::is_whitespace) {
        bail!("a username is one word");
    }
    if let Some(org) = organisation {
        if store::organisations::kind_of(db, org).await?.is_none() {
            bail!("no organisation {org}");
        }
    }
    let password = one_time_password();
    let user = store::users::NewUser {
        username,
        password_hash: hash_password(&password)?,
        role,
        organisation,
        one_time: true,
    };
    let mut tx = crate::db::begin(db).await?;
    let id = match store::users::create(&mut *tx, user, crate::now_unix()).await {
        Ok(id) => id,
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            bail!("the username {username} is taken")
        }
        Err(e) => return Err(e).context("Failed to create the user"),
    };
    for locale in locales {
        store::translations::allow(&mut *tx, &id, locale).await?;
    }
    tx.commit().await?;
    Ok(password)
}

/// A language reviewer needs locales the app has (not the Norwegian source); no other role
/// takes any.
fn check_locales(role: Role, locales: &[&str]) -> anyhow::Result<()> {
    if role != Role::LanguageReviewer {
        if !locales.is_empty() {
            bail!("only a language_reviewer is given locales");
        }
        return Ok(());
    }
    if locales.is_empty() {
        bail!("a language_reviewer needs --locales, e.g. --locales ti,am");
    }
    let known = evne_locales::locales();
    for locale in locales {
        if *locale == evne_locales::SOURCE || !known.contains(locale) {
            let all: Vec<_> = known
                .iter()
                .filter(|l| **l != evne_locales::SOURCE)
                .copied()
                .collect();
            bail!(
                "no locale {locale} to review; the app's are {}",
                all.join(", ")
            );
        }
    }
    Ok(())
}

/// Gives a user a fresh one-time password and ends their sessions.
pub async fn reset_password(db: &AnyPool, username: &str) -> anyhow::Result<String> {
    let Some(account) = store::users::by_username(db, username).await? else {
        bail!("no user {username}");
    };
    let password = one_time_password();
    let hash = hash_password(&password)?;
    let mut tx = crate::db::begin(db).await?;
    store::users::set_password(&mut tx, &account.id, &hash, true).await?;
    store::sessions::end_all(&mut tx, &account.id, None).await?;
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
    match store::users::by_id(&mut *tx, user).await? {
        None => return Ok(Err(RightsRefused::NoSuchUser)),
        Some(a) if a.role()? != Role::SettlementOfficer => {
            return Ok(Err(RightsRefused::NotAnOfficer))
        }
        Some(_) => {}
    }
    store::users::set_handles_shielded(&mut tx, user, allowed).await?;
    let action = if allowed {
        Action::GrantShielded
    } else {
        Action::RevokeShielded
    };
    audit::record(&mut *tx, actor, action, Some(user), Outcome::Allowed).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// [`set_shield_rights`] by username, for the command line.
pub async fn set_handles_shielded(
    db: &AnyPool,
    username: &str,
    allowed: bool,
) -> anyhow::Result<()> {
    let Some(account) = store::users::by_username(db, username).await? else {
        bail!("no user {username}");
    };
    match set_shield_rights(db, None, &account.id, allowed).await? {
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
    let kind = store::organisations::kind_of(db, centre).await?;
    if kind.as_deref() != Some("reception_centre") {
        bail!("{centre} is not a reception centre");
    }
    let (token, hash) = crate::auth::new_token();
    let id = uuid::Uuid::now_v7().to_string();
    let mut tx = crate::db::begin(db).await?;
    store::devices::enrol(&mut tx, &id, hash, centre, None, crate::now_unix()).await?;
    audit::by_system(&mut *tx, Action::EnrolDevice, Some(&id)).await?;
    tx.commit().await?;
    Ok((id, token))
}

/// A new integration client (a case system) named `name`: its id and its token, shown once.
/// The token reads the hand-over feed and nothing else.
pub async fn create_integration(db: &AnyPool, name: &str) -> anyhow::Result<(String, String)> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 80 || name.chars().any(char::is_control) {
        bail!("an integration's name is 1 to 80 characters, without control characters");
    }
    let mut tx = crate::db::begin(db).await?;
    if store::feed::integration_named(&mut tx, name).await? {
        bail!("there is an integration named {name} already");
    }
    let (token, hash) = crate::auth::new_token();
    let id = store::feed::create_integration(&mut tx, name, hash).await?;
    audit::by_system(&mut *tx, Action::CreateIntegration, Some(&id)).await?;
    tx.commit().await?;
    Ok((id, token))
}

/// Revokes the integration `name`: its token no longer reads the feed.
pub async fn revoke_integration(db: &AnyPool, name: &str) -> anyhow::Result<()> {
    let mut tx = crate::db::begin(db).await?;
    if !store::feed::revoke_integration(&mut tx, name).await? {
        bail!("no integration {name} that is not revoked");
    }
    audit::by_system(&mut *tx, Action::RevokeIntegration, None).await?;
    tx.commit().await?;
    Ok(())
}

/// Puts reception centre `centre` in `region` (a county's `region-*` code, e.g. `03` for Oslo),
/// for coverage per region.
pub async fn set_region(db: &AnyPool, centre: &str, region: &str) -> anyhow::Result<()> {
    let counties = evne_model::taxonomy::choices("region");
    if region == "anywhere" || !counties.contains(&region) {
        bail!(
            "{region} is not a county code (one of {})",
            counties.join(", ")
        );
    }
    if !store::coverage::set_region(db, centre, region).await? {
        bail!("{centre} is not a reception centre");
    }
    Ok(())
}

/// Revokes a tablet: its token no longer lets it submit.
pub async fn revoke_device(db: &AnyPool, id: &str) -> anyhow::Result<()> {
    let mut tx = crate::db::begin(db).await?;
    if !store::devices::revoke(&mut tx, id, None, crate::now_unix()).await? {
        bail!("no enrolled tablet {id}");
    }
    audit::by_system(&mut *tx, Action::RevokeDevice, Some(id)).await?;
    tx.commit().await?;
    Ok(())
}

/// What `export-locale` wrote.
#[derive(Debug)]
pub struct Exported {
    /// Reviewed messages the release now carries (its `reviewed.tsv`).
    pub reviews: usize,
    /// Recordings it now carries (its `recorded.tsv`).
    pub recordings: usize,
    /// `locales/<lang>` under the checkout.
    pub dir: std::path::PathBuf,
}

/// Writes a locale's fresh reviews and recordings into the checkout at `root`, where a release
/// carries them: `locales/<lang>/{main,taxonomy}.ftl` and `reviewed.tsv`,
/// `static/audio/<lang>/<message>.<ext>` and `recorded.tsv`.
pub async fn export_locale(
    db: &AnyPool,
    locale: &str,
    root: &std::path::Path,
) -> anyhow::Result<Exported> {
    if !crate::review::reviewable(locale) {
        bail!("no locale {locale} to export (the source, nb, is edited in the repository)");
    }
    let reviewed = store::translations::of_locale(db, locale).await?;
    let files = crate::review::export(locale, &reviewed).map_err(|e| anyhow::anyhow!(e))?;
    let dir = root.join("locales").join(locale);
    for (name, text) in &files {
        write(&dir, name, text.as_bytes())?;
    }
    let reviews = files
        .iter()
        .find(|(name, _)| name == evne_locales::reviews::FILE)
        .and_then(|(_, text)| evne_locales::reviews::parse(text).ok())
        .map_or(0, |r| r.len());
    let recordings = export_recordings(db, locale, &root.join("static/audio").join(locale)).await?;
    Ok(Exported {
        reviews,
        recordings,
        dir,
    })
}

/// Writes `bytes` to `dir/name`, making `dir` if need be.
fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("Failed to create {}", dir.display()))?;
    let path = dir.join(name);
    std::fs::write(&path, bytes).with_context(|| format!("Failed to write {}", path.display()))
}

/// This server's fresh recordings of `locale` as files in `dir`, and `recorded.tsv` listing
/// them with those the release carried for other messages; how many it lists.
async fn export_recordings(
    db: &AnyPool,
    locale: &str,
    dir: &std::path::Path,
) -> anyhow::Result<usize> {
    use evne_locales::recorded::{self, Shipped};
    let sources = evne_locales::shipped_texts(evne_locales::SOURCE).unwrap_or_default();
    let mut carried = evne_locales::shipped_recordings(locale);
    for r in store::recordings::of_locale(db, locale).await? {
        let Some(source) = sources.get(&r.message_id) else {
            continue;
        };
        if !crate::review::fresh(source, &r) {
            continue;
        }
        let Some((_, audio)) = store::recordings::audio(db, locale, &r.message_id).await? else {
            continue;
        };
        let file = format!("{}.{}", r.message_id, recorded::extension(&r.media_type));
        write(dir, &file, &audio)?;
        carried.retain(|c| c.id != r.message_id);
        carried.push(Shipped {
            id: r.message_id,
            file,
            media_type: r.media_type,
            duration_ms: r.duration_ms.try_into().unwrap_or_default(),
            source_hash: r.source_hash,
            audio_hash: r.audio_hash,
        });
    }
    if !carried.is_empty() {
        write(dir, recorded::FILE, recorded::write(&carried).as_bytes())?;
    }
    Ok(carried.len())
}

/// A person's latest profile as JSON (a request for access under the GDPR); audited.
pub async fn export_person(db: &AnyPool, person: &str) -> anyhow::Result<String> {
    let mut tx = crate::db::begin(db).await?;
    let Some((_, profile)) = store::persons::latest(&mut tx, person).await? else {
        bail!("no person {person}");
    };
    let coded = store::job_codes::of(&mut tx, person).await?;
    let codes = crate::esco::job_codes(&profile, &coded);
    audit::by_system(&mut *tx, Action::Export, Some(person)).await?;
    tx.commit().await?;
    let mut json = serde_json::to_value(&profile)?;
    crate::esco::code_work(&mut json, &codes);
    Ok(serde_json::to_string_pretty(&json)?)
}

/// Erases a person on request (as an officer can); audited without personal data.
pub async fn erase_person(db: &AnyPool, person: &str) -> anyhow::Result<()> {
    let mut tx = crate::db::begin(db).await?;
    if !store::persons::erase(&mut tx, person).await? {
        bail!("no person {person}");
    }
    audit::by_system(&mut *tx, Action::Erase, Some(person)).await?;
    tx.commit().await?;
    Ok(())
}

/// 128 random bits, printable.
fn one_time_password() -> String {
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}
