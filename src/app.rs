//! The root component: owns the state, loads what storage holds, autosaves every edit, drives
//! the sync loop and deletes drafts left idle too long.

use crate::autosave::{save_if_edited, Editor};
use crate::bindings;
use crate::components::{Enrolled, ResumeForm, StatusLine};
use crate::i18n::{Locale, Translator};
use crate::pages::{DeclinedPage, DonePage, LanguagePage, TabletPage};
use crate::speech::{self, Voices};
use crate::start::{use_take_over, Choice};
use crate::state::{Action, Screen, State, TabletLock};
use crate::storage::{OutboxEntry, Storage, StorageError};
use crate::sync::{self, Trigger};
use crate::tablet_lock;
use crate::wizard::Wizard;
use evne_model::envelope::{self, OsRng, PublicKey};
use evne_model::sync::OutboxMeta;
use evne_model::{Draft, SubmissionRecord};
use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// How often the sync loop looks at the outbox (each entry's own backoff decides whether it is
/// sent), the draft's age and a waiting update. A tick is a few IndexedDB reads.
const TICK_MS: u32 = 10_000;

type Dispatch = UseReducerDispatcher<State>;

#[component]
pub fn App() -> Html {
    let state = use_reducer(State::default);

    // Start: keep our storage, read the stored draft, then try to send anything queued.
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            spawn_local(async move {
                dispatch.dispatch(Action::StorageInfo(bindings::persist_storage().await));
                let now = bindings::now_ms();
                match Storage::retrying(|s| async move { s.count_start(now).await }).await {
                    Ok(starts) => dispatch.dispatch(Action::Starts(starts)),
                    Err(e) => gloo::console::error!(e.to_string()),
                }
                match load().await {
                    Ok((locale, draft, idle_hours)) => {
                        dispatch.dispatch(Action::Loaded {
                            locale,
                            draft: draft.map(Box::new),
                            idle_hours,
                            now_ms: bindings::now_ms(),
                        });
                        if let Some(code) = bindings::take_assist_code() {
                            dispatch.dispatch(Action::Assist(code));
                        }
                        match tablet_lock::status().await {
                            Ok(lock) => dispatch.dispatch(Action::Lock(lock)),
                            Err(e) => gloo::console::error!(e.to_string()),
                        }
                    }
                    Err(e) => {
                        gloo::console::error!(e.to_string());
                        dispatch.dispatch(Action::LoadFailed);
                        dispatch.dispatch(Action::Loaded {
                            locale: None,
                            draft: None,
                            idle_hours: evne_model::retention::DEFAULT_DRAFT_IDLE_HOURS,
                            now_ms: bindings::now_ms(),
                        });
                    }
                }
                tick(dispatch, Trigger::Scheduled).await;
            });
        });
    }

    // The loop: a timer and the browser's online event.
    {
        let dispatch = state.dispatcher();
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

    // Autosave: the wizard's edits start theirs as they are dispatched (`Editor`); this
    // catches those of other screens (choosing a language, resuming) after the render.
    let saved = use_memo((), |_| Rc::new(std::cell::Cell::new(0)));
    {
        let (state, saved) = (state.clone(), (*saved).clone());
        use_effect_with(state.edits, move |_| save_if_edited(&state, &saved));
    }

    // A registration left idle was paused: store it aside, encrypted, under its own key.
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
                    if let Err(e) = paused.await {
                        gloo::console::error!(e.to_string());
                        dispatch.dispatch(Action::StorageFailed);
                    }
                });
            }
        });
    }

    // An idle draft expired: delete it from storage too.
    {
        let dispatch = state.dispatcher();
        use_effect_with(state.purges, move |purges| {
            if *purges > 0 {
                spawn_local(async move {
                    let deleted = Storage::retrying(|s| async move { s.delete_draft().await });
                    if let Err(e) = deleted.await {
                        gloo::console::error!(e.to_string());
                        dispatch.dispatch(Action::StorageFailed);
                    }
                });
            }
        });
    }

    let voices = speech::use_voices();

    // <html lang dir> follow the locale.
    let locale = state.locale.unwrap_or(Locale::En);
    use_effect_with(locale, |locale| {
        bindings::set_document_locale(locale.code(), locale.direction().as_str());
    });
    // The chosen locale's bundle is fetched (from the service worker's cache when offline);
    // until it is there, the screen stays empty rather than flash another language.
    let loads = use_state(|| 0u32);
    {
        let loads = loads.clone();
        use_effect_with(locale, move |locale| {
            let locale = *locale;
            spawn_local(async move {
                Translator::load(locale).await;
                loads.set(*loads + 1);
            });
        });
    }
    let loaded = Translator::for_locale(locale);
    // The language screen needs only the built-in messages: it does not wait for the files.
    let ready = loaded.is_some() || state.screen == Screen::Language;
    let translator = loaded.unwrap_or_else(Translator::builtin);

    // A private window would lose everything typed: refuse to start.
    let ephemeral = state.storage_info.is_some_and(|i| i.looks_ephemeral());
    let dispatch = state.dispatcher();
    let on = |action: fn() -> Action| {
        let d = dispatch.clone();
        Callback::from(move |_| d.dispatch(action()))
    };
    // The small first-screen app drew the languages while this one loaded (see `start`).
    use_take_over(ready && state.screen != Screen::Loading, {
        let (dispatch, screen) = (dispatch.clone(), state.screen);
        Callback::from(move |choice| match (screen, choice) {
            (Screen::Language, Choice::Locale(l)) if !ephemeral => {
                dispatch.dispatch(Action::ChooseLocale(l));
            }
            (Screen::Language, Choice::Tablet) => dispatch.dispatch(Action::OpenTablet),
            // A registration that was open (the tablet reloaded) comes first.
            _ => {}
        })
    });
    let body = match state.screen {
        Screen::Loading => html! {},
        Screen::Language => html! {
            <LanguagePage
                on_choose={Callback::from({
                    let d = dispatch.clone();
                    move |l| d.dispatch(Action::ChooseLocale(l))
                })}
                on_tablet={on(|| Action::OpenTablet)}
                disabled={ephemeral}
            >
                if state.paused > 0 && matches!(state.lock, TabletLock::Locked(_)) {
                    <p class="banner" role="status" data-status="drafts-locked">
                        { translator.t("drafts-locked") }
                    </p>
                } else if state.paused > 0 && !ephemeral {
                    <ResumeForm on_resume={Callback::from({
                        let d = dispatch.clone();
                        move |draft: Draft| d.dispatch(Action::Resume(Box::new(draft)))
                    })} />
                }
            </LanguagePage>
        },
        Screen::Form => html! {
            <Wizard
                draft={state.draft.clone()}
                errors={state.errors.clone()}
                dispatch={Editor::new(state.clone(), (*saved).clone())}
                on_submit={Callback::from({
                    let state = state.clone();
                    move |_| submit(&state)
                })}
                no_key={state.no_key}
                bilingual={state.bilingual}
            />
        },
        Screen::Declined => html! {
            <DeclinedPage on_new={on(|| Action::NewRegistration)} />
        },
        Screen::Done => html! {
            <DonePage printable={state.printable.as_ref().map(|(p, _)| p.clone())}
                on_new={Callback::from({
                let d = dispatch.clone();
                let update_ready = state.update_ready;
                // Between two residents is the moment to switch to a new version.
                move |_| if update_ready {
                    spawn_local(bindings::apply_update());
                } else {
                    d.dispatch(Action::NewRegistration);
                }
            })} />
        },
        Screen::Tablet => html! {
            <TabletPage
                storage={state.storage_info}
                starts={state.starts}
                queue={state.queue.clone()}
                update_ready={state.update_ready}
                idle_hours={state.idle_hours}
                device_id={state.device_id.clone()}
                lock={state.lock}
                lock_failed={state.lock_failed}
                lock_pending={state.lock_pending}
                on_lock={Callback::from({
                    let d = dispatch.clone();
                    move |_| spawn_local(tablet_lock::lock(d.clone()))
                })}
                on_unlock={Callback::from({
                    let d = dispatch.clone();
                    move |_| spawn_local(tablet_lock::unlock(d.clone()))
                })}
                on_server_secret={Callback::from({
                    let (d, locked) = (dispatch.clone(), matches!(state.lock, TabletLock::Locked(_)));
                    move |secret| if locked {
                        spawn_local(tablet_lock::unlock_with_server(d.clone(), secret))
                    } else {
                        spawn_local(tablet_lock::lock_with_server(d.clone(), secret))
                    }
                })}
                on_back={on(|| Action::CloseTablet)}
                on_send_now={Callback::from({
                    let d = dispatch.clone();
                    move |_| spawn_local(sync_now(d.clone(), Trigger::Online))
                })}
                on_retry_refused={Callback::from({
                    let d = dispatch.clone();
                    move |_| spawn_local(retry_refused(d.clone()))
                })}
                on_update={Callback::from(|_| spawn_local(bindings::apply_update()))}
                on_enrolled={Callback::from({
                    let d = dispatch.clone();
                    move |enrolled| spawn_local(keep_enrolment(d.clone(), enrolled))
                })}
                on_idle_hours={Callback::from({
                    let d = dispatch.clone();
                    move |hours| spawn_local(set_idle_hours(d.clone(), hours))
                })}
            />
        },
    };

    html! {
        <ContextProvider<Translator> context={translator.clone()}>
        <ContextProvider<Voices> context={voices}>
            <main class="app" data-app="evne">
                // At the top, where the person is looking: what they typed was not kept.
                if ephemeral {
                    <p class="banner error" role="alert" data-status="ephemeral">
                        { translator.t("error-private-mode") }
                    </p>
                }
                if state.storage_failed {
                    <p class="banner error" role="alert" data-status="error">
                        { translator.t("error-storage") }
                    </p>
                }
                if ready { { body } }
                <StatusLine
                    outbox={state.outbox}
                    has_draft={state.edits > 0 && state.screen == Screen::Form && !state.storage_failed}
                    draft_age={state.draft_age}
                />
            </main>
        </ContextProvider<Voices>>
        </ContextProvider<Translator>>
    }
}

