//! Staff accounts as admins see them.

use evne_model::persons::User;
use evne_model::Role;
use sqlx::{AnyConnection, AnyPool, FromRow};

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

/// An account as a login or a session sees it.
#[derive(FromRow)]
pub struct Account {
    pub id: String,
    pub username: String,
    pub password_hash: String,
    role: String,
    must_change_password: i64,
    pub organisation_id: Option<String>,
}

impl Account {
    pub fn role(&self) -> Result<Role, sqlx::Error> {
        Role::parse(&self.role)
            .ok_or_else(|| sqlx::Error::Decode(format!("unknown role {:?}", self.role).into()))
    }

    /// Whether the password is a one-time one that must be replaced before anything else.
    pub fn must_change_password(&self) -> bool {
        self.must_change_password != 0
    }
}

const ACCOUNT: &str = "SELECT id, username, password_hash, role, must_change_password,
                              organisation_id FROM users";

/// The account called `username`.
pub async fn by_username(db: &AnyPool, username: &str) -> Result<Option<Account>, sqlx::Error> {
    sqlx::query_as(&format!("{ACCOUNT} WHERE username = $1"))
        .bind(username)
        .fetch_optional(db)
        .await
}

/// The account `id`, through a pool or a transaction's connection.
pub async fn by_id<'c>(
    db: impl sqlx::any::AnyExecutor<'c>,
    id: &str,
) -> Result<Option<Account>, sqlx::Error> {
    sqlx::query_as(&format!("{ACCOUNT} WHERE id = $1"))
        .bind(id)
        .fetch_optional(db)
        .await
}

/// A new account, with a one-time password (its hash) to be replaced at the first login.
pub struct NewUser<'a> {
    pub username: &'a str,
    pub password_hash: String,
    pub role: Role,
    pub organisation: Option<&'a str>,
    /// Whether the password must be replaced at the first login (every account but the
    /// demo's).
    pub one_time: bool,
}

/// Creates the account; its id. A taken username is the database's unique violation.
pub async fn create<'c>(
    db: impl sqlx::any::AnyExecutor<'c>,
    user: NewUser<'_>,
    now: i64,
) -> Result<String, sqlx::Error> {
    let id = uuid::Uuid::now_v7().to_string();
    sqlx::query(
        "INSERT INTO users (id, username, password_hash, role, organisation_id, created_at,
                            must_change_password)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&id)
    .bind(user.username)
    .bind(user.password_hash)
    .bind(user.role.as_str())
    .bind(user.organisation)
    .bind(now)
    .bind(i64::from(user.one_time))
    .execute(db)
    .await?;
    Ok(id)
}

/// Gives account `id` a new password (its hash); `one_time` makes them replace it at the
/// next login.
pub async fn set_password(
    conn: &mut AnyConnection,
    id: &str,
    password_hash: &str,
    one_time: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET password_hash = $1, must_change_password = $2 WHERE id = $3")
        .bind(password_hash)
        .bind(i64::from(one_time))
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Allows or stops account `id` seeing shielded persons.
pub async fn set_handles_shielded(
    conn: &mut AnyConnection,
    id: &str,
    allowed: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET handles_shielded = $1 WHERE id = $2")
        .bind(i64::from(allowed))
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Whether account `id` may see shielded persons.
pub async fn handles_shielded(db: &AnyPool, id: &str) -> Result<bool, sqlx::Error> {
    let allowed: i64 = sqlx::query_scalar("SELECT handles_shielded FROM users WHERE id = $1")
        .bind(id)
        .fetch_one(db)
        .await?;
    Ok(allowed != 0)
}

/// The reception centres a counsellor serves besides their own organisation.
pub async fn centres(db: &AnyPool, id: &str) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT centre_id FROM user_centres WHERE user_id = $1")
        .bind(id)
        .fetch_all(db)
        .await
}

/// How many accounts there are.
pub async fn count(db: &AnyPool) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM users")
        .fetch_one(db)
        .await
}
