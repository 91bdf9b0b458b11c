//! Read-aloud. For each message the app chooses how to speak: a reviewer's recording when the
//! kept language pack has a fresh one (recorded on the server, or carried by the release under
//! `static/audio/`); otherwise the device's speech-synthesis voice for the language when it has
//! one; otherwise nothing, and the speaker button is hidden rather than broken.

use crate::i18n::{use_translator, Locale};
use std::rc::Rc;
use yew::prelude::*;

/// How text in one locale is read aloud.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadAloud {
    /// The device's voice with this language tag.
    Voice(String),
    /// A language pack's recording of this one message (its URL, kept in Cache Storage).
    Recording(String),
    Unavailable,
}

/// Chooses for a language among the device's voices (their BCP 47 tags). A voice matches on
/// the whole tag or on the language alone (`ti-ER` ~ `ti`).
pub fn choose(voice_tag: &str, voices: &[String]) -> ReadAloud {
    let language = |tag: &str| {
        tag.split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_lowercase()
    };
    let wanted = language(voice_tag);
    let exact = voices.iter().find(|v| v.eq_ignore_ascii_case(voice_tag));
    let same_language = voices.iter().find(|v| language(v) == wanted);
    match exact.or(same_language) {
        Some(v) => ReadAloud::Voice(v.clone()),
        None => ReadAloud::Unavailable,
    }
}

/// The device's voices, shared by every speaker button (filled in when the browser has them).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Voices(pub Rc<Vec<String>>);

impl Voices {
    pub fn for_locale(&self, locale: Locale) -> ReadAloud {
        choose(locale.voice(), &self.0)
    }
}

/// The language tags of the device's speech voices; empty when there is no speech synthesis.
pub fn device_voices() -> Vec<String> {
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return vec![];
    };
    synth
        .get_voices()
        .iter()
        .filter_map(|v| {
            wasm_bindgen::JsCast::dyn_into::<web_sys::SpeechSynthesisVoice>(v)
                .ok()
                .map(|v| v.lang())
        })
        .collect()
}

/// The device's voices, kept up to date (browsers list them asynchronously, then send
/// `voiceschanged`). Give the result to a `ContextProvider<Voices>` for the speaker buttons.
#[hook]
pub fn use_voices() -> Voices {
    let voices = use_state(Voices::default);
    {
        let voices = voices.clone();
        use_effect_with((), move |_| {
            let refresh = move || voices.set(Voices(Rc::new(device_voices())));
            refresh();
            let listener = web_sys::window()
                .and_then(|w| w.speech_synthesis().ok())
                .map(|synth| {
                    gloo::events::EventListener::new(&synth, "voiceschanged", move |_| refresh())
                });
            move || drop(listener)
        });
    }
    (*voices).clone()
}

/// Says `text` with the device's voice, or plays the recording `how` names.
pub fn say(how: &ReadAloud, text: &str) {
    match how {
        ReadAloud::Voice(tag) => {
            let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
                return;
            };
            let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else {
                return;
            };
            // The language tag of a voice the device has: the browser speaks with that voice.
            utterance.set_lang(tag);
            synth.cancel();
            synth.speak(&utterance);
        }
        ReadAloud::Recording(url) => {
            let url = url.clone();
            wasm_bindgen_futures::spawn_local(async move {
                // Kept with the pack, so it plays offline; fetched only if it is not kept.
                let src = crate::i18n::packs::kept_audio(&url).await;
                play(src.as_deref().unwrap_or(&url), &url);
            });
        }
        ReadAloud::Unavailable => {}
    }
}

/// Plays `src` in the page's one read-aloud `<audio>` element (`#read-aloud`, made on first
/// use; `data-recording` says which recording it is), ending whatever it played before.
fn play(src: &str, recording: &str) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let audio = match document.get_element_by_id("read-aloud") {
        Some(found) => found.dyn_into::<web_sys::HtmlAudioElement>().ok(),
        None => {
            let made = web_sys::HtmlAudioElement::new().ok();
            if let (Some(audio), Some(body)) = (&made, document.body()) {
                audio.set_id("read-aloud");
                let _ = body.append_child(audio);
            }
            made
        }
    };
    let Some(audio) = audio else { return };
    let _ = audio.pause();
    let old = audio.src();
    if old.starts_with("blob:") {
        let _ = web_sys::Url::revoke_object_url(&old);
    }
    if let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) {
        synth.cancel();
    }
    let _ = audio.set_attribute("data-recording", recording);
    audio.set_src(src);
    // A refused autoplay is not worth an error on screen: the button can be pressed again.
    let _ = audio.play();
}

#[derive(Properties, PartialEq)]
pub struct SpeakProps {
    /// The message read (its recording's name).
    pub id: AttrValue,
    /// The text to say; the message's text in the current locale when not given.
    #[prop_or_default]
    pub text: Option<AttrValue>,
    /// Read in this locale instead of the current one (the language screen).
    #[prop_or_default]
    pub locale: Option<Locale>,
}

/// A speaker button, or nothing when this locale cannot be read aloud on this device.
#[component]
pub fn Speak(props: &SpeakProps) -> Html {
    let t = use_translator();
    let voices = use_context::<Voices>().unwrap_or_default();
    let locale = props.locale.unwrap_or(t.locale());
    let how = match t.recording(&props.id) {
        Some(url) if locale == t.locale() => ReadAloud::Recording(url.to_owned()),
        _ => voices.for_locale(locale),
    };
    if how == ReadAloud::Unavailable {
        return html! {};
    }
    let text = props
        .text
        .as_ref()
        .map_or_else(|| t.t(&props.id), |t| t.to_string());
    let label = t.t("read-aloud");
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        e.stop_propagation();
        say(&how, &text);
    });
    html! {
        <button type="button" class="speak" aria-label={label.clone()} title={label}
            data-speak={props.id.clone()} {onclick}>
            <svg viewBox="0 0 24 24" aria-hidden="true" width="22" height="22">
                <path d="M4 9v6h4l5 4V5L8 9H4z" fill="currentColor" />
                <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none"
                    stroke="currentColor" stroke-width="2" stroke-linecap="round" />
            </svg>
        </button>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(t: &[&str]) -> Vec<String> {
        t.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_device_voice_of_the_language_or_nothing() {
        let voices = tags(&["en-US", "ar-SA", "nb-NO"]);
        assert_eq!(choose("nb-NO", &voices), ReadAloud::Voice("nb-NO".into()));
        assert_eq!(
            choose("ar", &voices),
            ReadAloud::Voice("ar-SA".into()),
            "same language, other region"
        );
        assert_eq!(choose("ti-ER", &voices), ReadAloud::Unavailable);
        assert_eq!(choose("so-SO", &[]), ReadAloud::Unavailable);
    }
}
