//! Assisted registration: reception staff start a registration for a resident, who then goes on
//! in their own language with Norwegian beside it. The short code ties the two together, so that
//! the centre's overview shows which assisted registrations were finished. It names nobody.

use serde::{Deserialize, Serialize};

/// Letters and digits that are not mistaken for one another when read aloud or copied
/// (no `0`/`O`, `1`/`I`/`L`).
pub const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// How long a code is.
pub const CODE_LEN: usize = 6;

/// Hours within which a started assisted registration should be finished; after that it is
/// shown as expired and a late submission no longer marks it.
pub const VALID_HOURS: i64 = 12;

/// Whether `s` is a well-formed code (upper case, [`CODE_LEN`] characters of [`ALPHABET`]).
pub fn is_code(s: &str) -> bool {
    s.len() == CODE_LEN && s.bytes().all(|b| ALPHABET.contains(&b))
}

/// A code from `CODE_LEN` random bytes (any source: WebCrypto, the OS).
pub fn code_from(random: [u8; CODE_LEN]) -> String {
    random
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect()
}

/// What a typed code becomes: upper case, spaces and dashes dropped; `None` unless well formed.
pub fn normalise(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_ascii_uppercase();
    is_code(&code).then_some(code)
}

/// One assisted registration, as `GET /api/assisted` lists it for the centre's staff.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assisted {
    pub code: String,
    /// The staff member who started it.
    pub started_by: String,
    /// Seconds since the Unix epoch.
    pub started_at: i64,
    pub expires_at: i64,
    /// When the resident's registration arrived with this code.
    pub finished_at: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_made_of_the_alphabet_only() {
        for seed in 0..=255u8 {
            let code = code_from([seed, seed.wrapping_mul(7), 3, 250, 31, 0]);
            assert!(is_code(&code), "{code}");
        }
    }

    #[test]
    fn typed_codes_are_normalised() {
        assert_eq!(normalise(" k7m-2qx "), Some("K7M2QX".into()));
        assert_eq!(normalise("K7M2Q"), None);
        assert_eq!(normalise("K7M2Q0"), None, "0 is not in the alphabet");
        assert_eq!(normalise("K7M2QXX"), None);
        assert!(
            !is_code("k7m2qx"),
            "lower case is normalised first, not accepted as is"
        );
    }
}
