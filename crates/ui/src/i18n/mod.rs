//! Translations. Every string the person reads is a Fluent message; this module picks the
//! bundle for the chosen locale and formats messages from it.
//!
//! Only the English UI messages are compiled in (the first screen, and the fallback). A
//! locale's bundle (UI messages, taxonomy labels, CLDR names) is fetched from
//! `/locales/<code>/*.ftl` when the locale is chosen; the service worker precaches every
//! locale's files, so choosing one works offline after the first visit.

mod locale;
pub mod packs;

pub use fluent_bundle::FluentValue;
pub use locale::{Digits, Direction, Locale};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

/// The files of one locale's bundle, under `/locales/<code>/`.
pub const FILES: [&str; 3] = ["main.ftl", "taxonomy.ftl", "names.ftl"];
/// The staff screens' messages, in `nb` and `en` only.
pub const STAFF_FILE: &str = "staff.ftl";

/// A ready bundle for one locale. Cheap to clone (shared), compared by locale and completeness.
#[derive(Clone)]
pub struct Translator {
    locale: Locale,
    /// All of the locale's files, not only the compiled-in fallback.
    complete: bool,
    bundle: Rc<FluentBundle<FluentResource>>,
    /// Message id -> the URL of its recording in the kept language pack (fresh ones only).
    recordings: Rc<HashMap<String, String>>,
}

impl PartialEq for Translator {
    fn eq(&self, other: &Self) -> bool {
        (self.locale, self.complete) == (other.locale, other.complete)
    }
}

