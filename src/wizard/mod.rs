//! The resident's registration, one short step at a time: consent, about you, languages,
//! education, work, other skills, wishes, review. Every change goes through the draft handle
//! (`crate::hooks::DraftHandle`), which autosaves it; the step is kept in the draft, so a
//! resumed draft opens where it was left.

mod about;
mod consent;
mod education;
mod inputs;
mod languages;
mod occupation;
mod review;
mod skills;
mod wishes;
mod work;

use crate::hooks::DraftHandle;
use crate::i18n::{use_bundle, use_translator, Locale};
use crate::speech::Speak;
use evne_model::profile::Step;
use evne_model::{Draft, FieldError};
use inputs::Ctx;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub draft: Draft,
    pub errors: Vec<FieldError>,
    /// What the steps may do to the draft: change it, move, submit.
    pub handle: DraftHandle,
    /// This tablet cannot seal a submission yet (it never reached the server).
    pub no_key: bool,
    /// Norwegian beside the person's language (assisted sessions).
    pub bilingual: bool,
}

#[component]
pub fn Wizard(props: &Props) -> Html {
    let t = use_translator();
    // The Norwegian messages, for bilingual mode.
    let nb = use_bundle(Locale::Nb).filter(|_| props.bilingual && t.locale() != Locale::Nb);
    let cx = Ctx {
        t: t.clone(),
        nb,
        draft: props.handle.clone(),
        errors: Rc::new(props.errors.clone()),
    };
    let d = &props.draft;
    let step = d.step;
    let go = |to: Step| {
        let draft = props.handle.clone();
        Callback::from(move |_: MouseEvent| {
            draft.go_to(to);
            scroll_to_top();
        })
    };
    let body = match step {
        Step::Consent => consent::view(&cx, d),
        Step::About => about::view(&cx, d),
        Step::Languages => languages::view(&cx, d),
        Step::Education => education::view(&cx, d),
        Step::Work => work::view(&cx, d),
        Step::Skills => skills::view(&cx, d),
        Step::Wishes => wishes::view(&cx, d),
        Step::Review => review::view(&cx, d),
    };
    let change_language = {
        let draft = props.handle.clone();
        Callback::from(move |_| draft.change_language())
    };
    let onsubmit = {
        let draft = props.handle.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            draft.submit();
        })
    };
    // Before consent there is nothing to go back or forward to.
    let consented = d.has_consent();
    html! {
        <section class="page form-page" data-step={step.section()}>
            <div class="page-head">
                <p class="progress" aria-live="polite">
                    { t.t_args("step-of", &[
                        ("step", (step.index() + 1).into()),
                        ("steps", Step::ALL.len().into()),
                    ]) }
                </p>
                <div class="head-actions">
                    if t.locale() != Locale::Nb {
                        <button type="button" class="secondary" data-action="bilingual"
                            aria-pressed={props.bilingual.to_string()} onclick={{
                                let draft = props.handle.clone();
                                move |_| draft.toggle_bilingual()
                            }}>
                            { t.t("bilingual-toggle") }
                        </button>
                    }
                    <button type="button" class="secondary" onclick={change_language}>
                        { t.t("language-change") }
                    </button>
                </div>
            </div>
            if consented {
                <ol class="steps">
                    { for Step::after_consent().map(|i| {
                        let has_errors = props.errors.iter().any(|e| Step::of_path(&e.path) == i);
                        html! {
                            <li>
                                <button type="button"
                                    class={classes!("step-dot", (i == step).then_some("current"),
                                        (i < step).then_some("done"), has_errors.then_some("invalid"))}
                                    aria-current={(i == step).then_some("step")}
                                    data-goto={i.section()} onclick={go(i)}>
                                    { t.t(i.title_id()) }
                                </button>
                            </li>
                        }
                    }) }
                </ol>
            }
            <div class="label-row">
                <h1>{ cx.label(step.title_id()) }</h1>
                <Speak id={step.title_id()} />
            </div>
            if let (true, Some(code)) = (consented, d.resume_code.as_deref()) {
                <p class="resume-code" data-resume-code={code.to_owned()}>
                    { t.t_args("resume-code-yours", &[("code", code.to_owned().into())]) }
                </p>
            }
            <form {onsubmit} novalidate=true>
                { body }
                if step == Step::Review {
                    if !props.errors.is_empty() {
                        <p class="form-error" role="alert">{ t.t("submit-fix") }</p>
                    }
                    if props.no_key {
                        <p class="form-error" role="alert">{ t.t("error-no-key") }</p>
                    }
                    <button type="submit" class="primary">{ t.t("submit") }</button>
                }
            </form>
            if consented {
                <nav class="wizard-nav">
                    if step > Step::About {
                        <button type="button" class="secondary" data-action="back" onclick={go(step.previous())}>
                            { t.t("back") }
                        </button>
                    }
                    if step < Step::Review {
                        <button type="button" class="primary" data-action="next" onclick={go(step.next())}>
                            { t.t("next") }
                        </button>
                    }
                </nav>
            }
        </section>
    }
}

fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}
