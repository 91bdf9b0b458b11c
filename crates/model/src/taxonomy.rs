//! The coded classifications a profile refers to: occupations (curated, each mapped to an
//! ISCO-08 unit group), ISCO-08 sub-major groups, ISCED 2011 levels and ISCED-F broad fields,
//! CEFR skills and levels, driving licence classes, digital skill levels, languages (ISO 639)
//! and countries (ISO 3166-1, from CLDR).
//!
//! The codes are data in `crates/model/data/*.tsv` (compiled in, so app and server agree), the
//! labels are Fluent messages in `locales/<lang>/taxonomy.ftl` and `names.ftl`, checked by
//! `cargo xtask i18n`. A code's label id is given by the `*_label` functions below.

const OCCUPATIONS: &str = include_str!("../data/occupations.tsv");
const ISCO_SUB_MAJOR: &str = include_str!("../data/isco08_sub_major.tsv");
const ISCED: &str = include_str!("../data/isced.tsv");
const CEFR: &str = include_str!("../data/cefr.tsv");
const LICENCES: &str = include_str!("../data/driving_licences.tsv");
const DIGITAL: &str = include_str!("../data/digital_skills.tsv");
const LANGUAGES: &str = include_str!("../data/languages.tsv");
const ENDONYMS: &str = include_str!("../data/endonyms.tsv");
const COUNTRIES: &str = include_str!("../data/countries.tsv");
const CHOICES: &str = include_str!("../data/choices.tsv");

use std::sync::OnceLock;

/// `make()`, computed once per process: the tables are parsed on first use, not on every
/// validation (the server validates every field of every submission against them).
fn memo<T: Clone>(cell: &'static OnceLock<T>, make: impl FnOnce() -> T) -> T {
    cell.get_or_init(make).clone()
}

/// The data rows of a TSV file: without `#` comments, blank lines and the header line.
fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split('\t').collect())
}

fn first_column(text: &'static str) -> Vec<&'static str> {
    rows(text).map(|r| r[0]).collect()
}

fn of_kind(text: &'static str, kind: &str) -> Vec<&'static str> {
    type Rows = Vec<Vec<&'static str>>;
    static CELL: OnceLock<Vec<(usize, Rows)>> = OnceLock::new();
    // The few kinded files (ISCED, CEFR, choices), parsed once, told apart by address.
    let files = CELL.get_or_init(|| {
        [ISCED, CEFR, CHOICES]
            .into_iter()
            .map(|f| (f.as_ptr() as usize, rows(f).collect()))
            .collect()
    });
    match files.iter().find(|(p, _)| *p == text.as_ptr() as usize) {
        Some((_, rows)) => rows.iter().filter(|r| r[0] == kind).map(|r| r[1]).collect(),
        None => rows(text).filter(|r| r[0] == kind).map(|r| r[1]).collect(),
    }
}

/// One curated occupation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occupation {
    pub id: &'static str,
    /// ISCO-08 unit group, 4 digits.
    pub isco08: &'static str,
    pub pictogram: &'static str,
}

impl Occupation {
    pub fn label_id(&self) -> String {
        format!("occupation-{}", self.id)
    }
}

pub fn occupations() -> Vec<Occupation> {
    static CELL: OnceLock<Vec<Occupation>> = OnceLock::new();
    memo(&CELL, || {
        rows(OCCUPATIONS)
            .map(|r| Occupation {
                id: r[0],
                isco08: r[1],
                pictogram: r[2],
            })
            .collect()
    })
}

pub fn occupation(id: &str) -> Option<Occupation> {
    static CELL: OnceLock<Vec<Occupation>> = OnceLock::new();
    CELL.get_or_init(occupations)
        .iter()
        .find(|o| o.id == id)
        .copied()
}

/// ISCO-08 sub-major groups (2 digits): the fallback picker.
pub fn isco_sub_major_groups() -> Vec<&'static str> {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    memo(&CELL, || first_column(ISCO_SUB_MAJOR))
}

/// ISCED 2011 levels, `"0"` to `"8"`.
pub fn isced_levels() -> Vec<&'static str> {
    of_kind(ISCED, "level")
}

/// ISCED-F 2013 broad fields, `"00"` to `"10"`.
pub fn isced_fields() -> Vec<&'static str> {
    of_kind(ISCED, "field")
}

/// The four CEFR skills a person rates.
pub fn cefr_skills() -> Vec<&'static str> {
    of_kind(CEFR, "skill")
}

/// `"none"`, then A1 to C2.
pub fn cefr_levels() -> Vec<&'static str> {
    of_kind(CEFR, "level")
}

/// The codes of one of the profile's small closed lists (`gender`, `script`, `literacy`,
/// `employment`, `region`, `availability`, `consent`, `assisted`); labels `<kind>-<code>`.
pub fn choices(kind: &str) -> Vec<&'static str> {
    of_kind(CHOICES, kind)
}

pub fn driving_licences() -> Vec<&'static str> {
    first_column(LICENCES)
}

