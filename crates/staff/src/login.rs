//! The staff login form.

use crate::api::{self, ApiError};
use crate::session::Act;
use evne_ui::i18n::use_translator;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The last refusal (a wrong password is `Invalid`).
    pub problem: Option<ApiError>,
    /// `LoggedIn` or `LoginFailed`.
    pub on_login: Callback<Act>,
}

#[component]
pub fn Login(props: &Props) -> Html {
    let t = use_translator();
    let onsubmit = {
        let on_login = props.on_login.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |id: &str| {
                web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(id))
                    .and_then(|el| wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>(el).ok())
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            let (user, password) = (value("staff-username"), value("staff-password"));
            let on_login = on_login.clone();
            wasm_bindgen_futures::spawn_local(async move {
                on_login.emit(match api::login(&user, &password).await {
                    Ok(who) => Act::LoggedIn(who),
                    Err(e) => Act::LoginFailed(e),
                });
            });
        })
    };
    html! {
        <form class="card staff-login" {onsubmit}>
            <h2>{ t.t("staff-login-title") }</h2>
            if let Some(e) = props.problem {
                <p class="form-error" role="alert">{ t.t(match e {
                    ApiError::Invalid => "staff-error-login",
                    other => other.message_id(),
                }) }</p>
            }
            <label class="label" for="staff-username">{ t.t("staff-username") }</label>
            <input id="staff-username" type="text" autocomplete="username" />
            <label class="label" for="staff-password">{ t.t("staff-password") }</label>
            <input id="staff-password" type="password" autocomplete="current-password" />
            <button type="submit" class="primary" data-action="login">{ t.t("staff-login") }</button>
        </form>
    }
}
