//! Properties of the whole profile: round trips, migrations, and errors instead of panics.

use super::migrate::{draft_from_value, profile_from_slice, profile_from_value};
use super::*;
use crate::synthetic;
use proptest::prelude::*;
use serde_json::{json, Value};

const YEAR: u16 = 2026;

fn valid() -> ProfileRecord {
    synthetic::profiles(1, 1, YEAR).remove(0).into_record()
}

#[test]
fn every_problem_is_reported_with_its_path() {
    let mut r = valid();
    r.person.given_name.text = " ".into();
    r.person.year_of_birth = None;
    r.person.case_number = "123".into();
    r.work = vec![Work {
        start_year: Some(2020),
        end_year: Some(2019),
        ..Work::default()
    }];
    r.consent = None;
    let errors = Profile::parse(r, YEAR).unwrap_err();
    let got: Vec<_> = errors.iter().map(|e| (e.path.as_str(), e.code)).collect();
    assert_eq!(
        got,
        [
            ("person.given_name", ErrorCode::Required),
            ("person.year_of_birth", ErrorCode::Required),
            ("person.case_number", ErrorCode::InvalidCaseNumber),
            ("work[0].occupation", ErrorCode::Required),
            ("work[0].end_year", ErrorCode::EndBeforeStart),
            ("consent", ErrorCode::ConsentMissing),
        ]
    );
}

#[test]
fn taxonomy_codes_are_checked() {
    let mut r = valid();
    r.education = vec![Education {
        level: Some("9".into()),
        ..Education::default()
    }];
    r.skills.licences = vec!["b".into(), "b".into(), "z".into()];
    r.wishes.occupations = vec![OccupationRef::Curated {
        id: "astronaut".into(),
    }];
    r.person.origin = Some("XX".into());
    let errors = Profile::parse(r, YEAR).unwrap_err();
    let got: Vec<_> = errors.iter().map(|e| (e.path.as_str(), e.code)).collect();
    assert_eq!(
        got,
        [
            ("person.origin", ErrorCode::UnknownCode),
            ("education[0].level", ErrorCode::UnknownCode),
            ("skills.licences[1]", ErrorCode::Duplicate),
            ("skills.licences[2]", ErrorCode::UnknownCode),
            ("wishes.occupations[0]", ErrorCode::UnknownCode),
        ]
    );
}

#[test]
fn a_job_may_be_a_title_alone_and_text_is_normalised() {
    let mut r = valid();
    r.work = vec![Work {
        title: Text::new("  Sørger for mat  ", "nb"),
        ..Work::default()
    }];
    r.person.phone = "+47 912 34 567".into();
    let p = Profile::parse(r, YEAR).unwrap();
    assert_eq!(p.record().work[0].title.text, "Sørger for mat");
    assert_eq!(p.record().person.phone, "+4791234567");
}

#[test]
fn withdrawn_consent_cannot_be_submitted() {
    let mut r = valid();
    if let Some(c) = r.consent.as_mut() {
        c.withdrawn_at_ms = Some(1);
    }
    let errors = Profile::parse(r, YEAR).unwrap_err();
    assert_eq!(
        errors,
        [FieldError::new("consent", ErrorCode::ConsentMissing)]
    );
}

#[test]
fn every_error_has_a_message_in_the_reference_locale() {
    let main = include_str!("../../../../locales/nb/main.ftl");
    for code in ErrorCode::ALL {
        let id = code.message_id();
        assert!(
            main.lines().any(|l| l.starts_with(&format!("{id} ="))),
            "{id} missing from locales/nb/main.ftl"
        );
    }
}

#[test]
fn every_taxonomy_code_has_a_label_in_every_locale() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let mut ids: Vec<String> = vec![];
    let taxonomy = crate::taxonomy::label_ids();
    ids.extend(taxonomy);
    let mut checked = 0;
    for entry in std::fs::read_dir(&root).unwrap() {
        let dir = entry.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        let mut text = String::new();
        for file in ["taxonomy.ftl", "names.ftl"] {
            text += &std::fs::read_to_string(dir.join(file)).unwrap_or_default();
        }
        let defined: std::collections::HashSet<&str> = text
            .lines()
            .filter_map(|l| l.split_once(" ="))
            .map(|(id, _)| id)
            .collect();
        for id in &ids {
            assert!(
                defined.contains(id.as_str()),
                "{}: no label {id}",
                dir.display()
            );
        }
        checked += 1;
    }
    assert!(checked >= 16, "locales found: {checked}");
}

