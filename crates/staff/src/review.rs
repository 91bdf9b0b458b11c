//! A language reviewer's screen: one locale's messages in the order a resident meets them,
//! one at a time in an editor (the Norwegian source, the English as help, the locale's text in
//! its own script and direction), with the state of each, progress per place, a filter by
//! state, and the keyboard to move on (Alt+↓ next, Alt+↑ previous, Ctrl+Enter mark reviewed).

use super::api::{self, ApiError, Refused};
use super::loaded::use_loaded;
use super::recorder::Recorder;
use evne_model::profile::Step;
use evne_model::review::{Progress, ReviewRow, ReviewState};
use evne_model::ErrorCode;
use evne_ui::i18n::{use_translator, Locale, Translator};
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The locales the reviewer was given.
    pub locales: Vec<String>,
    pub on_error: Callback<ApiError>,
}

const STATES: [ReviewState; 4] = [
    ReviewState::Draft,
    ReviewState::Reviewed,
    ReviewState::Approved,
    ReviewState::Stale,
];

fn state_id(state: ReviewState) -> &'static str {
    match state {
        ReviewState::Draft => "staff-review-state-draft",
        ReviewState::Reviewed => "staff-review-state-reviewed",
        ReviewState::Approved => "staff-review-state-approved",
        ReviewState::Stale => "staff-review-state-stale",
    }
}

/// A place's heading: a step's title, or one of the places around the form.
fn place_title(t: &Translator, place: &str) -> String {
    match place {
        "" => t.t("staff-review-total"),
        "start" => t.t("staff-review-place-start"),
        "throughout" => t.t("staff-review-place-throughout"),
        "tablet" => t.t("staff-review-place-tablet"),
        step => Step::ALL
            .into_iter()
            .find(|s| s.section() == step)
            .map(|s| t.t(s.title_id()))
            .unwrap_or_else(|| step.to_owned()),
    }
}

fn problem_id(refused: &Refused) -> &'static str {
    match refused {
        Refused::Text { code, .. } => match code {
            ErrorCode::Required => "staff-review-problem-required",
            ErrorCode::MissingVariable => "staff-review-problem-missing",
            ErrorCode::UnknownVariable => "staff-review-problem-unknown",
            _ => "staff-review-problem-syntax",
        },
        Refused::Conflict => "staff-review-conflict",
        Refused::Audio(id, _) => id,
        Refused::Other(e) => e.message_id(),
    }
}

fn progress_bar(t: &Translator, p: &Progress) -> Html {
    let args = [
        ("reviewed", p.reviewed.into()),
        ("messages", p.messages.into()),
        ("approved", p.approved.into()),
        ("stale", p.stale.into()),
        ("recorded", p.recorded.into()),
    ];
    html! {
        <div class="review-progress" data-place={p.place.clone()}>
            <span>{ place_title(t, &p.place) }</span>
            <progress max={p.messages.to_string()} value={p.reviewed.to_string()} />
            <span class="hint">{ t.t_args("staff-review-progress", &args) }</span>
        </div>
    }
}

