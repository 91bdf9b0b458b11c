//! On the language screen: continue a paused registration with the code shown at its start.
//! Five wrong codes in a row close the form for five minutes, so that codes cannot be tried
//! one after another.

use crate::bindings;
use crate::i18n::use_translator;
use crate::storage::Storage;
use evne_model::Draft;
use web_sys::HtmlInputElement;
use yew::prelude::*;

const MAX_TRIES: u32 = 5;
const LOCK_MS: u64 = 5 * 60 * 1_000;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_resume: Callback<Draft>,
}

#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    None,
    Wrong,
    TooMany,
    Failed,
}

#[component]
pub fn ResumeForm(props: &Props) -> Html {
    let t = use_translator();
    let open = use_state(|| false);
    let outcome = use_state(|| Outcome::None);
    let tries = use_mut_ref(|| (0u32, 0u64));
    let input = use_node_ref();
    if !*open {
        let open = open.clone();
        return html! {
            <button type="button" class="secondary resume-open" data-action="resume"
                onclick={move |_| open.set(true)}>
                { t.t("resume-open") }
            </button>
        };
    }
    let onsubmit = {
        let (outcome, tries, input, on_resume) = (
            outcome.clone(),
            tries.clone(),
            input.clone(),
            props.on_resume.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let now = bindings::now_ms();
            if tries.borrow().1 > now {
                return outcome.set(Outcome::TooMany);
            }
            let code: String = input
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default()
                .chars()
                .filter_map(crate::i18n::ascii_digit)
                .collect();
            let (outcome, tries, on_resume) = (outcome.clone(), tries.clone(), on_resume.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let found = match find(&code).await {
                    Ok(found) => found,
                    Err(e) => {
                        gloo::console::error!(e.to_string());
                        return outcome.set(Outcome::Failed);
                    }
                };
                match found {
                    Some(draft) => {
                        *tries.borrow_mut() = (0, 0);
                        on_resume.emit(draft);
                    }
                    None => {
                        let mut t = tries.borrow_mut();
                        t.0 += 1;
                        if t.0 >= MAX_TRIES {
                            *t = (0, now + LOCK_MS);
                            outcome.set(Outcome::TooMany);
                        } else {
                            outcome.set(Outcome::Wrong);
                        }
                    }
                }
            });
        })
    };
    let message = match *outcome {
        Outcome::None => None,
        Outcome::Wrong => Some("resume-wrong-code"),
        Outcome::TooMany => Some("resume-too-many"),
        Outcome::Failed => Some("error-storage"),
    };
    html! {
        <form class="resume-form card" {onsubmit}>
            <label class="label" for="resume-code">{ t.t("resume-code") }</label>
            <input id="resume-code" ref={input} type="text" inputmode="numeric" dir="ltr"
                autocomplete="off" maxlength="4" />
            if let Some(id) = message {
                <p class="form-error" role="alert">{ t.t(id) }</p>
            }
            <button type="submit" class="primary" data-action="resume-submit">{ t.t("resume-submit") }</button>
        </form>
    }
}

/// The paused draft with this code, made the current one again.
async fn find(code: &str) -> Result<Option<Draft>, crate::storage::StorageError> {
    if code.len() != 4 {
        return Ok(None);
    }
    let storage = Storage::shared().await?;
    let paused = storage.paused_drafts().await?;
    let Some(draft) = paused
        .into_iter()
        .find(|d| d.resume_code.as_deref() == Some(code))
    else {
        return Ok(None);
    };
    storage.resume_draft(&draft).await?;
    Ok(Some(draft))
}
