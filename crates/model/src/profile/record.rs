//! The wire and storage shape of a profile (schema version 2): plain values, not yet trusted.
//!
//! The form edits it (inside a [`super::Draft`]), the tablet seals it, the server stores it.
//! JSON rules: field names are `snake_case`; empty values (`null`, `""`, `[]`, `false`) are left
//! out, so a profile is as small as its answers; an unknown field is an error, never dropped.
//! Coded values are taxonomy codes (see [`crate::taxonomy`]); free text is a [`Text`], which
//! records the language it was written in.

use super::cefr::{CefrLevel, CefrSkill};
use super::fields::OccupationRef;
use serde::{Deserialize, Serialize};

/// The version written by this program. [`super::migrate`] upgrades anything older.
pub const SCHEMA_VERSION: u32 = 2;

pub(crate) fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// The whole profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileRecord {
    pub schema_version: u32,
    #[serde(default, skip_serializing_if = "is_default")]
    pub person: Person,
    #[serde(default, skip_serializing_if = "is_default")]
    pub languages: Languages,
    #[serde(default, skip_serializing_if = "is_default")]
    pub education: Vec<Education>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub work: Vec<Work>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub skills: OtherSkills,
    #[serde(default, skip_serializing_if = "is_default")]
    pub wishes: Wishes,
    #[serde(default, skip_serializing_if = "is_default")]
    pub consent: Option<Consent>,
}

impl Default for ProfileRecord {
    fn default() -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            person: Person::default(),
            languages: Languages::default(),
            education: vec![],
            work: vec![],
            skills: OtherSkills::default(),
            wishes: Wishes::default(),
            consent: None,
        }
    }
}

/// Free text as the person wrote it, and the language (ISO 639) it was written in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub text: String,
    pub lang: String,
}

impl Text {
    pub fn new(text: impl Into<String>, lang: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            lang: lang.into(),
        }
    }

    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Given name(s), in the person's own script. Required.
    #[serde(default, skip_serializing_if = "is_default")]
    pub given_name: Text,
    #[serde(default, skip_serializing_if = "is_default")]
    pub family_name: Text,
    /// The whole name in Latin letters, as Norwegian documents spell it (optional).
    #[serde(default, skip_serializing_if = "is_default")]
    pub latin_name: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub year_of_birth: Option<u16>,
    /// `gender-*` code; `unstated` when the person prefers not to say.
    #[serde(default, skip_serializing_if = "is_default")]
    pub gender: Option<String>,
    /// ISO 3166-1 alpha-2.
    #[serde(default, skip_serializing_if = "is_default")]
    pub origin: Option<String>,
    /// ISO 3166-1 alpha-2.
    #[serde(default, skip_serializing_if = "is_default")]
    pub citizenship: Option<String>,
    /// The reception centre (organisation id). Set by the server from the tablet's enrolment.
    #[serde(default, skip_serializing_if = "is_default")]
    pub centre: Option<String>,
    /// The immigration authority's case number (12 digits), when the person knows it.
    #[serde(default, skip_serializing_if = "is_default")]
    pub case_number: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub phone: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Languages {
    #[serde(default, skip_serializing_if = "is_default")]
    pub entries: Vec<LanguageEntry>,
    /// `script-*` codes of the scripts the person reads.
    #[serde(default, skip_serializing_if = "is_default")]
    pub scripts: Vec<String>,
    /// `literacy-*` code.
    #[serde(default, skip_serializing_if = "is_default")]
    pub literacy: Option<String>,
}

/// One language and the person's own assessment of it, a CEFR level per skill (on the wire
/// the level's code, `"b1"`; any other word is refused when the record is read).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageEntry {
    /// ISO 639 code.
    pub code: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub mother_tongue: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub understanding: Option<CefrLevel>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub speaking: Option<CefrLevel>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub reading: Option<CefrLevel>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub writing: Option<CefrLevel>,
}

impl LanguageEntry {
    pub fn new(code: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            ..Self::default()
        }
    }

    /// The level the person gave for one skill, if any.
    pub fn skill(&self, skill: CefrSkill) -> Option<CefrLevel> {
        match skill {
            CefrSkill::Understanding => self.understanding,
            CefrSkill::Speaking => self.speaking,
            CefrSkill::Reading => self.reading,
            CefrSkill::Writing => self.writing,
        }
    }

    pub fn set_skill(&mut self, skill: CefrSkill, level: Option<CefrLevel>) {
        let slot = match skill {
            CefrSkill::Understanding => &mut self.understanding,
            CefrSkill::Speaking => &mut self.speaking,
            CefrSkill::Reading => &mut self.reading,
            CefrSkill::Writing => &mut self.writing,
        };
        *slot = level;
    }
}

