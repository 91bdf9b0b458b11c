//! The draft in progress, encrypted at rest (AES-256-GCM): under the draft lock (`lock.rs`)
//! with this run's session key, sealed beside it to the lock; before the tablet is locked, with
//! the older device key, a non-extractable WebCrypto key kept in IndexedDB (which a copy of the
//! browser's files can use: staff lock the tablet at enrolment to close that).
//!
//! Crypto is awaited outside any IndexedDB transaction: a transaction commits as soon as the
//! event loop idles, so it may only ever wait on IndexedDB itself.

use super::values::to_js;
use super::{
    Result, Storage, StorageError, CURRENT_DRAFT, DEVICE, DEVICE_KEY, DRAFTS, DRAFT_IDLE_HOURS,
    ENROLMENT, SETTINGS, SUBMITTED_DRAFT,
};
use crate::bindings::{describe, webcrypto};
use evne_model::profile::migrate;
use evne_model::submission::Enrolment;
use evne_model::Draft;
use rexie::TransactionMode;
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::CryptoKey;

/// What the `drafts` store holds from schema 2 on.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SealedDraft {
    pub iv: Vec<u8>,
    pub ciphertext: Vec<u8>,
    /// Under the lock: the session key that encrypted it, sealed to the lock's public key.
    /// Absent: encrypted with the older device key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sealed_key: Option<evne_model::envelope::SealedSubmission>,
    /// The hour it was last saved (`retention::saved_hour`), in the clear: a locked tablet
    /// deletes a draft that is too old without opening it. Absent in drafts saved before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saved_hour: Option<u64>,
}

fn crypto_error(e: JsValue) -> StorageError {
    StorageError::Db(format!("WebCrypto: {}", describe(&e)))
}

impl Storage {
    /// The draft in progress, if any. A plaintext draft left by schema 1 is returned and
    /// re-saved encrypted. On a locked tablet the draft in progress is held aside, unopened,
    /// until staff unlock it (see [`Storage::unlock`]).
    pub async fn load_draft(&self) -> Result<Option<Draft>> {
        let Some(value) = self.get::<serde_json::Value>(DRAFTS, CURRENT_DRAFT).await? else {
            return Ok(None);
        };
        let sealed = match serde_json::from_value::<SealedDraft>(value.clone()) {
            Ok(sealed) if sealed.sealed_key.is_some() && self.opener.borrow().is_none() => {
                self.hold_current(&to_js(&sealed)?).await?;
                return Ok(None);
            }
            Ok(sealed) => sealed,
            Err(_) => {
                let plain = migrate::draft_from_value(value)
                    .map_err(|e| StorageError::Decode(e.to_string()))?;
                self.save_draft(&plain).await?;
                return Ok(Some(plain));
            }
        };
        self.open_draft(&sealed).await.map(Some)
    }

