//! Staff accounts as admins see them.

use evne_model::persons::User;
use evne_model::Role;
use sqlx::{AnyPool, FromRow};

#[derive(FromRow)]
struct UserRow {
    id: String,
    username: String,
    role: String,
    organisation_id: Option<String>,
    handles_shielded: i64,
}

impl TryFrom<UserRow> for User {
    type Error = sqlx::Error;

    fn try_from(r: UserRow) -> Result<User, sqlx::Error> {
        let role = Role::parse(&r.role)
            .ok_or_else(|| sqlx::Error::Decode(format!("unknown role {:?}", r.role).into()))?;
        Ok(User {
            id: r.id,
            username: r.username,
            role,
            organisation_id: r.organisation_id,
            handles_shielded: r.handles_shielded != 0,
        })
    }
}

/// Every account, by role and name.
pub async fn list(db: &AnyPool) -> Result<Vec<User>, sqlx::Error> {
    let rows: Vec<UserRow> = sqlx::query_as(
        "SELECT id, username, role, organisation_id, handles_shielded FROM users
         ORDER BY role, username",
    )
    .fetch_all(db)
    .await?;
    rows.into_iter().map(User::try_from).collect()
}