async fn load() -> Result<(Option<Locale>, Option<Draft>, u32), StorageError> {
    let draft = Storage::retrying(|s| async move { s.load_draft().await }).await?;
    // The draft carries the locale it is being written in.
    let locale = draft.as_ref().and_then(|d| Locale::parse(&d.locale));
    let idle_hours = Storage::retrying(|s| async move { s.draft_idle_hours().await }).await?;
    Ok((locale, draft, idle_hours))
}

/// One turn of the loop: the draft's age, paused drafts, a waiting update, the outbox.
async fn tick(dispatch: Dispatch, trigger: Trigger) {
    let now_ms = bindings::now_ms();
    dispatch.dispatch(Action::Tick { now_ms });
    match Storage::retrying(|s| async move { s.purge_paused(now_ms).await }).await {
        Ok(left) => dispatch.dispatch(Action::Paused(left)),
        Err(e) => gloo::console::error!(e.to_string()),
    }
    dispatch.dispatch(Action::UpdateReady(bindings::update_waiting().await));
    sync_now(dispatch, trigger).await;
}

async fn sync_now(dispatch: Dispatch, trigger: Trigger) {
    let storage = match Storage::shared().await {
        Ok(s) => s,
        Err(e) => {
            gloo::console::error!(e.to_string());
            return dispatch.dispatch(Action::StorageFailed);
        }
    };
    match sync::run(&storage, trigger).await {
        Some(Ok(report)) => dispatch.dispatch(Action::Synced(report)),
        Some(Err(e)) => {
            gloo::console::error!(e.to_string());
            if e.is_connection_lost() {
                // The next tick reopens the database.
                Storage::forget_shared();
            }
            dispatch.dispatch(Action::StorageFailed);
        }
        None => {}
    }
    // What staff see on the tablet screen: no personal data, only the queue's metadata.
    if let Ok(entries) = storage.outbox().await {
        dispatch.dispatch(Action::Queue(entries.into_iter().map(|e| e.meta).collect()));
    }
    if let Ok(Some(enrolment)) = storage.enrolment().await {
        dispatch.dispatch(Action::DeviceId(enrolment.id));
    }
}

