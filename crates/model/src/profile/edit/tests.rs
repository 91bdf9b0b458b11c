//! Edits replayed: a whole profile typed field by field, and what an edit may not do.

use super::*;
use crate::profile::{entry_path, field_path, CefrLevel, CefrSkill, ProfileRecord};
use crate::synthetic;
use proptest::prelude::*;

fn text(path: &str, t: &Text) -> Option<Edit> {
    (!t.text.is_empty()).then(|| Edit::new(path, Value::Text(t.text.clone())))
}

fn plain(path: &str, s: &str) -> Option<Edit> {
    (!s.is_empty()).then(|| Edit::new(path, Value::Text(s.to_owned())))
}

fn number(path: String, n: Option<u16>) -> Option<Edit> {
    n.map(|n| Edit::new(path, Value::Number(Some(n))))
}

fn choice(path: String, c: &Option<String>) -> Option<Edit> {
    c.clone().map(|c| Edit::new(path, Value::Choice(Some(c))))
}

fn flag(path: String, f: Option<bool>) -> Option<Edit> {
    f.map(|f| Edit::new(path, Value::Flag(Some(f))))
}

/// The edits a person makes, in the form's order, to type `r` (all but consent and centre).
fn typing(r: &ProfileRecord) -> Vec<Edit> {
    let p = &r.person;
    let mut out: Vec<Option<Edit>> = vec![
        text("person.given_name", &p.given_name),
        text("person.family_name", &p.family_name),
        plain("person.latin_name", &p.latin_name),
        number("person.year_of_birth".into(), p.year_of_birth),
        choice("person.gender".into(), &p.gender),
        choice("person.origin".into(), &p.origin),
        choice("person.citizenship".into(), &p.citizenship),
        plain("person.case_number", &p.case_number),
        plain("person.phone", &p.phone),
    ];
    for (i, e) in r.languages.entries.iter().enumerate() {
        let language = e.code.clone();
        out.push(Some(Edit::new(
            "languages",
            Value::AddLanguage(language.clone()),
        )));
        if e.mother_tongue {
            let at = entry_path("languages.entries", i);
            out.push(Some(Edit::new(
                at,
                Value::MotherTongue {
                    language: language.clone(),
                },
            )));
        }
        for skill in CefrSkill::ALL {
            if let Some(level) = e.skill(skill) {
                out.push(Some(Edit::new(
                    field_path(&entry_path("languages.entries", i), skill.code()),
                    Value::Level {
                        language: language.clone(),
                        skill,
                        level,
                    },
                )));
            }
        }
    }
    for s in &r.languages.scripts {
        out.push(Some(Edit::new(
            "languages.scripts",
            Value::Toggle(s.clone()),
        )));
    }
    out.push(choice("languages.literacy".into(), &r.languages.literacy));
    for (i, e) in r.education.iter().enumerate() {
        let at = |f: &str| field_path(&entry_path("education", i), f);
        out.extend([
            Some(Edit::new("education", Value::Add)),
            choice(at("level"), &e.level),
            choice(at("field"), &e.field),
            text(&at("institution"), &e.institution),
            choice(at("country"), &e.country),
            number(at("start_year"), e.start_year),
            number(at("end_year"), e.end_year),
            number(at("years_completed"), e.years_completed.map(u16::from)),
            flag(at("completed"), e.completed),
            flag(at("documents"), e.documents),
        ]);
    }
    for (i, w) in r.work.iter().enumerate() {
        let at = |f: &str| field_path(&entry_path("work", i), f);
        out.extend([
            Some(Edit::new("work", Value::Add)),
            w.occupation
                .clone()
                .map(|o| Edit::new(at("occupation"), Value::Occupation(Some(o)))),
            text(&at("title"), &w.title),
            choice(at("country"), &w.country),
            number(at("start_year"), w.start_year),
            number(at("end_year"), w.end_year),
            number(at("years"), w.years.map(u16::from)),
            choice(at("employment"), &w.employment),
            text(&at("tasks"), &w.tasks),
            text(&at("tools"), &w.tools),
        ]);
    }
    let s = &r.skills;
    for l in &s.licences {
        out.push(Some(Edit::new("skills.licences", Value::Toggle(l.clone()))));
    }
    out.push(choice("skills.digital".into(), &s.digital));
    for (i, c) in s.certificates.iter().enumerate() {
        out.push(Some(Edit::new("skills.certificates", Value::Add)));
        out.push(text(&entry_path("skills.certificates", i), c));
    }
    out.push(text("skills.crafts", &s.crafts));
    out.push(text("skills.volunteer", &s.volunteer));
    let w = &r.wishes;
    for o in &w.occupations {
        out.push(Some(Edit::new(
            "wishes.occupations",
            Value::Occupation(Some(o.clone())),
        )));
    }
    out.extend([
        text("wishes.education", &w.education),
        choice("wishes.region".into(), &w.region),
        choice("wishes.availability".into(), &w.availability),
        text("wishes.planning_notes", &w.planning_notes),
    ]);
    out.into_iter().flatten().collect()
}

