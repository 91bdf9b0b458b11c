use super::*;
use evne_model::taxonomy;

#[test]
fn the_shipped_data_is_the_whole_of_esco_occupations() {
    let all = occupations();
    assert_eq!(all.len(), 3039);
    let alternatives: usize = all.iter().map(|o| o.alternatives.len()).sum();
    assert_eq!(alternatives, 30373);
    for o in all {
        assert!(isco_label(o.isco08).is_some(), "{} has no ISCO group", o.id);
    }
}

#[test]
fn every_curated_occupation_has_its_esco_uri_in_the_same_isco_group() {
    let curated = taxonomy::occupations();
    assert_eq!(curated.len(), 154);
    for occupation in curated {
        let uri = curated_uri(occupation.id)
            .unwrap_or_else(|| panic!("{} has no ESCO URI", occupation.id));
        let id = uri.strip_prefix(OCCUPATION_URI).expect("an occupation URI");
        let esco = occupations()
            .iter()
            .find(|o| o.id == id)
            .unwrap_or_else(|| panic!("{uri} ({}) is not in ESCO", occupation.id));
        assert_eq!(esco.isco08, occupation.isco08, "{}", occupation.id);
    }
    let ids: Vec<&str> = rows(CURATED).map(|r| r[0]).collect();
    assert_eq!(ids.len(), 154, "one row per curated occupation");
    assert!(ids.iter().all(|id| taxonomy::occupation(id).is_some()));
}

fn first(title: &str) -> evne_model::esco::EscoMatch {
    search(title, 5).remove(0)
}

#[test]
fn a_job_title_finds_its_esco_occupation_first() {
    let phone = first("phone repair");
    assert_eq!(phone.label, "mobile phone repair technician");
    assert_eq!(phone.isco08, "7422");
    assert!(phone.uri.starts_with(OCCUPATION_URI));
    assert!(!phone.isco_label.is_empty());
    assert_eq!(first("Electrician").label, "electrician");
    assert_eq!(first("  TAXI-driver ").label, "taxi driver");
    // Endings and beginnings: "repairing phones", "elec".
    assert_eq!(first("repairing phones").isco08, "7422");
    assert!(search("elec", 20).iter().any(|m| m.label == "electrician"));
    // An alternative label says which it was.
    let chauffeur = first("cab driver");
    assert_eq!(chauffeur.label, "taxi driver");
    assert_eq!(chauffeur.matched.as_deref(), Some("cab driver"));
}

#[test]
fn digits_find_an_isco_group_and_nothing_finds_nothing() {
    let group = search("7422", 50);
    assert!(!group.is_empty());
    assert!(group.iter().all(|m| m.isco08 == "7422"));
    assert!(search("74", 500).iter().all(|m| m.isco08.starts_with("74")));
    assert!(search("", 10).is_empty());
    assert!(search("and of the", 10).is_empty());
    assert!(search("zzqqxx", 10).is_empty());
    assert_eq!(search("worker", 7).len(), 7);
}

#[test]
fn a_profile_carries_isco_and_esco_codes_of_its_jobs() {
    let mut profile = serde_json::json!({"work": [
        {"occupation": {"kind": "curated", "id": "phone-repairer"}},
        {"occupation": {"kind": "group", "isco": "72"}},
        {"title": {"text": "x"}},
    ]});
    let phone = by_uri(curated_uri("phone-repairer").unwrap_or_default()).expect("in ESCO");
    let coded = [JobCode {
        job: 2,
        esco: phone.uri(),
        isco08: phone.isco08.to_owned(),
        label: phone.label.to_owned(),
    }];
    code_work(&mut profile, &coded);
    let phone = &profile["work"][0]["occupation"];
    assert_eq!(phone["isco08"], "7422");
    assert_eq!(phone["esco"].as_str(), curated_uri("phone-repairer"));
    assert_eq!(profile["work"][1]["occupation"]["isco08"], "72");
    assert!(profile["work"][1]["occupation"].get("esco").is_none());
    assert!(profile["work"][2].get("occupation").is_none());
    assert_eq!(profile["work"][2]["title_code"]["isco08"], "7422");
    assert_eq!(
        profile["work"][2]["title_code"]["esco"].as_str(),
        curated_uri("phone-repairer")
    );
    assert!(profile["work"][0].get("title_code").is_none());
}
