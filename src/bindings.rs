//! Every call into the browser's JS APIs that is not IndexedDB or fetch, in one typed place.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use evne_ui::dom::{html_element, set_html_attribute};
pub use evne_ui::dom::{now_ms, set_document_locale};

/// The current year by the device clock (used to check a year of birth).
pub fn current_year() -> u16 {
    js_sys::Date::new_0().get_full_year() as u16
}

/// A random number in [0, 1) for retry jitter (not for anything secret).
pub fn jitter() -> f64 {
    js_sys::Math::random()
}

/// A `performance.mark` (the benchmark reads these; nothing else does).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        // A mark that cannot be made is only a missing measurement.
        let _ = p.mark(name);
    }
}

/// `navigator.onLine`: false means surely offline; true only means "maybe".
pub fn is_online() -> bool {
    web_sys::window().is_some_and(|w| w.navigator().on_line())
}

/// Reads and removes an attribute of `<html>` (what the first screen handed over).
fn take_html_attribute(name: &str) -> Option<String> {
    let root = html_element()?;
    let value = root.get_attribute(name);
    let _ = root.remove_attribute(name);
    value
}

/// The attribute of `<html>` that carries an assisted-registration code from the first screen
/// to the registration app.
const ASSIST_CODE: &str = "data-evne-assist";

/// The assisted-registration code staff opened this screen with (`/?assist=CODE`), if any and
/// well formed: from the address, or as the first screen handed it over
/// ([`hand_over_assist_code`]).
pub fn take_assist_code() -> Option<String> {
    let from_address = assist_code_from_address();
    from_address.or(take_html_attribute(ASSIST_CODE))
}

/// On the first screen: takes the code out of the address at once, so that a reload or the
/// next person does not start with it, and keeps it for the registration app.
pub fn hand_over_assist_code() {
    if let Some(code) = assist_code_from_address() {
        set_html_attribute(ASSIST_CODE, &code);
    }
}

/// The code in `?assist=`, removed from the address (any query goes: the app has no other).
fn assist_code_from_address() -> Option<String> {
    let window = web_sys::window()?;
    let search = window.location().search().ok()?;
    let code = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("assist="))
        .and_then(evne_model::assisted::normalise);
    if !search.is_empty() {
        let path = window.location().pathname().unwrap_or_else(|_| "/".into());
        if let Ok(history) = window.history() {
            // Only the address bar changes; a failure leaves the code there, nothing worse.
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&path));
        }
    }
    code
}

/// What the browser says about this site's storage.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct StorageInfo {
    /// The browser promised not to evict our data under storage pressure.
    pub persisted: bool,
    pub usage_bytes: f64,
    pub quota_bytes: f64,
}

/// Below this quota, with no persistence, storage is taken to be a private window's, which
/// the browser empties when the window closes. (Current Chromium reports the same quota in
/// incognito windows, so there the check cannot tell; Safari's and older browsers' private
/// modes are caught.)
const EPHEMERAL_QUOTA_BYTES: f64 = 120.0 * 1024.0 * 1024.0;

impl StorageInfo {
    /// Whether what is typed here would likely be lost when the window closes.
    pub fn looks_ephemeral(&self) -> bool {
        !self.persisted && self.quota_bytes > 0.0 && self.quota_bytes < EPHEMERAL_QUOTA_BYTES
    }

    /// Share of the quota in use, 0–100.
    pub fn percent_used(&self) -> f64 {
        if self.quota_bytes > 0.0 {
            100.0 * self.usage_bytes / self.quota_bytes
        } else {
            0.0
        }
    }
}

/// Asks the browser to keep our storage (`navigator.storage.persist()`), then reads the
/// persistence and the quota. `None` where the Storage API is missing.
pub async fn persist_storage() -> Option<StorageInfo> {
    let storage = web_sys::window()?.navigator().storage();
    let persisted = match storage.persist() {
        Ok(p) => JsFuture::from(p).await.ok().and_then(|v| v.as_bool()),
        Err(_) => None,
    };
    let estimate: web_sys::StorageEstimate = JsFuture::from(storage.estimate().ok()?)
        .await
        .ok()?
        .unchecked_into();
    Some(StorageInfo {
        persisted: persisted.unwrap_or(false),
        usage_bytes: estimate.get_usage().unwrap_or(0.0),
        quota_bytes: estimate.get_quota().unwrap_or(0.0),
    })
}

/// `navigator.storage.persisted()`, without asking for persistence.
pub async fn storage_persisted() -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    JsFuture::from(storage.persisted().ok()?)
        .await
        .ok()?
        .as_bool()
}

/// Whether a new version of the app is installed and waiting to take over.
pub async fn update_waiting() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let container = window.navigator().service_worker();
    if container.controller().is_none() {
        return false;
    }
    let Ok(reg) = JsFuture::from(container.get_registration()).await else {
        return false;
    };
    let reg: Option<web_sys::ServiceWorkerRegistration> = reg.dyn_into().ok();
    reg.is_some_and(|r| r.waiting().is_some())
}

/// Lets the waiting version take over, and reloads once it has. Call only between residents:
/// the reload starts the app afresh (any draft is in IndexedDB, but none should be open).
pub async fn apply_update() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    let Ok(reg) = JsFuture::from(container.get_registration()).await else {
        return;
    };
    let Some(waiting) = reg
        .dyn_into::<web_sys::ServiceWorkerRegistration>()
        .ok()
        .and_then(|r| r.waiting())
    else {
        return;
    };
    gloo::events::EventListener::once(&container, "controllerchange", move |_| {
        let _ = window.location().reload();
    })
    .forget();
    let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
}

