//! Start-up: keep this site's storage, count the start, read the stored draft and the lock,
//! then run the sync loop's first turn.

use super::lock;
use super::sync_loop::tick;
use super::Dispatch;
use crate::bindings;
use crate::i18n::Locale;
use crate::state::{Action, TabletAction};
use crate::storage::{Storage, StorageError};
use crate::sync::Trigger;
use evne_model::retention::DEFAULT_DRAFT_IDLE_HOURS;
use evne_model::{Draft, SubmissionId};
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

#[hook]
pub fn use_startup(dispatch: Dispatch) {
    use_effect_with((), move |_| spawn_local(start(dispatch)));
}

async fn start(dispatch: Dispatch) {
    let info = bindings::persist_storage().await;
    dispatch.dispatch(TabletAction::StorageInfo(info).into());
    let now = bindings::now_ms();
    match Storage::retrying(|s| async move { s.count_start(now).await }).await {
        Ok(starts) => dispatch.dispatch(TabletAction::Starts(starts).into()),
        // Only the tablet screen's note on storage misses it: no banner for the person.
        Err(e) => gloo::console::error!(e.to_string()),
    }
    match load().await {
        Ok((locale, draft, idle_hours)) => {
            dispatch.dispatch(Action::Loaded {
                locale,
                draft: draft.map(Box::new),
                idle_hours,
                now_ms: bindings::now_ms(),
                new_id: SubmissionId::new(),
            });
            if let Some(code) = bindings::take_assist_code() {
                dispatch.dispatch(Action::Assist(code));
            }
            match lock::status().await {
                Ok(lock) => dispatch.dispatch(TabletAction::Lock(lock).into()),
                Err(e) => gloo::console::error!(e.to_string()),
            }
        }
        Err(e) => {
            gloo::console::error!(e.to_string());
            dispatch.dispatch(Action::LoadFailed);
            dispatch.dispatch(Action::Loaded {
                locale: None,
                draft: None,
                idle_hours: DEFAULT_DRAFT_IDLE_HOURS,
                now_ms: bindings::now_ms(),
                new_id: SubmissionId::new(),
            });
        }
    }
    tick(dispatch, Trigger::Scheduled).await;
}

async fn load() -> Result<(Option<Locale>, Option<Draft>, u32), StorageError> {
    let draft = Storage::retrying(|s| async move { s.load_draft().await }).await?;
    // The draft carries the locale it is being written in.
    let locale = draft.as_ref().and_then(|d| Locale::parse(&d.locale));
    let idle_hours = Storage::retrying(|s| async move { s.draft_idle_hours().await }).await?;
    Ok((locale, draft, idle_hours))
}