    /// Decrypts a stored draft, upgrading one saved by an earlier version of the app.
    pub(crate) async fn open_draft(&self, sealed: &SealedDraft) -> Result<Draft> {
        let key = match &sealed.sealed_key {
            Some(sealed_key) => self.opened_key(sealed_key).await?,
            // Never a new device key to open an old draft: it would not open it.
            None => self
                .read_device_key()
                .await?
                .ok_or_else(|| StorageError::Decode("no device key for this draft".into()))?,
        };
        let bytes = webcrypto::decrypt(&key, &sealed.iv, &sealed.ciphertext)
            .await
            .map_err(crypto_error)?;
        // A draft saved by an earlier version of the app is upgraded, never dropped.
        let value: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|e| StorageError::Decode(e.to_string()))?;
        migrate::draft_from_value(value).map_err(|e| StorageError::Decode(e.to_string()))
    }

    /// Encrypts and saves the draft in progress; returns once IndexedDB has committed it.
    ///
    /// A save that was overtaken by the draft's submit must not bring the draft back: in the
    /// same transaction the put is undone when the submitted marker names this draft. The put
    /// and the read of the marker go out together (one round trip, not two). (An explicit
    /// `commit()` measured no gain over the auto-commit, and older Safari lacks it.)
    pub async fn save_draft(&self, draft: &Draft) -> Result<()> {
        let value = self.seal_draft(draft).await?;
        let tx = self
            .db
            .transaction(&[DRAFTS, SETTINGS], TransactionMode::ReadWrite)?;
        let drafts = tx.store(DRAFTS)?;
        let settings = tx.store(SETTINGS)?;
        let key = JsValue::from(CURRENT_DRAFT);
        let (put, submitted) = futures::join!(
            drafts.put(&value, Some(&key)),
            settings.get(SUBMITTED_DRAFT.into()),
        );
        put?;
        let already_submitted = match (submitted?.and_then(|v| v.as_string()), draft.id) {
            (Some(done), Some(id)) => done == id.to_string(),
            _ => false,
        };
        if already_submitted {
            drafts.delete(key).await?;
        }
        tx.done().await?;
        Ok(())
    }

    /// Encrypts a draft, ready to store: under the lock if the tablet has one (locked or not),
    /// else with the device key.
    pub(crate) async fn seal_draft(&self, draft: &Draft) -> Result<JsValue> {
        let (key, sealed_key) = match self.lock_record().await? {
            Some(record) => {
                let (key, sealed) = self.session_key(&record).await?;
                (key, Some(sealed))
            }
            None => (self.device_key().await?, None),
        };
        let iv = webcrypto::random_bytes(12).map_err(crypto_error)?;
        let plain = serde_json::to_vec(draft).map_err(|e| StorageError::Decode(e.to_string()))?;
        let ciphertext = webcrypto::encrypt(&key, &iv, &plain)
            .await
            .map_err(crypto_error)?;
        to_js(&SealedDraft {
            iv,
            ciphertext,
            sealed_key,
            saved_hour: Some(evne_model::retention::saved_hour(draft.updated_at_ms)),
        })
    }

    /// Deletes the draft in progress (an idle draft, once staff were warned).
    pub async fn delete_draft(&self) -> Result<()> {
        let tx = self.db.transaction(&[DRAFTS], TransactionMode::ReadWrite)?;
        tx.store(DRAFTS)?.delete(CURRENT_DRAFT.into()).await?;
        tx.done().await?;
        Ok(())
    }

    /// Hours an untouched draft is kept (a setting of this tablet).
    pub async fn draft_idle_hours(&self) -> Result<u32> {
        let hours: Option<u32> = self.get(SETTINGS, DRAFT_IDLE_HOURS).await?;
        Ok(hours.unwrap_or(evne_model::retention::DEFAULT_DRAFT_IDLE_HOURS))
    }

    pub async fn set_draft_idle_hours(&self, hours: u32) -> Result<()> {
        self.put(SETTINGS, DRAFT_IDLE_HOURS, &hours).await
    }

    /// This tablet's enrolment (id and submit token), once staff enrolled it.
    pub async fn enrolment(&self) -> Result<Option<Enrolment>> {
        self.get(DEVICE, ENROLMENT).await
    }

    pub async fn save_enrolment(&self, enrolment: &Enrolment) -> Result<()> {
        self.put(DEVICE, ENROLMENT, enrolment).await
    }

    /// The device key, made on first use. Two first uses at once both try to `add` one; the
    /// loser reads the winner's, so every draft is encrypted with the one stored key.
    async fn device_key(&self) -> Result<CryptoKey> {
        if let Some(key) = self.device_key.borrow().clone() {
            return Ok(key);
        }
        let key = match self.read_device_key().await? {
            Some(key) => key,
            None => {
                let fresh = webcrypto::generate_device_key()
                    .await
                    .map_err(crypto_error)?;
                let tx = self.db.transaction(&[DEVICE], TransactionMode::ReadWrite)?;
                let added = tx
                    .store(DEVICE)?
                    .add(&fresh, Some(&DEVICE_KEY.into()))
                    .await;
                let done = tx.done().await;
                match (added, done) {
                    (Ok(_), Ok(_)) => fresh,
                    _ => self
                        .read_device_key()
                        .await?
                        .ok_or_else(|| StorageError::Db("the device key was not saved".into()))?,
                }
            }
        };
        *self.device_key.borrow_mut() = Some(key.clone());
        Ok(key)
    }

    pub(super) async fn read_device_key(&self) -> Result<Option<CryptoKey>> {
        let tx = self.db.transaction(&[DEVICE], TransactionMode::ReadOnly)?;
        let value = tx.store(DEVICE)?.get(DEVICE_KEY.into()).await?;
        tx.done().await?;
        value
            .map(|v| {
                v.dyn_into::<CryptoKey>()
                    .map_err(|_| StorageError::Decode("the device key is not a CryptoKey".into()))
            })
            .transpose()
    }
}