/// Staff put refused entries back in the queue and send them now.
async fn retry_refused(dispatch: Dispatch) {
    let now = bindings::now_ms();
    let requeued = Storage::retrying(|s| async move { s.requeue_refused(now).await });
    match requeued.await {
        Ok(_) => sync_now(dispatch, Trigger::Online).await,
        Err(e) => {
            gloo::console::error!(e.to_string());
            dispatch.dispatch(Action::StorageFailed);
        }
    }
}

/// Keeps the enrolment staff just made and locks drafts, then sends what waited for it.
async fn keep_enrolment(dispatch: Dispatch, (enrolment, secret): Enrolled) {
    let saved = Storage::retrying(|s| {
        let enrolment = enrolment.clone();
        async move { s.save_enrolment(&enrolment).await }
    });
    match saved.await {
        Ok(()) => {
            dispatch.dispatch(Action::DeviceId(enrolment.id));
            // Staff are at the tablet: lock its drafts now, with its screen lock or else with
            // the server's key (beside the sync, which must not wait for the prompt).
            if matches!(tablet_lock::status().await, Ok(TabletLock::Unset)) {
                match secret {
                    Some(secret) => {
                        spawn_local(tablet_lock::lock_with_server(dispatch.clone(), secret))
                    }
                    None => spawn_local(tablet_lock::lock(dispatch.clone())),
                }
            }
            sync_now(dispatch, Trigger::Online).await;
        }
        Err(e) => {
            gloo::console::error!(e.to_string());
            dispatch.dispatch(Action::StorageFailed);
        }
    }
}

