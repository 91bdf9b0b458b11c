//! The field types that carry a rule: each is made only by its `parse`, so a value of the type
//! is known to be valid (parse, don't validate).

use super::error::ErrorCode;
use crate::taxonomy;
use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// The oldest year of birth we accept.
pub const EARLIEST_BIRTH_YEAR: u16 = 1900;
/// Registration is for people of working and schooling age.
pub const MIN_AGE: u16 = 15;
/// Longest name we accept, in characters (any script).
pub const MAX_NAME_CHARS: usize = 200;
/// Longest short free text (a job title, an institution).
pub const MAX_SHORT_TEXT_CHARS: usize = 200;
/// Longest long free text (tasks, notes).
pub const MAX_LONG_TEXT_CHARS: usize = 2000;

/// A person's name as they write it, in any script: trimmed, not empty, no control characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(raw: &str) -> Result<Self, ErrorCode> {
        let name = free_text(raw, MAX_NAME_CHARS, false)?;
        if name.is_empty() {
            return Err(ErrorCode::Required);
        }
        Ok(Self(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Trims `raw` and checks its length and characters; line breaks only where `multiline`.
pub fn free_text(raw: &str, max_chars: usize, multiline: bool) -> Result<String, ErrorCode> {
    let text = raw.trim();
    if text.chars().count() > max_chars {
        return Err(ErrorCode::TooLong);
    }
    let allowed = |c: char| multiline && (c == '\n' || c == '\t');
    if text.chars().any(|c| c.is_control() && !allowed(c)) {
        return Err(ErrorCode::InvalidText);
    }
    Ok(text.to_owned())
}

/// A Latin-script transliteration of a name, as documents from Norway will spell it.
pub fn latin_name(raw: &str) -> Result<String, ErrorCode> {
    let text = free_text(raw, MAX_NAME_CHARS, false)?;
    let latin = |c: char| {
        c.is_ascii_alphabetic()
            || (('\u{00C0}'..='\u{024F}').contains(&c) && c != '×' && c != '÷')
            || " -'.".contains(c)
    };
    if text.chars().all(latin) {
        Ok(text)
    } else {
        Err(ErrorCode::InvalidText)
    }
}

/// A plausible year of birth for a person registering now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct BirthYear(u16);

impl BirthYear {
    /// `current_year` comes from the caller's clock, so that this stays a pure function.
    pub fn parse(year: u16, current_year: u16) -> Result<Self, ErrorCode> {
        if year < EARLIEST_BIRTH_YEAR {
            return Err(ErrorCode::YearTooEarly);
        }
        if year > current_year.saturating_sub(MIN_AGE) {
            return Err(ErrorCode::TooYoung);
        }
        Ok(Self(year))
    }

    pub fn get(self) -> u16 {
        self.0
    }
}

/// A year in a person's history: not before they were born, not after this year.
pub fn history_year(year: u16, born: Option<u16>, current_year: u16) -> Result<u16, ErrorCode> {
    let earliest = born.unwrap_or(EARLIEST_BIRTH_YEAR);
    if year < earliest || year > current_year {
        return Err(ErrorCode::YearOutOfRange);
    }
    Ok(year)
}

/// An ISO 639 language code (639-1 two letters, or 639-3 three letters), lowercase.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct LanguageCode(String);

impl LanguageCode {
    pub fn parse(raw: &str) -> Result<Self, ErrorCode> {
        let ok = (2..=3).contains(&raw.len()) && raw.bytes().all(|b| b.is_ascii_lowercase());
        if ok {
            Ok(Self(raw.to_owned()))
        } else {
            Err(ErrorCode::InvalidLanguage)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An ISO 3166-1 alpha-2 country code from the taxonomy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct CountryCode(&'static str);

impl CountryCode {
    pub fn parse(raw: &str) -> Result<Self, ErrorCode> {
        taxonomy::countries()
            .into_iter()
            .find(|c| *c == raw)
            .map(Self)
            .ok_or(ErrorCode::UnknownCode)
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }
}

/// A case number of the Norwegian Directorate of Immigration (the DUF number): 12 digits, the
/// first four a registration year. Typed with or without spaces; kept without.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct CaseNumber(String);

impl CaseNumber {
    pub fn parse(raw: &str) -> Result<Self, ErrorCode> {
        let digits: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
        let year_ok = digits
            .get(..4)
            .and_then(|y| y.parse::<u16>().ok())
            .is_some_and(|y| (1980..=2100).contains(&y));
        if digits.len() == 12 && digits.bytes().all(|b| b.is_ascii_digit()) && year_ok {
            Ok(Self(digits))
        } else {
            Err(ErrorCode::InvalidCaseNumber)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A phone number: an optional `+`, then 8 to 15 digits, spaces and dashes allowed between.
/// Kept as digits (and the `+`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Phone(String);

impl Phone {
    pub fn parse(raw: &str) -> Result<Self, ErrorCode> {
        let text = raw.trim();
        let (plus, rest) = match text.strip_prefix('+') {
            Some(rest) => ("+", rest),
            None => ("", text),
        };
        if !rest
            .chars()
            .all(|c| c.is_ascii_digit() || c == ' ' || c == '-')
        {
            return Err(ErrorCode::InvalidPhone);
        }
        let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
        if !(8..=15).contains(&digits.len()) {
            return Err(ErrorCode::InvalidPhone);
        }
        Ok(Self(format!("{plus}{digits}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The four skills a person rates in a language (CEFR's self-assessment grid).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CefrSkill {
    Understanding,
    Speaking,
    Reading,
    Writing,
}

impl CefrSkill {
    pub const ALL: [CefrSkill; 4] = [
        CefrSkill::Understanding,
        CefrSkill::Speaking,
        CefrSkill::Reading,
        CefrSkill::Writing,
    ];

    /// The name used in field paths and label ids (`cefr-skill-<code>`).
    pub fn code(self) -> &'static str {
        match self {
            CefrSkill::Understanding => "understanding",
            CefrSkill::Speaking => "speaking",
            CefrSkill::Reading => "reading",
            CefrSkill::Writing => "writing",
        }
    }
}

/// A self-assessed CEFR level, ordered: `None < A1 < ... < C2`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CefrLevel {
    None,
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
}

impl CefrLevel {
    pub const ALL: [CefrLevel; 7] = [
        CefrLevel::None,
        CefrLevel::A1,
        CefrLevel::A2,
        CefrLevel::B1,
        CefrLevel::B2,
        CefrLevel::C1,
        CefrLevel::C2,
    ];

    /// The code used on the wire and in label ids (`cefr-<skill>-<code>`).
    pub fn code(self) -> &'static str {
        match self {
            CefrLevel::None => "none",
            CefrLevel::A1 => "a1",
            CefrLevel::A2 => "a2",
            CefrLevel::B1 => "b1",
            CefrLevel::B2 => "b2",
            CefrLevel::C1 => "c1",
            CefrLevel::C2 => "c2",
        }
    }
}

impl FromStr for CefrLevel {
    type Err = ErrorCode;

    fn from_str(s: &str) -> Result<Self, ErrorCode> {
        CefrLevel::ALL
            .into_iter()
            .find(|l| l.code() == s)
            .ok_or(ErrorCode::UnknownCode)
    }
}

/// An occupation: one of the curated list, or (when none fits) an ISCO-08 sub-major group.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum OccupationRef {
    Curated { id: String },
    Group { isco: String },
}

impl OccupationRef {
    /// The ISCO-08 code it stands for: a 4-digit unit group for a curated occupation, the
    /// 2-digit sub-major group otherwise. `None` when the code is not in the taxonomy.
    pub fn isco(&self) -> Option<&'static str> {
        match self {
            OccupationRef::Curated { id } => taxonomy::occupation(id).map(|o| o.isco08),
            OccupationRef::Group { isco } => taxonomy::isco_sub_major_groups()
                .into_iter()
                .find(|g| g == isco),
        }
    }

    /// The Fluent id of its label.
    pub fn label_id(&self) -> String {
        match self {
            OccupationRef::Curated { id } => format!("occupation-{id}"),
            OccupationRef::Group { isco } => format!("isco-{isco}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const YEAR: u16 = 2026;

    #[test]
    fn names_any_script_but_no_control_characters() {
        assert_eq!(PersonName::parse("  ሰላም ").unwrap().as_str(), "ሰላም");
        assert_eq!(PersonName::parse(" "), Err(ErrorCode::Required));
        assert_eq!(PersonName::parse("a\u{7}b"), Err(ErrorCode::InvalidText));
        assert_eq!(
            PersonName::parse(&"ا".repeat(MAX_NAME_CHARS + 1)),
            Err(ErrorCode::TooLong)
        );
        assert!(PersonName::parse(&"ا".repeat(MAX_NAME_CHARS)).is_ok());
    }

    #[test]
    fn latin_transliteration_is_latin() {
        assert_eq!(
            latin_name(" Tesfay O'Neil-Åsen ").unwrap(),
            "Tesfay O'Neil-Åsen"
        );
        assert_eq!(latin_name("ተስፋይ"), Err(ErrorCode::InvalidText));
        assert_eq!(latin_name("Ali×"), Err(ErrorCode::InvalidText));
    }

    #[test]
    fn long_text_keeps_line_breaks_only_where_allowed() {
        assert_eq!(free_text(" a\nb ", 10, true).unwrap(), "a\nb");
        assert_eq!(free_text("a\nb", 10, false), Err(ErrorCode::InvalidText));
        assert_eq!(free_text("abc", 2, true), Err(ErrorCode::TooLong));
    }

    #[test]
    fn birth_year_bounds() {
        assert_eq!(BirthYear::parse(1899, YEAR), Err(ErrorCode::YearTooEarly));
        assert_eq!(BirthYear::parse(2012, YEAR), Err(ErrorCode::TooYoung));
        assert_eq!(BirthYear::parse(2011, YEAR).map(BirthYear::get), Ok(2011));
        assert_eq!(BirthYear::parse(1900, YEAR).map(BirthYear::get), Ok(1900));
    }

    #[test]
    fn history_years_lie_between_birth_and_now() {
        assert_eq!(history_year(2010, Some(1990), YEAR), Ok(2010));
        assert_eq!(
            history_year(1989, Some(1990), YEAR),
            Err(ErrorCode::YearOutOfRange)
        );
        assert_eq!(
            history_year(2027, Some(1990), YEAR),
            Err(ErrorCode::YearOutOfRange)
        );
    }

    #[test]
    fn language_and_country_codes() {
        assert!(LanguageCode::parse("prs").is_ok());
        for bad in ["", "a", "abcd", "AR", "a1", "ar-SY"] {
            assert_eq!(
                LanguageCode::parse(bad),
                Err(ErrorCode::InvalidLanguage),
                "{bad}"
            );
        }
        assert_eq!(CountryCode::parse("ER").map(CountryCode::as_str), Ok("ER"));
        assert_eq!(CountryCode::parse("er"), Err(ErrorCode::UnknownCode));
        assert_eq!(CountryCode::parse("EU"), Err(ErrorCode::UnknownCode));
    }

    #[test]
    fn case_numbers_are_twelve_digits_from_a_year() {
        assert_eq!(
            CaseNumber::parse("2019 123456 01").unwrap().as_str(),
            "201912345601"
        );
        for bad in [
            "",
            "2019123456",
            "20191234560101",
            "1234 123456 01",
            "2019-123456-01",
        ] {
            assert_eq!(
                CaseNumber::parse(bad),
                Err(ErrorCode::InvalidCaseNumber),
                "{bad}"
            );
        }
    }

    #[test]
    fn phones() {
        assert_eq!(
            Phone::parse("+47 912 34 567").unwrap().as_str(),
            "+4791234567"
        );
        assert_eq!(
            Phone::parse("0046-70-123 45 67").unwrap().as_str(),
            "0046701234567"
        );
        for bad in [
            "",
            "1234567",
            "+47 abc 34 567",
            "++4791234567",
            "1234567890123456",
        ] {
            assert_eq!(Phone::parse(bad), Err(ErrorCode::InvalidPhone), "{bad}");
        }
    }

    #[test]
    fn cefr_levels_are_ordered_and_match_the_taxonomy() {
        assert!(CefrLevel::None < CefrLevel::A1 && CefrLevel::B2 < CefrLevel::C1);
        let codes: Vec<_> = CefrLevel::ALL.iter().map(|l| l.code()).collect();
        assert_eq!(codes, taxonomy::cefr_levels());
        let skills: Vec<_> = CefrSkill::ALL.iter().map(|s| s.code()).collect();
        assert_eq!(skills, taxonomy::cefr_skills());
        assert_eq!("b1".parse(), Ok(CefrLevel::B1));
        assert_eq!("B1".parse::<CefrLevel>(), Err(ErrorCode::UnknownCode));
    }

    #[test]
    fn occupations_resolve_to_isco_codes() {
        let electrician = OccupationRef::Curated {
            id: "electrician".into(),
        };
        assert_eq!(electrician.isco(), Some("7411"));
        assert_eq!(electrician.label_id(), "occupation-electrician");
        let group = OccupationRef::Group { isco: "72".into() };
        assert_eq!(group.isco(), Some("72"));
        assert_eq!(OccupationRef::Group { isco: "99".into() }.isco(), None);
        assert_eq!(
            serde_json::to_string(&group).unwrap(),
            r#"{"kind":"group","isco":"72"}"#
        );
    }
}
