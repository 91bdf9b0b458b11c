//! The competence profile (first slice: name, year of birth, languages spoken).
//!
//! Two shapes: [`Draft`] is what the form holds while a person types (anything goes, nothing is
//! lost), and [`Profile`] is a draft that passed validation. The same [`Draft::finalize`] /
//! [`Profile::parse`] runs on the tablet before submit and on the server on receipt.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The oldest year of birth we accept.
pub const EARLIEST_BIRTH_YEAR: u16 = 1900;
/// Registration is for adults in the introduction-programme age range and up.
pub const MIN_AGE: u16 = 15;
/// Longest name we accept, in characters (any script).
pub const MAX_NAME_CHARS: usize = 200;
/// Most languages one profile may list; more is a broken client, not a polyglot.
pub const MAX_LANGUAGES: usize = 40;

/// Languages offered as quick choices in the first form step (ISO 639 codes). The order is the
/// order on screen: the largest groups of arrivals first, then the languages of the host country.
pub const SPOKEN_LANGUAGE_CHOICES: &[&str] = &[
    "ar", "ti", "am", "uk", "ru", "fa", "prs", "ps", "ckb", "kmr", "so", "tr", "fr", "sw", "en",
    "nb",
];

/// Which field a validation error concerns. Stable names: the app maps them to messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Name,
    YearOfBirth,
    Languages,
    WrittenIn,
}

/// Why a field was refused. Each variant has a Fluent message id in the app
/// ([`FieldError::message_id`]), so the person reads the reason in their own language.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum FieldError {
    #[error("the name is empty")]
    NameEmpty,
    #[error("the name is longer than {MAX_NAME_CHARS} characters")]
    NameTooLong,
    #[error("the name contains control characters")]
    NameInvalid,
    #[error("the year of birth is missing")]
    YearMissing,
    #[error("the year of birth is not a number")]
    YearNotANumber,
    #[error("the year of birth is before {EARLIEST_BIRTH_YEAR}")]
    YearTooEarly,
    #[error("the year of birth makes the person younger than {MIN_AGE}")]
    YearTooLate,
    #[error("no language was chosen")]
    LanguagesEmpty,
    #[error("too many languages")]
    LanguagesTooMany,
    #[error("{0:?} is not an ISO 639 language code")]
    LanguageInvalid(String),
    #[error("the text language is not an ISO 639 language code")]
    WrittenInInvalid,
}

impl FieldError {
    /// The field the error belongs to, for showing it next to the right input.
    pub fn field(&self) -> Field {
        match self {
            FieldError::NameEmpty | FieldError::NameTooLong | FieldError::NameInvalid => {
                Field::Name
            }
            FieldError::YearMissing
            | FieldError::YearNotANumber
            | FieldError::YearTooEarly
            | FieldError::YearTooLate => Field::YearOfBirth,
            FieldError::LanguagesEmpty
            | FieldError::LanguagesTooMany
            | FieldError::LanguageInvalid(_) => Field::Languages,
            FieldError::WrittenInInvalid => Field::WrittenIn,
        }
    }

    /// The Fluent message id that explains this error to the person.
    pub fn message_id(&self) -> &'static str {
        match self {
            FieldError::NameEmpty => "error-name-empty",
            FieldError::NameTooLong => "error-name-too-long",
            FieldError::NameInvalid => "error-name-invalid",
            FieldError::YearMissing => "error-year-missing",
            FieldError::YearNotANumber => "error-year-not-a-number",
            FieldError::YearTooEarly => "error-year-too-early",
            FieldError::YearTooLate => "error-year-too-late",
            FieldError::LanguagesEmpty => "error-languages-empty",
            FieldError::LanguagesTooMany | FieldError::LanguageInvalid(_) => {
                "error-languages-invalid"
            }
            FieldError::WrittenInInvalid => "error-locale-invalid",
        }
    }
}