fn v1_json() -> impl Strategy<Value = Value> {
    (
        "\\PC{1,40}",
        1900u16..=2011,
        proptest::collection::vec(proptest::sample::select(SPOKEN_LANGUAGE_CHOICES), 1..5),
        proptest::sample::select(&["ar", "ti", "nb", "en"][..]),
    )
        .prop_map(|(name, year, langs, lang)| {
            json!({"name": name, "year_of_birth": year, "languages": langs, "written_in": lang})
        })
}

proptest! {
    #[test]
    fn synthetic_profiles_round_trip_through_json(seed in any::<u64>()) {
        for p in synthetic::profiles(seed, 3, YEAR) {
            let json = serde_json::to_vec(&p).unwrap();
            let back = Profile::parse(profile_from_slice(&json).unwrap(), YEAR).unwrap();
            prop_assert_eq!(back, p);
        }
    }

    #[test]
    fn version_1_profiles_keep_their_meaning(v1 in v1_json()) {
        let record = profile_from_value(v1.clone()).unwrap();
        let name = v1["name"].as_str().unwrap();
        match Profile::parse(record, YEAR) {
            Ok(p) => {
                prop_assert_eq!(p.given_name(), name.trim());
                prop_assert_eq!(u64::from(p.year_of_birth()), v1["year_of_birth"].as_u64().unwrap());
                prop_assert_eq!(p.written_in(), v1["written_in"].as_str().unwrap());
                let mut langs: Vec<&str> = vec![];
                for l in v1["languages"].as_array().unwrap() {
                    langs.push(l.as_str().unwrap());
                }
                let got: Vec<&str> = p.language_codes().collect();
                prop_assert_eq!(got.len(), langs.len());
            }
            Err(errors) => {
                // Only what version 1 also refused: a blank name, or a language ticked twice.
                for e in errors {
                    prop_assert!(e.path == "person.given_name" || e.code == ErrorCode::Duplicate, "{}", e);
                }
            }
        }
    }

    #[test]
    fn a_version_1_draft_always_upgrades(v1 in v1_json(), year in "\\PC{0,6}") {
        let mut v1 = v1;
        v1["locale"] = v1["written_in"].clone();
        v1["year_of_birth"] = Value::String(year);
        if let Some(o) = v1.as_object_mut() {
            o.remove("written_in");
        }
        let draft = draft_from_value(v1.clone()).unwrap();
        prop_assert_eq!(&draft.profile.person.given_name.text, v1["name"].as_str().unwrap());
    }

    #[test]
    fn any_edit_gives_a_profile_or_errors_with_paths(
        seed in any::<u64>(),
        text in "\\PC{0,300}",
        year in any::<u16>(),
        code in "[a-zA-Z0-9-]{0,5}",
        which in 0usize..12,
    ) {
        let mut r = synthetic::profiles(seed, 1, YEAR).remove(0).into_record();
        match which {
            0 => r.person.given_name.text = text,
            1 => r.person.year_of_birth = Some(year),
            2 => r.person.case_number = text,
            3 => r.person.phone = text,
            4 => r.person.origin = Some(code),
            5 => r.languages.entries.push(LanguageEntry { code, ..LanguageEntry::default() }),
            6 => r.work.push(Work { start_year: Some(year), title: Text::new(text, "nb"), ..Work::default() }),
            7 => r.education.push(Education { level: Some(code), end_year: Some(year), ..Education::default() }),
            8 => r.skills.licences.push(code),
            9 => r.wishes.planning_notes = Text::new(text, code),
            10 => r.person.latin_name = text,
            _ => r.schema_version = u32::from(year),
        }
        if let Err(errors) = Profile::parse(r, YEAR) {
            prop_assert!(!errors.is_empty());
            for e in errors {
                prop_assert!(!e.path.is_empty());
            }
        }
    }

    #[test]
    fn arbitrary_json_never_panics(json in "\\PC{0,200}") {
        if let Err(e) = profile_from_slice(json.as_bytes()) {
            prop_assert!(matches!(e.code, ErrorCode::Malformed | ErrorCode::UnsupportedVersion));
        }
    }
}
