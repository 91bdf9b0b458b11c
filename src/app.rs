//! The root component: puts the screens together. The state is `crate::state`'s reducer; what
//! runs outside it is `crate::effects`'s (start-up, the sync loop, drafts kept or deleted,
//! tablet administration); the draft's changes and its autosave go through the draft handle
//! (`crate::hooks::use_draft`).

use crate::bindings;
use crate::components::{ResumeForm, StatusLine};
use crate::effects::{self, Dispatch};
use crate::hooks::{use_draft, DraftHandle};
use crate::i18n::{self, Locale, Translator};
use crate::pages::{DeclinedPage, DonePage, LanguagePage, MissingLanguagePage, TabletPage};
use crate::speech::{self, Voices};
use crate::start::{use_take_over, Choice};
use crate::state::{Action, Screen, State};
use crate::sync::Trigger;
use crate::wizard::Wizard;
use std::future::Future;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    let draft = use_draft(&state);
    effects::use_startup(state.dispatcher());
    effects::use_sync_loop(state.dispatcher());
    effects::use_drafts_kept(&state);
    let voices = speech::use_voices();
    let (translator, ready) = use_translator_of(&state);

    // A private window would lose everything typed: refuse to start.
    let ephemeral = state.tablet.ephemeral();
    // The small first-screen app drew the languages while this one loaded (see `start`).
    use_take_over(ready && state.screen != Screen::Loading, {
        let (draft, dispatch, screen) = (draft.clone(), state.dispatcher(), state.screen);
        Callback::from(move |choice| match (screen, choice) {
            (Screen::Language, Choice::Locale(l)) if !ephemeral => draft.choose_locale(l),
            (Screen::Language, Choice::Tablet) => dispatch.dispatch(Action::OpenTablet),
            // A registration that was open (the tablet reloaded) comes first.
            _ => {}
        })
    });
    let body = match state.screen {
        Screen::Loading => html! {},
        Screen::Language => language_screen(&state, &draft, &translator),
        Screen::Form => html! {
            <Wizard
                draft={state.draft.clone()}
                errors={state.errors.clone()}
                handle={draft.clone()}
                no_key={state.no_key}
                bilingual={state.bilingual}
            />
        },
        Screen::Declined => html! {
            <DeclinedPage on_new={next_resident(state.dispatcher())} />
        },
        Screen::Done => html! {
            <DonePage printable={state.printable.as_ref().map(|(p, _)| p.clone())}
                on_new={Callback::from({
                let d = state.dispatcher();
                let update_ready = state.tablet.update_ready;
                // Between two residents is the moment to switch to a new version.
                move |_| if update_ready {
                    spawn_local(bindings::apply_update());
                } else {
                    i18n::forget_loaded();
                    d.dispatch(Action::NewRegistration);
                }
            })} />
        },
        Screen::Tablet => tablet_screen(&state),
        Screen::MissingLanguage => html! {
            <MissingLanguagePage on_back={send(state.dispatcher(), || Action::CloseMissingLanguage)} />
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
                if state.tablet.storage_failed {
                    <p class="banner error" role="alert" data-status="error">
                        { translator.t("error-storage") }
                    </p>
                }
                if ready { { body } }
                <StatusLine
                    outbox={state.tablet.outbox}
                    has_draft={state.edits > 0 && state.screen == Screen::Form && !state.tablet.storage_failed}
                    draft_age={state.draft_age}
                />
            </main>
        </ContextProvider<Voices>>
        </ContextProvider<Translator>>
    }
}

/// The messages of the state's locale, and whether the screen can be drawn with them: the
/// chosen locale's bundle is fetched (from the service worker's cache when offline), and until
/// it is there the screen stays empty rather than flash another language. `<html lang dir>`
/// follow the locale.
#[hook]
fn use_translator_of(state: &State) -> (Translator, bool) {
    let locale = state.locale.unwrap_or(Locale::En);
    use_effect_with(locale, |locale| {
        bindings::set_document_locale(locale.code(), locale.direction().as_str());
    });
    let loads = use_state(|| 0u32);
    {
        let loads = loads.clone();
        // Loaded again for the next resident (a newer language pack may be kept by then).
        use_effect_with((locale, i18n::generation()), move |(locale, _)| {
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
    (loaded.unwrap_or_else(Translator::builtin), ready)
}

fn language_screen(
    state: &UseReducerHandle<State>,
    draft: &DraftHandle,
    translator: &Translator,
) -> Html {
    let ephemeral = state.tablet.ephemeral();
    html! {
        <LanguagePage
            on_choose={Callback::from({
                let draft = draft.clone();
                move |l| draft.choose_locale(l)
            })}
            on_tablet={send(state.dispatcher(), || Action::OpenTablet)}
            on_missing={Some(send(state.dispatcher(), || Action::OpenMissingLanguage))}
            disabled={ephemeral}
        >
            if state.paused > 0 && state.tablet.lock.is_locked() {
                <p class="banner" role="status" data-status="drafts-locked">
                    { translator.t("drafts-locked") }
                </p>
            } else if state.paused > 0 && !ephemeral {
                <ResumeForm on_resume={Callback::from({
                    let draft = draft.clone();
                    move |paused| draft.resume(paused)
                })} />
            }
        </LanguagePage>
    }
}

fn tablet_screen(state: &UseReducerHandle<State>) -> Html {
    let d = state.dispatcher();
    let locked = state.tablet.lock.is_locked();
    html! {
        <TabletPage
            status={state.tablet.clone()}
            idle_hours={state.idle_hours}
            on_lock={run(&d, |d, _| effects::lock::lock(d))}
            on_unlock={run(&d, |d, _| effects::lock::unlock(d))}
            on_server_secret={run(&d, move |d, secret| async move {
                if locked {
                    effects::lock::unlock_with_server(d, secret).await
                } else {
                    effects::lock::lock_with_server(d, secret).await
                }
            })}
            on_back={send(d.clone(), || Action::CloseTablet)}
            on_send_now={run(&d, |d, _| effects::sync_now(d, Trigger::Online))}
            on_retry_refused={run(&d, |d, _| effects::retry_refused(d))}
            on_update={Callback::from(|_| spawn_local(bindings::apply_update()))}
            on_enrolled={run(&d, effects::keep_enrolment)}
            on_idle_hours={run(&d, effects::set_idle_hours)}
        />
    }
}

/// A callback that dispatches the action `make` gives.
fn send<T>(dispatch: Dispatch, make: fn() -> Action) -> Callback<T> {
    Callback::from(move |_| dispatch.dispatch(make()))
}

/// A callback that runs the effect `f` with the dispatcher and the callback's value.
fn run<T: 'static, F: Future<Output = ()> + 'static>(
    dispatch: &Dispatch,
    f: impl Fn(Dispatch, T) -> F + 'static,
) -> Callback<T> {
    let dispatch = dispatch.clone();
    Callback::from(move |value| spawn_local(f(dispatch.clone(), value)))
}

/// The next resident starts: the words are loaded anew (with the newest language pack kept).
fn next_resident(d: yew::functional::UseReducerDispatcher<State>) -> Callback<()> {
    Callback::from(move |_| {
        i18n::forget_loaded();
        d.dispatch(Action::NewRegistration);
    })
}