thread_local! {
    /// Each locale's outcome: its full bundle, or `None` when it could not be fetched.
    static LOADED: RefCell<HashMap<Locale, Option<Translator>>> = RefCell::new(HashMap::new());
    /// How many times the loaded bundles were forgotten (see [`forget_loaded`]).
    static GENERATION: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Forgets every loaded bundle, so that the next person's locale is loaded anew with the
/// newest language pack kept. Called between two residents, never during one.
pub fn forget_loaded() {
    LOADED.with(|l| l.borrow_mut().clear());
    GENERATION.with(|g| g.set(g.get() + 1));
}

/// Changes each time [`forget_loaded`] runs: what a loading effect depends on.
pub fn generation() -> u32 {
    GENERATION.with(std::cell::Cell::get)
}

impl Translator {
    /// The English UI messages compiled into the app: the first screen, and what is shown if a
    /// locale's files cannot be fetched.
    pub fn builtin() -> Self {
        thread_local! {
            // Parsed once: every render before a locale's files are there uses it.
            static BUILTIN: Translator = Translator::from_sources(
                Locale::En,
                &[include_str!("../../../../locales/en/main.ftl")],
                false,
            );
        }
        BUILTIN.with(Clone::clone)
    }

    /// What rendering uses: `None` while the locale's files are not fetched yet; then its full
    /// bundle, or the built-in English when they could not be fetched.
    pub fn for_locale(locale: Locale) -> Option<Self> {
        LOADED
            .with(|l| l.borrow().get(&locale).cloned())
            .map(|t| t.unwrap_or_else(Self::builtin))
    }

    /// Fetches the locale's bundle once (see [`Translator::for_locale`]).
    pub async fn load(locale: Locale) {
        if LOADED.with(|l| l.borrow().contains_key(&locale)) {
            return;
        }
        let loaded = Self::fetch(locale).await;
        if loaded.is_none() {
            gloo::console::error!(format!("{}: messages not loaded", locale.code()));
        }
        LOADED.with(|l| l.borrow_mut().insert(locale, loaded));
    }

    /// `None` when the files cannot be fetched (offline before the service worker had them).
    /// The files are fetched side by side: on a slow link each request costs a round trip.
    async fn fetch(locale: Locale) -> Option<Self> {
        // The staff screens are in Norwegian and English only.
        let staff = matches!(locale, Locale::Nb | Locale::En).then_some(STAFF_FILE);
        let files = FILES.into_iter().chain(staff).map(|file| async move {
            let url = format!("/locales/{}/{file}", locale.code());
            let response = gloo::net::http::Request::get(&url).send().await.ok()?;
            if !response.ok() {
                return None;
            }
            response.text().await.ok()
        });
        let sources: Option<Vec<String>> =
            futures::future::join_all(files).await.into_iter().collect();
        let sources = sources?;
        let sources: Vec<&str> = sources.iter().map(String::as_str).collect();
        let pack = packs::kept(locale).await;
        let reviewed = pack.as_ref().map(packs::as_fluent);
        let built = Self::build(locale, &sources, reviewed.as_deref(), true);
        Some(match pack {
            Some(pack) => built.with_recordings(&pack),
            None => built,
        })
    }

    /// Builds the bundle. The sources are checked by `cargo xtask i18n` at build time, so a
    /// parse error here is a bug; the messages that did parse are still used.
    pub fn from_sources(locale: Locale, sources: &[&str], complete: bool) -> Self {
        Self::build(locale, sources, None, complete)
    }

    /// [`Translator::from_sources`], with the reviewed words of a language pack (Fluent)
    /// overriding what the app ships.
    pub fn build(locale: Locale, sources: &[&str], reviewed: Option<&str>, complete: bool) -> Self {
        let mut bundle = FluentBundle::new(vec![locale.langid()]);
        // No invisible bidi isolation marks around placeables: our placeables are numbers,
        // which the Unicode bidi algorithm already places correctly in RTL text, and codes,
        // which the caller isolates (see pages/tablet.rs).
        bundle.set_use_isolating(false);
        // Numbers in the locale's own digits (Arabic-Indic, Persian) where CLDR says so.
        match locale.digits() {
            Digits::Latin => {}
            Digits::ArabicIndic => bundle.set_formatter(Some(|v, _| native(v, '\u{0660}'))),
            Digits::Persian => bundle.set_formatter(Some(|v, _| native(v, '\u{06F0}'))),
        }
        for source in sources {
            let resource = match FluentResource::try_new((*source).to_owned()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    let code = locale.code();
                    gloo::console::error!(format!("{code}: {} Fluent errors", errors.len()));
                    r
                }
            };
            if let Err(errors) = bundle.add_resource(resource) {
                let code = locale.code();
                gloo::console::error!(format!("{code}: {} duplicate messages", errors.len()));
            }
        }
        // Checked by the server; a pack that does not parse changes nothing.
        if let Some(Ok(resource)) = reviewed.map(|r| FluentResource::try_new(r.to_owned())) {
            bundle.add_resource_overriding(resource);
        }
        Self {
            locale,
            complete,
            bundle: Rc::new(bundle),
            recordings: Rc::default(),
        }
    }

    /// This bundle, reading aloud the recordings of `pack` (kept in Cache Storage with it).
    pub fn with_recordings(mut self, pack: &evne_model::review::LanguagePack) -> Self {
        let urls = pack
            .recordings
            .keys()
            .filter_map(|id| Some((id.clone(), pack.recording_url(id)?)))
            .collect();
        self.recordings = Rc::new(urls);
        self
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The URL of message `id`'s recording, if the language pack has a fresh one.
    pub fn recording(&self, id: &str) -> Option<&str> {
        self.recordings.get(id).map(String::as_str)
    }

    /// The message `id`, or the id itself when it is missing (the i18n check prevents that).
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with one numeric argument (plural selection happens in Fluent).
    pub fn t_count(&self, id: &str, count: usize) -> String {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(count));
        self.format(id, Some(&args))
    }

    /// The message `id` with named arguments (numbers select plurals; strings are shown as
    /// they are, so format numbers for display before passing them as strings).
    pub fn t_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = vec![];
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

/// Another locale's bundle (e.g. Norwegian beside the person's language): fetched on first
/// use, `None` until it is there.
#[hook]
pub fn use_bundle(locale: Locale) -> Option<Translator> {
    let loaded = use_state(|| false);
    {
        let loaded = loaded.clone();
        use_effect_with(locale, move |locale| {
            let locale = *locale;
            wasm_bindgen_futures::spawn_local(async move {
                Translator::load(locale).await;
                loaded.set(true);
            });
        });
    }
    Translator::for_locale(locale)
}

/// A number written with the digits that start at `zero` (other values are left to Fluent).
fn native(value: &FluentValue, zero: char) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    Some(localize_digits(&n.as_string(), zero))
}

