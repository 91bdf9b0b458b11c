//! Reading profiles and drafts of any schema version. Version 1 (the first release: a name,
//! a year of birth and the languages spoken) is upgraded field by field; a version newer than
//! this program is refused with [`ErrorCode::UnsupportedVersion`], never half-read.
//!
//! A JSON document that does not have the shape of its version fails with
//! [`ErrorCode::Malformed`] and the path of the offending field (an unknown field is named by
//! the object that holds it).

use super::draft::Draft;
use super::error::{ErrorCode, FieldError};
use super::record::{Consent, LanguageEntry, ProfileRecord, Text, SCHEMA_VERSION};
use crate::SubmissionId;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;

/// A profile as version 1 sent it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProfileV1 {
    name: String,
    year_of_birth: u16,
    languages: Vec<String>,
    written_in: String,
}

/// A draft as version 1 saved it.
#[derive(Debug, Deserialize)]
struct DraftV1 {
    #[serde(default)]
    id: Option<SubmissionId>,
    locale: String,
    name: String,
    year_of_birth: String,
    languages: Vec<String>,
    #[serde(default)]
    updated_at_ms: u64,
}

/// A profile from JSON bytes, whatever its version.
pub fn profile_from_slice(json: &[u8]) -> Result<ProfileRecord, FieldError> {
    let value: Value = serde_json::from_slice(json).map_err(|_| malformed(""))?;
    profile_from_value(value)
}

/// A profile from parsed JSON, whatever its version.
pub fn profile_from_value(value: Value) -> Result<ProfileRecord, FieldError> {
    match version(&value)? {
        1 => Ok(profile_v1(typed(value)?)),
        _ => typed(value),
    }
}

/// A draft from parsed JSON, whatever its version.
pub fn draft_from_value(value: Value) -> Result<Draft, FieldError> {
    match version(&value)? {
        1 => Ok(draft_v1(typed(value)?)),
        _ => typed(value),
    }
}

/// The document's `schema_version`; version 1 had none.
fn version(value: &Value) -> Result<u32, FieldError> {
    if !value.is_object() {
        return Err(malformed(""));
    }
    let Some(v) = value.get("schema_version") else {
        return Ok(1);
    };
    let v = v
        .as_u64()
        .and_then(|v| u32::try_from(v).ok())
        .ok_or_else(|| malformed("schema_version"))?;
    if v == 0 || v > SCHEMA_VERSION {
        return Err(FieldError::new(
            "schema_version",
            ErrorCode::UnsupportedVersion,
        ));
    }
    Ok(v)
}

/// Deserialises, naming the field that failed (`person.nickname`) where the `error-paths`
/// feature is on (the server, which answers with it); the tablet's app leaves it out, as it
/// only ever reads back what it wrote itself, and saves the bytes.
#[cfg(feature = "error-paths")]
fn typed<T: DeserializeOwned>(value: Value) -> Result<T, FieldError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { "" } else { &path };
        // A word where the record has a closed list (a CEFR level) is a code it does not
        // know, as for the lists validation checks; serde says so only in its message.
        if e.inner().to_string().starts_with("unknown variant") {
            FieldError::new(path, ErrorCode::UnknownCode)
        } else {
            malformed(path)
        }
    })
}

#[cfg(not(feature = "error-paths"))]
fn typed<T: DeserializeOwned>(value: Value) -> Result<T, FieldError> {
    serde_json::from_value(value).map_err(|_| malformed(""))
}

fn malformed(path: &str) -> FieldError {
    FieldError::new(path, ErrorCode::Malformed)
}

fn profile_v1(v1: ProfileV1) -> ProfileRecord {
    let mut record = ProfileRecord::default();
    record.person.given_name = Text::new(v1.name, v1.written_in.clone());
    record.person.year_of_birth = Some(v1.year_of_birth);
    record.languages.entries = v1.languages.into_iter().map(LanguageEntry::new).collect();
    // Version 1 had one screen, which stated the purpose (registration for settlement) above
    // the send button: sending was the consent. Its time was not recorded.
    record.consent = Some(Consent {
        scopes: vec!["registration".into()],
        given_at_ms: None,
        lang: v1.written_in,
        by: "self".into(),
        withdrawn_at_ms: None,
    });
    record
}

