//! The draft lock on this tablet (the scheme is `evne_model::draft_lock`): its record in the
//! `device` store, and in memory only the opener (once staff unlocked the tablet) and this
//! run's session key. Drafts written while locked are sealed all the same and open after the
//! unlock; the draft that was open when the app last stopped is held aside at a locked start,
//! so that a new registration never overwrites it, and comes back at the unlock.

use super::drafts::SealedDraft;
use super::paused::{paused_key, HELD};
use super::values::{from_js, to_js};
use super::{Result, Storage, StorageError, CURRENT_DRAFT, DEVICE, DEVICE_KEY, DRAFTS};
use crate::bindings::{describe, webcrypto};
use evne_model::draft_lock::{LockMethod, LockRecord};
use evne_model::envelope::{OsRng, SealedSubmission};
use evne_model::Draft;
use rexie::TransactionMode;
use wasm_bindgen::JsValue;
use web_sys::CryptoKey;

const LOCK: &str = "draft_lock";

/// Where this tablet's lock stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockStatus {
    /// No lock yet: drafts use the older device key kept in IndexedDB.
    None,
    /// Drafts are written, but none can be read until staff unlock the tablet.
    Locked,
    Unlocked,
}

fn lock_error(e: evne_model::draft_lock::LockError) -> StorageError {
    StorageError::Lock(e.to_string())
}

impl Storage {
    /// The lock's record, if the tablet has one.
    pub async fn lock_record(&self) -> Result<Option<LockRecord>> {
        if let Some(known) = self.lock.borrow().clone() {
            return Ok(known);
        }
        let record: Option<LockRecord> = self.get(DEVICE, LOCK).await?;
        *self.lock.borrow_mut() = Some(record.clone());
        Ok(record)
    }

    pub async fn lock_status(&self) -> Result<LockStatus> {
        Ok(match self.lock_record().await? {
            None => LockStatus::None,
            Some(_) if self.opener.borrow().is_some() => LockStatus::Unlocked,
            Some(_) => LockStatus::Locked,
        })
    }

    /// Locks drafts with `secret` (a PRF output, or the server's secret), from now on: every
    /// draft kept with the older device key is sealed anew and that key deleted, in one
    /// transaction. The tablet is unlocked afterwards.
    pub async fn create_lock(
        &self,
        method: LockMethod,
        credential_id: Option<Vec<u8>>,
        salt: &[u8],
        secret: &[u8],
    ) -> Result<()> {
        // A second lock would make every draft sealed to the first unopenable: never.
        if self.get::<LockRecord>(DEVICE, LOCK).await?.is_some() {
            return Err(StorageError::Lock("this tablet is locked already".into()));
        }
        // Every draft still under the device key, opened before anything changes.
        let tx = self.db.transaction(&[DRAFTS], TransactionMode::ReadOnly)?;
        let pairs = tx.store(DRAFTS)?.scan(None, None, None, None).await?;
        tx.done().await?;
        let mut legacy = vec![];
        for (key, value) in pairs {
            let sealed: SealedDraft = match from_js(value) {
                Ok(s) => s,
                // A plaintext draft of schema 1: read on load, sealed then.
                Err(_) => continue,
            };
            if sealed.sealed_key.is_none() {
                legacy.push((key, self.open_draft(&sealed).await?));
            }
        }
        let (record, opener) = LockRecord::create(method, credential_id, salt, secret, &mut OsRng)
            .map_err(lock_error)?;
        // In memory for the re-sealing below; undone unless the lock reaches the disk, so that
        // no draft is ever sealed to a lock the tablet does not keep.
        *self.lock.borrow_mut() = Some(Some(record.clone()));
        *self.opener.borrow_mut() = Some(std::rc::Rc::new(opener));
        self.session.borrow_mut().take();
        let written = self.write_lock(&record, legacy).await;
        if written.is_err() {
            *self.lock.borrow_mut() = Some(None);
            self.opener.borrow_mut().take();
            self.session.borrow_mut().take();
        } else {
            self.device_key.borrow_mut().take();
        }
        written
    }

    /// The lock's record, the drafts re-sealed under it, and the device key deleted: one
    /// transaction.
    async fn write_lock(&self, record: &LockRecord, legacy: Vec<(JsValue, Draft)>) -> Result<()> {
        let mut resealed = vec![];
        for (key, draft) in legacy {
            resealed.push((key, self.seal_draft(&draft).await?));
        }
        let record = to_js(record)?;
        let tx = self
            .db
            .transaction(&[DEVICE, DRAFTS], TransactionMode::ReadWrite)?;
        let device = tx.store(DEVICE)?;
        device.put(&record, Some(&LOCK.into())).await?;
        device.delete(DEVICE_KEY.into()).await?;
        let drafts = tx.store(DRAFTS)?;
        for (key, value) in resealed {
            drafts.put(&value, Some(&key)).await?;
        }
        tx.done().await?;
        Ok(())
    }

