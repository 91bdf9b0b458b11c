//! The outbox: submissions sealed to the server's key, waiting for its acknowledgement.

use super::values::{from_js, to_js};
use super::{
    Result, Storage, StorageError, CURRENT_DRAFT, DRAFTS, OUTBOX, SETTINGS, SUBMISSION_KEY,
    SUBMITTED_DRAFT,
};
use evne_model::envelope::{self, OsRng, PublicKey, PublicKeyRecord, SealedSubmission};
use evne_model::sync::OutboxMeta;
use evne_model::SubmissionId;
use rexie::TransactionMode;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

/// One queued submission: the sealed payload and what the sync plan needs to know about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutboxEntry {
    pub meta: OutboxMeta,
    pub sealed: SealedSubmission,
}

/// An outbox entry as the first builds wrote it, before sealing: the profile in plaintext.
/// Kept readable so that a tablet updated with entries still queued loses none; each is sealed
/// as soon as the server's key is known ([`Storage::seal_legacy`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LegacyEntry {
    pub meta: OutboxMeta,
    pub record: LegacyRecord,
}

/// A queued submission as the first builds kept it. The profile is kept as the JSON it was
/// (schema version 1): it is sealed as it is, and the server upgrades it on receipt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LegacyRecord {
    pub id: SubmissionId,
    pub profile: serde_json::Value,
}

impl Storage {
    /// Moves a finished registration to the outbox and deletes the draft, in one transaction:
    /// either both happen or neither, so nothing is lost and nothing is left twice. The draft's
    /// id is remembered, so that an autosave of it still in flight cannot bring it back; `put`
    /// makes a second submit of the same draft (a double tap) replace, not add.
    pub async fn submit(&self, entry: &OutboxEntry) -> Result<()> {
        let value = to_js(entry)?;
        let id = key(&entry.meta.id);
        let tx = self
            .db
            .transaction(&[DRAFTS, OUTBOX, SETTINGS], TransactionMode::ReadWrite)?;
        tx.store(OUTBOX)?.put(&value, Some(&id)).await?;
        tx.store(DRAFTS)?
            .delete(JsValue::from_str(CURRENT_DRAFT))
            .await?;
        tx.store(SETTINGS)?
            .put(&id, Some(&JsValue::from_str(SUBMITTED_DRAFT)))
            .await?;
        tx.done().await?;
        Ok(())
    }

    /// Every sealed queued submission, in key order (UUIDv7: oldest first).
    pub async fn outbox(&self) -> Result<Vec<OutboxEntry>> {
        let values = self.outbox_values().await?;
        Ok(values.into_iter().filter_map(|v| from_js(v).ok()).collect())
    }

    /// How many submissions are queued, sealed or not.
    pub async fn outbox_len(&self) -> Result<usize> {
        let tx = self.db.transaction(&[OUTBOX], TransactionMode::ReadOnly)?;
        let n = tx.store(OUTBOX)?.count(None).await?;
        tx.done().await?;
        Ok(n as usize)
    }

    /// Seals every plaintext entry left by an older build; returns how many.
    pub async fn seal_legacy(&self, key: &PublicKey) -> Result<usize> {
        let mut sealed = 0;
        for value in self.outbox_values().await? {
            if from_js::<OutboxEntry>(value.clone()).is_ok() {
                continue;
            }
            // A value of neither shape (from some other build) is left alone and still counted
            // as queued: it must not stop the others from being sent.
            let Ok(legacy) = from_js::<LegacyEntry>(value) else {
                continue;
            };
            let json = serde_json::to_vec(&legacy.record.profile)
                .map_err(|e| StorageError::Decode(e.to_string()))?;
            let entry = OutboxEntry {
                sealed: envelope::seal_json(legacy.record.id, &json, key, &mut OsRng)
                    .map_err(|e| StorageError::Decode(e.to_string()))?,
                meta: legacy.meta,
            };
            self.update_outbox(&entry).await?;
            sealed += 1;
        }
        Ok(sealed)
    }

    /// The server's public key, as last fetched.
    pub async fn submission_key(&self) -> Result<Option<PublicKeyRecord>> {
        self.get(SETTINGS, SUBMISSION_KEY).await
    }

    pub async fn save_submission_key(&self, key: &PublicKeyRecord) -> Result<()> {
        self.put(SETTINGS, SUBMISSION_KEY, key).await
    }

    async fn outbox_values(&self) -> Result<Vec<JsValue>> {
        let tx = self.db.transaction(&[OUTBOX], TransactionMode::ReadOnly)?;
        let values = tx.store(OUTBOX)?.get_all(None, None).await?;
        tx.done().await?;
        Ok(values)
    }

    /// Replaces an entry after a failed attempt.
    pub async fn update_outbox(&self, entry: &OutboxEntry) -> Result<()> {
        self.put(OUTBOX, &entry.meta.id.to_string(), entry).await
    }

    /// Puts every refused entry back in the queue, to be sent at once (staff's choice, e.g.
    /// after a server fix). Returns how many.
    pub async fn requeue_refused(&self, now_ms: u64) -> Result<usize> {
        let mut n = 0;
        for mut entry in self.outbox().await?.into_iter().filter(|e| e.meta.rejected) {
            entry.meta.rejected = false;
            entry.meta.next_attempt_at_ms = now_ms;
            self.update_outbox(&entry).await?;
            n += 1;
        }
        Ok(n)
    }

    /// Forgets a submission: only after the server acknowledged it.
    pub async fn remove_outbox(&self, id: &SubmissionId) -> Result<()> {
        let tx = self.db.transaction(&[OUTBOX], TransactionMode::ReadWrite)?;
        tx.store(OUTBOX)?.delete(key(id)).await?;
        tx.done().await?;
        Ok(())
    }
}

fn key(id: &SubmissionId) -> JsValue {
    JsValue::from_str(&id.to_string())
}
