//! Language packs: the words reviewers corrected since the app was built
//! (`GET /api/v1/language-packs/<code>`, no personal data). Fetched in the background when the
//! tablet is online and kept in Cache Storage for offline use; a locale's bundle reads its pack
//! from there when it is loaded, which happens once per resident (see
//! [`super::forget_loaded`]), so a newer pack never changes the words under a person's eyes.

use super::Locale;
use evne_model::review::LanguagePack;
use std::cell::Cell;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The Cache Storage cache the packs are kept in (apart from the app shell's, which a new
/// version replaces).
pub const CACHE: &str = "evne-packs";

/// How often the packs are fetched again, at most.
const REFRESH_MS: u64 = 60 * 60 * 1000;

thread_local! {
    static LAST_REFRESH: Cell<Option<u64>> = const { Cell::new(None) };
}

fn url(locale: Locale) -> String {
    format!("/api/v1/language-packs/{}", locale.code())
}

async fn cache() -> Option<web_sys::Cache> {
    let caches = web_sys::window()?.caches().ok()?;
    let opened = JsFuture::from(caches.open(CACHE)).await.ok()?;
    opened.dyn_into().ok()
}

/// Fetches every locale's pack and keeps those the server gave, if the last time was an hour
/// ago or more (or never). Quietly does nothing offline: the kept packs stay.
pub async fn refresh_if_due(now_ms: u64) {
    let due = LAST_REFRESH.with(|l| {
        l.get()
            .is_none_or(|at| now_ms.saturating_sub(at) >= REFRESH_MS)
    });
    let online = web_sys::window().is_some_and(|w| w.navigator().on_line());
    if !due || !online {
        return;
    }
    let Some(cache) = cache().await else { return };
    let Some(window) = web_sys::window() else {
        return;
    };
    let mut all = true;
    for locale in Locale::ALL {
        let url = url(locale);
        let fetched = JsFuture::from(window.fetch_with_str(&url)).await;
        let response: Option<web_sys::Response> = fetched.ok().and_then(|r| r.dyn_into().ok());
        match response {
            Some(r) if r.ok() => {
                all &= JsFuture::from(cache.put_with_str(&url, &r)).await.is_ok();
            }
            _ => all = false,
        }
    }
    if all {
        LAST_REFRESH.with(|l| l.set(Some(now_ms)));
    }
}

/// The kept pack of `locale`, if there is one (no network).
pub async fn kept(locale: Locale) -> Option<LanguagePack> {
    let cache = cache().await?;
    let found = JsFuture::from(cache.match_with_str(&url(locale)))
        .await
        .ok()?;
    let response: web_sys::Response = found.dyn_into().ok()?;
    let text = JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    serde_json::from_str(&text).ok()
}

/// The pack's messages as one Fluent resource (each text is Fluent already, checked by the
/// server with the rules of `cargo xtask i18n`).
pub fn as_fluent(pack: &LanguagePack) -> String {
    pack.messages
        .iter()
        .map(|(id, text)| format!("{id} = {text}\n"))
        .collect()
}
