//! The first screen: languages written in their own script, no flags.

use crate::components::ResumeForm;
use crate::i18n::{use_translator, Locale};
use crate::speech::Speak;
use evne_model::Draft;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_choose: Callback<Locale>,
    /// Opens the staff's tablet screen.
    pub on_tablet: Callback<()>,
    /// No registration can start (storage would not keep it).
    pub disabled: bool,
    /// Paused registrations on this tablet, resumable with their code.
    #[prop_or_default]
    pub paused: usize,
    #[prop_or_default]
    pub on_resume: Callback<Draft>,
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
                            <Speak id="endonym" text={locale.endonym()} locale={Some(locale)} />
                        </li>
                    }
                }) }
            </ul>
            if props.paused > 0 && !props.disabled {
                <ResumeForm on_resume={props.on_resume.clone()} />
            }
            <button class="secondary staff-link" data-action="tablet"
                onclick={props.on_tablet.reform(|_: MouseEvent| ())}>
                { t.t("tablet-open") }
            </button>
        </section>
    }
}
