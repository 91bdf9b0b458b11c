//! A finished registration leaves the tablet's hands here: sealed to the server's public key
//! (only the server can open it) and queued in the outbox in the same transaction that deletes
//! its draft. The sync loop then sends it.

use crate::bindings;
use crate::storage::{OutboxEntry, Storage, StorageError};
use evne_model::envelope::{self, OsRng, PublicKey};
use evne_model::sync::OutboxMeta;
use evne_model::SubmissionRecord;

pub enum QueueError {
    /// This tablet has never fetched the server's key (or holds one it cannot use): nothing
    /// can be sealed, so the draft stays.
    NoKey,
    Storage(StorageError),
}

/// Seals `record` and queues it, deleting its draft.
pub async fn seal_and_queue(record: SubmissionRecord) -> Result<(), QueueError> {
    let key = Storage::retrying(|s| async move { s.submission_key().await })
        .await
        .map_err(QueueError::Storage)?;
    let key = key
        .and_then(|r| PublicKey::from_record(&r).ok())
        .ok_or(QueueError::NoKey)?;
    let sealed = envelope::seal(&record, &key, &mut OsRng).map_err(|_| QueueError::NoKey)?;
    let now = bindings::now_ms();
    let entry = OutboxEntry {
        meta: OutboxMeta {
            id: record.id,
            queued_at_ms: now,
            attempts: 0,
            next_attempt_at_ms: now,
            rejected: false,
            last_error: None,
        },
        sealed,
    };
    Storage::retrying(|s| {
        let entry = entry.clone();
        async move { s.submit(&entry).await }
    })
    .await
    .map_err(QueueError::Storage)
}