/// A person's name as they write it, in any script.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let name = raw.trim();
        if name.is_empty() {
            return Err(FieldError::NameEmpty);
        }
        if name.chars().count() > MAX_NAME_CHARS {
            return Err(FieldError::NameTooLong);
        }
        if name.chars().any(char::is_control) {
            return Err(FieldError::NameInvalid);
        }
        Ok(Self(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A plausible year of birth for an adult registering now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct BirthYear(u16);

impl BirthYear {
    /// `current_year` comes from the caller's clock, so that this stays a pure function.
    pub fn parse(year: u16, current_year: u16) -> Result<Self, FieldError> {
        if year < EARLIEST_BIRTH_YEAR {
            return Err(FieldError::YearTooEarly);
        }
        if year > current_year.saturating_sub(MIN_AGE) {
            return Err(FieldError::YearTooLate);
        }
        Ok(Self(year))
    }

    /// Parses what was typed in the form (digits only, surrounding space ignored).
    pub fn parse_text(raw: &str, current_year: u16) -> Result<Self, FieldError> {
        let text = raw.trim();
        if text.is_empty() {
            return Err(FieldError::YearMissing);
        }
        if !text.chars().all(|c| c.is_ascii_digit()) {
            return Err(FieldError::YearNotANumber);
        }
        // More than four digits cannot be a year; u16 overflow would be the same answer.
        let year = text.parse::<u16>().map_err(|_| FieldError::YearTooLate)?;
        Self::parse(year, current_year)
    }

    pub fn get(self) -> u16 {
        self.0
    }
}

/// An ISO 639 language code (639-1 two letters, or 639-3 three letters), lowercase.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LanguageCode(String);

impl LanguageCode {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let ok = (2..=3).contains(&raw.len()) && raw.bytes().all(|b| b.is_ascii_lowercase());
        if ok {
            Ok(Self(raw.to_owned()))
        } else {
            Err(FieldError::LanguageInvalid(raw.chars().take(8).collect()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What the form holds while the person types: raw text, never refused, always saved.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// Made when the registration starts; becomes the submission's id, so that submitting the
    /// same draft twice (a double tap) queues and stores it once.
    #[serde(default)]
    pub id: Option<crate::SubmissionId>,
    /// The UI locale the person chose; free text is taken to be written in it.
    pub locale: String,
    pub name: String,
    pub year_of_birth: String,
    /// ISO 639 codes, in the order they were ticked.
    pub languages: Vec<String>,
    /// Last saved (ms since the Unix epoch); 0 when unknown. Drives deletion of idle drafts.
    #[serde(default)]
    pub updated_at_ms: u64,
}

impl Draft {
    /// Adds or removes a language, keeping the order in which languages were ticked.
    pub fn toggle_language(&mut self, code: &str) {
        if let Some(pos) = self.languages.iter().position(|c| c == code) {
            self.languages.remove(pos);
        } else {
            self.languages.push(code.to_owned());
        }
    }

    /// Validates the whole draft; every problem is reported, not just the first.
    pub fn finalize(&self, current_year: u16) -> Result<Profile, Vec<FieldError>> {
        let year = BirthYear::parse_text(&self.year_of_birth, current_year);
        let record = ProfileRecord {
            name: self.name.clone(),
            // With a bad year, check the other fields against a valid stand-in year and
            // report the year's own error in its place.
            year_of_birth: year
                .as_ref()
                .map_or(current_year.saturating_sub(MIN_AGE), |y| y.get()),
            languages: self.languages.clone(),
            written_in: self.locale.clone(),
        };
        let result = Profile::parse(record, current_year);
        let Err(year_error) = year else {
            return result;
        };
        let mut errors = result.err().unwrap_or_default();
        let at = errors
            .iter()
            .take_while(|e| e.field() == Field::Name)
            .count();
        errors.insert(at, year_error);
        Err(errors)
    }
}

/// The wire and storage shape of a profile: plain values, not yet trusted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileRecord {
    pub name: String,
    pub year_of_birth: u16,
    pub languages: Vec<String>,
    /// The language the free text (here: the name) was written in.
    pub written_in: String,
}

/// A validated profile. Only [`Profile::parse`] makes one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Profile {
    name: PersonName,
    year_of_birth: BirthYear,
    languages: Vec<LanguageCode>,
    written_in: LanguageCode,
}

impl Profile {
    /// Checks every field and reports every problem.
    pub fn parse(record: ProfileRecord, current_year: u16) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = PersonName::parse(&record.name).map_err(|e| errors.push(e));
        let year = BirthYear::parse(record.year_of_birth, current_year).map_err(|e| errors.push(e));
        let languages = parse_languages(&record.languages).map_err(|e| errors.push(e));
        // The UI locale is a language code too ("nb", "ti", "prs").
        let written_in = LanguageCode::parse(&record.written_in)
            .map_err(|_| errors.push(FieldError::WrittenInInvalid));
        match (name, year, languages, written_in) {
            (Ok(name), Ok(year_of_birth), Ok(languages), Ok(written_in)) => Ok(Self {
                name,
                year_of_birth,
                languages,
                written_in,
            }),
            _ => Err(errors),
        }
    }

    pub fn name(&self) -> &PersonName {
        &self.name
    }

    pub fn year_of_birth(&self) -> BirthYear {
        self.year_of_birth
    }

    pub fn languages(&self) -> &[LanguageCode] {
        &self.languages
    }

    pub fn written_in(&self) -> &LanguageCode {
        &self.written_in
    }

    /// Back to the plain shape, e.g. to send it.
    pub fn to_record(&self) -> ProfileRecord {
        ProfileRecord {
            name: self.name.as_str().to_owned(),
            year_of_birth: self.year_of_birth.get(),
            languages: self
                .languages
                .iter()
                .map(|l| l.as_str().to_owned())
                .collect(),
            written_in: self.written_in.as_str().to_owned(),
        }
    }
}

fn parse_languages(raw: &[String]) -> Result<Vec<LanguageCode>, FieldError> {
    if raw.is_empty() {
        return Err(FieldError::LanguagesEmpty);
    }
    if raw.len() > MAX_LANGUAGES {
        return Err(FieldError::LanguagesTooMany);
    }
    let mut out: Vec<LanguageCode> = Vec::with_capacity(raw.len());
    for code in raw {
        let code = LanguageCode::parse(code)?;
        if !out.contains(&code) {
            out.push(code);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const YEAR: u16 = 2026;

    fn draft(name: &str, year: &str, languages: &[&str]) -> Draft {
        Draft {
            locale: "ti".into(),
            name: name.into(),
            year_of_birth: year.into(),
            languages: languages.iter().map(|s| s.to_string()).collect(),
            updated_at_ms: 0,
            id: None,
        }
    }

    #[test]
    fn a_complete_draft_in_any_script_finalizes() {
        let profile = draft("  ሰላም ተስፋይ ", "1990", &["ti", "ar", "ti"])
            .finalize(YEAR)
            .unwrap();
        assert_eq!(profile.name().as_str(), "ሰላም ተስፋይ");
        assert_eq!(profile.year_of_birth().get(), 1990);
        let langs: Vec<_> = profile.languages().iter().map(|l| l.as_str()).collect();
        assert_eq!(langs, ["ti", "ar"], "duplicates removed, order kept");
        assert_eq!(profile.written_in().as_str(), "ti");
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let errors = draft(" ", "19x0", &[]).finalize(YEAR).unwrap_err();
        assert_eq!(
            errors,
            vec![
                FieldError::NameEmpty,
                FieldError::YearNotANumber,
                FieldError::LanguagesEmpty
            ]
        );
    }

    #[test]
    fn year_bounds() {
        assert_eq!(
            BirthYear::parse_text("", YEAR),
            Err(FieldError::YearMissing)
        );
        assert_eq!(
            BirthYear::parse_text("1899", YEAR),
            Err(FieldError::YearTooEarly)
        );
        assert_eq!(
            BirthYear::parse_text("2012", YEAR),
            Err(FieldError::YearTooLate)
        );
        assert_eq!(
            BirthYear::parse_text("99999", YEAR),
            Err(FieldError::YearTooLate)
        );
        assert_eq!(
            BirthYear::parse_text("-1990", YEAR),
            Err(FieldError::YearNotANumber)
        );
        assert_eq!(
            BirthYear::parse_text(" 2011 ", YEAR).map(BirthYear::get),
            Ok(2011)
        );
    }

    #[test]
    fn names_reject_control_characters_and_excess() {
        assert_eq!(PersonName::parse("a\u{7}b"), Err(FieldError::NameInvalid));
        let long = "ا".repeat(MAX_NAME_CHARS + 1);
        assert_eq!(PersonName::parse(&long), Err(FieldError::NameTooLong));
        assert!(PersonName::parse(&"ا".repeat(MAX_NAME_CHARS)).is_ok());
    }

    #[test]
    fn language_codes_are_iso_639_shaped() {
        assert!(LanguageCode::parse("prs").is_ok());
        for bad in ["", "a", "abcd", "AR", "a1", "ar-SY"] {
            assert!(LanguageCode::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn record_round_trip_is_lossless() {
        let profile = draft("Amina", "1985", &["so", "en"])
            .finalize(YEAR)
            .unwrap();
        let json = serde_json::to_string(&profile).unwrap();
        let record: ProfileRecord = serde_json::from_str(&json).unwrap();
        assert_eq!(record, profile.to_record());
        assert_eq!(Profile::parse(record, YEAR).unwrap(), profile);
    }

    #[test]
    fn toggling_a_language_twice_removes_it() {
        let mut d = draft("x", "1990", &["ar"]);
        d.toggle_language("ti");
        assert_eq!(d.languages, ["ar", "ti"]);
        d.toggle_language("ar");
        assert_eq!(d.languages, ["ti"]);
    }

    proptest! {
        #[test]
        fn finalize_never_panics_and_accepts_exactly_valid_years(
            name in "\\PC{0,250}",
            year in "[0-9]{0,6}",
            langs in proptest::collection::vec("[a-z]{1,4}", 0..5),
        ) {
            let d = Draft { locale: "ar".into(), name, year_of_birth: year.clone(), languages: langs, updated_at_ms: 0, id: None };
            let result = d.finalize(YEAR);
            let year_ok = year.parse::<u32>().is_ok_and(|y| (1900..=2011).contains(&y));
            if let Ok(profile) = &result {
                prop_assert!(year_ok);
                prop_assert!(!profile.languages().is_empty());
            }
            if !year_ok {
                prop_assert!(result.is_err());
            }
        }
    }
}
