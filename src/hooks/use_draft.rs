//! The draft handle: what the screens of a registration may do to it, and nothing more. It owns
//! the only autosave: every change that counts as an edit is written to IndexedDB at once,
//! encrypted, queued right behind Yew's render of it (both run in the same microtask
//! checkpoint), not in an effect after the render: measured in `cargo xtask bench`'s page at
//! 4× CPU, about 2 ms sooner (p50 20.8 → 19.0 ms).

use crate::bindings;
use crate::effects::{self, Dispatch};
use crate::i18n::Locale;
use crate::state::{Action, State};
use crate::storage::Storage;
use crate::sync::{seal_and_queue, QueueError, Trigger};
use evne_model::profile::{Edit, Step, Value};
use evne_model::{Draft, SubmissionId, SubmissionRecord};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

#[derive(Clone)]
pub struct DraftHandle {
    state: UseReducerHandle<State>,
    /// The edit count last saved.
    saved: Rc<Cell<u32>>,
}

/// Two handles are the same if they save to the same count (the reducer's handle changes with
/// every state; what a page draws comes in its own props).
impl PartialEq for DraftHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.saved, &other.saved)
    }
}

#[hook]
pub fn use_draft(state: &UseReducerHandle<State>) -> DraftHandle {
    let saved = use_memo((), |_| Rc::new(Cell::new(0)));
    DraftHandle {
        state: state.clone(),
        saved: (*saved).clone(),
    }
}

impl DraftHandle {
    /// A change to the field at `path`.
    pub fn set(&self, path: impl Into<String>, value: Value) {
        self.act(Action::Edit(Edit::new(path, value)));
    }

    pub fn go_to(&self, step: Step) {
        self.act(Action::GoTo(step));
    }

    pub fn choose_locale(&self, locale: Locale) {
        self.act(Action::ChooseLocale {
            locale,
            new_id: SubmissionId::new(),
        });
    }

    /// The consent screen's answer; `by` is who helped, `code` the resume code from now on.
    pub fn consent(&self, given: bool, by: &str, code: String) {
        self.act(Action::Consent {
            given,
            by: by.to_owned(),
            now_ms: bindings::now_ms(),
            code,
        });
    }

    pub fn resume(&self, draft: Draft) {
        self.act(Action::Resume(Box::new(draft)));
    }

    pub fn change_language(&self) {
        self.act(Action::ChangeLanguage);
    }

    pub fn toggle_bilingual(&self) {
        self.act(Action::ToggleBilingual);
    }

    /// Validates the draft; if it is complete, seals and queues it (deleting the draft) and
    /// tries to send it at once. If not, the form goes to the first problem.
    pub fn submit(&self) {
        let draft = &self.state.draft;
        let profile = match draft.finalize(bindings::current_year()) {
            Ok(p) => p,
            Err(errors) => return self.act(Action::Invalid(errors)),
        };
        let record = SubmissionRecord {
            // The draft's own id: a second tap queues the same submission again, not another.
            id: draft.id.unwrap_or_default(),
            profile: profile.to_record(),
            assist: draft.assist.clone(),
        };
        let dispatch = self.state.dispatcher();
        spawn_local(async move {
            match seal_and_queue(record).await {
                Ok(()) => {
                    dispatch.dispatch(Action::Submitted {
                        at_ms: bindings::now_ms(),
                    });
                    effects::sync_now(dispatch, Trigger::Online).await;
                }
                Err(QueueError::NoKey) => dispatch.dispatch(Action::NoKey),
                Err(QueueError::Storage(e)) => effects::storage_failed(&dispatch, &e),
            }
        });
    }

    /// Dispatches `action`, then saves the draft if it has edits not yet saved. Nothing of the
    /// person is kept before they said yes, nor over a stored draft that could not be read.
    fn act(&self, action: Action) {
        self.state.dispatch(action);
        // The handle reads the state the reducer just made.
        let state = &self.state;
        if state.edits > self.saved.get() && !state.load_failed && state.draft.has_consent() {
            self.saved.set(state.edits);
            spawn_local(autosave(state.dispatcher(), state.draft.clone()));
        }
    }
}

/// Writes the draft, stamped with the time. A save that ends up after the draft's submit is
/// undone in its own transaction ([`Storage::save_draft`]).
async fn autosave(dispatch: Dispatch, mut draft: Draft) {
    let at_ms = bindings::now_ms();
    draft.updated_at_ms = at_ms;
    let saved = Storage::retrying(|s| {
        let draft = draft.clone();
        async move { s.save_draft(&draft).await }
    });
    match saved.await {
        Ok(()) => {
            // For `cargo xtask bench`: when the change was committed.
            bindings::mark("evne-autosaved");
            dispatch.dispatch(Action::Saved { at_ms });
        }
        Err(e) => effects::storage_failed(&dispatch, &e),
    }
}
