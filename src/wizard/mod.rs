//! The resident's registration, one short step at a time: consent, about you, languages,
//! education, work, other skills, wishes, review. Every change goes to the reducer, which
//! autosaves; the step is kept in the draft, so a resumed draft opens where it was left.

mod about;
mod consent;
mod education;
mod inputs;
mod languages;
mod occupation;
pub mod review;
mod skills;
mod wishes;
mod work;

use crate::autosave::Editor;
use crate::i18n::{use_bundle, use_translator, Locale};
use crate::speech::Speak;
use crate::state::Action;
use evne_model::{Draft, FieldError};
use inputs::Ctx;
use std::rc::Rc;
use yew::prelude::*;

pub use inputs::ascii_digit;

/// The steps, in order: (first path segment of their fields, title message id).
pub const STEPS: [(&str, &str); 8] = [
    ("consent", "step-consent"),
    ("person", "step-about"),
    ("languages", "step-languages"),
    ("education", "step-education"),
    ("work", "step-work"),
    ("skills", "step-skills"),
    ("wishes", "step-wishes"),
    ("review", "step-review"),
];
/// The last step: the review, with the submit button.
pub const REVIEW: u8 = STEPS.len() as u8 - 1;

/// The step a field belongs to, from its path (`work[2].end_year` → the work step).
pub fn step_of(path: &str) -> u8 {
    let head = path.split(['.', '[']).next().unwrap_or_default();
    STEPS
        .iter()
        .position(|(section, _)| *section == head)
        .map_or(REVIEW, |i| i as u8)
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub draft: Draft,
    pub errors: Vec<FieldError>,
    pub dispatch: Editor,
    pub on_submit: Callback<()>,
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
        dispatch: props.dispatch.clone(),
        errors: Rc::new(props.errors.clone()),
    };
    let d = &props.draft;
    let step = d.step.min(REVIEW);
    let go = |to: u8| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::GoTo(to));
            scroll_to_top();
        })
    };
    let body = match step {
        0 => consent::view(&cx, d),
        1 => about::view(&cx, d),
        2 => languages::view(&cx, d),
        3 => education::view(&cx, d),
        4 => work::view(&cx, d),
        5 => skills::view(&cx, d),
        6 => wishes::view(&cx, d),
        _ => review::view(&cx, d),
    };
    let change_language = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::ChangeLanguage))
    };
    let onsubmit = {
        let on_submit = props.on_submit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_submit.emit(());
        })
    };
    // Before consent there is nothing to go back or forward to.
    let consented = d.has_consent();
    html! {
        <section class="page form-page" data-step={STEPS[step as usize].0}>
            <div class="page-head">
                <p class="progress" aria-live="polite">
                    { t.t_args("step-of", &[
                        ("step", (step + 1).into()),
                        ("steps", STEPS.len().into()),
                    ]) }
                </p>
                <div class="head-actions">
                    if t.locale() != Locale::Nb {
                        <button type="button" class="secondary" data-action="bilingual"
                            aria-pressed={props.bilingual.to_string()} onclick={{
                                let dispatch = props.dispatch.clone();
                                move |_| dispatch.dispatch(Action::ToggleBilingual)
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
                    { for STEPS.iter().enumerate().skip(1).map(|(i, (section, title))| {
                        let i = i as u8;
                        let has_errors = props.errors.iter().any(|e| step_of(&e.path) == i);
                        html! {
                            <li>
                                <button type="button"
                                    class={classes!("step-dot", (i == step).then_some("current"),
                                        (i < step).then_some("done"), has_errors.then_some("invalid"))}
                                    aria-current={(i == step).then_some("step")}
                                    data-goto={*section} onclick={go(i)}>
                                    { t.t(title) }
                                </button>
                            </li>
                        }
                    }) }
                </ol>
            }
            <div class="label-row">
                <h1>{ cx.label(STEPS[step as usize].1) }</h1>
                <Speak id={STEPS[step as usize].1} />
            </div>
            if let (true, Some(code)) = (consented, d.resume_code.as_deref()) {
                <p class="resume-code" data-resume-code={code.to_owned()}>
                    { t.t_args("resume-code-yours", &[("code", code.to_owned().into())]) }
                </p>
            }
            <form {onsubmit} novalidate=true>
                { body }
                if step == REVIEW {
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
                    if step > 1 {
                        <button type="button" class="secondary" data-action="back" onclick={go(step - 1)}>
                            { t.t("back") }
                        </button>
                    }
                    if step < REVIEW {
                        <button type="button" class="primary" data-action="next" onclick={go(step + 1)}>
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_lead_to_their_step() {
        assert_eq!(step_of("consent"), 0);
        assert_eq!(step_of("person.year_of_birth"), 1);
        assert_eq!(step_of("languages.entries[0].reading"), 2);
        assert_eq!(step_of("work[2].end_year"), 4);
        assert_eq!(step_of("wishes.region"), 6);
        assert_eq!(step_of("schema_version"), REVIEW);
        assert_eq!(step_of(""), REVIEW);
    }

    #[test]
    fn arabic_and_persian_digits_are_read_as_digits() {
        let read = |s: &str| s.chars().filter_map(ascii_digit).collect::<String>();
        assert_eq!(read("١٩٩٠"), "1990");
        assert_eq!(read("۱۳۶۹"), "1369");
        assert_eq!(read("19x0"), "190");
        assert_eq!(read("٢٠-٠١"), "2001");
    }
}
