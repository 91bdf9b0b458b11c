//! The coded answers of a profile, each with its Norwegian (bokmål) label, as the feed carries
//! them: a case system shows the label and matches on the code.

use evne_model::feed::FeedCode;
use evne_model::ProfileRecord;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Every Norwegian label by Fluent id: the resident app's words and the CLDR names.
fn norwegian() -> &'static BTreeMap<String, String> {
    static CELL: OnceLock<BTreeMap<String, String>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut all = evne_locales::shipped_texts("nb").unwrap_or_default();
        all.extend(evne_locales::names("nb"));
        all
    })
}

/// `(path, code, Fluent id of its label)` of every coded answer.
fn coded(p: &ProfileRecord) -> Vec<(String, String, String)> {
    let mut out = vec![];
    let mut push = |path: String, code: &str, id: String| {
        out.push((path, code.to_owned(), id));
    };
    let person = &p.person;
    if let Some(g) = &person.gender {
        push("person.gender".into(), g, format!("gender-{g}"));
    }
    for (field, country) in [
        ("origin", &person.origin),
        ("citizenship", &person.citizenship),
    ] {
        if let Some(c) = country {
            push(format!("person.{field}"), c, format!("country-{c}"));
        }
    }
    for (i, l) in p.languages.entries.iter().enumerate() {
        push(
            format!("languages.entries[{i}].code"),
            &l.code,
            format!("lang-{}", l.code),
        );
        for skill in evne_model::profile::cefr::CefrSkill::ALL {
            if let Some(level) = l.skill(skill) {
                let (s, code) = (skill.code(), level.code());
                let path = format!("languages.entries[{i}].{s}");
                push(path, code, format!("cefr-{s}-{code}"));
            }
        }
    }
    for (i, s) in p.languages.scripts.iter().enumerate() {
        push(format!("languages.scripts[{i}]"), s, format!("script-{s}"));
    }
    if let Some(l) = &p.languages.literacy {
        push("languages.literacy".into(), l, format!("literacy-{l}"));
    }
    for (i, e) in p.education.iter().enumerate() {
        if let Some(level) = &e.level {
            push(
                format!("education[{i}].level"),
                level,
                format!("isced-level-{level}"),
            );
        }
        if let Some(field) = &e.field {
            push(
                format!("education[{i}].field"),
                field,
                format!("isced-field-{field}"),
            );
        }
        if let Some(c) = &e.country {
            push(format!("education[{i}].country"), c, format!("country-{c}"));
        }
    }
    for (i, w) in p.work.iter().enumerate() {
        if let Some(o) = &w.occupation {
            let code = o.isco().unwrap_or_default();
            push(format!("work[{i}].occupation"), code, o.label_id());
        }
        if let Some(c) = &w.country {
            push(format!("work[{i}].country"), c, format!("country-{c}"));
        }
        if let Some(e) = &w.employment {
            push(
                format!("work[{i}].employment"),
                e,
                format!("employment-{e}"),
            );
        }
    }
    for (i, l) in p.skills.licences.iter().enumerate() {
        push(format!("skills.licences[{i}]"), l, format!("licence-{l}"));
    }
    if let Some(d) = &p.skills.digital {
        push("skills.digital".into(), d, format!("digital-{d}"));
    }
    for (i, o) in p.wishes.occupations.iter().enumerate() {
        let code = o.isco().unwrap_or_default();
        push(format!("wishes.occupations[{i}]"), code, o.label_id());
    }
    if let Some(r) = &p.wishes.region {
        push("wishes.region".into(), r, format!("region-{r}"));
    }
    if let Some(a) = &p.wishes.availability {
        push("wishes.availability".into(), a, format!("availability-{a}"));
    }
    out
}

/// Every coded answer of `profile` with its Norwegian label (a code without one is left out:
/// validation refuses unknown codes, so that is a code retired since).
pub fn codes(profile: &ProfileRecord) -> Vec<FeedCode> {
    coded(profile)
        .into_iter()
        .filter_map(|(path, code, id)| {
            let label = norwegian().get(&id)?.trim().to_owned();
            Some(FeedCode {
                path,
                code,
                label_nb: label,
            })
        })
        .collect()
}
