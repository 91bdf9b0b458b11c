//! Before anything is kept: what the registration is for, who sees it, that it is voluntary,
//! not part of the asylum case, and can be withdrawn. A clear yes or no.

use super::inputs::Ctx;
use crate::bindings;
use evne_model::Draft;
use yew::prelude::*;

/// Four random digits: the code that resumes a paused registration.
fn resume_code() -> String {
    let n = bindings::webcrypto::random_bytes(2)
        .map(|b| u16::from_le_bytes([b[0], b[1]]))
        .unwrap_or_else(|_| (bindings::jitter() * 65_536.0) as u16);
    format!("{:04}", n % 10_000)
}

pub fn view(cx: &Ctx, d: &Draft) -> Html {
    let answer = |given: bool| {
        let draft = cx.draft.clone();
        Callback::from(move |_: MouseEvent| {
            let assisted = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|doc| doc.get_element_by_id("assisted"))
                .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(el).ok())
                .is_some_and(|el| el.checked());
            let by = if assisted { "reception-staff" } else { "self" };
            draft.consent(given, by, resume_code());
        })
    };
    let assisted = d.assist.is_some() || d.profile.consent.as_ref().is_some_and(|c| c.by != "self");
    html! {
        <div class="consent">
            <p class="label-row">{ cx.label("consent-purpose") }{ cx.speak("consent-purpose") }</p>
            <ul class="consent-points">
                { for ["consent-who", "consent-voluntary", "consent-not-asylum", "consent-withdraw"]
                    .into_iter()
                    .map(|id| html! { <li class="label-row">{ cx.label(id) }{ cx.speak(id) }</li> }) }
            </ul>
            <label class="choice">
                <input id="assisted" type="checkbox" checked={assisted} />
                <span>{ cx.t("consent-assisted") }</span>
            </label>
            <p class="label label-row">{ cx.label("consent-question") }{ cx.speak("consent-question") }</p>
            <div class="yes-no">
                <button type="button" class="primary" data-action="consent-yes" onclick={answer(true)}>
                    { cx.t("consent-yes") }
                </button>
                <button type="button" class="secondary" data-action="consent-no" onclick={answer(false)}>
                    { cx.t("consent-no") }
                </button>
            </div>
            { cx.errors_at("consent") }
        </div>
    }
}
