//! For staff, on the tablet: a username and a password for one request (enrolling the tablet,
//! locking or unlocking its drafts with the server's key). The password field is emptied on
//! submit; the caller does the work and says how it went.

use crate::i18n::use_translator;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Makes the fields' ids unique on a page (`{id}-username`, `{id}-password`).
    pub id: &'static str,
    /// The submit button's message id, and its `data-action`.
    pub submit: &'static str,
    pub action: &'static str,
    /// A request is under way: the button waits.
    pub busy: bool,
    /// The message id of the last failure.
    pub error: Option<&'static str>,
    /// The username and the password.
    pub on_submit: Callback<(String, String)>,
}

#[component]
pub fn StaffLogin(props: &Props) -> Html {
    let t = use_translator();
    let username = use_node_ref();
    let password = use_node_ref();
    let onsubmit = {
        let (username, password) = (username.clone(), password.clone());
        let on_submit = props.on_submit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |r: &NodeRef| r.cast::<HtmlInputElement>().map(|i| i.value());
            let (Some(user), Some(pass)) = (value(&username), value(&password)) else {
                return;
            };
            if let Some(input) = password.cast::<HtmlInputElement>() {
                input.set_value("");
            }
            on_submit.emit((user, pass));
        })
    };
    let (user_id, pass_id) = (
        format!("{}-username", props.id),
        format!("{}-password", props.id),
    );
    html! {
        <form class="tablet-login" {onsubmit}>
            <label class="field" for={user_id.clone()}>
                <span class="label">{ t.t("tablet-enrol-username") }</span>
                <input id={user_id} type="text" autocomplete="username" ref={username} />
            </label>
            <label class="field" for={pass_id.clone()}>
                <span class="label">{ t.t("tablet-enrol-password") }</span>
                <input id={pass_id} type="password" autocomplete="current-password"
                    ref={password} />
            </label>
            if let Some(e) = props.error {
                <p class="form-error" role="alert">{ t.t(e) }</p>
            }
            <button type="submit" class="primary" data-action={props.action} disabled={props.busy}>
                { t.t(props.submit) }
            </button>
        </form>
    }
}
