//! Staff lock this tablet's drafts, at enrolment or later on the tablet screen, and unlock them
//! after every start of the app. Two ways, one scheme (`evne_model::draft_lock`):
//!
//! - the device's platform authenticator (its screen lock or biometrics, through WebAuthn's
//!   PRF), which also works offline;
//! - where the browser has no PRF, a secret the server releases to this tablet's token and a
//!   staff login of its centre (`api::lock_secret`): each unlock needs the network.
//!
//! See `storage::lock` for what is stored.

use super::{storage_failed, Dispatch};
use crate::bindings::{webauthn, webcrypto};
use crate::state::{Action, TabletAction, TabletLock};
use crate::storage::{LockStatus, Storage, StorageError};
use evne_model::draft_lock::LockMethod;
use std::rc::Rc;

/// Where the lock stands now.
pub async fn status() -> Result<TabletLock, StorageError> {
    let storage = Storage::shared().await?;
    let method = storage.lock_record().await?.map(|r| r.method);
    Ok(match (storage.lock_status().await?, method) {
        (LockStatus::Locked, Some(method)) => TabletLock::Locked(method),
        (LockStatus::Unlocked, Some(method)) => TabletLock::Unlocked(method),
        _ => TabletLock::Unset,
    })
}

/// Makes the lock with a new platform credential with PRF, then every draft is sealed under
/// it. A browser without PRF is said (`Unsupported`): staff can then lock with a login.
pub async fn lock(dispatch: Dispatch) {
    let Ok(salt) = webcrypto::random_bytes(32) else {
        return dispatch.dispatch(TabletAction::LockFailed.into());
    };
    dispatch.dispatch(TabletAction::LockPending.into());
    let (id, secret) = match webauthn::create(&salt).await {
        Ok(Some(made)) => made,
        Ok(None) => return dispatch.dispatch(TabletAction::Lock(TabletLock::Unsupported).into()),
        Err(e) => {
            gloo::console::warn!("the platform authenticator refused:", e);
            return dispatch.dispatch(TabletAction::LockFailed.into());
        }
    };
    create(dispatch, LockMethod::Prf, Some(id), salt, secret).await;
}

/// Makes the lock with the secret the server released (`LockMethod::Server`).
pub async fn lock_with_server(dispatch: Dispatch, secret: Vec<u8>) {
    let Ok(salt) = webcrypto::random_bytes(32) else {
        return dispatch.dispatch(TabletAction::LockFailed.into());
    };
    dispatch.dispatch(TabletAction::LockPending.into());
    create(dispatch, LockMethod::Server, None, salt, secret).await;
}

async fn create(
    dispatch: Dispatch,
    method: LockMethod,
    id: Option<Vec<u8>>,
    salt: Vec<u8>,
    secret: Vec<u8>,
) {
    let made = Storage::retrying(|s| {
        let (id, salt, secret) = (id.clone(), salt.clone(), secret.clone());
        async move { s.create_lock(method, id, &salt, &secret).await }
    });
    match made.await {
        Ok(()) => dispatch.dispatch(TabletAction::Lock(TabletLock::Unlocked(method)).into()),
        Err(e) => {
            dispatch.dispatch(TabletAction::LockFailed.into());
            storage_failed(&dispatch, &e);
        }
    }
}

/// Opens a lock made with the platform authenticator, after the device's user verification.
pub async fn unlock(dispatch: Dispatch) {
    let storage = match Storage::shared().await {
        Ok(s) => s,
        Err(e) => return storage_failed(&dispatch, &e),
    };
    let record = match storage.lock_record().await {
        Ok(Some(record)) => record,
        Ok(None) => return dispatch.dispatch(TabletAction::Lock(TabletLock::Unset).into()),
        Err(e) => return storage_failed(&dispatch, &e),
    };
    let (Ok(Some(id)), Ok(salt)) = (record.credential_bytes(), record.salt_bytes()) else {
        return dispatch.dispatch(TabletAction::LockFailed.into());
    };
    dispatch.dispatch(TabletAction::LockPending.into());
    let secret = match webauthn::secret(&id, &salt).await {
        Ok(secret) => secret,
        Err(e) => {
            gloo::console::warn!("the platform authenticator refused:", e);
            return dispatch.dispatch(TabletAction::LockFailed.into());
        }
    };
    open(dispatch, storage, LockMethod::Prf, secret).await;
}

/// Opens a lock made with the server's secret, which staff just had released.
pub async fn unlock_with_server(dispatch: Dispatch, secret: Vec<u8>) {
    match Storage::shared().await {
        Ok(storage) => open(dispatch, storage, LockMethod::Server, secret).await,
        Err(e) => storage_failed(&dispatch, &e),
    }
}

/// The unlock itself: a draft that was open when the app last stopped comes back to the form.
async fn open(dispatch: Dispatch, storage: Rc<Storage>, method: LockMethod, secret: Vec<u8>) {
    match storage.unlock(&secret).await {
        Ok(restored) => {
            dispatch.dispatch(TabletAction::Lock(TabletLock::Unlocked(method)).into());
            if let Some(draft) = restored {
                dispatch.dispatch(Action::Resume(Box::new(draft)));
            }
        }
        Err(StorageError::Lock(e)) => {
            gloo::console::warn!(e);
            dispatch.dispatch(TabletAction::LockFailed.into());
        }
        Err(e) => {
            dispatch.dispatch(TabletAction::LockFailed.into());
            storage_failed(&dispatch, &e);
        }
    }
}
