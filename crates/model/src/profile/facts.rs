//! What search and statistics look at in a profile: a flat list of coded facts.

use super::cefr::CefrLevel;
use super::validate::Profile;
use crate::taxonomy;

/// What a fact says, and what its `level` means. Stored as [`FactKind::as_str`] in
/// `person_facts.kind`; the server's search index reads them back with [`FactKind::parse`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FactKind {
    /// An occupation worked in (ISCO-08 code); level: years in it.
    Isco,
    /// An education (ISCED level code); level: that ISCED level as a number.
    Isced,
    /// A field of education (ISCED-F broad field); level: 0.
    Field,
    /// A language (ISO 639 code); level: the best CEFR level, 0 (none) to 6 (C2).
    Lang,
    /// A driving licence class; level: 0.
    Licence,
    /// The country of origin; level: 0.
    Country,
    /// How well the person reads and writes; level: its place on the literacy scale.
    Literacy,
    /// An occupation wished for (ISCO-08 code); level: 0.
    Wish,
    /// The person's name as a search key (made by the server); level: 0.
    Name,
}

impl FactKind {
    pub const ALL: [FactKind; 9] = [
        FactKind::Isco,
        FactKind::Isced,
        FactKind::Field,
        FactKind::Lang,
        FactKind::Licence,
        FactKind::Country,
        FactKind::Literacy,
        FactKind::Wish,
        FactKind::Name,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FactKind::Isco => "isco",
            FactKind::Isced => "isced",
            FactKind::Field => "field",
            FactKind::Lang => "lang",
            FactKind::Licence => "licence",
            FactKind::Country => "country",
            FactKind::Literacy => "literacy",
            FactKind::Wish => "wish",
            FactKind::Name => "name",
        }
    }

    pub fn parse(s: &str) -> Option<FactKind> {
        FactKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// One searchable fact: a coded answer and its level (see [`FactKind`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub kind: FactKind,
    pub code: String,
    pub level: i64,
}

fn fact(kind: FactKind, code: impl Into<String>, level: i64) -> Fact {
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
                out.push(fact(FactKind::Isco, isco, i64::from(w.years.unwrap_or(0))));
            }
        }
        for e in &r.education {
            if let Some(level) = &e.level {
                out.push(fact(
                    FactKind::Isced,
                    level.clone(),
                    level.parse().unwrap_or(0),
                ));
            }
            if let Some(field) = &e.field {
                out.push(fact(FactKind::Field, field.clone(), 0));
            }
        }
        for l in &r.languages.entries {
            let best = self.best_level(&l.code).unwrap_or(CefrLevel::None);
            out.push(fact(FactKind::Lang, l.code.clone(), best.rank().into()));
        }
        for code in &r.skills.licences {
            out.push(fact(FactKind::Licence, code.clone(), 0));
        }
        if let Some(c) = &r.person.origin {
            out.push(fact(FactKind::Country, c.clone(), 0));
        }
        if let Some(l) = &r.languages.literacy {
            let level = taxonomy::choices("literacy")
                .iter()
                .position(|x| x == l)
                .unwrap_or(0);
            out.push(fact(FactKind::Literacy, l.clone(), level as i64));
        }
        for o in &r.wishes.occupations {
            if let Some(isco) = o.isco() {
                out.push(fact(FactKind::Wish, isco, 0));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::FactKind;
    use crate::synthetic;

    #[test]
    fn every_kind_reads_back_as_itself() {
        for k in FactKind::ALL {
            assert_eq!(FactKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(FactKind::parse("shoe"), None);
    }

    #[test]
    fn every_profile_has_its_languages_and_origin_as_facts() {
        for p in synthetic::profiles(5, 50, 2026) {
            let facts = p.facts();
            let langs = facts.iter().filter(|f| f.kind == FactKind::Lang).count();
            assert_eq!(langs, p.language_codes().count());
            assert!(facts.iter().any(|f| f.kind == FactKind::Country));
            let mother = &p.record().languages.entries[0];
            let f = facts
                .iter()
                .find(|f| f.kind == FactKind::Lang && f.code == mother.code);
            assert_eq!(f.map(|f| f.level), Some(6), "mother tongue at C2");
            for f in facts.iter().filter(|f| f.kind == FactKind::Isco) {
                assert!(f.code.len() == 4 || f.code.len() == 2);
            }
        }
    }
}