fn draft_v1(v1: DraftV1) -> Draft {
    let mut draft = Draft::new(&v1.locale);
    draft.id = v1.id;
    draft.updated_at_ms = v1.updated_at_ms;
    draft.profile.person.given_name = Text::new(v1.name, v1.locale);
    draft.profile.person.year_of_birth = v1.year_of_birth.trim().parse().ok();
    draft.profile.languages.entries = v1.languages.into_iter().map(LanguageEntry::new).collect();
    draft
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Profile;
    use serde_json::json;

    #[test]
    fn a_version_1_submission_upgrades_to_a_valid_profile() {
        let v1 = json!({"name": "ሰላም", "year_of_birth": 1990, "languages": ["ti", "ar"], "written_in": "ti"});
        let record = profile_from_value(v1).unwrap();
        let profile = Profile::parse(record, 2026).unwrap();
        assert_eq!(profile.given_name(), "ሰላም");
        assert_eq!(profile.written_in(), "ti");
        assert_eq!(profile.year_of_birth(), 1990);
        assert_eq!(profile.language_codes().collect::<Vec<_>>(), ["ti", "ar"]);
    }

    #[test]
    fn a_version_1_draft_keeps_everything_typed() {
        let v1 = json!({"locale": "ar", "name": "سا", "year_of_birth": " 1985", "languages": ["ar"], "updated_at_ms": 5});
        let draft = draft_from_value(v1).unwrap();
        assert_eq!(draft.locale, "ar");
        assert_eq!(draft.updated_at_ms, 5);
        assert_eq!(draft.profile.person.given_name, Text::new("سا", "ar"));
        assert_eq!(draft.profile.person.year_of_birth, Some(1985));
        assert_eq!(draft.profile.languages.entries, [LanguageEntry::new("ar")]);
    }

    #[test]
    fn current_documents_pass_through() {
        let mut draft = Draft::new("ti");
        draft.profile.person.phone = "+47 912 34 567".into();
        let value = serde_json::to_value(&draft).unwrap();
        assert_eq!(draft_from_value(value).unwrap(), draft);
    }

    #[test]
    fn errors_name_the_field() {
        let cases = [
            (
                json!({"schema_version": 3}),
                "schema_version",
                ErrorCode::UnsupportedVersion,
            ),
            (
                json!({"schema_version": "2"}),
                "schema_version",
                ErrorCode::Malformed,
            ),
            (
                json!({"schema_version": 2, "person": {"year_of_birth": "x"}}),
                "person.year_of_birth",
                ErrorCode::Malformed,
            ),
            (
                json!({"schema_version": 2, "work": [{}, {"years": -1}]}),
                "work[1].years",
                ErrorCode::Malformed,
            ),
            (
                json!({"schema_version": 2, "person": {"nickname": "x"}}),
                "person.nickname",
                ErrorCode::Malformed,
            ),
            (
                json!({"schema_version": 2, "languages": {"entries": [{"code": "ar"}, {"code": "en", "reading": "b3"}]}}),
                "languages.entries[1].reading",
                ErrorCode::UnknownCode,
            ),
            (
                json!({"schema_version": 2, "languages": {"entries": [{"code": "en", "reading": 3}]}}),
                "languages.entries[0].reading",
                ErrorCode::Malformed,
            ),
            (json!({"name": "x"}), "", ErrorCode::Malformed),
            (json!([1]), "", ErrorCode::Malformed),
        ];
        for (value, path, code) in cases {
            let err = profile_from_value(value.clone()).unwrap_err();
            assert_eq!((err.path.as_str(), err.code), (path, code), "{value}");
        }
    }
}