/// `text` with its ASCII digits replaced by the digits that start at `zero`.
pub fn localize_digits(text: &str, zero: char) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if c.is_ascii_digit() => char::from_u32(zero as u32 + d).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// The translator of the nearest [`ContextProvider`]; the built-in English when there is none.
#[hook]
pub fn use_translator() -> Translator {
    use_context::<Translator>().unwrap_or_else(Translator::builtin)
}

/// A digit in ASCII, Arabic-Indic (٠–٩) or Persian (۰–۹) form, as an ASCII digit: an Arabic or
/// Persian keyboard types the latter.
pub fn ascii_digit(c: char) -> Option<char> {
    let offset = match c {
        '0'..='9' => return Some(c),
        '\u{0660}'..='\u{0669}' => c as u32 - 0x0660,
        '\u{06F0}'..='\u{06F9}' => c as u32 - 0x06F0,
        _ => return None,
    };
    char::from_digit(offset, 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `load` fetches, read from the source tree.
    fn full(locale: Locale) -> Translator {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../locales")
            .join(locale.code());
        let sources: Vec<String> = FILES
            .iter()
            .map(|f| std::fs::read_to_string(dir.join(f)).unwrap())
            .collect();
        let sources: Vec<&str> = sources.iter().map(String::as_str).collect();
        Translator::from_sources(locale, &sources, true)
    }

    #[test]
    fn every_locale_formats_plurals_and_plain_messages() {
        for locale in Locale::ALL {
            let t = full(locale);
            for id in [
                "step-about",
                "occupation-electrician",
                "cefr-reading-b1",
                "lang-prs",
                "country-ER",
            ] {
                assert_ne!(t.t(id), id, "{}", locale.code());
            }
            let queued = t.t_count("status-queued", 3);
            assert!(!queued.contains("status-queued"), "{}", locale.code());
        }
    }

    #[test]
    fn numbers_use_the_locales_digits() {
        let step =
            |l: Locale| full(l).t_args("step-of", &[("step", 3.into()), ("steps", 8.into())]);
        assert!(step(Locale::Nb).contains('3') && step(Locale::Nb).contains('8'));
        assert!(
            step(Locale::Fa).contains('۳') && step(Locale::Fa).contains('۸'),
            "{}",
            step(Locale::Fa)
        );
        assert!(step(Locale::Ar).contains('٣'), "{}", step(Locale::Ar));
        assert!(!step(Locale::Ar).contains('3'));
        assert_eq!(localize_digits("2019-01", '\u{06F0}'), "۲۰۱۹-۰۱");
    }

    #[test]
    fn a_language_pack_overrides_the_shipped_words() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales/ti");
        let main = std::fs::read_to_string(dir.join("main.ftl")).unwrap();
        let mut pack = evne_model::review::LanguagePack::default();
        pack.messages.insert("consent-yes".into(), "እወ፡ ይደሊ".into());
        pack.messages
            .insert("step-of".into(), "{ $step } / { $steps }".into());
        let reviewed = packs::as_fluent(&pack);
        let t = Translator::build(Locale::Ti, &[&main], Some(&reviewed), true);
        assert_eq!(t.t("consent-yes"), "እወ፡ ይደሊ");
        assert_eq!(
            t.t_args("step-of", &[("step", 2.into()), ("steps", 8.into())]),
            "2 / 8"
        );
        let shipped = Translator::from_sources(Locale::Ti, &[&main], true);
        assert_eq!(
            t.t("consent-no"),
            shipped.t("consent-no"),
            "the rest as shipped"
        );
        let broken = Translator::build(Locale::Ti, &[&main], Some("consent-yes = {"), true);
        assert_eq!(broken.t("consent-yes"), shipped.t("consent-yes"));
    }

    #[test]
    fn a_missing_message_shows_its_id() {
        let builtin = Translator::builtin();
        assert_eq!(builtin.t("no-such-message"), "no-such-message");
        assert_ne!(builtin.t("language-title"), "language-title");
    }

    #[test]
    fn arabic_and_persian_digits_are_read_as_digits() {
        let read = |s: &str| s.chars().filter_map(ascii_digit).collect::<String>();
        assert_eq!(read("١٩٩٠"), "1990");
        assert_eq!(read("۱۳۶۹"), "1369");
        assert_eq!(read("19x0"), "190");
        assert_eq!(read("٢٠-٠١"), "2001");
    }
}
