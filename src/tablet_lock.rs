//! Staff lock this tablet's drafts with its platform authenticator (the device's screen lock or
//! biometrics, through WebAuthn's PRF), at enrolment or later on the tablet screen, and unlock
//! them after every start of the app. See `storage::lock` for what is stored and
//! `evne_model::draft_lock` for the scheme.

use crate::bindings::{webauthn, webcrypto};
use crate::state::{Action, State, TabletLock};
use crate::storage::{LockStatus, Storage, StorageError};
use evne_model::draft_lock::LockMethod;
use yew::UseReducerDispatcher;

type Dispatch = UseReducerDispatcher<State>;

/// Where the lock stands now.
pub async fn status() -> Result<TabletLock, StorageError> {
    let status = Storage::retrying(|s| async move { s.lock_status().await }).await?;
    Ok(match status {
        LockStatus::None => TabletLock::Unset,
        LockStatus::Locked => TabletLock::Locked,
        LockStatus::Unlocked => TabletLock::Unlocked,
    })
}

/// Makes the lock: a new platform credential with PRF, then every draft sealed under it.
pub async fn lock(dispatch: Dispatch) {
    let Ok(salt) = webcrypto::random_bytes(32) else {
        return dispatch.dispatch(Action::LockFailed);
    };
    dispatch.dispatch(Action::LockPending);
    let (id, secret) = match webauthn::create(&salt).await {
        Ok(Some(made)) => made,
        Ok(None) => return dispatch.dispatch(Action::Lock(TabletLock::Unsupported)),
        Err(e) => {
            gloo::console::warn!("the platform authenticator refused:", e);
            return dispatch.dispatch(Action::LockFailed);
        }
    };
    let made = Storage::retrying(|s| {
        let (id, salt, secret) = (id.clone(), salt.clone(), secret.clone());
        async move {
            s.create_lock(LockMethod::Prf, Some(id), &salt, &secret)
                .await
        }
    });
    match made.await {
        Ok(()) => dispatch.dispatch(Action::Lock(TabletLock::Unlocked)),
        Err(e) => {
            gloo::console::error!(e.to_string());
            dispatch.dispatch(Action::LockFailed);
            dispatch.dispatch(Action::StorageFailed);
        }
    }
}

/// Opens the lock with the device's user verification; a draft that was open when the app last
/// stopped comes back to the form.
pub async fn unlock(dispatch: Dispatch) {
    let storage = match Storage::shared().await {
        Ok(s) => s,
        Err(e) => {
            gloo::console::error!(e.to_string());
            return dispatch.dispatch(Action::StorageFailed);
        }
    };
    let record = match storage.lock_record().await {
        Ok(Some(record)) => record,
        Ok(None) => return dispatch.dispatch(Action::Lock(TabletLock::Unset)),
        Err(e) => {
            gloo::console::error!(e.to_string());
            return dispatch.dispatch(Action::StorageFailed);
        }
    };
    let (Ok(Some(id)), Ok(salt)) = (record.credential_bytes(), record.salt_bytes()) else {
        return dispatch.dispatch(Action::LockFailed);
    };
    dispatch.dispatch(Action::LockPending);
    let secret = match webauthn::secret(&id, &salt).await {
        Ok(secret) => secret,
        Err(e) => {
            gloo::console::warn!("the platform authenticator refused:", e);
            return dispatch.dispatch(Action::LockFailed);
        }
    };
    match storage.unlock(&secret).await {
        Ok(restored) => {
            dispatch.dispatch(Action::Lock(TabletLock::Unlocked));
            if let Some(draft) = restored {
                dispatch.dispatch(Action::Resume(Box::new(draft)));
            }
        }
        Err(StorageError::Lock(e)) => {
            gloo::console::warn!(e);
            dispatch.dispatch(Action::LockFailed);
        }
        Err(e) => {
            gloo::console::error!(e.to_string());
            dispatch.dispatch(Action::LockFailed);
            dispatch.dispatch(Action::StorageFailed);
        }
    }
}
