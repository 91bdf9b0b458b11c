//! The field types that carry a rule: each is made only by its `parse`, so a value of the type
//! is known to be valid (parse, don't validate).

use super::error::ErrorCode;
use crate::taxonomy;
use serde::{Deserialize, Serialize};

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
mod tests;
