//! Drafts leaving the screen: one paused is stored aside (encrypted, under its own key), one
//! expired or declined is deleted from storage too.

use super::or_report;
use crate::state::State;
use crate::storage::Storage;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

#[hook]
pub fn use_drafts_kept(state: &UseReducerHandle<State>) {
    {
        let dispatch = state.dispatcher();
        let draft = state.to_pause.clone();
        use_effect_with(state.pauses, move |pauses| {
            if let (true, Some(draft)) = (*pauses > 0, draft) {
                spawn_local(async move {
                    let paused = Storage::retrying(|s| {
                        let draft = draft.clone();
                        async move { s.pause_draft(&draft).await }
                    });
                    or_report(&dispatch, paused.await);
                });
            }
        });
    }
    let dispatch = state.dispatcher();
    use_effect_with(state.purges, move |purges| {
        if *purges > 0 {
            spawn_local(async move {
                let deleted = Storage::retrying(|s| async move { s.delete_draft().await });
                or_report(&dispatch, deleted.await);
            });
        }
    });
}
