//! WebAuthn with the PRF extension: a platform credential (the device's screen lock or
//! biometrics) whose PRF output opens the draft lock (see `evne_model::draft_lock`). The JS is
//! a wasm-bindgen snippet (a file of our own origin), so the CSP stays strict.

use js_sys::Uint8Array;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

#[wasm_bindgen(inline_js = r#"
const random = (n) => crypto.getRandomValues(new Uint8Array(n));
const prfOf = (cred) => {
  const prf = cred.getClientExtensionResults().prf;
  return prf && prf.results && prf.results.first ? new Uint8Array(prf.results.first) : null;
};
// Before any prompt: a browser that says it has no PRF gets none (no orphan credential).
async function prfPossible() {
  if (typeof PublicKeyCredential.getClientCapabilities !== "function") return true;
  try {
const caps = await PublicKeyCredential.getClientCapabilities();
return caps["extension:prf"] !== false;
  } catch (e) {
return true;
  }
}
export async function webauthn_available() {
  if (typeof PublicKeyCredential === "undefined" || !navigator.credentials) return false;
  // No platform authenticator with user verification (screen lock, biometrics): no lock, and
  // no prompt that would wait for one.
  try {
return (await PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable())
  && (await prfPossible());
  } catch (e) {
return false;
  }
}
export async function prf_get(id, salt) {
  const cred = await navigator.credentials.get({ publicKey: {
challenge: random(32),
allowCredentials: [{ type: "public-key", id }],
userVerification: "required",
timeout: 120000,
extensions: { prf: { eval: { first: salt } } },
  } });
  const out = prfOf(cred);
  if (!out) throw new Error("no PRF result");
  return out;
}
export async function prf_create(salt) {
  const cred = await navigator.credentials.create({ publicKey: {
rp: { name: "Evne" },
user: { id: random(16), name: "evne-tablet", displayName: "Evne tablet" },
challenge: random(32),
pubKeyCredParams: [{ type: "public-key", alg: -7 }, { type: "public-key", alg: -257 }],
authenticatorSelection: {
  authenticatorAttachment: "platform", userVerification: "required", residentKey: "discouraged",
},
timeout: 120000,
extensions: { prf: { eval: { first: salt } } },
  } });
  const prf = cred.getClientExtensionResults().prf;
  if (!prf || !(prf.enabled || prf.results)) return null;
  // The secret is always what an assertion gives, the way every unlock will get it: a
  // create-time result that an assertion would not reproduce would lock drafts for good.
  const id = new Uint8Array(cred.rawId);
  return [id, await prf_get(id, salt)];
}
"#)]
extern "C" {
    async fn webauthn_available() -> JsValue;
    #[wasm_bindgen(catch)]
    async fn prf_create(salt: Uint8Array) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn prf_get(id: Uint8Array, salt: Uint8Array) -> Result<JsValue, JsValue>;
}

/// Whether this browser and device can lock drafts with a platform credential's PRF.
pub async fn available() -> bool {
    webauthn_available().await.as_bool() == Some(true)
}

/// A new platform credential with PRF: its id and the PRF's output for `salt`. `Ok(None)`
/// when the browser or the device has no PRF (no lock can be made this way).
pub async fn create(salt: &[u8]) -> Result<Option<(Vec<u8>, Vec<u8>)>, JsValue> {
    if !available().await {
        return Ok(None);
    }
    let made = prf_create(Uint8Array::from(salt)).await?;
    if made.is_null() || made.is_undefined() {
        return Ok(None);
    }
    let pair = js_sys::Array::from(&made);
    let id = Uint8Array::new(&pair.get(0)).to_vec();
    let secret = Uint8Array::new(&pair.get(1)).to_vec();
    Ok(Some((id, secret)))
}

/// The PRF's output for `salt` from the credential `id`, after the device's user
/// verification (screen lock or biometrics).
pub async fn secret(id: &[u8], salt: &[u8]) -> Result<Vec<u8>, JsValue> {
    let out = prf_get(Uint8Array::from(id), Uint8Array::from(salt)).await?;
    Ok(Uint8Array::new(&out).to_vec())
}