/// One school, course of study or training.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Education {
    /// ISCED 2011 level `0`–`8`. Required.
    #[serde(default, skip_serializing_if = "is_default")]
    pub level: Option<String>,
    /// ISCED-F 2013 broad field `00`–`10`.
    #[serde(default, skip_serializing_if = "is_default")]
    pub field: Option<String>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub start_year: Option<u16>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub end_year: Option<u16>,
    /// Years completed, when start and end are not known.
    #[serde(default, skip_serializing_if = "is_default")]
    pub years_completed: Option<u8>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub completed: Option<bool>,
    /// Whether the person has a diploma or other documents of it.
    #[serde(default, skip_serializing_if = "is_default")]
    pub documents: Option<bool>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub institution: Text,
}

/// One job.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Work {
    /// Required unless a job title is written.
    #[serde(default, skip_serializing_if = "is_default")]
    pub occupation: Option<OccupationRef>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub title: Text,
    #[serde(default, skip_serializing_if = "is_default")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub start_year: Option<u16>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub end_year: Option<u16>,
    /// Years in the job, when start and end are not known.
    #[serde(default, skip_serializing_if = "is_default")]
    pub years: Option<u8>,
    /// `employment-*` code.
    #[serde(default, skip_serializing_if = "is_default")]
    pub employment: Option<String>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub tasks: Text,
    /// Tools and machines used.
    #[serde(default, skip_serializing_if = "is_default")]
    pub tools: Text,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtherSkills {
    /// `licence-*` codes.
    #[serde(default, skip_serializing_if = "is_default")]
    pub licences: Vec<String>,
    /// `digital-*` code.
    #[serde(default, skip_serializing_if = "is_default")]
    pub digital: Option<String>,
    /// Certificates and courses, one per entry.
    #[serde(default, skip_serializing_if = "is_default")]
    pub certificates: Vec<Text>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub crafts: Text,
    #[serde(default, skip_serializing_if = "is_default")]
    pub volunteer: Text,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Wishes {
    /// Work wanted in Norway.
    #[serde(default, skip_serializing_if = "is_default")]
    pub occupations: Vec<OccupationRef>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub education: Text,
    /// `region-*` code (`anywhere` or a county).
    #[serde(default, skip_serializing_if = "is_default")]
    pub region: Option<String>,
    /// `availability-*` code.
    #[serde(default, skip_serializing_if = "is_default")]
    pub availability: Option<String>,
    /// Health or other things the municipality should know for planning. Voluntary.
    #[serde(default, skip_serializing_if = "is_default")]
    pub planning_notes: Text,
}

/// What the person agreed to, when, in which language, and who helped.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// `consent-*` codes; `registration` is required to submit.
    pub scopes: Vec<String>,
    /// When consent was given (ms since the Unix epoch); unknown for migrated version-1
    /// profiles, whose single screen stated the purpose before submitting.
    #[serde(default, skip_serializing_if = "is_default")]
    pub given_at_ms: Option<u64>,
    /// The language the consent text was shown in.
    pub lang: String,
    /// `assisted-*` code: the person alone, or helped by staff in this role.
    pub by: String,
    /// Set when the person withdraws consent.
    #[serde(default, skip_serializing_if = "is_default")]
    pub withdrawn_at_ms: Option<u64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_profile_is_tiny_and_round_trips() {
        let json = serde_json::to_string(&ProfileRecord::default()).unwrap();
        assert_eq!(json, r#"{"schema_version":2}"#);
        let back: ProfileRecord = serde_json::from_str(&json).unwrap();
        assert_eq!(back, ProfileRecord::default());
    }

    #[test]
    fn unknown_fields_are_refused_at_every_level() {
        for json in [
            r#"{"schema_version":2,"future":1}"#,
            r#"{"schema_version":2,"person":{"nickname":"x"}}"#,
            r#"{"schema_version":2,"work":[{"salary":1}]}"#,
            r#"{"schema_version":2,"work":[{"occupation":{"kind":"group","isco":"72","x":1}}]}"#,
        ] {
            assert!(
                serde_json::from_str::<ProfileRecord>(json).is_err(),
                "{json}"
            );
        }
    }

    #[test]
    fn language_skills_by_name() {
        let mut entry = LanguageEntry::new("ar");
        entry.set_skill(CefrSkill::Reading, Some(CefrLevel::B1));
        assert_eq!(entry.skill(CefrSkill::Reading), Some(CefrLevel::B1));
        assert_eq!(entry.skill(CefrSkill::Writing), None);
    }
}
