//! The tablet's storage: one IndexedDB database whose schema, version and value conversions
//! all live here. Stores:
//!
//! - `drafts`: the registration in progress (key `"current"`), saved on every change,
//!   encrypted with the device key (see `drafts.rs`);
//! - `outbox`: finished submissions waiting for the server's acknowledgement, sealed to the
//!   server's key (the tablet cannot read them);
//! - `settings`: the server's submission public key;
//! - `device`: the tablet's enrolment, and the draft lock (`lock.rs`): drafts are sealed to a
//!   key pair whose private half is stored only wrapped by a secret that is never stored (the
//!   platform authenticator's PRF). Before a tablet is locked, the older device key (a
//!   WebCrypto key kept here) encrypts them; locking seals them anew and deletes it.
//!
//! Schema history: 1 = drafts, outbox, settings (plaintext drafts and outbox entries);
//! 2 = adds `device`, drafts and outbox entries encrypted. Opening a version-1 database
//! upgrades it in place and keeps everything; old-shaped values are converted on first read.
//!
//! Inside a transaction only IndexedDB requests are awaited: the browser commits a transaction
//! as soon as the event loop idles, so awaiting anything else would commit it half-done.

mod drafts;
mod lock;
mod outbox;
mod paused;
mod starts;
mod values;

pub use lock::LockStatus;
pub use outbox::{LegacyEntry, LegacyRecord, OutboxEntry};
pub use starts::Starts;

use rexie::{ObjectStore, Rexie, TransactionMode};
use serde::Serialize;
use std::cell::RefCell;
use std::rc::Rc;
use values::{from_js, to_js};
use wasm_bindgen::JsValue;

/// The database name the app uses. Tests use their own.
pub const DB_NAME: &str = "evne";
/// Bump with every schema change, and migrate in [`Storage::open`].
pub const SCHEMA_VERSION: u32 = 2;

const DRAFTS: &str = "drafts";
const OUTBOX: &str = "outbox";
const SETTINGS: &str = "settings";
const DEVICE: &str = "device";
const DEVICE_KEY: &str = "draft_key";
const ENROLMENT: &str = "enrolment";
const DRAFT_IDLE_HOURS: &str = "draft_idle_hours";
/// The id of the draft last submitted: an autosave of it that arrives late is dropped.
const SUBMITTED_DRAFT: &str = "submitted_draft";
const CURRENT_DRAFT: &str = "current";
const SUBMISSION_KEY: &str = "submission_key";

/// Anything that went wrong with storage. Never swallowed: the person is told their answer was
/// not saved.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum StorageError {
    #[error("IndexedDB failed: {0}")]
    Db(String),
    #[error("a stored value could not be read: {0}")]
    Decode(String),
    /// A draft sealed under the lock, and the tablet not unlocked since it started.
    #[error("the tablet is locked")]
    Locked,
    #[error("the draft lock: {0}")]
    Lock(String),
}

impl From<rexie::Error> for StorageError {
    fn from(e: rexie::Error) -> Self {
        // rexie's own text is only "idb error"; the browser's reason is in the source.
        let mut text = e.to_string();
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source {
            text.push_str(": ");
            text.push_str(&s.to_string());
            source = s.source();
        }
        StorageError::Db(text)
    }
}

impl StorageError {
    /// The connection was closed under us (the browser does that under memory pressure, or
    /// when another tab upgrades the schema): reopening may help. A full disk will not.
    pub fn is_connection_lost(&self) -> bool {
        matches!(self, StorageError::Db(text)
            if text.contains("InvalidStateError") || text.contains("closing"))
    }
}

pub type Result<T> = std::result::Result<T, StorageError>;

/// An open database.
pub struct Storage {
    db: Rexie,
    /// The device key once read (a `CryptoKey` handle, not its bytes).
    device_key: RefCell<Option<web_sys::CryptoKey>>,
    /// The draft lock's record once read (`Some(None)`: read, and there is none), so that an
    /// autosave reads nothing more than before.
    lock: RefCell<Option<Option<evne_model::draft_lock::LockRecord>>>,
    /// The lock opened (staff unlocked the tablet since the app started): memory only.
    opener: RefCell<Option<Rc<evne_model::draft_lock::Opener>>>,
    /// This run's session key and its sealed copy.
    session: RefCell<Option<(web_sys::CryptoKey, evne_model::envelope::SealedSubmission)>>,
}

