//! Who may see which persons (their *reach*), and the filters officers search and count by.
//! A reach becomes SQL over `persons` (alias `p`) and its settlement (`s`); filters are
//! applied by the in-memory [`index`].

pub mod index;

pub use crate::access::Reach;
use crate::error::{Error, Result};
use evne_model::profile::CefrLevel;
use serde::Deserialize;

/// The query string of `GET /persons` and `GET /stats`: every filter optional, all combined,
/// plus paging and sorting (lists) or grouping (statistics). One flat struct: query strings
/// cannot be flattened through serde.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct Filters {
    /// Lists: `newest` (default), `oldest`, `age` (youngest first), `age_desc` (oldest
    /// first), `experience` (most years in an occupation first).
    pub sort: Option<String>,
    pub page: Option<i64>,
    pub page_size: Option<i64>,
    /// Statistics: `isco`, `isced`, `lang`, `age`, `centre`, `country`.
    pub group: Option<String>,
    /// ISCO-08 code or prefix (`7`, `72`, `7212`), of a job held.
    pub isco: Option<String>,
    /// With at least this many years in it.
    pub min_years: Option<i64>,
    /// Education at least at this ISCED level.
    pub isced_min: Option<i64>,
    /// ISCED-F broad field.
    pub field: Option<String>,
    /// Speaks this language (ISO 639) ...
    pub lang: Option<String>,
    /// ... at least at this CEFR level (`a1` ... `c2`).
    pub lang_min: Option<String>,
    /// `literacy-*` code, at least.
    pub literacy: Option<String>,
    pub licence: Option<String>,
    pub centre: Option<String>,
    /// Country of origin (ISO 3166).
    pub country: Option<String>,
    pub age_min: Option<i64>,
    pub age_max: Option<i64>,
    /// Part of the name (given or family), any case.
    pub name: Option<String>,
}

/// Longest name part searched for, in characters.
pub const MAX_NAME_SEARCH_CHARS: usize = 80;

/// How a name is kept for search: given and family name, lower case, one space between.
pub fn name_key(given: &str, family: &str) -> String {
    format!("{} {}", given.trim(), family.trim())
        .trim()
        .to_lowercase()
}

/// A code or id as callers send them: ASCII letters, digits and `-`, at most `max` bytes.
pub fn is_code(code: &str, max: usize) -> bool {
    !code.is_empty()
        && code.len() <= max
        && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

impl Filters {
    /// Refuses malformed values (422) rather than searching for nonsense.
    pub fn validate(&self) -> Result<()> {
        let ok = self
            .isco
            .as_deref()
            .is_none_or(|c| c.len() <= 4 && c.bytes().all(|b| b.is_ascii_digit()))
            && [
                &self.field,
                &self.lang,
                &self.licence,
                &self.centre,
                &self.country,
                &self.literacy,
            ]
            .iter()
            .all(|v| v.as_deref().is_none_or(|c| is_code(c, 64)))
            && self
                .lang_min
                .as_deref()
                .is_none_or(|l| l.parse::<CefrLevel>().is_ok())
            && [self.min_years, self.isced_min, self.age_min, self.age_max]
                .iter()
                .all(|v| v.is_none_or(|n| (0..=150).contains(&n)))
            && self.name.as_deref().is_none_or(|n| {
                n.chars().count() <= MAX_NAME_SEARCH_CHARS && !n.chars().any(char::is_control)
            });
        if ok {
            Ok(())
        } else {
            Err(Error::InvalidInput)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_kept_in_lower_case() {
        assert_eq!(name_key(" Sara ", " Ahmed "), "sara ahmed");
    }
}
