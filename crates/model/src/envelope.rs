//! Sealing a submission so that only the server can read it.
//!
//! The tablet must not hold a readable profile once it is submitted, yet it may have to keep it
//! for days until the network returns. So the profile is encrypted to the server's public key
//! before it enters the outbox; the tablet cannot decrypt it afterwards.
//!
//! Scheme `p256-hkdf-sha256-aes256gcm-v1` (ECIES-like): a fresh ephemeral P-256 key per
//! submission; ECDH with the server key; HKDF-SHA256 (salt: both public keys, info: the scheme
//! name) gives a one-time AES-256-GCM key; a random 96-bit nonce; the submission id and key id
//! are authenticated data, so a ciphertext cannot be replayed under another id. Keys are
//! identified by a key id, so the server can rotate keys and still open older submissions.

use crate::ids::SubmissionId;
use crate::submission::SubmissionRecord;
use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;
use hkdf::Hkdf;
use p256::ecdh::{diffie_hellman, EphemeralSecret};
use p256::elliptic_curve::sec1::ToEncodedPoint;
use rand_core::{CryptoRng, RngCore};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use std::fmt;

/// The operating system's (or browser's) secure random source.
pub use rand_core::OsRng;

/// The name of the scheme; also the HKDF info string.
pub const SCHEME: &str = "p256-hkdf-sha256-aes256gcm-v1";

/// Identifies one server key pair. Time-ordered (`k` + UUIDv7), so the newest sorts last.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct KeyId(String);

impl KeyId {
    pub fn new() -> Self {
        Self(format!("k{}", uuid::Uuid::now_v7().simple()))
    }

    /// A key id is `k` followed by 1–64 lowercase hex digits (it also names a key file).
    pub fn parse(s: &str) -> Result<Self, EnvelopeError> {
        let hex = s.strip_prefix('k').ok_or(EnvelopeError::Malformed)?;
        let ok = (1..=64).contains(&hex.len())
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        ok.then(|| Self(s.to_owned()))
            .ok_or(EnvelopeError::Malformed)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for KeyId {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why a sealed submission could not be made or opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EnvelopeError {
    #[error("malformed key or envelope")]
    Malformed,
    #[error("unknown key id")]
    UnknownKey,
    #[error("the envelope does not decrypt")]
    Undecryptable,
    #[error("the sealed profile is not a profile: {0}")]
    NotAProfile(crate::profile::FieldError),
}

/// What the server publishes at `GET /api/submission-key`, and what a tablet keeps.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicKeyRecord {
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub key_id: KeyId,
    pub scheme: String,
    /// SEC1 uncompressed point, base64url without padding.
    pub public_key: String,
}

/// The body of `POST /api/submissions`: a submission only the server can read.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SealedSubmission {
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = "uuid"))]
    pub id: SubmissionId,
    /// `k` and hex digits, as `GET /submission-key` gave it.
    #[cfg_attr(feature = "openapi", schema(value_type = String, pattern = "^k[0-9a-f]{1,64}$"))]
    pub key_id: KeyId,
    /// The ephemeral public key (SEC1 uncompressed, base64url).
    #[cfg_attr(feature = "openapi", schema(pattern = "^[A-Za-z0-9_-]*$"))]
    pub ephemeral_key: String,
    /// 96-bit nonce, base64url.
    #[cfg_attr(feature = "openapi", schema(pattern = "^[A-Za-z0-9_-]*$"))]
    pub nonce: String,
    /// AES-256-GCM ciphertext and tag of the profile's JSON, base64url.
    #[cfg_attr(feature = "openapi", schema(pattern = "^[A-Za-z0-9_-]*$"))]
    pub ciphertext: String,
    /// The assisted-registration code staff started this registration with, if any (see
    /// [`crate::assisted`]). Not secret, but bound to the ciphertext as associated data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assist: Option<String>,
}

