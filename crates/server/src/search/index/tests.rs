use super::*;

#[test]
fn ages_fall_in_bands_of_ten_years() {
    assert_eq!(age_band(18), "15-24");
    assert_eq!(age_band(25), "25-34");
    assert_eq!(age_band(64), "55-64");
    assert_eq!(age_band(65), "65+");
}

#[test]
fn an_isco_prefix_matches_the_codes_under_it() {
    let mut codes = Codes::default();
    let (a, b, c) = (codes.id("7212"), codes.id("7311"), codes.id("72"));
    let f = Filters {
        isco: Some("72".into()),
        ..Filters::default()
    };
    let test = Test::new(&codes, &f, 2026);
    let with = |code| Entry {
        facts: vec![Fact {
            kind: FactKind::Isco,
            code,
            level: 0,
        }],
        ..Entry::default()
    };
    assert!(test.passes(&with(a)));
    assert!(!test.passes(&with(b)));
    assert!(test.passes(&with(c)));
}
