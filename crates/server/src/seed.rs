//! Demo data for `cargo xtask run`: one organisation of each kind, one user per staff role and a
//! few synthetic registrations. Only ever seeded into an empty database.

use crate::auth::hash_password;
use crate::store::{self, persons};
use anyhow::Context;
use evne_model::{synthetic, Role};
use sqlx::AnyPool;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

/// Synthetic registrations in a demo database, all at the demo reception centre.
pub const DEMO_PROFILES: usize = 40;

/// The demo password of every demo account. Demo databases only.
pub const DEMO_PASSWORD: &str = "evne-demo";

/// Demo usernames, one per role, as printed by `run`.
pub fn demo_users() -> Vec<(String, Role)> {
    let mut users: Vec<(String, Role)> = Role::ALL
        .into_iter()
        .map(|role| (format!("demo-{}", role.as_str().replace('_', "-")), role))
        .collect();
    // A second reviewer of every locale: what one reviewed, the other approves.
    users.push(("demo-language-reviewer-2".into(), Role::LanguageReviewer));
    users
}

/// Seeds the demo data unless there are users already. Returns whether it seeded.
pub async fn seed_demo(db: &AnyPool) -> anyhow::Result<bool> {
    let users = store::users::count(db)
        .await
        .context("Failed to count users")?;
    if users > 0 {
        return Ok(false);
    }
    let mut tx = crate::db::begin(db).await?;
    let orgs = [
        (
            "org-directorate",
            "directorate",
            "Demo integration directorate",
        ),
        ("org-centre", "reception_centre", "Demo reception centre"),
        ("org-municipality", "municipality", "Demo municipality"),
    ];
    for (id, kind, name) in orgs {
        store::organisations::create(&mut *tx, id, kind, name).await?;
    }
    for (username, role) in demo_users() {
        let org = match role {
            Role::Admin | Role::SettlementOfficer | Role::LanguageReviewer => "org-directorate",
            Role::ReceptionStaff | Role::Counsellor => "org-centre",
            Role::Municipality => "org-municipality",
        };
        let user = store::users::NewUser {
            username: &username,
            password_hash: hash_password(DEMO_PASSWORD)?,
            role,
            organisation: Some(org),
            one_time: false,
        };
        let id = store::users::create(&mut *tx, user, crate::now_unix()).await?;
        if role == Role::LanguageReviewer {
            for locale in evne_locales::locales() {
                if locale != evne_locales::SOURCE {
                    store::translations::allow(&mut *tx, &id, locale).await?;
                }
            }
        }
    }
    let now = OffsetDateTime::now_utc();
    let received_at = now
        .format(&Rfc3339)
        .context("Failed to format a timestamp")?;
    let revision = crate::search::revision::next_revision(&mut tx).await?;
    let profiles = synthetic::profiles(2018, DEMO_PROFILES, now.year() as u16);
    for (i, profile) in profiles.iter().enumerate() {
        let centre = Some("org-centre");
        // A year of history for coverage: the first registered about 320 days ago, one every
        // eight days since.
        let first = now.unix_timestamp() - (DEMO_PROFILES - i) as i64 * 8 * 86_400;
        persons::store_and_link(&mut tx, profile, centre, &received_at, first, revision).await?;
    }
    tx.commit().await?;
    history(db, now.unix_timestamp().div_euclid(86_400)).await?;
    Ok(true)
}

/// The demo centre's region and a year of head counts (one a month, as staff would enter
/// them), so that coverage has a history to show.
async fn history(db: &AnyPool, today: i64) -> anyhow::Result<()> {
    store::coverage::set_region(db, "org-centre", "03").await?;
    const MONTHLY: [i64; 12] = [38, 41, 45, 44, 48, 52, 50, 49, 53, 55, 54, 56];
    for (i, residents) in MONTHLY.into_iter().enumerate() {
        let day = today - (11 - i as i64) * 30 - 5;
        store::coverage::set_residents(db, "org-centre", day, residents, None).await?;
    }
    Ok(())
}