/// A server public key a tablet seals to.
#[derive(Debug, Clone, PartialEq)]
pub struct PublicKey {
    id: KeyId,
    key: p256::PublicKey,
}

impl PublicKey {
    pub fn from_record(record: &PublicKeyRecord) -> Result<Self, EnvelopeError> {
        if record.scheme != SCHEME {
            return Err(EnvelopeError::Malformed);
        }
        let bytes = B64
            .decode(&record.public_key)
            .map_err(|_| EnvelopeError::Malformed)?;
        let key = p256::PublicKey::from_sec1_bytes(&bytes).map_err(|_| EnvelopeError::Malformed)?;
        Ok(Self {
            id: record.key_id.clone(),
            key,
        })
    }

    pub fn to_record(&self) -> PublicKeyRecord {
        PublicKeyRecord {
            key_id: self.id.clone(),
            scheme: SCHEME.to_owned(),
            public_key: B64.encode(self.key.to_encoded_point(false).as_bytes()),
        }
    }

    pub fn id(&self) -> &KeyId {
        &self.id
    }
}

/// A server key pair. Lives only on the server; `Debug` never shows the secret.
#[derive(Clone)]
pub struct SecretKey {
    id: KeyId,
    key: p256::SecretKey,
    /// Its public key, worked out once: every opened envelope needs it (in the HKDF input), and
    /// working it out costs as much as the Diffie-Hellman itself.
    public: p256::PublicKey,
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SecretKey")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

impl SecretKey {
    pub fn generate(id: KeyId, rng: &mut (impl RngCore + CryptoRng)) -> Self {
        Self::new(id, p256::SecretKey::random(rng))
    }

    fn new(id: KeyId, key: p256::SecretKey) -> Self {
        let public = key.public_key();
        Self { id, key, public }
    }

    /// From the 32-byte scalar.
    pub fn from_bytes(id: KeyId, bytes: &[u8]) -> Result<Self, EnvelopeError> {
        let key = p256::SecretKey::from_slice(bytes).map_err(|_| EnvelopeError::Malformed)?;
        Ok(Self::new(id, key))
    }

    /// The 32-byte scalar, for the key file. Handle with care.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.key.to_bytes().to_vec()
    }

    pub fn id(&self) -> &KeyId {
        &self.id
    }

    pub fn public_key(&self) -> PublicKey {
        PublicKey {
            id: self.id.clone(),
            key: self.public,
        }
    }
}

/// Encrypts a submission's profile to `to`.
pub fn seal(
    record: &SubmissionRecord,
    to: &PublicKey,
    rng: &mut (impl RngCore + CryptoRng),
) -> Result<SealedSubmission, EnvelopeError> {
    let plaintext = serde_json::to_vec(&record.profile).map_err(|_| EnvelopeError::Malformed)?;
    let mut sealed = seal_with(record.id, record.assist.as_deref(), &plaintext, to, rng)?;
    sealed.assist = record.assist.clone();
    Ok(sealed)
}

/// Encrypts a profile's JSON as it is, whatever its schema version (what an older app sent).
pub fn seal_json(
    id: SubmissionId,
    plaintext: &[u8],
    to: &PublicKey,
    rng: &mut (impl RngCore + CryptoRng),
) -> Result<SealedSubmission, EnvelopeError> {
    seal_with(id, None, plaintext, to, rng)
}

