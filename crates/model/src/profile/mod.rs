//! The competence profile: the one definition shared by the form, the tablet's storage, the
//! wire and the server.
//!
//! - [`ProfileRecord`] is the JSON shape (schema version [`SCHEMA_VERSION`]): person, languages,
//!   education, work, other skills, wishes, consent. See [`record`] for the format rules.
//! - [`Draft`] wraps a record while the person types: anything goes, nothing is lost.
//! - [`Profile`] is a record that passed [`Profile::parse`]; the same function runs on the
//!   tablet before submit and on the server on receipt. Errors are [`FieldError`]s: a path
//!   (`work[2].end_year`) and an [`ErrorCode`] with a Fluent message id.
//! - [`migrate`] reads any earlier version, so a queued submission or a saved draft survives an
//!   update of the app.
//!
//! Example of a version-2 profile on the wire (empty answers are left out):
//!
//! ```json
//! {"schema_version":2,
//!  "person":{"given_name":{"text":"ሰላም","lang":"ti"},"year_of_birth":1990,"origin":"ER"},
//!  "languages":{"entries":[{"code":"ti","mother_tongue":true,"speaking":"c2"}],"scripts":["ethi"]},
//!  "work":[{"occupation":{"kind":"curated","id":"tailor"},"years":6}],
//!  "consent":{"scopes":["registration","municipality"],"given_at_ms":1764000000000,"lang":"ti","by":"self"}}
//! ```

pub mod cefr;
pub mod draft;
pub mod edit;
pub mod error;
pub mod facts;
pub mod fields;
pub mod migrate;
pub mod path;
pub mod record;
pub mod step;
pub mod validate;

pub use cefr::{CefrLevel, CefrSkill};
pub use draft::Draft;
pub use edit::{Edit, EditError, Value};
pub use error::{ErrorCode, FieldError};
pub use fields::{
    BirthYear, CaseNumber, CountryCode, LanguageCode, OccupationRef, PersonName, Phone,
    EARLIEST_BIRTH_YEAR, MIN_AGE,
};
pub use path::{entry_path, field_path};
pub use record::*;
pub use step::Step;
pub use validate::{Profile, MAX_ENTRIES, MAX_LANGUAGES};

/// Languages offered as quick choices in the form (ISO 639 codes). The order is the order on
/// screen: the largest groups of arrivals first, then the languages of the host country.
pub const SPOKEN_LANGUAGE_CHOICES: &[&str] = &[
    "ar", "ti", "am", "uk", "ru", "fa", "prs", "ps", "ckb", "kmr", "so", "tr", "fr", "sw", "en",
    "nb",
];

#[cfg(test)]
mod tests;
