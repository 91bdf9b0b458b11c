//! A profile as lines of text, one list per step of the form, in the language of a
//! [`Translator`]: the resident's review and printed copy, and the staff's view of a person.
//! Codes become their labels; free text stays as written.

use crate::i18n::Translator;
use evne_model::profile::{CefrLevel, CefrSkill, LanguageEntry, Step};
use evne_model::ProfileRecord;

/// The profile as lines of text per section (the step and its lines), in the
/// language of `t`: the review, and the printed copy.
pub fn sections(t: &Translator, r: &ProfileRecord) -> Vec<(Step, Vec<String>)> {
    let p = &r.person;
    let label = |prefix: &str, code: &Option<String>| {
        code.as_ref()
            .map(|c| t.t(&format!("{prefix}-{c}")))
            .unwrap_or_default()
    };
    let list = |ids: Vec<String>| ids.iter().map(|id| t.t(id)).collect::<Vec<_>>().join(", ");
    let about = vec![
        [p.given_name.text.as_str(), p.family_name.text.as_str()].join(" "),
        p.latin_name.clone(),
        p.year_of_birth.map(|y| y.to_string()).unwrap_or_default(),
        label("gender", &p.gender),
        label("country", &p.origin),
        p.case_number.clone(),
        p.phone.clone(),
    ];
    let languages = r
        .languages
        .entries
        .iter()
        .map(|e| language_line(t, e))
        .collect();
    let education = r
        .education
        .iter()
        .map(|e| {
            join(&[
                label("isced-level", &e.level),
                label("isced-field", &e.field),
                e.institution.text.clone(),
            ])
        })
        .collect();
    let work = r
        .work
        .iter()
        .map(|w| {
            let occupation = w.occupation.as_ref().map(|o| t.t(&o.label_id()));
            let years = w
                .years
                .map(|y| t.t_args("years-count", &[("count", y.into())]));
            join(&[
                occupation.unwrap_or_default(),
                w.title.text.clone(),
                years.unwrap_or_default(),
            ])
        })
        .collect();
    let skills = vec![
        list(
            r.skills
                .licences
                .iter()
                .map(|l| format!("licence-{l}"))
                .collect(),
        ),
        label("digital", &r.skills.digital),
        r.skills
            .certificates
            .iter()
            .map(|c| c.text.clone())
            .collect::<Vec<_>>()
            .join(", "),
    ];
    let wishes = vec![
        list(r.wishes.occupations.iter().map(|o| o.label_id()).collect()),
        label("region", &r.wishes.region),
        label("availability", &r.wishes.availability),
    ];
    [about, languages, education, work, skills, wishes]
        .into_iter()
        .zip(Step::after_consent())
        .map(|(lines, step)| {
            let lines = lines.into_iter().filter(|l| !l.trim().is_empty()).collect();
            (step, lines)
        })
        .collect()
}

fn join(parts: &[String]) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(" · ")
}

fn language_line(t: &Translator, e: &LanguageEntry) -> String {
    let levels: Vec<String> = CefrSkill::ALL
        .into_iter()
        .filter_map(|s| {
            let level = e.skill(s)?;
            let shown = match level {
                CefrLevel::None => "0".to_owned(),
                level => level.code().to_uppercase(),
            };
            Some(format!(
                "{} {shown}",
                t.t(&format!("cefr-skill-{}", s.code()))
            ))
        })
        .collect();
    let mut line = t.t(&format!("lang-{}", e.code));
    if e.mother_tongue {
        line = format!("{line} ({})", t.t("field-mother-tongue"));
    }
    join(&[line, levels.join(", ")])
}