fn seal_with(
    id: SubmissionId,
    assist: Option<&str>,
    plaintext: &[u8],
    to: &PublicKey,
    rng: &mut (impl RngCore + CryptoRng),
) -> Result<SealedSubmission, EnvelopeError> {
    let ephemeral = EphemeralSecret::random(rng);
    let ephemeral_pub = ephemeral.public_key().to_encoded_point(false);
    let recipient = to.key.to_encoded_point(false);
    let shared = ephemeral.diffie_hellman(&to.key);
    let cipher = cipher(
        shared.raw_secret_bytes(),
        ephemeral_pub.as_bytes(),
        recipient.as_bytes(),
    )?;
    let mut nonce = [0u8; 12];
    rng.fill_bytes(&mut nonce);
    let aad = aad(&id, &to.id, assist);
    let ciphertext = cipher
        .encrypt(
            Nonce::from_slice(&nonce),
            Payload {
                msg: plaintext,
                aad: &aad,
            },
        )
        .map_err(|_| EnvelopeError::Malformed)?;
    Ok(SealedSubmission {
        id,
        key_id: to.id.clone(),
        ephemeral_key: B64.encode(ephemeral_pub.as_bytes()),
        nonce: B64.encode(nonce),
        ciphertext: B64.encode(ciphertext),
        assist: None,
    })
}

/// Decrypts with whichever of `keys` the envelope names.
pub fn open(
    sealed: &SealedSubmission,
    keys: &[SecretKey],
) -> Result<SubmissionRecord, EnvelopeError> {
    let plaintext = open_bytes(sealed, keys)?;
    // Whatever schema version the tablet's app sealed, upgraded to the current one.
    let profile = crate::profile::migrate::profile_from_slice(&plaintext)
        .map_err(EnvelopeError::NotAProfile)?;
    Ok(SubmissionRecord {
        id: sealed.id,
        profile,
        assist: sealed.assist.clone(),
    })
}

/// Decrypts with whichever of `keys` the envelope names, and returns the sealed bytes as they
/// are (what [`seal_json`] sealed).
pub fn open_bytes(sealed: &SealedSubmission, keys: &[SecretKey]) -> Result<Vec<u8>, EnvelopeError> {
    let key = keys
        .iter()
        .find(|k| k.id == sealed.key_id)
        .ok_or(EnvelopeError::UnknownKey)?;
    let decode = |s: &str| B64.decode(s).map_err(|_| EnvelopeError::Malformed);
    let ephemeral_bytes = decode(&sealed.ephemeral_key)?;
    let nonce = decode(&sealed.nonce)?;
    let ciphertext = decode(&sealed.ciphertext)?;
    if nonce.len() != 12 {
        return Err(EnvelopeError::Malformed);
    }
    let ephemeral =
        p256::PublicKey::from_sec1_bytes(&ephemeral_bytes).map_err(|_| EnvelopeError::Malformed)?;
    let shared = diffie_hellman(key.key.to_nonzero_scalar(), ephemeral.as_affine());
    let recipient = key.public.to_encoded_point(false);
    let cipher = cipher(
        shared.raw_secret_bytes(),
        ephemeral.to_encoded_point(false).as_bytes(),
        recipient.as_bytes(),
    )?;
    let aad = aad(&sealed.id, &sealed.key_id, sealed.assist.as_deref());
    cipher
        .decrypt(
            Nonce::from_slice(&nonce),
            Payload {
                msg: &ciphertext,
                aad: &aad,
            },
        )
        .map_err(|_| EnvelopeError::Undecryptable)
}

fn cipher(shared: &[u8], ephemeral: &[u8], recipient: &[u8]) -> Result<Aes256Gcm, EnvelopeError> {
    let salt = [ephemeral, recipient].concat();
    let mut key = [0u8; 32];
    Hkdf::<Sha256>::new(Some(&salt), shared)
        .expand(SCHEME.as_bytes(), &mut key)
        .map_err(|_| EnvelopeError::Malformed)?;
    Aes256Gcm::new_from_slice(&key).map_err(|_| EnvelopeError::Malformed)
}

/// What the ciphertext is bound to. An assist code is appended only when there is one, so that
/// envelopes sealed before codes existed still open.
fn aad(id: &SubmissionId, key_id: &KeyId, assist: Option<&str>) -> Vec<u8> {
    match assist {
        Some(code) => format!("{SCHEME}|{id}|{key_id}|{code}").into_bytes(),
        None => format!("{SCHEME}|{id}|{key_id}").into_bytes(),
    }
}

#[cfg(test)]
mod tests;
