//! The first screen: languages written in their own script, no flags.

use crate::i18n::{use_translator, Locale};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_choose: Callback<Locale>,
    /// Opens the staff's tablet screen.
    pub on_tablet: Callback<()>,
    /// No registration can start (storage would not keep it).
    pub disabled: bool,
}

#[component]
pub fn LanguagePage(props: &Props) -> Html {
    let t = use_translator();
    html! {
        <section class="page language-page">
            <h1>{ t.t("language-title") }</h1>
            <ul class="language-grid">
                { for Locale::ALL.into_iter().map(|locale| {
                    let on_choose = props.on_choose.clone();
                    html! {
                        <li>
                            <button
                                class="language-choice"
                                lang={locale.code()}
                                dir={locale.direction().as_str()}
                                data-locale={locale.code()}
                                disabled={props.disabled}
                                onclick={move |_| on_choose.emit(locale)}
                            >
                                { locale.endonym() }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <button class="secondary staff-link" data-action="tablet"
                onclick={props.on_tablet.reform(|_: MouseEvent| ())}>
                { t.t("tablet-open") }
            </button>
        </section>
    }
}
