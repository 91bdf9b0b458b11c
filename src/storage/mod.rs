//! The tablet's storage: one IndexedDB database whose schema, version and value conversions
//! all live here. Stores:
//!
//! - `drafts`: the registration in progress (key `"current"`), saved on every change;
//! - `outbox`: finished submissions waiting for the server's acknowledgement;
//! - `settings`: device settings (used from issue 5 on; created now so that v1 has it).
//!
//! Inside a transaction only IndexedDB requests are awaited: the browser commits a transaction
//! as soon as the event loop idles, so awaiting anything else would commit it half-done.

mod values;

use evne_model::sync::OutboxMeta;
use evne_model::{Draft, SubmissionId, SubmissionRecord};
use rexie::{ObjectStore, Rexie, TransactionMode};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::rc::Rc;
use values::{from_js, to_js};
use wasm_bindgen::JsValue;

/// The database name the app uses. Tests use their own.
pub const DB_NAME: &str = "evne";
/// Bump with every schema change, and migrate in [`Storage::open`].
pub const SCHEMA_VERSION: u32 = 1;

const DRAFTS: &str = "drafts";
const OUTBOX: &str = "outbox";
const SETTINGS: &str = "settings";
const CURRENT_DRAFT: &str = "current";

/// Anything that went wrong with storage. Never swallowed: the person is told their answer was
/// not saved.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum StorageError {
    #[error("IndexedDB failed: {0}")]
    Db(String),
    #[error("a stored value could not be read: {0}")]
    Decode(String),
}

impl From<rexie::Error> for StorageError {
    fn from(e: rexie::Error) -> Self {
        StorageError::Db(e.to_string())
    }
}

pub type Result<T> = std::result::Result<T, StorageError>;

/// One queued submission: the payload and what the sync plan needs to know about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutboxEntry {
    pub meta: OutboxMeta,
    pub record: SubmissionRecord,
}

/// An open database.
pub struct Storage {
    db: Rexie,
}

thread_local! {
    static SHARED: RefCell<Option<Rc<Storage>>> = const { RefCell::new(None) };
}

impl Storage {
    /// Opens (creating or upgrading) the database `name`.
    pub async fn open(name: &str) -> Result<Self> {
        let db = Rexie::builder(name)
            .version(SCHEMA_VERSION)
            .add_object_store(ObjectStore::new(DRAFTS))
            .add_object_store(ObjectStore::new(OUTBOX))
            .add_object_store(ObjectStore::new(SETTINGS))
            .build()
            .await?;
        Ok(Self { db })
    }

    /// The app's database, opened once and shared.
    pub async fn shared() -> Result<Rc<Storage>> {
        if let Some(s) = SHARED.with(|s| s.borrow().clone()) {
            return Ok(s);
        }
        let storage = Rc::new(Storage::open(DB_NAME).await?);
        SHARED.with(|s| *s.borrow_mut() = Some(storage.clone()));
        Ok(storage)
    }

    /// Deletes the database `name` (tests clean up after themselves).
    pub async fn delete(name: &str) -> Result<()> {
        Ok(Rexie::delete(name).await?)
    }

    pub fn close(self) {
        self.db.close();
    }

    pub async fn load_draft(&self) -> Result<Option<Draft>> {
        self.get(DRAFTS, CURRENT_DRAFT).await
    }

    /// Saves the draft in progress; returns only once IndexedDB has committed it.
    pub async fn save_draft(&self, draft: &Draft) -> Result<()> {
        self.put(DRAFTS, CURRENT_DRAFT, draft).await
    }

    /// Moves a finished registration to the outbox and deletes the draft, in one transaction:
    /// either both happen or neither, so nothing is lost and nothing is left twice.
    pub async fn submit(&self, entry: &OutboxEntry) -> Result<()> {
        let value = to_js(entry)?;
        let tx = self
            .db
            .transaction(&[DRAFTS, OUTBOX], TransactionMode::ReadWrite)?;
        tx.store(OUTBOX)?
            .add(&value, Some(&key(&entry.meta.id)))
            .await?;
        tx.store(DRAFTS)?
            .delete(JsValue::from_str(CURRENT_DRAFT))
            .await?;
        tx.done().await?;
        Ok(())
    }

    /// Every queued submission, in key order (UUIDv7: oldest first).
    pub async fn outbox(&self) -> Result<Vec<OutboxEntry>> {
        let tx = self.db.transaction(&[OUTBOX], TransactionMode::ReadOnly)?;
        let values = tx.store(OUTBOX)?.get_all(None, None).await?;
        tx.done().await?;
        values.into_iter().map(from_js).collect()
    }

    /// Replaces an entry after a failed attempt.
    pub async fn update_outbox(&self, entry: &OutboxEntry) -> Result<()> {
        self.put(OUTBOX, &entry.meta.id.to_string(), entry).await
    }

    /// Forgets a submission: only after the server acknowledged it.
    pub async fn remove_outbox(&self, id: &SubmissionId) -> Result<()> {
        let tx = self.db.transaction(&[OUTBOX], TransactionMode::ReadWrite)?;
        tx.store(OUTBOX)?.delete(key(id)).await?;
        tx.done().await?;
        Ok(())
    }

    async fn get<T: serde::de::DeserializeOwned>(&self, store: &str, k: &str) -> Result<Option<T>> {
        let tx = self.db.transaction(&[store], TransactionMode::ReadOnly)?;
        let value = tx.store(store)?.get(JsValue::from_str(k)).await?;
        tx.done().await?;
        value.map(from_js).transpose()
    }

    async fn put<T: Serialize + ?Sized>(&self, store: &str, k: &str, value: &T) -> Result<()> {
        let value = to_js(value)?;
        let tx = self.db.transaction(&[store], TransactionMode::ReadWrite)?;
        tx.store(store)?
            .put(&value, Some(&JsValue::from_str(k)))
            .await?;
        tx.done().await?;
        Ok(())
    }
}

fn key(id: &SubmissionId) -> JsValue {
    JsValue::from_str(&id.to_string())
}
