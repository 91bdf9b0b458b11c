//! The first screen: languages written in their own script, no flags. Drawn first by the small
//! first-screen app (`crate::start`), then by the registration app when it takes over.

use crate::i18n::{use_translator, Locale};
use crate::speech::Speak;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_choose: Callback<Locale>,
    /// Opens the staff's tablet screen.
    pub on_tablet: Callback<()>,
    /// No registration can start (storage would not keep it).
    pub disabled: bool,
    /// A choice made and waiting for the registration app to load (shown as busy).
    #[prop_or_default]
    pub waiting: Option<Locale>,
    /// "My language is not here" (none in the first-screen app, which cannot count it).
    #[prop_or_default]
    pub on_missing: Option<Callback<()>>,
    /// Below the languages: the form that resumes a paused registration, where there is one.
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn LanguagePage(props: &Props) -> Html {
    let t = use_translator();
    html! {
        <section class="page language-page">
            <h1>{ t.t("language-title") }</h1>
            // The heading in every language, for a person who reads none of the first.
            { in_every_language(t.locale(), Locale::choose_title) }
            <ul class="language-grid">
                { for Locale::ALL.into_iter().map(|locale| {
                    let on_choose = props.on_choose.clone();
                    let busy = props.waiting == Some(locale);
                    html! {
                        <li>
                            <button
                                class={classes!("language-choice", busy.then_some("busy"))}
                                lang={locale.code()}
                                dir={locale.direction().as_str()}
                                data-locale={locale.code()}
                                aria-busy={busy.then_some("true")}
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
            if let Some(on_missing) = &props.on_missing {
                // The words under the button open it too: a tap on one's own language's.
                <div class="missing-choice" onclick={(!props.disabled).then(|| on_missing.reform(|_: MouseEvent| ()))}>
                    <button class="secondary missing-link" data-action="missing-language" disabled={props.disabled}>
                        { t.t("language-missing") }
                    </button>
                    { in_every_language(t.locale(), Locale::missing_label) }
                </div>
            }
            { props.children.clone() }
            <button class="secondary staff-link" data-action="tablet"
                onclick={props.on_tablet.reform(|_: MouseEvent| ())}>
                { t.t("tablet-open") }
            </button>
        </section>
    }
}

/// `text` in every locale but `shown`'s, each in its own script and direction, once each
/// (Dari and Persian say some things alike): for a person who reads none of the first.
fn in_every_language(shown: Locale, text: fn(Locale) -> &'static str) -> Html {
    html! {
        <p class="language-titles">
            { for Locale::ALL.into_iter().enumerate().filter(|(i, l)| {
                let first = Locale::ALL[..*i].iter().all(|o| text(*o) != text(*l));
                first && text(*l) != text(shown)
            }).map(|(_, l)| html! {
                <span lang={l.code()} dir={l.direction().as_str()}>{ text(l) }</span>
            }) }
        </p>
    }
}