/// `r` as typed on a tablet in `locale`: its free text in that language, no consent or centre.
fn as_typed(mut r: ProfileRecord, locale: &str) -> serde_json::Value {
    r.consent = None;
    r.person.centre = None;
    let mut v = serde_json::to_value(r).unwrap_or_default();
    relabel(&mut v, locale);
    v
}

fn relabel(v: &mut serde_json::Value, locale: &str) {
    match v {
        serde_json::Value::Object(map) => {
            if map.contains_key("text") {
                map.insert("lang".into(), locale.into());
            }
            map.values_mut().for_each(|v| relabel(v, locale));
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(|v| relabel(v, locale)),
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Every field the form writes has a path an edit reaches: replaying the typing of a
    /// synthetic profile gives that profile back, and the edits survive a trip through JSON.
    #[test]
    fn a_profile_typed_edit_by_edit_is_that_profile(seed in 0u64..10_000) {
        let record = synthetic::profiles(seed, 1, 2026).into_iter().next().map(|p| p.into_record()).unwrap_or_default();
        let mut d = Draft::new("ti");
        for edit in typing(&record) {
            let json = serde_json::to_string(&edit).unwrap_or_default();
            let back: Edit = serde_json::from_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(&back, &edit);
            d.apply(&edit).map_err(|e| TestCaseError::fail(e.to_string()))?;
        }
        prop_assert_eq!(as_typed(d.profile, "ti"), as_typed(record, "ti"));
    }
}

#[test]
fn an_edit_that_fits_no_field_changes_nothing() {
    let mut d = Draft::new("ar");
    d.apply(&Edit::new("work", Value::Add)).unwrap();
    let before = d.clone();
    let refused = [
        (
            Edit::new("person.nationality", Value::Text("x".into())),
            "unknown",
        ),
        (
            Edit::new("person.given_name", Value::Number(Some(3))),
            "unknown",
        ),
        (Edit::new("work[1].title", Value::Text("x".into())), "entry"),
        (
            Edit::new("work[x].title", Value::Text("x".into())),
            "unknown",
        ),
        (Edit::new("work", Value::Remove(4)), "unknown"),
        (
            Edit::new("skills.certificates[0]", Value::Text("x".into())),
            "entry",
        ),
        (Edit::new("", Value::Add), "unknown"),
    ];
    for (edit, why) in refused {
        let err = d.apply(&edit).unwrap_err();
        let named = match err {
            EditError::Unknown(_) => "unknown",
            EditError::NoEntry(_) => "entry",
        };
        assert_eq!(named, why, "{edit:?}");
        assert_eq!(d, before, "{edit:?} changed the draft");
    }
}

#[test]
fn an_unknown_skill_or_level_is_no_edit_at_all() {
    let edit = |skill: &str, level: &str| {
        let json = serde_json::json!({"path": "languages.entries", "value": {"kind": "level",
            "value": {"language": "ar", "skill": skill, "level": level}}});
        serde_json::from_value::<Edit>(json).is_ok()
    };
    assert!(!edit("singing", "c2"));
    assert!(!edit("reading", "c3"));
    assert!(edit("reading", "c2"));
}

#[test]
fn a_language_only_shown_is_added_by_its_first_answer() {
    let mut d = Draft::new("so");
    let level = |skill| Value::Level {
        language: "nb".into(),
        skill,
        level: CefrLevel::A2,
    };
    d.apply(&Edit::new(
        "languages.entries.speaking",
        level(CefrSkill::Speaking),
    ))
    .unwrap();
    d.apply(&Edit::new(
        "languages.entries[0].reading",
        level(CefrSkill::Reading),
    ))
    .unwrap();
    let entries = &d.profile.languages.entries;
    assert_eq!(entries.len(), 1);
    assert_eq!(
        (entries[0].code.as_str(), entries[0].speaking),
        ("nb", Some(CefrLevel::A2))
    );
    assert_eq!(entries[0].reading, Some(CefrLevel::A2));
    d.apply(&Edit::new("languages.entries", Value::Toggle("nb".into())))
        .unwrap();
    assert!(
        d.profile.languages.entries.is_empty(),
        "a toggle takes it out again"
    );
}
