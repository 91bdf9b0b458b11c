//! Language packs: the words reviewers corrected since the app was built
//! (`GET /api/v1/language-packs/<code>`, no personal data). Fetched in the background when the
//! tablet is online and kept in Cache Storage for offline use; a locale's bundle reads its pack
//! from there when it is loaded, which happens once per resident (see
//! [`super::forget_loaded`]), so a newer pack never changes the words under a person's eyes.
//! A pack's recordings are kept beside it, fetched before the pack itself is kept: a kept pack
//! never names a recording the tablet does not have. Recordings no kept pack names any more
//! (recorded again, or stale) are deleted.

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
    let mut named = vec![];
    for locale in Locale::ALL {
        match refresh(&window, &cache, locale).await {
            Some(urls) => named.extend(urls),
            None => all = false,
        }
    }
    if all {
        forget_unnamed(&cache, &named).await;
        LAST_REFRESH.with(|l| l.set(Some(now_ms)));
    }
}

async fn fetched(window: &web_sys::Window, url: &str) -> Option<web_sys::Response> {
    let response = JsFuture::from(window.fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    response.ok().then_some(response)
}

/// Fetches `locale`'s pack and the recordings it names that are not kept yet, then keeps the
/// pack: the URLs of its recordings, or `None` when something could not be fetched (the kept
/// pack stays as it was).
async fn refresh(
    window: &web_sys::Window,
    cache: &web_sys::Cache,
    locale: Locale,
) -> Option<Vec<String>> {
    let url = url(locale);
    let response = fetched(window, &url).await?;
    let text = JsFuture::from(response.clone().ok()?.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    let pack: LanguagePack = serde_json::from_str(&text).ok()?;
    let urls: Vec<String> = pack
        .recordings
        .keys()
        .filter_map(|id| pack.recording_url(id))
        .collect();
    for audio in &urls {
        let kept = JsFuture::from(cache.match_with_str(audio)).await.ok()?;
        if kept.is_undefined() {
            let fetched = fetched(window, audio).await?;
            JsFuture::from(cache.put_with_str(audio, &fetched))
                .await
                .ok()?;
        }
    }
    JsFuture::from(cache.put_with_str(&url, &response))
        .await
        .ok()?;
    Some(urls)
}

/// Deletes the kept recordings that no kept pack names.
async fn forget_unnamed(cache: &web_sys::Cache, named: &[String]) {
    let Ok(keys) = JsFuture::from(cache.keys()).await else {
        return;
    };
    for request in js_sys::Array::from(&keys).iter() {
        let Ok(request) = request.dyn_into::<web_sys::Request>() else {
            continue;
        };
        let url = request.url();
        let path = url.find("/api/").map_or(url.as_str(), |at| &url[at..]);
        if path.contains("/recordings/") && !named.iter().any(|n| n == path) {
            let _ = JsFuture::from(cache.delete_with_request(&request)).await;
        }
    }
}

/// The kept recording at `url` as an object URL to play (no network), if it is kept.
pub async fn kept_audio(url: &str) -> Option<String> {
    let cache = cache().await?;
    let found = JsFuture::from(cache.match_with_str(url)).await.ok()?;
    let response: web_sys::Response = found.dyn_into().ok()?;
    let blob = JsFuture::from(response.blob().ok()?).await.ok()?;
    web_sys::Url::create_object_url_with_blob(&blob.dyn_into().ok()?).ok()
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
