//! The root component: owns the state, loads what storage holds, autosaves every edit and
//! drives the sync loop.

use crate::bindings;
use crate::components::StatusLine;
use crate::i18n::{Locale, Translator};
use crate::pages::{DonePage, FormPage, LanguagePage};
use crate::state::{Action, Screen, State};
use crate::storage::{OutboxEntry, Storage};
use crate::sync::{self, Trigger};
use evne_model::envelope::{self, OsRng, PublicKey};
use evne_model::sync::OutboxMeta;
use evne_model::{SubmissionId, SubmissionRecord};
use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// How often the sync loop looks at the outbox. Each entry's own backoff decides whether it is
/// sent; a tick is one IndexedDB read.
const SYNC_TICK_MS: u32 = 10_000;

#[component]
pub fn App() -> Html {
    let state = use_reducer(State::default);

    // Start: read the stored locale and draft, then try to send anything queued.
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            spawn_local(async move {
                match load().await {
                    Ok((locale, draft)) => dispatch.dispatch(Action::Loaded { locale, draft }),
                    Err(e) => {
                        gloo::console::error!(e.to_string());
                        dispatch.dispatch(Action::StorageFailed);
                        dispatch.dispatch(Action::Loaded {
                            locale: None,
                            draft: None,
                        });
                    }
                }
                sync_now(dispatch, Trigger::Scheduled).await;
            });
        });
    }

    // The sync loop: a timer and the browser's online event.
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let tick = {
                let dispatch = dispatch.clone();
                Interval::new(SYNC_TICK_MS, move || {
                    spawn_local(sync_now(dispatch.clone(), Trigger::Scheduled));
                })
            };
            let online = web_sys::window().map(|w| {
                EventListener::new(&w, "online", move |_| {
                    spawn_local(sync_now(dispatch.clone(), Trigger::Online));
                })
            });
            move || {
                drop(tick);
                drop(online);
            }
        });
    }

    // Autosave: every edit is written to IndexedDB at once.
    {
        let dispatch = state.dispatcher();
        let draft = state.draft.clone();
        use_effect_with(state.edits, move |edits| {
            if *edits > 0 {
                // One transaction, created before any later submit's: IndexedDB runs them in
                // order, so a submit can never be overtaken by an older autosave.
                spawn_local(async move {
                    let saved = Storage::retrying(|s| {
                        let draft = draft.clone();
                        async move { s.save_draft(&draft).await }
                    });
                    dispatch.dispatch(match saved.await {
                        Ok(()) => Action::StorageOk,
                        Err(e) => {
                            gloo::console::error!(e.to_string());
                            Action::StorageFailed
                        }
                    });
                });
            }
        });
    }

    // <html lang dir> follow the locale.
    let locale = state.locale.unwrap_or(Locale::En);
    use_effect_with(locale, |locale| {
        bindings::set_document_locale(locale.code(), locale.direction().as_str());
    });
    let translator = use_memo(locale, |l| Translator::new(*l));

    let on_submit = {
        let state = state.clone();
        Callback::from(move |_| submit(&state))
    };
    let dispatch = state.dispatcher();
    let body = match state.screen {
        Screen::Loading => html! {},
        Screen::Language => html! {
            <LanguagePage on_choose={Callback::from({
                let d = dispatch.clone();
                move |l| d.dispatch(Action::ChooseLocale(l))
            })} />
        },
        Screen::Form => html! {
            <FormPage
                draft={state.draft.clone()}
                errors={state.errors.clone()}
                dispatch={dispatch.clone()}
                {on_submit}
                no_key={state.no_key}
            />
        },
        Screen::Done => html! {
            <DonePage on_new={Callback::from({
                let d = dispatch.clone();
                move |_| d.dispatch(Action::NewRegistration)
            })} />
        },
    };

    html! {
        <ContextProvider<Translator> context={(*translator).clone()}>
            <main class="app">
                // At the top, where the person is looking: what they typed was not kept.
                if state.storage_failed {
                    <p class="banner error" role="alert" data-status="error">
                        { translator.t("error-storage") }
                    </p>
                }
                { body }
                <StatusLine
                    outbox={state.outbox}
                    has_draft={state.edits > 0 && state.screen == Screen::Form && !state.storage_failed}
                />
            </main>
        </ContextProvider<Translator>>
    }
}

async fn load() -> Result<(Option<Locale>, Option<evne_model::Draft>), crate::storage::StorageError>
{
    let draft = Storage::shared().await?.load_draft().await?;
    // The draft carries the locale it is being written in.
    let locale = draft.as_ref().and_then(|d| Locale::parse(&d.locale));
    Ok((locale, draft))
}

async fn sync_now(dispatch: UseReducerDispatcher<State>, trigger: Trigger) {
    let storage = match Storage::shared().await {
        Ok(s) => s,
        Err(e) => {
            gloo::console::error!(e.to_string());
            return;
        }
    };
    match sync::run(&storage, trigger).await {
        Some(Ok(report)) => dispatch.dispatch(Action::Synced(report)),
        Some(Err(e)) => {
            gloo::console::error!(e.to_string());
            dispatch.dispatch(Action::StorageFailed);
        }
        None => {}
    }
}

/// Validates the draft; if it is complete, seals it to the server's key, moves it to the
/// outbox (deleting the draft) and tries to send it.
fn submit(state: &UseReducerHandle<State>) {
    let profile = match state.draft.finalize(bindings::current_year()) {
        Ok(p) => p,
        Err(errors) => return state.dispatch(Action::Invalid(errors)),
    };
    let id = SubmissionId::new();
    let record = SubmissionRecord {
        id,
        profile: profile.to_record(),
    };
    let dispatch = state.dispatcher();
    spawn_local(async move {
        let storage = match Storage::shared().await {
            Ok(s) => s,
            Err(e) => {
                gloo::console::error!(e.to_string());
                return dispatch.dispatch(Action::StorageFailed);
            }
        };
        // Without the server's key nothing can be sealed: keep the draft, say so.
        let key = storage.submission_key().await.ok().flatten();
        let Some(key) = key.and_then(|r| PublicKey::from_record(&r).ok()) else {
            return dispatch.dispatch(Action::NoKey);
        };
        let Ok(sealed) = envelope::seal(&record, &key, &mut OsRng) else {
            return dispatch.dispatch(Action::NoKey);
        };
        let now = bindings::now_ms();
        let entry = OutboxEntry {
            meta: OutboxMeta {
                id,
                queued_at_ms: now,
                attempts: 0,
                next_attempt_at_ms: now,
                rejected: false,
            },
            sealed,
        };
        let queued = Storage::retrying(|s| {
            let entry = entry.clone();
            async move { s.submit(&entry).await }
        });
        match queued.await {
            Ok(()) => {
                dispatch.dispatch(Action::Submitted);
                sync_now(dispatch, Trigger::Online).await;
            }
            Err(e) => {
                gloo::console::error!(e.to_string());
                dispatch.dispatch(Action::StorageFailed);
            }
        }
    });
}
