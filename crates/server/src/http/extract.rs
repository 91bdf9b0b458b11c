//! Extractors whose every rejection is an answer in the one error shape: a path id that is
//! not a UUID is 404 before any query or audit row sees it, and a query string that does not
//! parse is 400 `bad_request`.

use crate::error::Error;
use axum::extract::{FromRequestParts, Path, Query};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

/// The `{id}` of a path: a well-formed UUID (every id this server makes is one), kept in its
/// canonical lower-case form. Anything else is 404, as an id that names nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Id(String);

impl Id {
    /// `s` if it is a UUID.
    pub fn parse(s: &str) -> Option<Id> {
        uuid::Uuid::try_parse(s)
            .ok()
            .map(|u| Id(u.hyphenated().to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An id is used where a `&str` is: in queries, and by `crate::access`, which knows no HTTP.
impl std::ops::Deref for Id {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Id {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Error> {
        let Path(raw) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| Error::NotFound)?;
        Id::parse(&raw).ok_or(Error::NotFound)
    }
}

/// axum's `Query` with our error shape: a value of the wrong type, a repeated or unknown
/// parameter is 400 `bad_request`.
pub struct AppQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for AppQuery<T> {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Error> {
        Query::<T>::from_request_parts(parts, state)
            .await
            .map(|Query(v)| AppQuery(v))
            .map_err(|_| Error::BadRequest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_uuids_are_ids() {
        let id = Id::parse("0190A0B1-2C3D-7E4F-8A9B-0C1D2E3F4A5B").unwrap();
        assert_eq!(id.as_str(), "0190a0b1-2c3d-7e4f-8a9b-0c1d2e3f4a5b");
        for bad in ["", "\0", "abc", "../x", &"a".repeat(3000), "0190a0b1-2c3d"] {
            assert!(Id::parse(bad).is_none(), "{bad:?}");
        }
    }
}
