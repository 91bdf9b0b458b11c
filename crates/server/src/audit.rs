//! The audit log: who did what to which record, and whether it was allowed. Written in the
//! database next to the data, never to the process log. This module owns the table.

use serde::Serialize;

/// What happened. Stable names: auditors query them.
#[derive(Debug, Clone, Copy)]
pub enum Action {
    Login,
    Logout,
    ReadProfile,
    ListRegistrations,
    ListDevices,
    ChangePassword,
    ReadAudit,
    EnrolDevice,
    RevokeDevice,
    ListPersons,
    ReadVersions,
    ReadNotes,
    WriteNote,
    Settle,
    Unsettle,
    Shield,
    Erase,
    ReadStatistics,
    Export,
    Merge,
    KeepApart,
    GrantShielded,
    RevokeShielded,
    StartAssisted,
    ListAssisted,
    Centre,
    ReleaseLockSecret,
    ListUsers,
    ReadReview,
    ReviewMessage,
    ApproveMessage,
    RecordMessage,
    ReadCoverage,
    AskedLanguages,
    CodeTitle,
    CodeJob,
    ReadFeed,
    Coverage,
    CreateIntegration,
    RevokeIntegration,
}

impl Action {
    fn as_str(self) -> &'static str {
        match self {
            Action::Login => "login",
            Action::Logout => "logout",
            Action::ReadProfile => "read_profile",
            Action::ListRegistrations => "list_registrations",
            Action::ListDevices => "list_devices",
            Action::ChangePassword => "change_password",
            Action::ReadAudit => "read_audit",
            Action::EnrolDevice => "enrol_device",
            Action::RevokeDevice => "revoke_device",
            Action::ListPersons => "list_persons",
            Action::ReadVersions => "read_versions",
            Action::ReadNotes => "read_notes",
            Action::WriteNote => "write_note",
            Action::Settle => "settle",
            Action::Unsettle => "unsettle",
            Action::Shield => "shield",
            Action::Erase => "erase",
            Action::ReadStatistics => "read_statistics",
            Action::Export => "export",
            Action::Merge => "merge",
            Action::KeepApart => "keep_apart",
            Action::GrantShielded => "grant_shielded",
            Action::RevokeShielded => "revoke_shielded",
            Action::StartAssisted => "start_assisted",
            Action::ListAssisted => "list_assisted",
            Action::Centre => "centre",
            Action::ReleaseLockSecret => "release_lock_secret",
            Action::ListUsers => "list_users",
            Action::ReadReview => "read_review",
            Action::ReviewMessage => "review_message",
            Action::ApproveMessage => "approve_message",
            Action::RecordMessage => "record_message",
            Action::ReadCoverage => "read_coverage",
            Action::AskedLanguages => "asked_languages",
            Action::CodeTitle => "code_title",
            Action::CodeJob => "code_job",
            Action::ReadFeed => "read_feed",
            Action::Coverage => "read_registration_coverage",
            Action::CreateIntegration => "create_integration",
            Action::RevokeIntegration => "revoke_integration",
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub enum Outcome {
    Allowed,
    Denied,
}

/// One row of the audit log.
#[derive(Debug, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct AuditRow {
    id: i64,
    /// Seconds since the Unix epoch.
    at: i64,
    actor: Option<String>,
    action: String,
    subject: Option<String>,
    outcome: String,
}

/// The newest `limit` rows, newest first; with `hide_shielded`, none whose subject is a
/// shielded person (not even their id).
pub async fn newest(
    db: &sqlx::AnyPool,
    limit: i64,
    hide_shielded: bool,
) -> Result<Vec<AuditRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, at, actor, action, subject, outcome FROM audit_log a
         WHERE $1 = 0 OR NOT EXISTS (SELECT 1 FROM persons p WHERE p.id = a.subject AND p.shielded = 1)
         ORDER BY id DESC LIMIT $2",
    )
    .bind(i64::from(hide_shielded))
    .bind(limit)
    .fetch_all(db)
    .await
}

/// Appends one row. `actor` is a user id (or a username for failed logins), `subject` the
/// record concerned.
pub async fn record(
    db: impl sqlx::any::AnyExecutor<'_>,
    actor: Option<&str>,
    action: Action,
    subject: Option<&str>,
    outcome: Outcome,
) -> Result<(), sqlx::Error> {
    let outcome = match outcome {
        Outcome::Allowed => "allowed",
        Outcome::Denied => "denied",
    };
    sqlx::query(
        "INSERT INTO audit_log (at, actor, action, subject, outcome) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(crate::now_unix())
    .bind(actor)
    .bind(action.as_str())
    .bind(subject)
    .bind(outcome)
    .execute(db)
    .await?;
    Ok(())
}

/// Records that `actor` did `action` on `subject`, as allowed. Called inside the transaction
/// of what it records, or before the answer: no audit row, no answer.
pub async fn allowed(
    db: impl sqlx::any::AnyExecutor<'_>,
    actor: &str,
    action: Action,
    subject: Option<&str>,
) -> Result<(), sqlx::Error> {
    record(db, Some(actor), action, subject, Outcome::Allowed).await
}

/// Records that `actor` was refused `action` on `subject`.
pub async fn denied(
    db: impl sqlx::any::AnyExecutor<'_>,
    actor: &str,
    action: Action,
    subject: Option<&str>,
) -> Result<(), sqlx::Error> {
    record(db, Some(actor), action, subject, Outcome::Denied).await
}

/// Records `action` on `subject` done by no user: the command line, the retention job.
pub async fn by_system(
    db: impl sqlx::any::AnyExecutor<'_>,
    action: Action,
    subject: Option<&str>,
) -> Result<(), sqlx::Error> {
    record(db, None, action, subject, Outcome::Allowed).await
}

/// Records that `actor` was refused `action` on `subject`, and hands back the refusal to
/// answer with (or the database error, if the row could not be written: no audit, no answer).
pub async fn refused(
    db: &sqlx::AnyPool,
    actor: &str,
    action: Action,
    subject: Option<&str>,
    refusal: crate::error::Error,
) -> crate::error::Error {
    match denied(db, actor, action, subject).await {
        Ok(()) => refusal,
        Err(e) => e.into(),
    }
}
