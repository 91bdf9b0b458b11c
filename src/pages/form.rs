//! The first form step: name, year of birth, languages spoken. Every change goes to the
//! reducer, which schedules an autosave.

use crate::components::FieldErrors;
use crate::i18n::use_translator;
use crate::state::{Action, State};
use evne_model::profile::{Field, SPOKEN_LANGUAGE_CHOICES};
use evne_model::{Draft, FieldError};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub draft: Draft,
    pub errors: Vec<FieldError>,
    pub dispatch: UseReducerDispatcher<State>,
    pub on_submit: Callback<()>,
    /// This tablet cannot seal a submission yet (it never reached the server).
    pub no_key: bool,
}

/// A callback that reads an input's value and turns it into an action.
fn on_input(
    dispatch: &UseReducerDispatcher<State>,
    action: fn(String) -> Action,
) -> Callback<InputEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        dispatch.dispatch(action(input.value()));
    })
}

#[component]
pub fn FormPage(props: &Props) -> Html {
    let t = use_translator();
    let d = &props.draft;
    let invalid = |field: Field| props.errors.iter().any(|e| e.field() == field);
    let onsubmit = {
        let on_submit = props.on_submit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_submit.emit(());
        })
    };
    let change_language = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::ChangeLanguage))
    };

    html! {
        <section class="page form-page">
            <div class="page-head">
                <h1>{ t.t("form-title") }</h1>
                <button type="button" class="secondary" onclick={change_language}>
                    { t.t("language-change") }
                </button>
            </div>
            <p class="intro">{ t.t("form-intro") }</p>
            <form {onsubmit} novalidate=true>
                <label class="field" for="name">
                    <span class="label">{ t.t("field-name") }</span>
                    <span class="hint">{ t.t("field-name-hint") }</span>
                    <input id="name" name="name" type="text" autocomplete="off" dir="auto"
                        aria-invalid={invalid(Field::Name).to_string()}
                        value={d.name.clone()}
                        oninput={on_input(&props.dispatch, Action::SetName)} />
                    <FieldErrors field={Field::Name} errors={props.errors.clone()} />
                </label>
                <label class="field" for="year">
                    <span class="label">{ t.t("field-year") }</span>
                    <span class="hint">{ t.t("field-year-hint") }</span>
                    <input id="year" name="year" type="text" inputmode="numeric" dir="ltr"
                        autocomplete="off" maxlength="4"
                        aria-invalid={invalid(Field::YearOfBirth).to_string()}
                        value={d.year_of_birth.clone()}
                        oninput={on_input(&props.dispatch, Action::SetYear)} />
                    <FieldErrors field={Field::YearOfBirth} errors={props.errors.clone()} />
                </label>
                <fieldset class="field">
                    <legend class="label">{ t.t("field-languages") }</legend>
                    <ul class="choices">
                        { for SPOKEN_LANGUAGE_CHOICES.iter().map(|code| {
                            let checked = d.languages.iter().any(|l| l == code);
                            let dispatch = props.dispatch.clone();
                            let code_owned = code.to_string();
                            html! {
                                <li>
                                    <label class={classes!("choice", checked.then_some("checked"))}>
                                        <input type="checkbox" name="languages" value={*code}
                                            {checked}
                                            onchange={move |_| dispatch.dispatch(
                                                Action::ToggleLanguage(code_owned.clone()))} />
                                        <span>{ t.t(&format!("lang-{code}")) }</span>
                                    </label>
                                </li>
                            }
                        }) }
                    </ul>
                    <FieldErrors field={Field::Languages} errors={props.errors.clone()} />
                </fieldset>
                if !props.errors.is_empty() {
                    <p class="form-error" role="alert">{ t.t("submit-fix") }</p>
                }
                if props.no_key {
                    <p class="form-error" role="alert">{ t.t("error-no-key") }</p>
                }
                <button type="submit" class="primary">{ t.t("submit") }</button>
            </form>
        </section>
    }
}
