//! The tablet's draft lock: what keeps a copy of the browser's files from opening a resident's
//! draft.
//!
//! Drafts are encrypted with a session key (AES-256-GCM, one per run of the app), and the
//! session key is sealed beside each draft to the lock's public key (the envelope scheme of
//! [`crate::envelope`]). The lock's private key is stored only wrapped: AES-256-GCM under a
//! key derived (HKDF-SHA256) from a secret that is never on the tablet's disk: the output of
//! the device's platform authenticator's PRF (WebAuthn; the screen lock or biometrics release
//! it), or a secret the server releases to the tablet's token after a staff login. So:
//!
//! - a locked tablet still *writes* drafts (the public key is enough), and a resident is never
//!   turned away; nothing it wrote can be read back until staff unlock it;
//! - an unlocked tablet holds the private key in memory only; a reload or a restart locks it;
//! - a copy of the browser's files holds the public key, wrapped keys and ciphertext: nothing
//!   that opens without the authenticator (or the server and a staff login).

use crate::envelope::{self, EnvelopeError, KeyId, PublicKey, SealedSubmission, SecretKey};
use crate::ids::SubmissionId;
use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;
use hkdf::Hkdf;
use rand_core::{CryptoRng, RngCore};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use std::fmt;

/// The HKDF info string of the wrapping key.
pub const LOCK_INFO: &str = "evne-draft-lock-v1";

/// Shortest secret a lock accepts (a PRF output is 32 bytes).
pub const MIN_SECRET_BYTES: usize = 32;

/// How the secret that opens the lock reaches the tablet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LockMethod {
    /// The PRF of a platform credential (WebAuthn): the device's screen lock or biometrics.
    Prf,
    /// Released by the server to the tablet's token after a staff login.
    Server,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LockError {
    #[error("the lock's record is malformed")]
    Malformed,
    /// The secret does not open the lock (another credential, another server secret).
    #[error("the secret does not open the lock")]
    WrongSecret,
    #[error("the secret is too short")]
    WeakSecret,
    #[error("a sealed session key does not open")]
    Undecryptable,
}

impl From<EnvelopeError> for LockError {
    fn from(e: EnvelopeError) -> Self {
        match e {
            EnvelopeError::Undecryptable | EnvelopeError::UnknownKey => LockError::Undecryptable,
            _ => LockError::Malformed,
        }
    }
}

/// What the tablet stores of its lock: nothing in it opens a draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockRecord {
    pub method: LockMethod,
    /// The platform credential's id (base64url), for [`LockMethod::Prf`].
    #[serde(default)]
    pub credential_id: Option<String>,
    /// The PRF's input and the HKDF salt (base64url), random per lock.
    pub salt: String,
    /// The key pair's public half: drafts are sealed to it, locked or not.
    pub public: envelope::PublicKeyRecord,
    /// The private half: nonce and AES-256-GCM ciphertext under the wrapping key (base64url).
    pub wrapped: String,
}

/// An unlocked lock: opens the session keys sealed beside drafts. Lives in memory only.
pub struct Opener {
    key: SecretKey,
}

impl fmt::Debug for Opener {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Opener(..)")
    }
}

fn wrapping_key(secret: &[u8], salt: &[u8]) -> Result<Aes256Gcm, LockError> {
    if secret.len() < MIN_SECRET_BYTES {
        return Err(LockError::WeakSecret);
    }
    let mut key = [0u8; 32];
    Hkdf::<Sha256>::new(Some(salt), secret)
        .expand(LOCK_INFO.as_bytes(), &mut key)
        .map_err(|_| LockError::Malformed)?;
    Aes256Gcm::new_from_slice(&key).map_err(|_| LockError::Malformed)
}

