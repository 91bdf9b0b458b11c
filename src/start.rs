//! The first screen, fast. A tablet on a weak network should show the languages as soon as it
//! can: this small app (the `evne-start` binary, built from `index.html`) draws the language
//! screen and nothing else, then loads the registration app (the `evne` binary, built from
//! `app.html` into `dist/app/`) behind it. The registration app takes the page over once it
//! has drawn its own language screen, and carries out a choice made here before that
//! ([`Choice`], kept on `<html>` between the two).

use crate::bindings;
use crate::i18n::{Locale, Translator};
use crate::pages::LanguagePage;
use crate::speech::{use_voices, Voices};
use gloo::timers::future::TimeoutFuture;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// The longest wait between two tries to load the registration app.
const MAX_RETRY_MS: u32 = 30_000;

/// What the person chose on the first screen before the registration app was there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Locale(Locale),
    /// Staff opened the tablet's status screen.
    Tablet,
}

impl Choice {
    pub fn as_str(self) -> &'static str {
        match self {
            Choice::Locale(locale) => locale.code(),
            Choice::Tablet => "tablet",
        }
    }

    pub fn parse(s: &str) -> Option<Choice> {
        match s {
            "tablet" => Some(Choice::Tablet),
            code => Locale::parse(code).map(Choice::Locale),
        }
    }
}

/// Mounted by [`crate::start_first_screen`].
#[component]
pub fn FirstScreen() -> Html {
    let translator = use_memo((), |_| Translator::builtin());
    let voices = use_voices();
    let chosen = use_state(|| None::<Choice>);
    let failed = use_state(|| false);

    // Once the languages are on screen, load the registration app; on a failure (the network
    // went while it loaded), say so and try again, less and less often.
    {
        let failed = failed.setter();
        use_effect_with((), move |_| {
            spawn_local(async move {
                let mut wait_ms = 1_000;
                for attempt in 0.. {
                    match bindings::load_registration_app(attempt).await {
                        Ok(()) => return,
                        Err(e) => {
                            gloo::console::warn!("the registration app did not load", e);
                            failed.set(true);
                        }
                    }
                    TimeoutFuture::new(wait_ms).await;
                    wait_ms = (wait_ms * 2).min(MAX_RETRY_MS);
                }
            });
        });
    }

    let choose = {
        let chosen = chosen.setter();
        Callback::from(move |choice: Choice| {
            bindings::keep_first_screen_choice(choice.as_str());
            chosen.set(Some(choice));
        })
    };
    let waiting = match *chosen {
        Some(Choice::Locale(locale)) => Some(locale),
        _ => None,
    };
    html! {
        <ContextProvider<Translator> context={(*translator).clone()}>
        <ContextProvider<Voices> context={voices}>
            <main class="app" data-app="start">
                if *failed {
                    <p class="banner error" role="alert" data-status="app-load-failed">
                        { translator.t("error-app-load") }
                    </p>
                }
                <LanguagePage
                    on_choose={choose.reform(Choice::Locale)}
                    on_tablet={choose.reform(|_| Choice::Tablet)}
                    disabled={false}
                    {waiting}
                />
            </main>
        </ContextProvider<Voices>>
        </ContextProvider<Translator>>
    }
}

/// For the registration app: once `shown` (it has drawn a screen of its own), removes the
/// first screen and gives `on_choice` what was chosen there, if anything.
#[hook]
pub fn use_take_over(shown: bool, on_choice: Callback<Choice>) {
    use_effect_with(shown, move |shown| {
        if *shown {
            let choice = bindings::take_over_first_screen();
            if let Some(choice) = choice.as_deref().and_then(Choice::parse) {
                on_choice.emit(choice);
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_choice_reads_back_as_itself() {
        for locale in Locale::ALL {
            let choice = Choice::Locale(locale);
            assert_eq!(Choice::parse(choice.as_str()), Some(choice));
        }
        assert_eq!(Choice::parse("tablet"), Some(Choice::Tablet));
        assert_eq!(Choice::parse("xx"), None);
        assert_eq!(Choice::parse(""), None);
    }
}
