//! After submit: what happens next. Shows nothing of the person's answers.

use crate::i18n::use_translator;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_new: Callback<()>,
}

#[component]
pub fn DonePage(props: &Props) -> Html {
    let t = use_translator();
    let on_new = props.on_new.reform(|_: MouseEvent| ());
    html! {
        <section class="page done-page">
            <h1>{ t.t("sent-title") }</h1>
            <p>{ t.t("sent-body") }</p>
            <button class="primary" onclick={on_new}>{ t.t("new-registration") }</button>
        </section>
    }
}
