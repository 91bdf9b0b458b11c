//! Synthetic profiles for demos, tests and benchmarks. Deterministic from a seed; names are
//! made of invented syllables and free text of stock phrases, so no real person is described.
//! Every section is filled with realistic variety: backgrounds (country, languages, script),
//! schooling from none to university, several jobs, licences, wishes, consent.

use crate::profile::{
    CefrLevel, Consent, Draft, Education, LanguageEntry, OccupationRef, Profile, ProfileRecord,
    Text, Work,
};
use crate::taxonomy;

/// SplitMix64: tiny, deterministic, good enough to spread test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Syllables, aligned across scripts: the Latin row is the transliteration of the others.
const LATIN: [&str; 8] = ["sa", "li", "mo", "na", "ra", "di", "ko", "za"];
const ARABIC: [&str; 8] = ["سا", "لي", "مو", "نا", "را", "دي", "كو", "زا"];
const ETHIOPIC: [&str; 8] = ["ሳ", "ሊ", "ሞ", "ና", "ራ", "ዲ", "ኮ", "ዛ"];
const CYRILLIC: [&str; 8] = ["са", "ли", "мо", "на", "ра", "ди", "ко", "за"];

/// Where a person comes from: country, mother tongue, script, the UI locale they pick.
struct Background {
    country: &'static str,
    mother_tongue: &'static str,
    script: &'static str,
    locale: &'static str,
    syllables: &'static [&'static str; 8],
}

const BACKGROUNDS: [Background; 9] = [
    bg("SY", "ar", "arab", "ar", &ARABIC),
    bg("ER", "ti", "ethi", "ti", &ETHIOPIC),
    bg("UA", "uk", "cyrl", "uk", &CYRILLIC),
    bg("AF", "prs", "arab", "prs", &ARABIC),
    bg("ET", "am", "ethi", "am", &ETHIOPIC),
    bg("SO", "so", "latn", "so", &LATIN),
    bg("IQ", "ckb", "arab", "ckb", &ARABIC),
    bg("TR", "kmr", "latn", "kmr", &LATIN),
    bg("CD", "sw", "latn", "fr", &LATIN),
];

const fn bg(
    country: &'static str,
    mother_tongue: &'static str,
    script: &'static str,
    locale: &'static str,
    syllables: &'static [&'static str; 8],
) -> Background {
    Background {
        country,
        mother_tongue,
        script,
        locale,
        syllables,
    }
}

/// Job titles as a resident might write them, for the counsellors to code.
const TITLES: [&str; 8] = [
    "Phone repair shop",
    "Tea seller at the market",
    "Tile setter",
    "Helper in a bakery",
    "Sewing workshop",
    "Taxi and delivery",
    "Building site worker",
    "Shop assistant in a pharmacy",
];

const TASKS: &[&str] = &[
    "Repaired engines and brakes",
    "Served customers and handled the cash register",
    "Cut and sewed clothes to measure",
    "Cooked for up to 200 guests a day",
    "Built walls and laid tiles",
    "Taught mathematics to children aged 10 to 14",
    "Drove goods between cities",
    "Looked after patients and gave medicine",
];
const TOOLS: &[&str] = &[
    "Welding machine, angle grinder",
    "Sewing machine, overlock",
    "Forklift, pallet jack",
    "Computer, Excel",
    "Tractor, harvester",
];
const CERTIFICATES: &[&str] = &[
    "First aid course",
    "Forklift certificate",
    "Computer course",
    "English course",
    "Food hygiene certificate",
];