#[component]
pub fn ReviewScreen(props: &Props) -> Html {
    let t = use_translator();
    let locale = use_state(|| props.locales.first().cloned().unwrap_or_default());
    let reloads = use_state(|| 0u32);
    let deps = ((*locale).clone(), *reloads);
    let review = use_loaded(deps, props.on_error.clone(), |(l, _)| async move {
        api::review(&l).await
    });
    let filter = use_state(|| None::<ReviewState>);
    let at = use_state(|| 0usize);
    let refused = use_state(|| None::<Refused>);
    let Some(review) = &*review else {
        return html! { <p class="hint">{ t.t("staff-loading") }</p> };
    };
    let rows: Vec<&ReviewRow> = review
        .rows
        .iter()
        .filter(|r| filter.is_none_or(|f| r.state == f))
        .collect();
    let index = (*at).min(rows.len().saturating_sub(1));
    let shown = Locale::parse(&review.locale);
    let (lang, dir) = shown.map_or(("und", "ltr"), |l| (l.code(), l.direction().as_str()));

    let choose_locale = {
        let (locale, at) = (locale.clone(), at.clone());
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            at.set(0);
            locale.set(s.value());
        })
    };
    let choose_filter = {
        let (filter, at) = (filter.clone(), at.clone());
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            at.set(0);
            filter.set(STATES.into_iter().find(|st| state_id(*st) == s.value()));
        })
    };
    let go = {
        let (at, refused, count) = (at.clone(), refused.clone(), rows.len());
        Callback::from(move |to: usize| {
            refused.set(None);
            at.set(to.min(count.saturating_sub(1)));
            let editor = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector(".review-editor").ok().flatten());
            if let Some(editor) = editor {
                editor.scroll_into_view();
            }
        })
    };
    // Sends the editor's text (`approve` false) or an approval; then reloads, moving on
    // unless the filter takes the row out of the list.
    let send = {
        let (refused, reloads, go) = (refused.clone(), reloads.clone(), go.clone());
        let locale = review.locale.clone();
        let id = rows.get(index).map(|r| r.id.clone());
        let moves_on = filter.is_none();
        Callback::from(move |approve: bool| {
            let Some(id) = id.clone() else { return };
            let text = (!approve).then(editor_text);
            let (refused, reloads, go, locale) =
                (refused.clone(), reloads.clone(), go.clone(), locale.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::review_message(&locale, &id, text.as_deref()).await {
                    Ok(_) => {
                        reloads.set(*reloads + 1);
                        go.emit(if moves_on { index + 1 } else { index });
                    }
                    Err(e) => refused.set(Some(e)),
                }
            });
        })
    };
    let recorded = {
        let reloads = reloads.clone();
        Callback::from(move |_: ()| reloads.set(*reloads + 1))
    };
    let onkeydown = {
        let (go, send) = (go.clone(), send.clone());
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowDown" if e.alt_key() => {
                e.prevent_default();
                go.emit(index + 1);
            }
            "ArrowUp" if e.alt_key() => {
                e.prevent_default();
                go.emit(index.saturating_sub(1));
            }
            "Enter" if e.ctrl_key() => {
                e.prevent_default();
                send.emit(false);
            }
            _ => {}
        })
    };

    html! {
        <section class="staff-review" data-locale={review.locale.clone()}>
            <h2>{ t.t("staff-review") }</h2>
            <div class="review-choices">
                if review.locales.len() > 1 {
                    <label>{ t.t("staff-review-locale") }
                        <select data-field="review-locale" onchange={choose_locale}>
                            { for review.locales.iter().map(|l| html! {
                                <option value={l.clone()} selected={*l == review.locale}>
                                    { Locale::parse(l).map_or(l.clone(), |x| x.endonym().to_owned()) }
                                </option>
                            }) }
                        </select>
                    </label>
                }
                <label>{ t.t("staff-review-filter") }
                    <select data-field="review-filter" onchange={choose_filter}>
                        <option value="" selected={filter.is_none()}>{ t.t("staff-review-all") }</option>
                        { for STATES.iter().map(|s| html! {
                            <option value={state_id(*s)} selected={*filter == Some(*s)}>{ t.t(state_id(*s)) }</option>
                        }) }
                    </select>
                </label>
            </div>
            // The locale's total, then each place (folded away).
            { for review.progress.last().map(|p| progress_bar(&t, p)) }
            <details class="review-progresses">
                <summary>{ t.t("staff-review-per-place") }</summary>
                { for review.progress.iter().take(review.progress.len().saturating_sub(1)).map(|p| progress_bar(&t, p)) }
            </details>
            if let Some(row) = rows.get(index) {
                <div class="card review-editor" data-message={row.id.clone()} data-state={state_id(row.state)} {onkeydown}>
                    <p class="hint">
                        { place_title(&t, &row.place) }{ " · " }<code>{ row.id.clone() }</code>{ " · " }
                        { t.t_args("staff-review-position", &[("position", (index + 1).into()), ("count", rows.len().into())]) }
                    </p>
                    <p><span class={classes!("review-state", state_id(row.state))}>{ t.t(state_id(row.state)) }</span></p>
                    { evne_ui::pictogram::view(&row.id) }
                    <p class="label">{ t.t("staff-review-source") }</p>
                    <p lang="nb" class="review-source">{ row.source.clone() }</p>
                    <p class="label">{ t.t("staff-review-english") }</p>
                    <p lang="en" class="review-english">{ row.english.clone() }</p>
                    <label class="label" for="review-text">{ t.t("staff-review-text") }</label>
                    <textarea id="review-text" key={row.id.clone()} lang={lang} dir={dir} rows="4" value={row.text.clone()} />
                    if let Some(problem) = &*refused {
                        <p class="form-error" role="alert">
                            { t.t(problem_id(problem)) }
                            if let Refused::Text { detail, .. } = problem { <br /><code>{ detail.clone() }</code> }
                        </p>
                    }
                    if row.reviewed_by_me && row.state == ReviewState::Reviewed {
                        <p class="hint">{ t.t("staff-review-own") }</p>
                    }
                    <Recorder key={format!("rec-{}", row.id)} locale={review.locale.clone()} message={row.id.clone()}
                        recording={row.recording.clone()} on_saved={recorded.clone()} />
                    <div class="review-buttons">
                        <button class="secondary" data-action="previous" onclick={go.reform(move |_| index.saturating_sub(1))}>{ t.t("staff-review-previous") }</button>
                        <button data-action="mark-reviewed" onclick={send.reform(|_| false)}>{ t.t("staff-review-save") }</button>
                        if row.state == ReviewState::Reviewed && !row.reviewed_by_me {
                            <button data-action="approve" onclick={send.reform(|_| true)}>{ t.t("staff-review-approve") }</button>
                        }
                        <button class="secondary" data-action="next" onclick={go.reform(move |_| index + 1)}>{ t.t("staff-review-next") }</button>
                    </div>
                    <p class="hint">{ t.t("staff-review-keys") }</p>
                </div>
            } else {
                <p class="hint">{ t.t("staff-review-none") }</p>
            }
            <ol class="review-list">
                { for rows.iter().enumerate().map(|(i, r)| html! {
                    <li data-message={r.id.clone()} data-state={state_id(r.state)} aria-current={(i == index).then_some("true")}>
                        <button class="link" onclick={go.reform(move |_| i)}>
                            <code>{ r.id.clone() }</code>{ " " }
                            <span class={classes!("review-state", state_id(r.state))}>{ t.t(state_id(r.state)) }</span>
                        </button>
                    </li>
                }) }
            </ol>
        </section>
    }
}

/// What the editor holds now.
fn editor_text() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("review-text"))
        .and_then(|el| wasm_bindgen::JsCast::dyn_into::<HtmlTextAreaElement>(el).ok())
        .map(|a| a.value())
        .unwrap_or_default()
}
