//! Staff's administration of the tablet from its screen: enrolment and how long drafts are
//! kept. (Locking drafts is `super::lock`'s.)

use super::lock;
use super::{or_report, sync_now, Dispatch};
use crate::components::Enrolled;
use crate::state::{Action, TabletAction, TabletLock};
use crate::storage::Storage;
use crate::sync::Trigger;
use wasm_bindgen_futures::spawn_local;

/// Keeps the enrolment staff just made and locks drafts, then sends what waited for it.
pub async fn keep_enrolment(dispatch: Dispatch, (enrolment, secret): Enrolled) {
    let saved = Storage::retrying(|s| {
        let enrolment = enrolment.clone();
        async move { s.save_enrolment(&enrolment).await }
    });
    if or_report(&dispatch, saved.await).is_none() {
        return;
    }
    dispatch.dispatch(TabletAction::DeviceId(enrolment.id).into());
    // Staff are at the tablet: lock its drafts now, with its screen lock or else with the
    // server's key (beside the sync, which must not wait for the prompt).
    if matches!(lock::status().await, Ok(TabletLock::Unset)) {
        match secret {
            Some(secret) => spawn_local(lock::lock_with_server(dispatch.clone(), secret)),
            None => spawn_local(lock::lock(dispatch.clone())),
        }
    }
    sync_now(dispatch, Trigger::Online).await;
}

pub async fn set_idle_hours(dispatch: Dispatch, hours: u32) {
    let saved = Storage::retrying(|s| async move { s.set_draft_idle_hours(hours).await }).await;
    if or_report(&dispatch, saved).is_some() {
        dispatch.dispatch(Action::SetIdleHours(hours));
    }
}