async fn set_idle_hours(dispatch: Dispatch, hours: u32) {
    let saved = Storage::retrying(|s| async move { s.set_draft_idle_hours(hours).await });
    match saved.await {
        Ok(()) => dispatch.dispatch(Action::SetIdleHours(hours)),
        Err(e) => {
            gloo::console::error!(e.to_string());
            dispatch.dispatch(Action::StorageFailed);
        }
    }
}

/// Validates the draft; if it is complete, seals it to the server's key, moves it to the
/// outbox (deleting the draft) and tries to send it.
fn submit(state: &UseReducerHandle<State>) {
    let profile = match state.draft.finalize(bindings::current_year()) {
        Ok(p) => p,
        Err(errors) => return state.dispatch(Action::Invalid(errors)),
    };
    // The draft's own id: a second tap on submit queues the same submission again, not another.
    let id = state.draft.id.unwrap_or_default(); // default: a fresh id
    let record = SubmissionRecord {
        id,
        profile: profile.to_record(),
        assist: state.draft.assist.clone(),
    };
    let dispatch = state.dispatcher();
    spawn_local(async move {
        let key = match Storage::retrying(|s| async move { s.submission_key().await }).await {
            Ok(key) => key,
            Err(e) => {
                gloo::console::error!(e.to_string());
                return dispatch.dispatch(Action::StorageFailed);
            }
        };
        // Without the server's key nothing can be sealed: keep the draft, say so.
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
                last_error: None,
            },
            sealed,
        };
        let queued = Storage::retrying(|s| {
            let entry = entry.clone();
            async move { s.submit(&entry).await }
        });
        match queued.await {
            Ok(()) => {
                dispatch.dispatch(Action::Submitted {
                    at_ms: bindings::now_ms(),
                });
                sync_now(dispatch, Trigger::Online).await;
            }
            Err(e) => {
                gloo::console::error!(e.to_string());
                dispatch.dispatch(Action::StorageFailed);
            }
        }
    });
}