/// The unlocked lock and this run's session key, handed from a dropped connection to the next.
type Keys = (
    Option<Rc<evne_model::draft_lock::Opener>>,
    Option<(web_sys::CryptoKey, evne_model::envelope::SealedSubmission)>,
);

thread_local! {
    static SHARED: RefCell<Option<Rc<Storage>>> = const { RefCell::new(None) };
    /// What a dropped shared connection had unlocked: the reopened one goes on with it, so
    /// that the tablet does not lock itself mid-registration when the browser closes the
    /// database under us.
    static CARRIED: RefCell<Option<Keys>> = const { RefCell::new(None) };
}

impl Storage {
    /// Opens (creating or upgrading) the database `name`.
    pub async fn open(name: &str) -> Result<Self> {
        let db = Rexie::builder(name)
            .version(SCHEMA_VERSION)
            .add_object_store(ObjectStore::new(DRAFTS))
            .add_object_store(ObjectStore::new(OUTBOX))
            .add_object_store(ObjectStore::new(SETTINGS))
            .add_object_store(ObjectStore::new(DEVICE))
            .build()
            .await?;
        Ok(Self {
            db,
            device_key: RefCell::new(None),
            lock: RefCell::new(None),
            opener: RefCell::new(None),
            session: RefCell::new(None),
        })
    }

    /// The app's database, opened once and shared.
    pub async fn shared() -> Result<Rc<Storage>> {
        if let Some(s) = SHARED.with(|s| s.borrow().clone()) {
            return Ok(s);
        }
        let storage = Rc::new(Storage::open(DB_NAME).await?);
        if let Some((opener, session)) = CARRIED.with(|c| c.borrow_mut().take()) {
            *storage.opener.borrow_mut() = opener;
            *storage.session.borrow_mut() = session;
        }
        SHARED.with(|s| *s.borrow_mut() = Some(storage.clone()));
        Ok(storage)
    }

    /// Runs `op` on the shared database; if the connection was lost, reopens it and runs `op`
    /// once more. Every other error is returned as it is, never swallowed.
    pub async fn retrying<T, F, Fut>(op: F) -> Result<T>
    where
        F: Fn(Rc<Storage>) -> Fut,
        Fut: std::future::Future<Output = Result<T>>,
    {
        match op(Self::shared().await?).await {
            Err(e) if e.is_connection_lost() => {
                Self::forget_shared();
                op(Self::shared().await?).await
            }
            result => result,
        }
    }

    /// Drops the shared connection, so that the next use reopens the database.
    pub fn forget_shared() {
        if let Some(old) = SHARED.with(|s| s.borrow_mut().take()) {
            let keys = (old.opener.borrow().clone(), old.session.borrow().clone());
            CARRIED.with(|c| *c.borrow_mut() = Some(keys));
        }
    }

    /// Deletes the database `name` (tests clean up after themselves).
    pub async fn delete(name: &str) -> Result<()> {
        Ok(Rexie::delete(name).await?)
    }

    pub fn close(self) {
        self.db.close();
    }

    pub(crate) async fn get<T: serde::de::DeserializeOwned>(
        &self,
        store: &str,
        k: &str,
    ) -> Result<Option<T>> {
        let tx = self.db.transaction(&[store], TransactionMode::ReadOnly)?;
        let value = tx.store(store)?.get(JsValue::from_str(k)).await?;
        tx.done().await?;
        value.map(from_js).transpose()
    }

    pub(crate) async fn put<T: Serialize + ?Sized>(
        &self,
        store: &str,
        k: &str,
        value: &T,
    ) -> Result<()> {
        let value = to_js(value)?;
        let tx = self.db.transaction(&[store], TransactionMode::ReadWrite)?;
        tx.store(store)?
            .put(&value, Some(&JsValue::from_str(k)))
            .await?;
        tx.done().await?;
        Ok(())
    }
}
