//! [`Profile::parse`]: a record becomes a profile only when every rule holds. Every problem is
//! reported (with the path of its field), not just the first; nothing here panics.

use super::cefr::{CefrLevel, CefrSkill};
use super::error::{ErrorCode, FieldError};
use super::fields::{free_text, CountryCode, LanguageCode};
use super::path::{entry_path, field_path};
use super::record::*;
use serde::Serialize;

/// Most languages one profile may list; more is a broken client, not a polyglot.
pub const MAX_LANGUAGES: usize = 40;
/// Most entries in education, work or certificates.
pub const MAX_ENTRIES: usize = 30;
/// Most occupations wished for.
pub const MAX_WISHED_OCCUPATIONS: usize = 10;
/// Longest span of years in one job or school.
pub const MAX_YEARS: u8 = 60;

/// A validated profile: its record, normalised (text trimmed, codes canonical). Only
/// [`Profile::parse`] makes one; it serialises exactly as its record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Profile(ProfileRecord);

impl Profile {
    pub fn parse(record: ProfileRecord, current_year: u16) -> Result<Self, Vec<FieldError>> {
        let mut v = Validator {
            errors: vec![],
            current_year,
        };
        let record = v.profile(record);
        if v.errors.is_empty() {
            Ok(Self(record))
        } else {
            Err(v.errors)
        }
    }

    pub fn record(&self) -> &ProfileRecord {
        &self.0
    }

    /// Back to the plain shape, e.g. to send it.
    pub fn to_record(&self) -> ProfileRecord {
        self.0.clone()
    }

    pub fn into_record(self) -> ProfileRecord {
        self.0
    }

    pub fn given_name(&self) -> &str {
        &self.0.person.given_name.text
    }

    /// Given and family name, as written.
    pub fn full_name(&self) -> String {
        let p = &self.0.person;
        [p.given_name.text.as_str(), p.family_name.text.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    pub fn year_of_birth(&self) -> u16 {
        self.0.person.year_of_birth.unwrap_or_default()
    }

    pub fn case_number(&self) -> Option<&str> {
        Some(self.0.person.case_number.as_str()).filter(|s| !s.is_empty())
    }

    /// ISO 639 codes of the languages, in the person's order.
    pub fn language_codes(&self) -> impl Iterator<Item = &str> {
        self.0.languages.entries.iter().map(|e| e.code.as_str())
    }

    /// The person's best level in `code` over the four skills.
    pub fn best_level(&self, code: &str) -> Option<CefrLevel> {
        let entry = self.0.languages.entries.iter().find(|e| e.code == code)?;
        CefrSkill::ALL
            .into_iter()
            .filter_map(|s| entry.skill(s))
            .max()
    }

    /// ISCO-08 codes of the jobs held (4-digit unit groups or 2-digit groups).
    pub fn isco_codes(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0
            .work
            .iter()
            .filter_map(|w| w.occupation.as_ref()?.isco())
    }

    /// The language the person chose to write in (their given name's).
    pub fn written_in(&self) -> &str {
        &self.0.person.given_name.lang
    }
}

struct Validator {
    errors: Vec<FieldError>,
    current_year: u16,
}

impl Validator {
    fn fail(&mut self, path: impl Into<String>, code: ErrorCode) {
        self.errors.push(FieldError::new(path, code));
    }

    /// Keeps the value when `check` passes; records the error (and keeps the input) otherwise.
    fn check<T: Clone>(
        &mut self,
        path: impl Into<String>,
        value: T,
        check: impl FnOnce(&T) -> Result<T, ErrorCode>,
    ) -> T {
        match check(&value) {
            Ok(ok) => ok,
            Err(code) => {
                self.fail(path, code);
                value
            }
        }
    }

    fn profile(&mut self, mut r: ProfileRecord) -> ProfileRecord {
        if r.schema_version != SCHEMA_VERSION {
            self.fail("schema_version", ErrorCode::UnsupportedVersion);
        }
        r.person = self.person(r.person);
        let born = r.person.year_of_birth;
        r.languages = self.languages(r.languages);
        self.at_most("education", r.education.len(), MAX_ENTRIES);
        r.education = r
            .education
            .into_iter()
            .enumerate()
            .map(|(i, e)| self.education(&entry_path("education", i), e, born))
            .collect();
        self.at_most("work", r.work.len(), MAX_ENTRIES);
        r.work = r
            .work
            .into_iter()
            .enumerate()
            .map(|(i, w)| self.work(&entry_path("work", i), w, born))
            .collect();
        r.skills = self.skills(r.skills);
        r.wishes = self.wishes(r.wishes);
        r.consent = self.consent(r.consent);
        r
    }

    fn at_most(&mut self, path: &str, len: usize, max: usize) {
        if len > max {
            self.fail(path, ErrorCode::TooMany);
        }
    }

    fn text(&mut self, path: &str, t: Text, max: usize, multiline: bool) -> Text {
        if t.is_blank() {
            return Text::default();
        }
        let text = self.check(path, t.text, |s| free_text(s, max, multiline));
        let lang = self.check(field_path(path, "lang"), t.lang, |l| {
            LanguageCode::parse(l).map(|c| c.as_str().to_owned())
        });
        Text { text, lang }
    }

    fn code(&mut self, path: &str, code: Option<String>, allowed: &[&str]) -> Option<String> {
        let code = code?;
        if !allowed.contains(&code.as_str()) {
            self.fail(path, ErrorCode::UnknownCode);
        }
        Some(code)
    }

    fn country(&mut self, path: &str, code: Option<String>) -> Option<String> {
        let code = code?;
        Some(self.check(path, code, |c| {
            CountryCode::parse(c).map(|c| c.as_str().to_owned())
        }))
    }

    fn codes(&mut self, path: &str, codes: Vec<String>, allowed: &[&str]) -> Vec<String> {
        for (i, code) in codes.iter().enumerate() {
            if !allowed.contains(&code.as_str()) {
                self.fail(entry_path(path, i), ErrorCode::UnknownCode);
            } else if codes[..i].contains(code) {
                self.fail(entry_path(path, i), ErrorCode::Duplicate);
            }
        }
        codes
    }
}

mod sections;
