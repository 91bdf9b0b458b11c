//! Typed identifiers. Made on the client (UUIDv7: time-ordered, random tail) so that records
//! created offline on many tablets never collide and need no server round-trip.

use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

/// The id of one submission of a profile. The server uses it as the idempotency key: the same
/// id sent twice is stored once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SubmissionId(Uuid);

impl SubmissionId {
    /// A fresh, time-ordered id. Needs a random source (the browser's `crypto` on wasm32).
    pub fn new() -> Self {
        Self(Uuid::now_v7())
    }

    /// Parses the canonical hyphenated form.
    pub fn parse(s: &str) -> Result<Self, uuid::Error> {
        Uuid::parse_str(s).map(Self)
    }

    pub fn as_uuid(&self) -> &Uuid {
        &self.0
    }
}

impl Default for SubmissionId {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Display for SubmissionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_round_trip_as_plain_strings() {
        let a = SubmissionId::new();
        let b = SubmissionId::new();
        assert_ne!(a, b);
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(json, format!("\"{a}\""));
        assert_eq!(SubmissionId::parse(&a.to_string()).unwrap(), a);
    }

    #[test]
    fn garbage_is_not_an_id() {
        assert!(SubmissionId::parse("not-a-uuid").is_err());
    }
}
