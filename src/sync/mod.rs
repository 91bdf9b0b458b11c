//! Carries out the sync plan of `evne_model::sync`: sends what is due and records the outcome.
//! Runs on app start, on the browser's `online` event and on a timer.

use crate::bindings;
use crate::storage::{Storage, StorageError};
use evne_model::envelope::PublicKey;
use evne_model::submission::DeviceStatus;
use evne_model::sync::{self, SendOutcome};
use std::cell::Cell;

mod seal;
pub use seal::{seal_and_queue, QueueError};

/// What the outbox looks like after one run, for the status line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SyncReport {
    /// Acknowledged by the server in this run.
    pub sent: usize,
    /// Still waiting (will be retried).
    pub waiting: usize,
    /// Refused by the server for good; kept on the tablet for staff.
    pub rejected: usize,
    /// The last attempt got no answer at all.
    pub offline: bool,
    /// Nothing can be sent: staff have not enrolled this tablet yet.
    pub not_enrolled: bool,
}

/// When to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    /// Timer or start: respect each entry's backoff.
    Scheduled,
    /// The network just came back: try everything now.
    Online,
}

thread_local! {
    static RUNNING: Cell<bool> = const { Cell::new(false) };
}

/// One pass over the outbox. Returns `None` when another pass is already running.
pub async fn run(storage: &Storage, trigger: Trigger) -> Option<Result<SyncReport, StorageError>> {
    if RUNNING.with(|r| r.replace(true)) {
        return None;
    }
    let result = run_pass(storage, trigger).await;
    RUNNING.with(|r| r.set(false));
    Some(result)
}

async fn run_pass(storage: &Storage, trigger: Trigger) -> Result<SyncReport, StorageError> {
    let mut report = SyncReport::default();
    if bindings::is_online() {
        refresh_key(storage).await?;
        let mut entries = storage.outbox().await?;
        let enrolment = storage.enrolment().await?;
        report.not_enrolled = enrolment.is_none();
        let token = enrolment.map(|e| e.token).unwrap_or_default();
        let now = bindings::now_ms();
        let metas: Vec<_> = entries.iter().map(|e| e.meta.clone()).collect();
        let plan_time = match trigger {
            Trigger::Scheduled => now,
            Trigger::Online => u64::MAX,
        };
        let due = if report.not_enrolled {
            vec![]
        } else {
            sync::due(&metas, plan_time)
        };
        for id in due {
            let Some(entry) = entries.iter_mut().find(|e| e.meta.id == id) else {
                continue;
            };
            let answer = crate::api::send_submission(&entry.sealed, &token).await;
            let outcome = sync::classify_answer(
                answer.as_ref().map(|a| a.status),
                answer.as_ref().and_then(|a| a.error.as_deref()),
            );
            report.offline = answer.is_none();
            match sync::after_attempt(&entry.meta, outcome, bindings::now_ms(), bindings::jitter())
            {
                None => {
                    storage.remove_outbox(&id).await?;
                    report.sent += 1;
                }
                Some(mut meta) => {
                    meta.last_error = Some(match answer {
                        None => "offline".to_owned(),
                        Some(a) => format!("{} {}", a.status, a.error.unwrap_or_default()),
                    });
                    entry.meta = meta;
                    storage.update_outbox(entry).await?;
                }
            }
            if outcome == SendOutcome::Retry {
                // The server or the network is down: the rest would fail the same way.
                break;
            }
        }
    } else {
        report.offline = true;
    }
    let remaining = storage.outbox().await?;
    let rejected = remaining.iter().filter(|e| e.meta.rejected).count();
    report.rejected = rejected;
    let queued = storage.outbox_len().await?;
    report.waiting = queued.saturating_sub(rejected);
    if bindings::is_online() {
        if let Some(enrolment) = storage.enrolment().await? {
            let mut status = device_status(&remaining, queued).await;
            status.in_progress = storage
                .drafts_in_progress()
                .await
                .ok()
                .map(|n| u32::try_from(n).unwrap_or(u32::MAX));
            status.asked_languages = crate::asked::pending();
            if crate::api::report_status(&status, &enrolment.token).await {
                crate::asked::sent(&status.asked_languages);
            }
        }
    }
    Ok(report)
}

/// What the server is told about this tablet's queue: counts and codes, nothing personal.
async fn device_status(remaining: &[crate::storage::OutboxEntry], queued: usize) -> DeviceStatus {
    let now = bindings::now_ms();
    let oldest = remaining.iter().min_by_key(|e| e.meta.queued_at_ms);
    DeviceStatus {
        queued: u32::try_from(queued).unwrap_or(u32::MAX),
        oldest_queued_age_s: oldest.map(|e| now.saturating_sub(e.meta.queued_at_ms) / 1_000),
        last_error: oldest
            .and_then(|e| e.meta.last_error.clone())
            .filter(|e| e.chars().count() <= DeviceStatus::MAX_ERROR_CHARS),
        storage_persisted: bindings::storage_persisted().await,
        in_progress: None,
        asked_languages: vec![],
    }
}

/// Keeps the server's current public key, and seals any plaintext entry an older build left.
/// A server that cannot be reached leaves the stored key as it is.
async fn refresh_key(storage: &Storage) -> Result<(), StorageError> {
    if let Some(fresh) = crate::api::submission_key().await {
        if storage.submission_key().await?.as_ref() != Some(&fresh) {
            storage.save_submission_key(&fresh).await?;
        }
    }
    let stored = storage.submission_key().await?;
    if let Some(key) = stored.and_then(|r| PublicKey::from_record(&r).ok()) {
        storage.seal_legacy(&key).await?;
    }
    Ok(())
}
