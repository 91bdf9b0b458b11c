//! Paused drafts: after a while without input the registration in progress is put aside,
//! encrypted like every draft, under its own key, so that the next person starts afresh and
//! never sees it. Its owner resumes it with the short code shown to them at the start.

use super::drafts::SealedDraft;
use super::values::from_js;
use super::{Result, Storage, StorageError, CURRENT_DRAFT, DRAFTS};
use evne_model::retention::{draft_age, expired_by_hour, DraftAge};
use evne_model::Draft;
use rexie::TransactionMode;
use wasm_bindgen::JsValue;

const PAUSED: &str = "paused:";
/// Drafts held aside at a locked start, until the unlock (see `super::lock`).
pub(super) const HELD: &str = "held:";

/// A draft put aside: paused, or held at a locked start.
fn aside(key: &str) -> bool {
    key.starts_with(PAUSED) || key.starts_with(HELD)
}

pub(super) fn paused_key(draft: &Draft) -> JsValue {
    let id = draft.id.map(|id| id.to_string()).unwrap_or_default();
    JsValue::from_str(&format!("{PAUSED}{id}"))
}

impl Storage {
    /// Puts the draft in progress aside: stored under its own key, no longer the current one.
    pub async fn pause_draft(&self, draft: &Draft) -> Result<()> {
        let value = self.seal_draft(draft).await?;
        let tx = self.db.transaction(&[DRAFTS], TransactionMode::ReadWrite)?;
        let store = tx.store(DRAFTS)?;
        store.put(&value, Some(&paused_key(draft))).await?;
        store.delete(JsValue::from_str(CURRENT_DRAFT)).await?;
        tx.done().await?;
        Ok(())
    }

    /// How many registrations this tablet holds unfinished: the one in progress (stored only
    /// once the person consented) and those put aside. Keys are counted; nothing is decrypted.
    pub async fn drafts_in_progress(&self) -> Result<usize> {
        let keys = self.draft_keys().await?;
        Ok(keys
            .iter()
            .filter(|k| *k == CURRENT_DRAFT || aside(k))
            .count())
    }

    /// How many drafts are put aside (paused, or held at a locked start), counted unopened.
    pub async fn paused_count(&self) -> Result<usize> {
        Ok(self.draft_keys().await?.iter().filter(|k| aside(k)).count())
    }

    async fn draft_keys(&self) -> Result<Vec<String>> {
        let tx = self.db.transaction(&[DRAFTS], TransactionMode::ReadOnly)?;
        let keys = tx.store(DRAFTS)?.get_all_keys(None, None).await?;
        tx.done().await?;
        Ok(keys.iter().filter_map(|k| k.as_string()).collect())
    }

    /// The paused drafts, decrypted (the app looks for the one whose code was typed).
    /// `Locked` while any of them waits for the tablet's unlock.
    pub async fn paused_drafts(&self) -> Result<Vec<Draft>> {
        let tx = self.db.transaction(&[DRAFTS], TransactionMode::ReadOnly)?;
        let pairs = tx.store(DRAFTS)?.scan(None, None, None, None).await?;
        tx.done().await?;
        let mut out = vec![];
        for (key, value) in pairs {
            if key.as_string().is_some_and(|k| k.starts_with(PAUSED)) {
                let sealed: SealedDraft = from_js(value)?;
                out.push(self.open_draft(&sealed).await?);
            }
        }
        Ok(out)
    }

    /// Deletes, unopened, every draft put aside (paused, or held at a locked start) whose hour
    /// of saving is past the tablet's limit for certain (`retention::expired_by_hour`): a
    /// locked tablet cannot read their exact age, and must not keep them until someone
    /// unlocks it. Returns how many were deleted.
    pub async fn purge_aside_by_hour(&self, now_ms: u64, idle_hours: u32) -> Result<usize> {
        let tx = self.db.transaction(&[DRAFTS], TransactionMode::ReadWrite)?;
        let store = tx.store(DRAFTS)?;
        let pairs = store.scan(None, None, None, None).await?;
        let mut deleted = 0;
        for (key, value) in pairs {
            if !key.as_string().is_some_and(|k| aside(&k)) {
                continue;
            }
            let hour = from_js::<SealedDraft>(value)
                .ok()
                .and_then(|s| s.saved_hour);
            if hour.is_some_and(|h| expired_by_hour(h, now_ms, idle_hours)) {
                store.delete(key).await?;
                deleted += 1;
            }
        }
        tx.done().await?;
        Ok(deleted)
    }

    /// Deletes paused drafts left longer than the tablet keeps drafts; returns how many remain
    /// aside, with those held at a locked start. While the tablet is locked their exact age
    /// cannot be read: those whose hour of saving is past the limit go unopened, the others
    /// are kept.
    pub async fn purge_paused(&self, now_ms: u64) -> Result<usize> {
        let hours = self.draft_idle_hours().await?;
        self.purge_aside_by_hour(now_ms, hours).await?;
        let paused = match self.paused_drafts().await {
            Err(StorageError::Locked) => vec![],
            other => other?,
        };
        for draft in paused {
            if draft_age(draft.updated_at_ms, now_ms, hours) == DraftAge::Expired {
                self.delete_paused(&draft).await?;
            }
        }
        self.paused_count().await
    }

    /// Makes a paused draft the current one again.
    pub async fn resume_draft(&self, draft: &Draft) -> Result<()> {
        let value = self.seal_draft(draft).await?;
        let tx = self.db.transaction(&[DRAFTS], TransactionMode::ReadWrite)?;
        let store = tx.store(DRAFTS)?;
        store
            .put(&value, Some(&JsValue::from_str(CURRENT_DRAFT)))
            .await?;
        store.delete(paused_key(draft)).await?;
        tx.done().await?;
        Ok(())
    }

    /// Deletes a paused draft (left longer than the tablet keeps drafts).
    pub async fn delete_paused(&self, draft: &Draft) -> Result<()> {
        let tx = self.db.transaction(&[DRAFTS], TransactionMode::ReadWrite)?;
        tx.store(DRAFTS)?.delete(paused_key(draft)).await?;
        tx.done().await?;
        Ok(())
    }
}
