//! The loop: every [`TICK_MS`] and whenever the browser comes back online, the draft's age,
//! paused drafts, a waiting update and the outbox are looked at.

use super::{or_report, storage_failed, Dispatch};
use crate::bindings;
use crate::state::{Action, TabletAction};
use crate::storage::Storage;
use crate::sync::{self, Trigger};
use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// How often the loop runs (each outbox entry's own backoff decides whether it is sent). A
/// turn is a few IndexedDB reads.
const TICK_MS: u32 = 10_000;

#[hook]
pub fn use_sync_loop(dispatch: Dispatch) {
    use_effect_with((), move |_| {
        let timer = {
            let dispatch = dispatch.clone();
            Interval::new(TICK_MS, move || {
                spawn_local(tick(dispatch.clone(), Trigger::Scheduled));
            })
        };
        let online = web_sys::window().map(|w| {
            EventListener::new(&w, "online", move |_| {
                spawn_local(tick(dispatch.clone(), Trigger::Online));
            })
        });
        move || {
            drop(timer);
            drop(online);
        }
    });
}

/// One turn of the loop: the draft's age, paused drafts, a waiting update, the outbox.
pub(super) async fn tick(dispatch: Dispatch, trigger: Trigger) {
    let now_ms = bindings::now_ms();
    dispatch.dispatch(Action::Tick { now_ms });
    match Storage::retrying(|s| async move { s.purge_paused(now_ms).await }).await {
        Ok(left) => dispatch.dispatch(Action::Paused(left)),
        Err(e) => gloo::console::error!(e.to_string()),
    }
    let update = bindings::update_waiting().await;
    dispatch.dispatch(TabletAction::UpdateReady(update).into());
    sync_now(dispatch, trigger).await;
    // After the queue: reviewed words for the next residents, at most hourly.
    crate::i18n::packs::refresh_if_due(now_ms).await;
}

/// Sends what is due now, then shows staff the queue.
pub async fn sync_now(dispatch: Dispatch, trigger: Trigger) {
    let Some(storage) = or_report(&dispatch, Storage::shared().await) else {
        return;
    };
    match sync::run(&storage, trigger).await {
        Some(Ok(report)) => dispatch.dispatch(TabletAction::Synced(report).into()),
        Some(Err(e)) => {
            if e.is_connection_lost() {
                // The next tick reopens the database.
                Storage::forget_shared();
            }
            storage_failed(&dispatch, &e);
        }
        None => {}
    }
    // What staff see on the tablet screen: no personal data, only the queue's metadata.
    if let Ok(entries) = storage.outbox().await {
        let queue = entries.into_iter().map(|e| e.meta).collect();
        dispatch.dispatch(TabletAction::Queue(queue).into());
    }
    if let Ok(Some(enrolment)) = storage.enrolment().await {
        dispatch.dispatch(TabletAction::DeviceId(enrolment.id).into());
    }
}

/// Staff put refused entries back in the queue and send them now.
pub async fn retry_refused(dispatch: Dispatch) {
    let now = bindings::now_ms();
    let requeued = Storage::retrying(|s| async move { s.requeue_refused(now).await }).await;
    if or_report(&dispatch, requeued).is_some() {
        sync_now(dispatch, Trigger::Online).await;
    }
}
