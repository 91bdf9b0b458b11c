//! "My language is not here": a resident whose language the app does not have chooses it from
//! the profile's list of languages, each written in itself (CLDR's name, where CLDR has the
//! language) above its English name (the one staff read).
//! The tablet counts the choice — the language only, see `crate::asked` — and says that staff
//! will find an interpreter; staff see it on their screen, the directorate nationally.

use crate::i18n::{use_bundle, use_translator, Locale, Translator};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_back: Callback<()>,
}

/// The profile's languages the app has no locale of, by English name.
fn missing(english: &Translator) -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = evne_model::taxonomy::languages()
        .into_iter()
        .filter(|code| Locale::parse(code).is_none())
        .map(|code| (english.t(&format!("lang-{code}")), code))
        .collect();
    out.sort();
    out
}

#[component]
pub fn MissingLanguagePage(props: &Props) -> Html {
    let t = use_translator();
    // The English names (precached with the app, so this works offline too).
    let english = use_bundle(Locale::En).unwrap_or_else(Translator::builtin);
    let chosen = use_state(|| None::<String>);
    let back = html! {
        <button class="secondary" data-action="missing-back" onclick={props.on_back.reform(|_: MouseEvent| ())}>
            { t.t("back") }
        </button>
    };
    if let Some(name) = &*chosen {
        return html! {
            <section class="page missing-language" data-noted="true">
                <h1>{ t.t("language-missing-noted") }</h1>
                <p class="language-asked" lang="en">{ name.clone() }</p>
                <p>{ t.t("language-missing-staff") }</p>
                { back }
            </section>
        };
    }
    html! {
        <section class="page missing-language">
            <h1>{ t.t("language-missing-title") }</h1>
            <ul class="language-grid">
                { for missing(&english).into_iter().map(|(name, code)| {
                    let chosen = chosen.clone();
                    let shown = name.clone();
                    let own = evne_model::taxonomy::endonym(code).filter(|own| *own != name);
                    html! {
                        <li>
                            <button class="language-choice asked-choice" data-asked={code}
                                onclick={move |_| {
                                    crate::asked::count(code);
                                    chosen.set(Some(shown.clone()));
                                }}>
                                if let Some(own) = own {
                                    <span class="endonym" lang={code} dir="auto">{ own }</span>
                                    <span class="english" lang="en">{ name }</span>
                                } else {
                                    <span class="endonym" lang="en">{ name }</span>
                                }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            { back }
        </section>
    }
}