fn name(rng: &mut Rng, b: &Background) -> (String, String) {
    let n = 2 + rng.below(2);
    let picks: Vec<usize> = (0..n).map(|_| rng.below(8)).collect();
    let own = picks.iter().map(|&i| b.syllables[i]).collect();
    let latin: String = picks.iter().map(|&i| LATIN[i]).collect();
    (own, capitalise(&latin))
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn level(rng: &mut Rng, at_least: usize) -> Option<CefrLevel> {
    let levels = CefrLevel::ALL;
    let i = at_least + rng.below(levels.len() - at_least);
    Some(levels[i])
}

fn language(rng: &mut Rng, code: &str, mother: bool, at_least: usize) -> LanguageEntry {
    let mut e = LanguageEntry::new(code);
    e.mother_tongue = mother;
    for skill in crate::profile::CefrSkill::ALL {
        let l = if mother {
            Some(CefrLevel::C2)
        } else {
            level(rng, at_least)
        };
        e.set_skill(skill, l);
    }
    e
}

fn occupation(rng: &mut Rng, occupations: &[taxonomy::Occupation]) -> OccupationRef {
    if rng.chance(8) {
        let groups = taxonomy::isco_sub_major_groups();
        OccupationRef::Group {
            isco: rng.pick(&groups).to_owned(),
        }
    } else {
        OccupationRef::Curated {
            id: occupations[rng.below(occupations.len())].id.to_owned(),
        }
    }
}

/// One record, valid by construction for `current_year`.
fn record(rng: &mut Rng, current_year: u16, occupations: &[taxonomy::Occupation]) -> ProfileRecord {
    let b = &BACKGROUNDS[rng.below(BACKGROUNDS.len())];
    let lang = b.locale;
    let mut r = ProfileRecord::default();
    let (given, given_latin) = name(rng, b);
    let (family, family_latin) = name(rng, b);
    let born = current_year - 18 - rng.below(50) as u16;
    let p = &mut r.person;
    p.given_name = Text::new(given, lang);
    p.family_name = Text::new(family, lang);
    if b.script != "latn" && rng.chance(70) {
        p.latin_name = format!("{given_latin} {family_latin}");
    }
    p.year_of_birth = Some(born);
    p.gender = Some(
        rng.pick(&["female", "male", "male", "female", "unstated", "other"])
            .into(),
    );
    p.origin = Some(b.country.into());
    p.citizenship = Some(if rng.chance(90) { b.country } else { "SY" }.into());
    if rng.chance(60) {
        let year = 2015 + rng.below(usize::from(current_year - 2014)) as u64;
        p.case_number = format!("{year}{:06}{:02}", rng.next() % 1_000_000, rng.below(100));
    }
    if rng.chance(50) {
        p.phone = format!("+47 9{:07}", rng.next() % 10_000_000);
    }

    let l = &mut r.languages;
    l.entries.push(language(rng, b.mother_tongue, true, 0));
    if rng.chance(40) {
        let second = rng.pick(&["ar", "fr", "ru", "am", "fa", "tr"]);
        if second != b.mother_tongue {
            l.entries.push(language(rng, second, false, 1));
        }
    }
    l.entries.push(language(rng, "nb", false, 0));
    if b.mother_tongue != "en" {
        l.entries.push(language(rng, "en", false, 0));
    }
    l.scripts.push(b.script.into());
    if b.script != "latn" && rng.chance(60) {
        l.scripts.push("latn".into());
    }
    l.literacy = Some(rng.pick(&["good", "good", "good", "some", "none"]).into());

    let schooling = rng.below(5);
    let mut year = born + 6;
    for (i, level) in ["1", "2", "3", "6"].into_iter().take(schooling).enumerate() {
        let years = if i == 3 { 4 } else { 3 + rng.below(4) as u16 };
        let end = (year + years).min(current_year);
        let last = i + 1 == schooling;
        r.education.push(Education {
            level: Some(level.into()),
            field: (i >= 2).then(|| rng.pick(&taxonomy::isced_fields()).into()),
            country: Some(b.country.into()),
            start_year: rng.chance(70).then_some(year),
            end_year: rng.chance(70).then_some(end),
            years_completed: rng.chance(30).then_some((end - year) as u8),
            completed: Some(!last || rng.chance(70)),
            documents: Some(rng.chance(50)),
            institution: if rng.chance(40) {
                Text::new(format!("{} school", capitalise(rng.pick(&LATIN))), "en")
            } else {
                Text::default()
            },
        });
        year = end;
    }

    let mut start = (born + 16).max(year);
    for _ in 0..rng.below(5) {
        if start >= current_year {
            break;
        }
        let years = 1 + rng.below(8) as u16;
        let end = (start + years).min(current_year);
        let occupation = occupation(rng, occupations);
        r.work.push(Work {
            occupation: Some(occupation),
            // Every fourth job or so also has a title as written (no draw of the generator, so
            // that every other answer stays as it was).
            title: match (start + years) % 4 {
                0 => Text::new(TITLES[usize::from(start) % TITLES.len()], "en"),
                _ => Text::default(),
            },
            country: Some(if rng.chance(80) { b.country } else { "TR" }.into()),
            start_year: Some(start),
            end_year: Some(end),
            years: Some((end - start) as u8),
            employment: Some(rng.pick(&["employed", "self-employed"]).into()),
            tasks: Text::new(rng.pick(TASKS), "en"),
            tools: if rng.chance(50) {
                Text::new(rng.pick(TOOLS), "en")
            } else {
                Text::default()
            },
        });
        start = end;
    }

    let s = &mut r.skills;
    for (licence, percent) in [
        ("b", 40),
        ("be", 10),
        ("c", 10),
        ("ce", 6),
        ("d", 4),
        ("t", 8),
    ] {
        if rng.chance(percent) {
            s.licences.push(licence.into());
        }
    }
    s.digital = Some(rng.pick(&taxonomy::digital_skills()).into());
    for _ in 0..rng.below(3) {
        let c = Text::new(rng.pick(CERTIFICATES), "en");
        if !s.certificates.contains(&c) {
            s.certificates.push(c);
        }
    }

    let w = &mut r.wishes;
    for o in r.work.iter().filter_map(|w| w.occupation.clone()).take(2) {
        if !w.occupations.contains(&o) {
            w.occupations.push(o);
        }
    }
    if w.occupations.is_empty() {
        w.occupations.push(occupation(rng, occupations));
    }
    w.region = Some(rng.pick(&taxonomy::choices("region")).into());
    w.availability = Some(rng.pick(&taxonomy::choices("availability")).into());

    let mut scopes = vec!["registration".to_owned(), "municipality".to_owned()];
    if rng.chance(70) {
        scopes.push("counsellor".into());
    }
    r.consent = Some(Consent {
        scopes,
        given_at_ms: Some(1_700_000_000_000 + rng.next() % 50_000_000_000),
        lang: lang.into(),
        by: rng.pick(&["self", "self", "reception-staff"]).into(),
        withdrawn_at_ms: None,
    });
    r
}

/// `n` valid synthetic profiles.
pub fn profiles(seed: u64, n: usize, current_year: u16) -> Vec<Profile> {
    let mut rng = Rng(seed);
    let occupations = taxonomy::occupations();
    (0..n)
        .filter_map(|_| {
            Profile::parse(record(&mut rng, current_year, &occupations), current_year).ok()
        })
        .collect()
}

/// A draft with every section filled, as the form would hold it just before submitting.
pub fn draft(seed: u64, current_year: u16) -> Draft {
    let mut rng = Rng(seed);
    let profile = record(&mut rng, current_year, &taxonomy::occupations());
    let mut draft = Draft::new(&profile.person.given_name.lang);
    draft.profile = profile;
    draft
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn profiles_are_valid_deterministic_and_varied() {
        let a = profiles(7, 300, 2026);
        assert_eq!(a.len(), 300, "every generated record is valid");
        assert_eq!(a, profiles(7, 300, 2026));
        assert_ne!(a, profiles(8, 300, 2026));
        let set = |f: &dyn Fn(&Profile) -> Vec<String>| -> HashSet<String> {
            a.iter().flat_map(f).collect()
        };
        assert_eq!(set(&|p| vec![p.written_in().to_owned()]).len(), 9);
        assert!(set(&|p| p.isco_codes().map(String::from).collect()).len() > 60);
        let levels = set(&|p| {
            p.record()
                .education
                .iter()
                .filter_map(|e| e.level.clone())
                .collect()
        });
        assert_eq!(levels.len(), 4);
        let sections = |p: &Profile| {
            let r = p.record();
            [
                !r.work.is_empty(),
                !r.education.is_empty(),
                !r.skills.licences.is_empty(),
                !r.person.case_number.is_empty(),
                !r.person.latin_name.is_empty(),
            ]
        };
        for i in 0..5 {
            assert!(a.iter().any(|p| sections(p)[i]), "section {i} always empty");
            assert!(a.iter().any(|p| !sections(p)[i]), "section {i} never empty");
        }
    }

    #[test]
    fn every_record_is_valid() {
        let occ = taxonomy::occupations();
        for seed in (0..2000).chain([1788910412287643936]) {
            let r = record(&mut Rng(seed), 2026, &occ);
            if let Err(e) = Profile::parse(r.clone(), 2026) {
                panic!("{e:?}\n{}", serde_json::to_string(&r).unwrap());
            }
        }
    }

    #[test]
    fn a_synthetic_draft_finalizes() {
        assert!(draft(3, 2026).finalize(2026).is_ok());
    }
}
