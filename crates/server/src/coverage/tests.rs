use super::*;

fn centre(id: &str, region: Option<&str>) -> Centre {
    Centre {
        id: id.into(),
        name: format!("Centre {id}"),
        region: region.map(Into::into),
    }
}

fn rows(list: &[(&str, i64, i64)]) -> Vec<DayCount> {
    list.iter()
        .map(|(c, d, n)| (c.to_string(), *d, *n))
        .collect()
}

/// Four centres: A and B in Oslo, C in Rogaland, D with no region and no head count.
fn inputs() -> Inputs {
    Inputs {
        centres: vec![
            centre("A", Some("03")),
            centre("B", Some("03")),
            centre("C", Some("11")),
            centre("D", None),
        ],
        counts: rows(&[
            ("A", 100, 50),
            ("A", 110, 40),
            ("B", 105, 20),
            ("C", 100, 10),
        ]),
        registered: rows(&[
            ("A", 95, 10),
            ("A", 108, 20),
            ("B", 100, 8),
            ("C", 101, 3),
            ("D", 100, 6),
        ]),
        settled: rows(&[("A", 109, 5)]),
    }
}

fn find<'a>(shares: &'a [Share], key: &str) -> &'a Share {
    shares.iter().find(|s| s.key == key).expect(key)
}

#[test]
fn a_centre_counts_its_registered_not_yet_settled_against_its_latest_head_count() {
    let c = compute(&inputs(), 112);
    let a = find(&c.centres, "A");
    // 10 + 20 registered, 5 of them settled; the count entered on day 110.
    assert_eq!((a.registered, a.residents), (Some(25), Some(40)));
    assert_eq!(a.region.as_deref(), Some("03"));
    let b = find(&c.centres, "B");
    assert_eq!((b.registered, b.residents), (Some(8), Some(20)));
    // Three is fewer than five: suppressed.
    let small = find(&c.centres, "C");
    assert_eq!(
        (small.registered, small.suppressed, small.residents),
        (None, true, Some(10))
    );
    // No head count: its registered are shown, but it is in no share.
    let d = find(&c.centres, "D");
    assert_eq!(
        (d.registered, d.residents, d.counted_centres),
        (Some(6), None, 0)
    );
}

#[test]
fn regions_and_the_country_sum_the_centres_that_have_a_head_count() {
    let c = compute(&inputs(), 112);
    let oslo = find(&c.regions, "03");
    assert_eq!(
        (oslo.counted_centres, oslo.registered, oslo.residents),
        (2, Some(33), Some(60))
    );
    let rogaland = find(&c.regions, "11");
    assert_eq!((rogaland.registered, rogaland.suppressed), (None, true));
    let none = find(&c.regions, "none");
    assert_eq!((none.counted_centres, none.residents), (0, None));
    let n = &c.national;
    assert_eq!(
        (n.counted_centres, n.registered, n.residents),
        (3, Some(36), Some(70))
    );
    assert_eq!(c.as_of, date(112));
}

#[test]
fn the_weekly_series_holds_each_week_as_it_was() {
    let c = compute(&inputs(), 112);
    assert_eq!(c.weeks.len(), WEEKS);
    let last = c.weeks.last().expect("a week");
    assert_eq!(
        (last.end.as_str(), last.registered, last.residents),
        (date(112).as_str(), Some(36), Some(70))
    );
    // A week earlier (day 105): A had 50 residents and 10 registered, B 20 and 8, C 10 and 3.
    let before = &c.weeks[WEEKS - 2];
    assert_eq!(
        (before.end.clone(), before.registered, before.residents),
        (date(105), Some(21), Some(80))
    );
    // Two weeks earlier (day 98) no centre had a head count.
    let early = &c.weeks[WEEKS - 3];
    assert_eq!((early.registered, early.residents), (Some(0), None));
}