pub fn digital_skills() -> Vec<&'static str> {
    first_column(DIGITAL)
}

/// ISO 639 codes of the languages a profile asks about, most relevant first.
pub fn languages() -> Vec<&'static str> {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    memo(&CELL, || first_column(LANGUAGES))
}

/// Language `code`'s name in itself, where CLDR has it (`om` → "Oromoo").
pub fn endonym(code: &str) -> Option<&'static str> {
    rows(ENDONYMS)
        .find(|r| r[0] == code)
        .and_then(|r| r.get(1).copied())
}

/// ISO 3166-1 alpha-2 codes.
pub fn countries() -> Vec<&'static str> {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    memo(&CELL, || first_column(COUNTRIES))
}

/// The Fluent id of every taxonomy label (`occupation-*`, `isco-*`, `isced-*`, `cefr-*`,
/// `licence-*`, `digital-*`, `lang-*`, `country-*` and the small lists' `<kind>-<code>`).
pub fn label_ids() -> Vec<String> {
    let mut ids: Vec<String> = occupations().iter().map(Occupation::label_id).collect();
    let prefixed = |prefix: &str, codes: Vec<&str>| -> Vec<String> {
        codes.iter().map(|c| format!("{prefix}-{c}")).collect()
    };
    ids.extend(prefixed("isco", isco_sub_major_groups()));
    ids.extend(prefixed("isced-level", isced_levels()));
    ids.extend(prefixed("isced-field", isced_fields()));
    for skill in cefr_skills() {
        ids.push(format!("cefr-skill-{skill}"));
        ids.extend(prefixed(&format!("cefr-{skill}"), cefr_levels()));
    }
    ids.extend(prefixed("licence", driving_licences()));
    ids.extend(prefixed("digital", digital_skills()));
    ids.extend(prefixed("lang", languages()));
    ids.extend(prefixed("country", countries()));
    ids.extend(rows(CHOICES).map(|r| format!("{}-{}", r[0], r[1])));
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn unique(codes: &[&str]) -> bool {
        codes.iter().collect::<HashSet<_>>().len() == codes.len()
    }

    #[test]
    fn occupations_are_many_unique_and_map_into_isco_groups() {
        let occ = occupations();
        assert!(occ.len() >= 150, "{}", occ.len());
        assert!(unique(&occ.iter().map(|o| o.id).collect::<Vec<_>>()));
        let groups = isco_sub_major_groups();
        assert_eq!(groups.len(), 43);
        for o in &occ {
            assert_eq!(o.isco08.len(), 4, "{}", o.id);
            assert!(o.isco08.bytes().all(|b| b.is_ascii_digit()), "{}", o.id);
            assert!(groups.contains(&&o.isco08[..2]), "{} → {}", o.id, o.isco08);
            assert!(!o.pictogram.is_empty(), "{}", o.id);
        }
        assert_eq!(occupation("electrician").map(|o| o.isco08), Some("7411"));
    }

    #[test]
    fn most_languages_have_their_own_name() {
        assert_eq!(endonym("om"), Some("Oromoo"));
        assert_eq!(endonym("ti"), Some("ትግርኛ"));
        assert_eq!(endonym("arc"), None, "CLDR has no Aramaic locale");
        let named = languages().iter().filter(|c| endonym(c).is_some()).count();
        assert!(
            named * 10 >= languages().len() * 9,
            "{named} of {}",
            languages().len()
        );
    }

    #[test]
    fn the_other_lists_are_complete_and_unique() {
        assert_eq!(
            isced_levels(),
            ["0", "1", "2", "3", "4", "5", "6", "7", "8"]
        );
        assert_eq!(isced_fields().len(), 11);
        assert_eq!(
            cefr_skills(),
            ["understanding", "speaking", "reading", "writing"]
        );
        assert_eq!(cefr_levels(), ["none", "a1", "a2", "b1", "b2", "c1", "c2"]);
        assert!(driving_licences().contains(&"ce"));
        assert_eq!(choices("gender"), ["female", "male", "other", "unstated"]);
        assert_eq!(choices("region").len(), 16);
        assert!(choices("consent").contains(&"registration"));
        assert!(choices("nothing").is_empty());
        assert_eq!(digital_skills().first(), Some(&"none"));
        let langs = languages();
        assert!(langs.len() >= 60 && unique(&langs));
        for needed in ["ar", "ti", "prs", "kmr", "ckb", "uk", "nb", "en"] {
            assert!(langs.contains(&needed), "{needed}");
        }
        let countries = countries();
        assert!(countries.len() > 240 && unique(&countries));
        for needed in ["NO", "SY", "ER", "AF", "UA", "SO", "SD"] {
            assert!(countries.contains(&needed), "{needed}");
        }
    }

    #[test]
    fn every_quick_choice_language_is_in_the_language_list() {
        let langs = languages();
        for code in crate::profile::SPOKEN_LANGUAGE_CHOICES {
            assert!(langs.contains(code), "{code}");
        }
    }
}
