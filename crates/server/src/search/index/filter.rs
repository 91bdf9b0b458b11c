//! A search's filters, resolved once against the index's codes into the facts a person must
//! have, then tested against each person.

use super::{Codes, Entry};
use crate::search::Filters;
use evne_model::profile::facts::FactKind;
use evne_model::profile::CefrLevel;

/// A fact a person must have: of `kind`, a code in `codes` (by id; any when `None`), at
/// least `level`.
struct Need {
    kind: FactKind,
    codes: Option<Vec<bool>>,
    level: i64,
}

/// The filters, resolved once against the index's codes.
pub(super) struct Test {
    needs: Vec<Need>,
    centre: Option<String>,
    /// Part of the name, lower case.
    name: Option<String>,
    born_by: Option<i64>,
    born_from: Option<i64>,
}

impl Test {
    pub(super) fn new(codes: &Codes, f: &Filters, year: i64) -> Test {
        let mut needs = vec![];
        let mut need = |kind, keep: Option<&dyn Fn(&str) -> bool>, level| {
            needs.push(Need {
                kind,
                codes: keep.map(|keep| codes.matching(keep)),
                level,
            });
        };
        if let Some(isco) = &f.isco {
            need(
                FactKind::Isco,
                Some(&|c: &str| c.starts_with(isco.as_str())),
                f.min_years.unwrap_or(0),
            );
        }
        if let Some(level) = f.isced_min {
            need(FactKind::Isced, None, level);
        }
        for (kind, code) in [
            (FactKind::Field, &f.field),
            (FactKind::Licence, &f.licence),
            (FactKind::Country, &f.country),
        ] {
            if let Some(code) = code {
                need(kind, Some(&|c: &str| c == code), 0);
            }
        }
        if let Some(lang) = &f.lang {
            let min = f
                .lang_min
                .as_deref()
                .and_then(|l| l.parse::<CefrLevel>().ok())
                .unwrap_or(CefrLevel::A1);
            need(
                FactKind::Lang,
                Some(&|c: &str| c == lang),
                min.rank().into(),
            );
        }
        if let Some(literacy) = &f.literacy {
            let min = evne_model::taxonomy::choices("literacy")
                .iter()
                .position(|c| c == literacy)
                .unwrap_or(0);
            need(FactKind::Literacy, None, min as i64);
        }
        Test {
            needs,
            centre: f.centre.clone(),
            // Names are kept lower case (`name_key`).
            name: f
                .name
                .as_deref()
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(str::to_lowercase),
            born_by: f.age_min.map(|age| year - age),
            born_from: f.age_max.map(|age| year - age),
        }
    }

    pub(super) fn passes(&self, e: &Entry) -> bool {
        self.centre
            .as_ref()
            .is_none_or(|c| e.centre.as_ref() == Some(c))
            && self
                .name
                .as_ref()
                .is_none_or(|n| !e.name.is_empty() && e.name.contains(n.as_str()))
            && self.born_by.is_none_or(|y| e.birth_year <= y)
            && self.born_from.is_none_or(|y| e.birth_year >= y)
            && self.needs.iter().all(|n| {
                e.facts.iter().any(|f| {
                    f.kind == n.kind
                        && f.level >= n.level
                        && n.codes
                            .as_ref()
                            .is_none_or(|ok| ok.get(f.code as usize).copied().unwrap_or(false))
                })
            })
    }
}
