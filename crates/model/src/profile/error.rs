//! Validation errors: which field (a path such as `work[2].end_year`) and why (a code with a
//! Fluent message id, so the person reads the reason in their own language).

use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a field was refused.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// A required answer is missing.
    Required,
    /// Longer than the field allows.
    TooLong,
    /// Control characters, or (for the Latin transliteration) letters of another script.
    InvalidText,
    /// A year of birth before 1900.
    YearTooEarly,
    /// A year of birth that makes the person younger than [`super::MIN_AGE`].
    TooYoung,
    /// A year after this one, or before the person was born.
    YearOutOfRange,
    /// An end year before the start year.
    EndBeforeStart,
    /// A count of years out of its range.
    YearsOutOfRange,
    /// More entries than a list allows.
    TooMany,
    /// The same code twice in a list.
    Duplicate,
    /// A code that is not in the taxonomy (occupation, level, country, licence, ...).
    UnknownCode,
    /// Not an ISO 639 language code.
    InvalidLanguage,
    /// Not a case number of the immigration authority (12 digits).
    InvalidCaseNumber,
    /// Not a phone number.
    InvalidPhone,
    /// No consent to registration, or consent withdrawn.
    ConsentMissing,
    /// The JSON does not have the profile's shape (unknown field, wrong type).
    Malformed,
    /// A `schema_version` newer than this program knows.
    UnsupportedVersion,
    /// A translation that is not valid Fluent (or more than one message).
    FluentSyntax,
    /// A translation without a `$variable` of its source.
    MissingVariable,
    /// A translation with a `$variable` its source does not have.
    UnknownVariable,
}

impl ErrorCode {
    /// The Fluent message id that explains this error to the person.
    pub fn message_id(self) -> &'static str {
        match self {
            ErrorCode::Required => "error-required",
            ErrorCode::TooLong => "error-too-long",
            ErrorCode::InvalidText => "error-invalid-text",
            ErrorCode::YearTooEarly => "error-year-too-early",
            ErrorCode::TooYoung => "error-too-young",
            ErrorCode::YearOutOfRange => "error-year-out-of-range",
            ErrorCode::EndBeforeStart => "error-end-before-start",
            ErrorCode::YearsOutOfRange => "error-years-out-of-range",
            ErrorCode::TooMany => "error-too-many",
            ErrorCode::Duplicate => "error-duplicate",
            ErrorCode::UnknownCode
            | ErrorCode::InvalidLanguage
            | ErrorCode::Malformed
            | ErrorCode::UnsupportedVersion
            | ErrorCode::FluentSyntax
            | ErrorCode::MissingVariable
            | ErrorCode::UnknownVariable => "error-choose-again",
            ErrorCode::InvalidCaseNumber => "error-case-number",
            ErrorCode::InvalidPhone => "error-phone",
            ErrorCode::ConsentMissing => "error-consent",
        }
    }

    /// Every code, for checking that each message id exists.
    pub const ALL: [ErrorCode; 20] = [
        ErrorCode::Required,
        ErrorCode::TooLong,
        ErrorCode::InvalidText,
        ErrorCode::YearTooEarly,
        ErrorCode::TooYoung,
        ErrorCode::YearOutOfRange,
        ErrorCode::EndBeforeStart,
        ErrorCode::YearsOutOfRange,
        ErrorCode::TooMany,
        ErrorCode::Duplicate,
        ErrorCode::UnknownCode,
        ErrorCode::InvalidLanguage,
        ErrorCode::InvalidCaseNumber,
        ErrorCode::InvalidPhone,
        ErrorCode::ConsentMissing,
        ErrorCode::Malformed,
        ErrorCode::UnsupportedVersion,
        ErrorCode::FluentSyntax,
        ErrorCode::MissingVariable,
        ErrorCode::UnknownVariable,
    ];
}

/// One refused field. `path` names it the way the JSON does: `person.year_of_birth`,
/// `languages.entries[1].reading`, `work[0].occupation`; empty for the whole document.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
pub struct FieldError {
    pub path: String,
    pub code: ErrorCode,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "profile"
        } else {
            &self.path
        };
        write!(f, "{path}: {:?}", self.code)
    }
}

impl FieldError {
    pub fn new(path: impl Into<String>, code: ErrorCode) -> Self {
        Self {
            path: path.into(),
            code,
        }
    }

    pub fn message_id(&self) -> &'static str {
        self.code.message_id()
    }

    /// Whether this error belongs to the field at `path` or to something inside it.
    pub fn is_within(&self, path: &str) -> bool {
        self.path == path
            || self
                .path
                .strip_prefix(path)
                .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_nest() {
        let e = FieldError::new("work[2].end_year", ErrorCode::EndBeforeStart);
        assert!(e.is_within("work[2].end_year"));
        assert!(e.is_within("work[2]"));
        assert!(e.is_within("work"));
        assert!(!e.is_within("work[20]"));
        assert!(!e.is_within("wor"));
        assert_eq!(e.to_string(), "work[2].end_year: EndBeforeStart");
    }

    #[test]
    fn codes_serialise_as_snake_case() {
        let e = FieldError::new("person.phone", ErrorCode::InvalidPhone);
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"path":"person.phone","code":"invalid_phone"}"#
        );
    }
}
