//! Before anything is kept: what the registration is for, who sees it, that it is voluntary,
//! not part of the asylum case, and can be withdrawn. A clear yes or no.

use super::inputs::Ctx;
use crate::bindings;
use crate::state::Action;
use evne_model::Draft;
use yew::prelude::*;

pub fn view(cx: &Ctx, d: &Draft) -> Html {
    let answer = |given: bool| {
        let dispatch = cx.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let assisted = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|doc| doc.get_element_by_id("assisted"))
                .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(el).ok())
                .is_some_and(|el| el.checked());
            dispatch.dispatch(Action::Consent {
                given,
                by: if assisted { "reception-staff" } else { "self" }.into(),
                now_ms: bindings::now_ms(),
            });
        })
    };
    let assisted = d.profile.consent.as_ref().is_some_and(|c| c.by != "self");
    html! {
        <div class="consent">
            <p>{ cx.t("consent-purpose") }</p>
            <ul class="consent-points">
                <li>{ cx.t("consent-who") }</li>
                <li>{ cx.t("consent-voluntary") }</li>
                <li>{ cx.t("consent-not-asylum") }</li>
                <li>{ cx.t("consent-withdraw") }</li>
            </ul>
            <label class="choice">
                <input id="assisted" type="checkbox" checked={assisted} />
                <span>{ cx.t("consent-assisted") }</span>
            </label>
            <p class="label">{ cx.t("consent-question") }</p>
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