/// Registers the service worker that keeps the app shell for offline starts. Done from wasm,
/// not an inline script, so that the CSP needs no `unsafe-inline`.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    let promise = container.register("/sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = wasm_bindgen_futures::JsFuture::from(promise).await {
            gloo::console::warn!("service worker not registered", e);
        }
    });
}

/// The element the first-screen app draws into, made at its start.
const FIRST_SCREEN_ID: &str = "evne-start";
/// The attribute of `<html>` that carries a choice made on the first screen to the app.
const FIRST_SCREEN_CHOICE: &str = "data-evne-start";

/// A fresh `<div id="evne-start">` at the end of `<body>`, for the first-screen app.
pub fn first_screen_root() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    let root = document.create_element("div").ok()?;
    root.set_id(FIRST_SCREEN_ID);
    document.body()?.append_child(&root).ok()?;
    Some(root)
}

/// Keeps the choice made on the first screen for the registration app (see
/// [`take_over_first_screen`]).
pub fn keep_first_screen_choice(choice: &str) {
    set_html_attribute(FIRST_SCREEN_CHOICE, choice);
}

/// The registration app takes the page over from the first-screen app: removes its screen
/// and returns the choice made there, if any. Both happen in one turn of the event loop, so no
/// tap falls between them.
pub fn take_over_first_screen() -> Option<String> {
    let first = web_sys::window()?
        .document()?
        .get_element_by_id(FIRST_SCREEN_ID);
    if let Some(first) = first {
        first.remove();
    }
    take_html_attribute(FIRST_SCREEN_CHOICE)
}

#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
export async function import_app(js, wasm) {
  // Both requests at once: on a slow link, one round trip instead of two.
  const code = fetch(wasm);
  code.catch(() => {}); // a failure is reported by init below, or not needed if import fails
  const app = await import(js);
  const exports = await app.default({ module_or_path: code });
  dispatchEvent(new CustomEvent("evne-app-started", { detail: { wasm: exports } }));
}
"#)]
extern "C" {
    /// Loads and starts another wasm-bindgen app (its `main` runs). A separate JS file, so the
    /// CSP needs no `unsafe-inline`; `import()` of our own origin is `script-src 'self'`.
    #[wasm_bindgen(catch)]
    async fn import_app(js: &str, wasm: &str) -> Result<JsValue, JsValue>;
}

/// Loads the registration app (`dist/app/`), whose start takes the page over. `attempt`
/// makes a retry a new module address: a browser keeps a failed module import failed.
pub async fn load_registration_app(attempt: u32) -> Result<(), JsValue> {
    let js = if attempt == 0 {
        "/app/evne.js".to_owned()
    } else {
        format!("/app/evne.js?attempt={attempt}")
    };
    import_app(&js, "/app/evne_bg.wasm").await.map(|_| ())
}

/// A JS error as text, for messages to developers (never shown to residents).
pub fn describe(e: &JsValue) -> String {
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

/// WebCrypto, for the device key that encrypts drafts at rest. The key is made
/// non-extractable: the browser keeps it, and no script (ours included) can read its bytes.
pub mod webcrypto {
    use js_sys::{Array, Uint8Array};
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{AesGcmParams, AesKeyGenParams, Crypto, CryptoKey, SubtleCrypto};

    fn crypto() -> Result<Crypto, JsValue> {
        let global = js_sys::global();
        if let Some(window) = global.dyn_ref::<web_sys::Window>() {
            return window.crypto();
        }
        js_sys::Reflect::get(&global, &JsValue::from_str("crypto"))?.dyn_into::<Crypto>()
    }

    fn subtle() -> Result<SubtleCrypto, JsValue> {
        Ok(crypto()?.subtle())
    }

    /// A fresh AES-256-GCM key that can encrypt and decrypt but never be exported.
    pub async fn generate_device_key() -> Result<CryptoKey, JsValue> {
        let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
        let params = AesKeyGenParams::new("AES-GCM", 256);
        let promise = subtle()?.generate_key_with_object(&params, false, &usages)?;
        JsFuture::from(promise).await?.dyn_into::<CryptoKey>()
    }

    /// A raw 256-bit AES-GCM key made non-extractable (the raw bytes are dropped by the caller).
    pub async fn import_aes_key(raw: &[u8]) -> Result<CryptoKey, JsValue> {
        let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
        let promise = subtle()?.import_key_with_str(
            "raw",
            &Uint8Array::from(raw),
            "AES-GCM",
            false,
            &usages,
        )?;
        JsFuture::from(promise).await?.dyn_into::<CryptoKey>()
    }

    /// `n` bytes from the browser's CSPRNG.
    pub fn random_bytes(n: usize) -> Result<Vec<u8>, JsValue> {
        let mut bytes = vec![0u8; n];
        crypto()?.get_random_values_with_u8_array(&mut bytes)?;
        Ok(bytes)
    }

    pub async fn encrypt(key: &CryptoKey, iv: &[u8], data: &[u8]) -> Result<Vec<u8>, JsValue> {
        let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(iv));
        let promise = subtle()?.encrypt_with_object_and_u8_array(&params, key, data)?;
        Ok(Uint8Array::new(&JsFuture::from(promise).await?).to_vec())
    }

    pub async fn decrypt(key: &CryptoKey, iv: &[u8], data: &[u8]) -> Result<Vec<u8>, JsValue> {
        let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(iv));
        let promise = subtle()?.decrypt_with_object_and_u8_array(&params, key, data)?;
        Ok(Uint8Array::new(&JsFuture::from(promise).await?).to_vec())
    }
}

/// WebAuthn with the PRF extension, for the draft lock.
pub mod webauthn;
