//! For staff: enrol this tablet for their reception centre. The staff member logs in only for
//! this; the session ends at once (see `api::enrol`), and the password is not kept. Where the
//! browser has no WebAuthn PRF, the same login has the server release the tablet's lock secret
//! (`api::lock_secret`), so that its drafts are locked from the first one.

use super::StaffLogin;
use crate::api::{self, EnrolError};
use crate::bindings::webauthn;
use crate::i18n::use_translator;
use evne_model::submission::Enrolment;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// A new enrolment, and the server's lock secret where this browser needs one.
pub type Enrolled = (Enrolment, Option<Vec<u8>>);

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_enrolled: Callback<Enrolled>,
}

#[component]
pub fn EnrolForm(props: &Props) -> Html {
    let t = use_translator();
    let error = use_state(|| None::<EnrolError>);
    let busy = use_state(|| false);
    let on_submit = {
        let (error, busy) = (error.clone(), busy.clone());
        let on_enrolled = props.on_enrolled.clone();
        Callback::from(move |(user, pass): (String, String)| {
            busy.set(true);
            let (error, busy, on_enrolled) = (error.clone(), busy.clone(), on_enrolled.clone());
            spawn_local(async move {
                match api::enrol(&user, &pass).await {
                    Ok(enrolment) => {
                        error.set(None);
                        let secret = if webauthn::available().await {
                            None
                        } else {
                            api::lock_secret(&enrolment.token, &user, &pass).await.ok()
                        };
                        on_enrolled.emit((enrolment, secret));
                    }
                    Err(e) => error.set(Some(e)),
                }
                busy.set(false);
            });
        })
    };
    html! {
        <section class="enrol">
            <h2>{ t.t("tablet-enrol-title") }</h2>
            <p class="hint">{ t.t("tablet-enrol-intro") }</p>
            <StaffLogin id="enrol" submit="tablet-enrol-submit" action="enrol" busy={*busy}
                error={error.map(EnrolError::message_id)} {on_submit} />
        </section>
    }
}
