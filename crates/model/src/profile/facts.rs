//! What search and statistics look at in a profile: a flat list of coded facts.

use super::fields::CefrLevel;
use super::validate::Profile;
use crate::taxonomy;

/// One searchable fact. `level` is years (occupations), the best CEFR level as 0-6
/// (languages), or the ISCED level (education); 0 where it has no meaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub kind: &'static str,
    pub code: String,
    pub level: i64,
}

fn fact(kind: &'static str, code: impl Into<String>, level: i64) -> Fact {
    Fact {
        kind,
        code: code.into(),
        level,
    }
}

impl Profile {
    /// The profile's facts: `isco` (code, years), `isced` (level), `field`, `lang` (code,
    /// best level), `licence`, `country` (origin), `literacy`, `wish` (ISCO code).
    pub fn facts(&self) -> Vec<Fact> {
        let r = self.record();
        let mut out = vec![];
        for w in &r.work {
            if let Some(isco) = w.occupation.as_ref().and_then(|o| o.isco()) {
                out.push(fact("isco", isco, i64::from(w.years.unwrap_or(0))));
            }
        }
        for e in &r.education {
            if let Some(level) = &e.level {
                out.push(fact("isced", level.clone(), level.parse().unwrap_or(0)));
            }
            if let Some(field) = &e.field {
                out.push(fact("field", field.clone(), 0));
            }
        }
        for l in &r.languages.entries {
            let best = self.best_level(&l.code).unwrap_or(CefrLevel::None);
            let level = CefrLevel::ALL.iter().position(|x| *x == best).unwrap_or(0);
            out.push(fact("lang", l.code.clone(), level as i64));
        }
        for code in &r.skills.licences {
            out.push(fact("licence", code.clone(), 0));
        }
        if let Some(c) = &r.person.origin {
            out.push(fact("country", c.clone(), 0));
        }
        if let Some(l) = &r.languages.literacy {
            let level = taxonomy::choices("literacy")
                .iter()
                .position(|x| x == l)
                .unwrap_or(0);
            out.push(fact("literacy", l.clone(), level as i64));
        }
        for o in &r.wishes.occupations {
            if let Some(isco) = o.isco() {
                out.push(fact("wish", isco, 0));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::synthetic;

    #[test]
    fn every_profile_has_its_languages_and_origin_as_facts() {
        for p in synthetic::profiles(5, 50, 2026) {
            let facts = p.facts();
            let langs = facts.iter().filter(|f| f.kind == "lang").count();
            assert_eq!(langs, p.language_codes().count());
            assert!(facts.iter().any(|f| f.kind == "country"));
            let mother = &p.record().languages.entries[0];
            let f = facts
                .iter()
                .find(|f| f.kind == "lang" && f.code == mother.code);
            assert_eq!(f.map(|f| f.level), Some(6), "mother tongue at C2");
            for f in facts.iter().filter(|f| f.kind == "isco") {
                assert!(f.code.len() == 4 || f.code.len() == 2);
            }
        }
    }
}
