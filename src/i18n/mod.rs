//! Translations. Every string the person reads is a Fluent message; this module picks the
//! bundle for the chosen locale and formats messages from it.
//!
//! The bundles of this slice are compiled in (four locales). Lazy loading per locale comes with
//! the full set of languages (issue 8).

mod locale;

pub use fluent_bundle::FluentValue;
pub use locale::{Direction, Locale};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use std::rc::Rc;
use yew::prelude::*;

/// A ready bundle for one locale. Cheap to clone (shared), compared by locale.
#[derive(Clone)]
pub struct Translator {
    locale: Locale,
    bundle: Rc<FluentBundle<FluentResource>>,
}

impl PartialEq for Translator {
    fn eq(&self, other: &Self) -> bool {
        self.locale == other.locale
    }
}

impl Translator {
    /// Builds the bundle. The sources are checked by `cargo xtask i18n` at build time, so a
    /// parse error here is a bug; the messages that did parse are still used.
    pub fn new(locale: Locale) -> Self {
        let mut bundle = FluentBundle::new(vec![locale.langid()]);
        // No invisible bidi isolation marks around placeables: our placeables are numbers,
        // which the Unicode bidi algorithm already places correctly in RTL text, and codes,
        // which the caller isolates (see pages/tablet.rs).
        bundle.set_use_isolating(false);
        for source in locale.sources() {
            let resource = match FluentResource::try_new(source.to_owned()) {
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
        Self {
            locale,
            bundle: Rc::new(bundle),
        }
    }

    pub fn locale(&self) -> Locale {
        self.locale
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

/// The translator of the nearest [`ContextProvider`]; English when there is none (tests).
#[hook]
pub fn use_translator() -> Translator {
    use_context::<Translator>().unwrap_or_else(|| Translator::new(Locale::En))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_formats_plurals_and_plain_messages() {
        for locale in Locale::ALL {
            let t = Translator::new(locale);
            for id in [
                "form-title",
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
    fn a_missing_message_shows_its_id() {
        assert_eq!(
            Translator::new(Locale::En).t("no-such-message"),
            "no-such-message"
        );
    }
}
