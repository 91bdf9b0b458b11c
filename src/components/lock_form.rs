//! For staff, where the browser has no WebAuthn PRF: a login that has the server release this
//! tablet's lock secret (`api::lock_secret`), to lock its drafts or to unlock them. Nothing of
//! the login is kept, and no session is made.

use super::StaffLogin;
use crate::api::{self, SecretError};
use crate::storage::Storage;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The button's message id, and its `data-action`.
    pub submit: &'static str,
    pub action: &'static str,
    /// The secret, released.
    pub on_secret: Callback<Vec<u8>>,
}

/// The tablet's token, then the secret.
async fn release(username: String, password: String) -> Result<Vec<u8>, SecretError> {
    let enrolment = match Storage::shared().await {
        Ok(storage) => storage.enrolment().await.ok().flatten(),
        Err(_) => None,
    };
    let Some(enrolment) = enrolment else {
        return Err(SecretError::Device);
    };
    api::lock_secret(&enrolment.token, &username, &password).await
}

#[component]
pub fn LockForm(props: &Props) -> Html {
    let error = use_state(|| None::<SecretError>);
    let busy = use_state(|| false);
    let on_submit = {
        let (error, busy) = (error.clone(), busy.clone());
        let on_secret = props.on_secret.clone();
        Callback::from(move |(user, pass): (String, String)| {
            busy.set(true);
            let (error, busy, on_secret) = (error.clone(), busy.clone(), on_secret.clone());
            spawn_local(async move {
                match release(user, pass).await {
                    Ok(secret) => {
                        error.set(None);
                        on_secret.emit(secret);
                    }
                    Err(e) => error.set(Some(e)),
                }
                busy.set(false);
            });
        })
    };
    html! {
        <StaffLogin id="lock" submit={props.submit} action={props.action} busy={*busy}
            error={error.map(SecretError::message_id)} {on_submit} />
    }
}
