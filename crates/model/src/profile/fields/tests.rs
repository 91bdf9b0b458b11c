use super::*;
use crate::profile::cefr::{CefrLevel, CefrSkill};

const YEAR: u16 = 2026;

#[test]
fn names_any_script_but_no_control_characters() {
    assert_eq!(PersonName::parse("  ሰላም ").unwrap().as_str(), "ሰላም");
    assert_eq!(PersonName::parse(" "), Err(ErrorCode::Required));
    assert_eq!(PersonName::parse("a\u{7}b"), Err(ErrorCode::InvalidText));
    assert_eq!(
        PersonName::parse(&"ا".repeat(MAX_NAME_CHARS + 1)),
        Err(ErrorCode::TooLong)
    );
    assert!(PersonName::parse(&"ا".repeat(MAX_NAME_CHARS)).is_ok());
}

#[test]
fn latin_transliteration_is_latin() {
    assert_eq!(
        latin_name(" Tesfay O'Neil-Åsen ").unwrap(),
        "Tesfay O'Neil-Åsen"
    );
    assert_eq!(latin_name("ተስፋይ"), Err(ErrorCode::InvalidText));
    assert_eq!(latin_name("Ali×"), Err(ErrorCode::InvalidText));
}

#[test]
fn long_text_keeps_line_breaks_only_where_allowed() {
    assert_eq!(free_text(" a\nb ", 10, true).unwrap(), "a\nb");
    assert_eq!(free_text("a\nb", 10, false), Err(ErrorCode::InvalidText));
    assert_eq!(free_text("abc", 2, true), Err(ErrorCode::TooLong));
}

#[test]
fn birth_year_bounds() {
    assert_eq!(BirthYear::parse(1899, YEAR), Err(ErrorCode::YearTooEarly));
    assert_eq!(BirthYear::parse(2012, YEAR), Err(ErrorCode::TooYoung));
    assert_eq!(BirthYear::parse(2011, YEAR).map(BirthYear::get), Ok(2011));
    assert_eq!(BirthYear::parse(1900, YEAR).map(BirthYear::get), Ok(1900));
}

#[test]
fn history_years_lie_between_birth_and_now() {
    assert_eq!(history_year(2010, Some(1990), YEAR), Ok(2010));
    assert_eq!(
        history_year(1989, Some(1990), YEAR),
        Err(ErrorCode::YearOutOfRange)
    );
    assert_eq!(
        history_year(2027, Some(1990), YEAR),
        Err(ErrorCode::YearOutOfRange)
    );
}

#[test]
fn language_and_country_codes() {
    assert!(LanguageCode::parse("prs").is_ok());
    for bad in ["", "a", "abcd", "AR", "a1", "ar-SY"] {
        assert_eq!(
            LanguageCode::parse(bad),
            Err(ErrorCode::InvalidLanguage),
            "{bad}"
        );
    }
    assert_eq!(CountryCode::parse("ER").map(CountryCode::as_str), Ok("ER"));
    assert_eq!(CountryCode::parse("er"), Err(ErrorCode::UnknownCode));
    assert_eq!(CountryCode::parse("EU"), Err(ErrorCode::UnknownCode));
}

#[test]
fn case_numbers_are_twelve_digits_from_a_year() {
    assert_eq!(
        CaseNumber::parse("2019 123456 01").unwrap().as_str(),
        "201912345601"
    );
    for bad in [
        "",
        "2019123456",
        "20191234560101",
        "1234 123456 01",
        "2019-123456-01",
    ] {
        assert_eq!(
            CaseNumber::parse(bad),
            Err(ErrorCode::InvalidCaseNumber),
            "{bad}"
        );
    }
}

#[test]
fn phones() {
    assert_eq!(
        Phone::parse("+47 912 34 567").unwrap().as_str(),
        "+4791234567"
    );
    assert_eq!(
        Phone::parse("0046-70-123 45 67").unwrap().as_str(),
        "0046701234567"
    );
    for bad in [
        "",
        "1234567",
        "+47 abc 34 567",
        "++4791234567",
        "1234567890123456",
    ] {
        assert_eq!(Phone::parse(bad), Err(ErrorCode::InvalidPhone), "{bad}");
    }
}

#[test]
fn cefr_levels_are_ordered_and_match_the_taxonomy() {
    assert!(CefrLevel::None < CefrLevel::A1 && CefrLevel::B2 < CefrLevel::C1);
    let codes: Vec<_> = CefrLevel::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(codes, taxonomy::cefr_levels());
    let skills: Vec<_> = CefrSkill::ALL.iter().map(|s| s.code()).collect();
    assert_eq!(skills, taxonomy::cefr_skills());
    assert_eq!("b1".parse(), Ok(CefrLevel::B1));
    assert_eq!("B1".parse::<CefrLevel>(), Err(ErrorCode::UnknownCode));
}

#[test]
fn occupations_resolve_to_isco_codes() {
    let electrician = OccupationRef::Curated {
        id: "electrician".into(),
    };
    assert_eq!(electrician.isco(), Some("7411"));
    assert_eq!(electrician.label_id(), "occupation-electrician");
    let group = OccupationRef::Group { isco: "72".into() };
    assert_eq!(group.isco(), Some("72"));
    assert_eq!(OccupationRef::Group { isco: "99".into() }.isco(), None);
    assert_eq!(
        serde_json::to_string(&group).unwrap(),
        r#"{"kind":"group","isco":"72"}"#
    );
}
