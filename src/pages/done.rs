//! After submit: what happens next, and the person's own copy to print (in their language
//! and in Norwegian). The copy lives in memory only until the next person starts.

use crate::i18n::{use_bundle, use_translator, Locale, Translator};
use crate::speech::Speak;
use evne_model::ProfileRecord;
use evne_ui::profile_view;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_new: Callback<()>,
    /// What was submitted, for printing.
    #[prop_or_default]
    pub printable: Option<Rc<ProfileRecord>>,
}

#[component]
pub fn DonePage(props: &Props) -> Html {
    let t = use_translator();
    let nb = use_bundle(Locale::Nb);
    let on_new = props.on_new.reform(|_: MouseEvent| ());
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            // Nothing to report if the browser has no print dialog.
            let _ = w.print();
        }
    });
    let copies: Vec<Translator> = std::iter::once(t.clone())
        .chain(nb.filter(|_| t.locale() != Locale::Nb))
        .collect();
    html! {
        <section class="page done-page">
            <div class="label-row"><h1>{ t.t("sent-title") }</h1><Speak id="sent-title" /></div>
            <p class="label-row">{ t.t("sent-body") }<Speak id="sent-body" /></p>
            <p class="label-row">{ t.t("done-next") }<Speak id="done-next" /></p>
            if let Some(profile) = &props.printable {
                <button class="secondary" data-action="print" onclick={print}>
                    { t.t("print-copy") }
                </button>
                <div class="print-summary" aria-hidden="true">
                    { for copies.iter().map(|c| copy(c, profile)) }
                </div>
            }
            <button class="primary" data-action="new-registration" onclick={on_new}>{ t.t("new-registration") }</button>
        </section>
    }
}

/// One printed copy, in the language of `t`.
fn copy(t: &Translator, profile: &ProfileRecord) -> Html {
    let locale = t.locale();
    html! {
        <article class="print-copy" lang={locale.code()} dir={locale.direction().as_str()}>
            <h2>{ t.t("print-title") }</h2>
            <p>{ t.t("done-next") }</p>
            { for profile_view::sections(t, profile).into_iter().filter(|(_, l)| !l.is_empty()).map(|(step, lines)| html! {
                <section>
                    <h3>{ t.t(step.title_id()) }</h3>
                    <ul>{ for lines.into_iter().map(|l| html! { <li><bdi>{ l }</bdi></li> }) }</ul>
                </section>
            }) }
        </article>
    }
}
