//! The resident app's words, as a language reviewer works on them: the Fluent files the app
//! ships (embedded at build time), the rules every translation keeps (the same for
//! `cargo xtask i18n` and for a reviewer's correction on the server), where in the app a
//! resident meets each message, and the hash of a Norwegian source that a review is versioned
//! against.

pub mod check;
pub mod place;
pub mod recorded;
pub mod reviews;

use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::sync::{Mutex, OnceLock};

/// The reference locale: Norwegian Bokmål, the source every translation is made from.
pub const SOURCE: &str = "nb";

mod shipped {
    include!(concat!(env!("OUT_DIR"), "/shipped.rs"));
}

/// The locales the app ships, by code.
pub fn locales() -> Vec<&'static str> {
    let mut out: Vec<_> = shipped::SHIPPED.iter().map(|(l, _, _)| *l).collect();
    out.dedup();
    out
}

/// The resident-facing messages `locale` ships with, in the files' order, or `None` for a
/// locale the app does not have. The files are checked by `cargo xtask i18n`; a file that
/// fails to parse here adds nothing.
/// Parsed once per locale (the files are compiled in; every review request reads three).
pub fn shipped(locale: &str) -> Option<Vec<check::Message>> {
    static PARSED: OnceLock<Mutex<HashMap<String, Option<Vec<check::Message>>>>> = OnceLock::new();
    let cache = PARSED.get_or_init(Mutex::default);
    if let Some(found) = cache.lock().ok().and_then(|c| c.get(locale).cloned()) {
        return found;
    }
    let files = shipped_files(locale);
    let parsed = (!files.is_empty()).then(|| {
        files
            .into_iter()
            .flat_map(|(_, text)| check::parse(text).unwrap_or_default())
            .collect::<Vec<_>>()
    });
    if let Ok(mut c) = cache.lock() {
        c.insert(locale.to_owned(), parsed.clone());
    }
    parsed
}

/// The resident-facing files `locale` ships (`main`, `taxonomy`) and their text.
pub fn shipped_files(locale: &str) -> Vec<(&'static str, &'static str)> {
    shipped::SHIPPED
        .iter()
        .filter(|(l, file, _)| *l == locale && !["reviewed", "recorded", "names"].contains(file))
        .map(|(_, file, text)| (*file, *text))
        .collect()
}

/// The reviews `locale` ships with (its `reviewed.tsv`); none if it has no such file, or one
/// that does not parse (`cargo xtask i18n` refuses that).
pub fn shipped_reviews(locale: &str) -> Vec<reviews::Shipped> {
    shipped_file(locale, "reviewed")
        .and_then(|text| reviews::parse(text).ok())
        .unwrap_or_default()
}

/// The text of one embedded file of `locale` (`main`, `taxonomy`, `reviewed`, `recorded`).
fn shipped_file(locale: &str, name: &str) -> Option<&'static str> {
    shipped::SHIPPED
        .iter()
        .find(|(l, file, _)| *l == locale && *file == name)
        .map(|(_, _, text)| *text)
}

/// The recordings `locale` ships with (its `static/audio/<lang>/recorded.tsv`), stale or not;
/// none if it has no such file, or one that does not parse (`cargo xtask i18n` refuses that).
pub fn shipped_recordings(locale: &str) -> Vec<recorded::Shipped> {
    shipped_file(locale, "recorded")
        .and_then(|text| recorded::parse(text).ok())
        .unwrap_or_default()
}

/// The names of languages and countries in `locale` (its `names.ftl`, from CLDR) as id → text;
/// none for a locale the app does not have.
pub fn names(locale: &str) -> BTreeMap<String, String> {
    shipped_file(locale, "names")
        .and_then(|text| check::parse(text).ok())
        .unwrap_or_default()
        .into_iter()
        .map(|m| (m.id, m.text))
        .collect()
}

/// [`shipped`] as id → text.
pub fn shipped_texts(locale: &str) -> Option<BTreeMap<String, String>> {
    let messages = shipped(locale)?;
    Some(messages.into_iter().map(|m| (m.id, m.text)).collect())
}

/// What a review of a message is versioned against: a hash of the Norwegian source's text.
/// When the source changes, the review (and its recording) is stale.
pub fn source_hash(text: &str) -> String {
    bytes_hash(text.as_bytes())
}

/// A short hash of `bytes` (24 hex digits of their SHA-256): a pack's content, a recording.
pub fn bytes_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .take(12)
        .fold(String::new(), |mut s, b| {
            s.push_str(&format!("{b:02x}"));
            s
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_is_embedded_with_the_source_s_messages() {
        let nb = shipped_texts(SOURCE).expect("nb");
        assert!(nb.len() > 400, "{} messages", nb.len());
        assert_eq!(nb["step-of"], "Steg { $step } av { $steps }");
        assert!(
            !nb.contains_key("staff-title"),
            "staff words are not the resident's"
        );
        for locale in ["ti", "ar", "am", "en"] {
            let words = shipped_texts(locale).expect(locale);
            assert_eq!(words.len(), nb.len(), "{locale}");
        }
        assert_eq!(shipped("xx"), None);
        let order = shipped(SOURCE).expect("nb");
        assert_eq!(order[0].id, "app-title", "in the file's order");
        assert_eq!(order[0].text, "Evne", "without the file's comment");
        for locale in locales() {
            for m in shipped(locale).expect(locale) {
                let whole = format!("{} =", m.id);
                assert!(
                    !m.text.starts_with('#') && !m.text.contains(&whole),
                    "{locale} {m:?}"
                );
            }
        }
    }

    #[test]
    fn a_hash_changes_with_the_text() {
        assert_eq!(source_hash("Ja"), source_hash("Ja"));
        assert_ne!(source_hash("Ja"), source_hash("Ja."));
        assert_eq!(source_hash("Ja").len(), 24);
    }
}
