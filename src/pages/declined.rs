//! The person said no: nothing of theirs was kept. They can start again at any time.

use crate::i18n::use_translator;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_new: Callback<()>,
}

#[component]
pub fn DeclinedPage(props: &Props) -> Html {
    let t = use_translator();
    html! {
        <section class="page declined-page">
            <h1>{ t.t("declined-title") }</h1>
            <p>{ t.t("declined-body") }</p>
            <button class="primary" onclick={props.on_new.reform(|_: MouseEvent| ())}>
                { t.t("new-registration") }
            </button>
        </section>
    }
}
