//! Who may see which persons (their *reach*), and the filters officers search and count by.
//! A reach becomes SQL over `persons` (alias `p`) and its settlement (`s`); filters are
//! applied by the in-memory [`index`].

pub mod index;
pub mod revision;

use crate::error::{Error, Result};
pub use crate::reach::Reach;
use evne_model::profile::CefrLevel;
use serde::Deserialize;

/// The query string of `GET /persons` and `GET /stats`: every filter optional, all combined,
/// plus paging and sorting (lists) or grouping (statistics). One flat struct: query strings
/// cannot be flattened through serde.
///
/// The `param` attributes are what the OpenAPI document says of each parameter: the rules of
/// [`Filters::validate`] and of the handlers (paging, sorting, grouping), so that any value the
/// document allows is accepted and any other refused.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct Filters {
    /// Lists: `newest` (default), `oldest`, `age` (youngest first), `age_desc` (oldest
    /// first), `experience` (most years in an occupation first).
    #[param(pattern = "^(newest|oldest|age|age_desc|experience)$")]
    pub sort: Option<String>,
    /// Lists: the page, from 1 (default).
    #[param(minimum = 1, maximum = 100000)]
    pub page: Option<i64>,
    /// Lists: persons on a page, 20 by default.
    #[param(minimum = 1, maximum = 100)]
    pub page_size: Option<i64>,
    /// Statistics: `isco`, `isced`, `lang`, `age`, `centre`, `country`.
    #[param(pattern = "^(isco|isced|lang|age|centre|country)$")]
    pub group: Option<String>,
    /// ISCO-08 code or prefix (`7`, `72`, `7212`), of a job held.
    #[param(pattern = "^[0-9]{0,4}$")]
    pub isco: Option<String>,
    /// With at least this many years in it.
    #[param(minimum = 0, maximum = 150)]
    pub min_years: Option<i64>,
    /// Education at least at this ISCED level.
    #[param(minimum = 0, maximum = 150)]
    pub isced_min: Option<i64>,
    /// ISCED-F broad field.
    #[param(pattern = "^[A-Za-z0-9-]{1,64}$")]
    pub field: Option<String>,
    /// Speaks this language (ISO 639) ...
    #[param(pattern = "^[A-Za-z0-9-]{1,64}$")]
    pub lang: Option<String>,
    /// ... at least at this CEFR level (`a1` ... `c2`).
    #[param(pattern = "^(none|a1|a2|b1|b2|c1|c2)$")]
    pub lang_min: Option<String>,
    /// `literacy-*` code, at least.
    #[param(pattern = "^[A-Za-z0-9-]{1,64}$")]
    pub literacy: Option<String>,
    #[param(pattern = "^[A-Za-z0-9-]{1,64}$")]
    pub licence: Option<String>,
    /// Not for municipalities (403): it would tell where a shielded person lives.
    #[param(pattern = "^[A-Za-z0-9-]{1,64}$")]
    pub centre: Option<String>,
    /// Country of origin (ISO 3166).
    #[param(pattern = "^[A-Za-z0-9-]{1,64}$")]
    pub country: Option<String>,
    #[param(minimum = 0, maximum = 150)]
    pub age_min: Option<i64>,
    #[param(minimum = 0, maximum = 150)]
    pub age_max: Option<i64>,
    /// Part of the name (given or family), any case; no control characters.
    #[param(max_length = 80, pattern = "^[^\\u0000-\\u001f\\u007f-\\u009f]*$")]
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