impl LockRecord {
    /// A new lock opened by `secret` (with `salt`, the PRF input it came from), and its
    /// opener, unlocked.
    pub fn create(
        method: LockMethod,
        credential_id: Option<Vec<u8>>,
        salt: &[u8],
        secret: &[u8],
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<(LockRecord, Opener), LockError> {
        let key = SecretKey::generate(KeyId::new(), rng);
        let public = key.public_key().to_record();
        let cipher = wrapping_key(secret, salt)?;
        let mut nonce = [0u8; 12];
        rng.fill_bytes(&mut nonce);
        let ciphertext = cipher
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: &key.to_bytes(),
                    aad: public.public_key.as_bytes(),
                },
            )
            .map_err(|_| LockError::Malformed)?;
        let record = LockRecord {
            method,
            credential_id: credential_id.map(|id| B64.encode(id)),
            salt: B64.encode(salt),
            public,
            wrapped: B64.encode([nonce.as_slice(), &ciphertext].concat()),
        };
        Ok((record, Opener { key }))
    }

    /// Opens the lock with `secret`: the private key, in memory.
    pub fn unlock(&self, secret: &[u8]) -> Result<Opener, LockError> {
        let cipher = wrapping_key(secret, &self.salt_bytes()?)?;
        let wrapped = B64
            .decode(&self.wrapped)
            .map_err(|_| LockError::Malformed)?;
        if wrapped.len() < 12 {
            return Err(LockError::Malformed);
        }
        let (nonce, ciphertext) = wrapped.split_at(12);
        let bytes = cipher
            .decrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: ciphertext,
                    aad: self.public.public_key.as_bytes(),
                },
            )
            .map_err(|_| LockError::WrongSecret)?;
        let key = SecretKey::from_bytes(self.public.key_id.clone(), &bytes)?;
        // The pair must be the one the record names, or drafts sealed to it would not open.
        if key.public_key().to_record() != self.public {
            return Err(LockError::Malformed);
        }
        Ok(Opener { key })
    }

    pub fn salt_bytes(&self) -> Result<Vec<u8>, LockError> {
        B64.decode(&self.salt).map_err(|_| LockError::Malformed)
    }

    pub fn credential_bytes(&self) -> Result<Option<Vec<u8>>, LockError> {
        self.credential_id
            .as_deref()
            .map(|id| B64.decode(id).map_err(|_| LockError::Malformed))
            .transpose()
    }

    /// A fresh session key and the same key sealed to this lock (stored beside each draft it
    /// encrypts). Needs no secret: a locked tablet writes drafts too.
    pub fn new_session_key(
        &self,
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<([u8; 32], SealedSubmission), LockError> {
        let to = PublicKey::from_record(&self.public)?;
        let mut key = [0u8; 32];
        rng.fill_bytes(&mut key);
        let sealed = envelope::seal_json(SubmissionId::new(), &key, &to, rng)?;
        Ok((key, sealed))
    }
}

impl Opener {
    /// The session key sealed beside a draft.
    pub fn open_session_key(&self, sealed: &SealedSubmission) -> Result<[u8; 32], LockError> {
        let bytes = envelope::open_bytes(sealed, std::slice::from_ref(&self.key))?;
        bytes.try_into().map_err(|_| LockError::Malformed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand_core::OsRng;

    const SECRET: [u8; 32] = [7; 32];
    const SALT: [u8; 32] = [1; 32];

    fn lock() -> (LockRecord, Opener) {
        LockRecord::create(
            LockMethod::Prf,
            Some(vec![9; 16]),
            &SALT,
            &SECRET,
            &mut OsRng,
        )
        .unwrap()
    }

    #[test]
    fn a_session_key_sealed_to_the_lock_opens_only_with_its_secret() {
        let (record, _) = lock();
        let (key, sealed) = record.new_session_key(&mut OsRng).unwrap();
        let opener = record.unlock(&SECRET).unwrap();
        assert_eq!(opener.open_session_key(&sealed).unwrap(), key);
        assert_eq!(record.unlock(&[8; 32]).unwrap_err(), LockError::WrongSecret);
        assert_eq!(record.unlock(&[7; 16]).unwrap_err(), LockError::WeakSecret);
    }

    #[test]
    fn another_lock_opens_nothing_of_this_one() {
        let (record, _) = lock();
        let (_, other) = lock();
        let (_, sealed) = record.new_session_key(&mut OsRng).unwrap();
        assert_eq!(
            other.open_session_key(&sealed).unwrap_err(),
            LockError::Undecryptable
        );
    }

    #[test]
    fn the_stored_record_holds_no_key_in_the_clear() {
        let (record, opener) = lock();
        let stored = serde_json::to_string(&record).unwrap();
        let private = B64.encode(opener.key.to_bytes());
        assert!(!stored.contains(&private));
        assert_eq!(record.credential_bytes().unwrap(), Some(vec![9; 16]));
        let back: LockRecord = serde_json::from_str(&stored).unwrap();
        assert!(back.unlock(&SECRET).is_ok());
    }

    #[test]
    fn a_record_whose_wrapped_key_is_swapped_does_not_open() {
        let (mut a, _) = lock();
        let (b, _) = lock();
        a.wrapped = b.wrapped;
        assert!(a.unlock(&SECRET).is_err());
    }
}