    /// Opens the lock with `secret`. Drafts held aside at a locked start come back: the newest
    /// as the draft in progress (returned, for the app to go on with) if there is none, the
    /// others put aside as paused drafts, to be resumed with their code.
    pub async fn unlock(&self, secret: &[u8]) -> Result<Option<Draft>> {
        let record = self
            .lock_record()
            .await?
            .ok_or_else(|| StorageError::Lock("this tablet has no lock".into()))?;
        let opener = record.unlock(secret).map_err(lock_error)?;
        *self.opener.borrow_mut() = Some(std::rc::Rc::new(opener));
        let tx = self.db.transaction(&[DRAFTS], TransactionMode::ReadOnly)?;
        let pairs = tx.store(DRAFTS)?.scan(None, None, None, None).await?;
        tx.done().await?;
        let has_current = pairs
            .iter()
            .any(|(k, _)| k.as_string().as_deref() == Some(CURRENT_DRAFT));
        let mut held = vec![];
        for (key, value) in pairs {
            if key.as_string().is_some_and(|k| k.starts_with(HELD)) {
                // One that does not open (damaged) stays held, unopened: it never blocks the
                // others, nor the unlock.
                let opened = match from_js::<SealedDraft>(value.clone()) {
                    Ok(sealed) => self.open_draft(&sealed).await,
                    Err(e) => Err(e),
                };
                match opened {
                    Ok(draft) => held.push((key, value, draft)),
                    Err(e) => gloo::console::error!(format!("a held draft stays held: {e}")),
                }
            }
        }
        held.sort_by_key(|(_, _, d)| std::cmp::Reverse(d.updated_at_ms));
        let mut restored = None;
        // The sealed values move as they are: nothing is decrypted to disk.
        let tx = self.db.transaction(&[DRAFTS], TransactionMode::ReadWrite)?;
        let store = tx.store(DRAFTS)?;
        for (i, (key, value, draft)) in held.into_iter().enumerate() {
            let to = if i == 0 && !has_current {
                restored = Some(draft.clone());
                JsValue::from_str(CURRENT_DRAFT)
            } else {
                paused_key(&draft)
            };
            store.put(&value, Some(&to)).await?;
            store.delete(key).await?;
        }
        tx.done().await?;
        Ok(restored)
    }

    /// Moves the draft in progress aside, unopened (a locked start).
    pub(super) async fn hold_current(&self, value: &JsValue) -> Result<()> {
        let key = JsValue::from_str(&format!("{HELD}{}", uuid::Uuid::now_v7()));
        let tx = self.db.transaction(&[DRAFTS], TransactionMode::ReadWrite)?;
        let store = tx.store(DRAFTS)?;
        store.put(value, Some(&key)).await?;
        store.delete(JsValue::from_str(CURRENT_DRAFT)).await?;
        tx.done().await?;
        Ok(())
    }

    /// This run's session key and the same key sealed to the lock, made on first use. Needs no
    /// unlock: a locked tablet writes drafts too.
    pub(super) async fn session_key(
        &self,
        record: &LockRecord,
    ) -> Result<(CryptoKey, SealedSubmission)> {
        if let Some(session) = self.session.borrow().clone() {
            return Ok(session);
        }
        let (raw, sealed) = record.new_session_key(&mut OsRng).map_err(lock_error)?;
        let key = webcrypto::import_aes_key(&raw)
            .await
            .map_err(|e| StorageError::Db(format!("WebCrypto: {}", describe(&e))))?;
        let session = (key, sealed);
        *self.session.borrow_mut() = Some(session.clone());
        Ok(session)
    }

    /// The key a draft sealed under the lock was encrypted with; `Locked` until the unlock.
    pub(super) async fn opened_key(&self, sealed_key: &SealedSubmission) -> Result<CryptoKey> {
        let raw = {
            let opener = self.opener.borrow();
            let opener = opener.as_ref().ok_or(StorageError::Locked)?;
            opener.open_session_key(sealed_key).map_err(lock_error)?
        };
        webcrypto::import_aes_key(&raw)
            .await
            .map_err(|e| StorageError::Db(format!("WebCrypto: {}", describe(&e))))
    }
}
