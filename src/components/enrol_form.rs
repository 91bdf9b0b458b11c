//! For staff: enrol this tablet for their reception centre. The staff member logs in only for
//! this; the session ends at once (see `api::enrol`), and the password is not kept.

use crate::api::{self, EnrolError};
use crate::i18n::use_translator;
use evne_model::submission::Enrolment;
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_enrolled: Callback<Enrolment>,
}

#[component]
pub fn EnrolForm(props: &Props) -> Html {
    let t = use_translator();
    let username = use_node_ref();
    let password = use_node_ref();
    let error = use_state(|| None::<EnrolError>);
    let busy = use_state(|| false);
    let onsubmit = {
        let (username, password) = (username.clone(), password.clone());
        let (error, busy) = (error.clone(), busy.clone());
        let on_enrolled = props.on_enrolled.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |r: &NodeRef| r.cast::<HtmlInputElement>().map(|i| i.value());
            let (Some(user), Some(pass)) = (value(&username), value(&password)) else {
                return;
            };
            if let Some(input) = password.cast::<HtmlInputElement>() {
                input.set_value("");
            }
            busy.set(true);
            let (error, busy, on_enrolled) = (error.clone(), busy.clone(), on_enrolled.clone());
            spawn_local(async move {
                match api::enrol(&user, &pass).await {
                    Ok(enrolment) => {
                        error.set(None);
                        on_enrolled.emit(enrolment);
                    }
                    Err(e) => error.set(Some(e)),
                }
                busy.set(false);
            });
        })
    };
    html! {
        <form class="enrol" {onsubmit}>
            <h2>{ t.t("tablet-enrol-title") }</h2>
            <p class="hint">{ t.t("tablet-enrol-intro") }</p>
            <label class="field" for="enrol-username">
                <span class="label">{ t.t("tablet-enrol-username") }</span>
                <input id="enrol-username" type="text" autocomplete="username" ref={username} />
            </label>
            <label class="field" for="enrol-password">
                <span class="label">{ t.t("tablet-enrol-password") }</span>
                <input id="enrol-password" type="password" autocomplete="current-password"
                    ref={password} />
            </label>
            if let Some(e) = *error {
                <p class="form-error" role="alert">{ t.t(e.message_id()) }</p>
            }
            <button type="submit" class="primary" data-action="enrol" disabled={*busy}>
                { t.t("tablet-enrol-submit") }
            </button>
        </form>
    }
}
