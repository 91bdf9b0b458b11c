use super::*;
use crate::synthetic;
use proptest::prelude::*;
use rand_core::OsRng;

fn server_key() -> SecretKey {
    SecretKey::generate(KeyId::new(), &mut OsRng)
}

fn record(seed: u64) -> SubmissionRecord {
    let profile = synthetic::profiles(seed, 1, 2026).remove(0);
    SubmissionRecord {
        id: SubmissionId::new(),
        profile: profile.to_record(),
        assist: None,
    }
}

#[test]
fn a_sealed_submission_opens_with_its_key_only() {
    let (key, other) = (server_key(), server_key());
    let r = record(1);
    let sealed = seal(&r, &key.public_key(), &mut OsRng).unwrap();

    assert_eq!(open(&sealed, &[other.clone(), key.clone()]).unwrap(), r);
    assert_eq!(open(&sealed, &[other]), Err(EnvelopeError::UnknownKey));
    let json = serde_json::to_string(&sealed).unwrap();
    assert!(
        !json.contains(&r.profile.person.given_name.text),
        "no plaintext in the envelope"
    );
}

#[test]
fn tampering_is_detected() {
    let key = server_key();
    let sealed = seal(&record(2), &key.public_key(), &mut OsRng).unwrap();
    let keys = [key];

    let mut other_id = sealed.clone();
    other_id.id = SubmissionId::new();
    assert_eq!(open(&other_id, &keys), Err(EnvelopeError::Undecryptable));

    let mut flipped = sealed.clone();
    let mut bytes = B64.decode(&flipped.ciphertext).unwrap();
    bytes[0] ^= 1;
    flipped.ciphertext = B64.encode(bytes);
    assert_eq!(open(&flipped, &keys), Err(EnvelopeError::Undecryptable));

    let mut garbage = sealed;
    garbage.ephemeral_key = "not base64!".into();
    assert_eq!(open(&garbage, &keys), Err(EnvelopeError::Malformed));
}

#[test]
fn the_same_profile_seals_differently_every_time() {
    let key = server_key();
    let r = record(3);
    let a = seal(&r, &key.public_key(), &mut OsRng).unwrap();
    let b = seal(&r, &key.public_key(), &mut OsRng).unwrap();
    assert_ne!(a.ciphertext, b.ciphertext);
    assert_ne!(a.ephemeral_key, b.ephemeral_key);
}

#[test]
fn keys_survive_their_file_and_wire_forms() {
    let key = server_key();
    let again = SecretKey::from_bytes(key.id().clone(), &key.to_bytes()).unwrap();
    assert_eq!(again.public_key(), key.public_key());
    let record = key.public_key().to_record();
    assert_eq!(PublicKey::from_record(&record).unwrap(), key.public_key());
    let shown = format!("{key:?}");
    assert_eq!(
        shown,
        format!("SecretKey {{ id: KeyId({:?}), .. }}", key.id().as_str())
    );
    assert!(KeyId::parse("k0193a").is_ok());
    assert!(KeyId::parse("../etc/passwd").is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn every_synthetic_profile_round_trips(seed in any::<u64>()) {
        let key = server_key();
        let r = record(seed);
        let sealed = seal(&r, &key.public_key(), &mut OsRng).unwrap();
        prop_assert_eq!(open(&sealed, &[key]).unwrap(), r);
    }
}
