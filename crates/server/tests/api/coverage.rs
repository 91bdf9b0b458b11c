//! Coverage (`GET /coverage`) on known data: who counts as registered, against which head
//! count, per centre, region and nationally.

use crate::helpers::{CENTRE, OTHER_CENTRE};
use crate::persons::{profile, send, settle, setup, MUNICIPALITY};
use axum::http::StatusCode;
use serde_json::{json, Value};

fn share<'a>(list: &'a Value, key: &str) -> &'a Value {
    list.as_array()
        .and_then(|l| l.iter().find(|s| s["key"] == key))
        .unwrap_or_else(|| panic!("no {key} in {list}"))
}

#[tokio::test]
async fn coverage_counts_registered_not_settled_not_shielded_residents_against_the_head_count() {
    let (app, _) = setup().await;
    let db = &app.state.db;
    evne_server::admin::set_region(db, CENTRE, "03")
        .await
        .expect("a county");
    for (centre, region) in [(CENTRE, "99"), (CENTRE, "anywhere"), (MUNICIPALITY, "03")] {
        assert!(
            evne_server::admin::set_region(db, centre, region)
                .await
                .is_err(),
            "{centre} {region}"
        );
    }
    for i in 0..8 {
        let case = format!("2024000002{i:02}");
        send(
            &app,
            None,
            profile(&format!("R{i}"), Some(&case), 1990, "cook"),
        )
        .await;
    }
    let ids: Vec<String> = sqlx::query_scalar("SELECT id FROM persons ORDER BY id")
        .fetch_all(db)
        .await
        .expect("persons");
    settle(&app, &ids[0], MUNICIPALITY).await;
    settle(&app, &ids[1], MUNICIPALITY).await;
    let staff = app.login("staff-a").await;
    for residents in [10, 16] {
        let a = app
            .request(
                "PUT",
                "/api/v1/centre",
                Some(&staff),
                Some(json!({ "residents": residents })),
            )
            .await;
        assert_eq!(a.status, StatusCode::NO_CONTENT);
    }
    // Two entries on one day: the day's last holds, and the series has one row for it.
    assert_eq!(app.count("SELECT COUNT(*) FROM centre_residents").await, 1);

    let c = app
        .expect("officer", "GET", "/api/v1/coverage", StatusCode::OK)
        .await
        .body;
    let a = share(&c["centres"], CENTRE);
    assert_eq!(
        (a["registered"].clone(), a["residents"].clone()),
        (json!(6), json!(16))
    );
    assert_eq!(a["region"], "03");
    let b = share(&c["centres"], OTHER_CENTRE);
    assert_eq!(
        (b["registered"].clone(), b["residents"].clone()),
        (json!(0), Value::Null)
    );
    let oslo = share(&c["regions"], "03");
    assert_eq!(
        (oslo["registered"].clone(), oslo["residents"].clone()),
        (json!(6), json!(16))
    );
    let n = &c["national"];
    assert_eq!(
        (
            n["counted_centres"].clone(),
            n["registered"].clone(),
            n["residents"].clone()
        ),
        (json!(1), json!(6), json!(16))
    );
    let weeks = c["weeks"].as_array().expect("weeks");
    assert_eq!(weeks.len(), 52);
    let last = weeks.last().expect("this week");
    assert_eq!(
        (last["end"].clone(), last["registered"].clone()),
        (c["as_of"].clone(), json!(6))
    );

    // A shielded person is in no count; fewer than five is suppressed.
    for id in &ids[2..4] {
        let uri = format!("/api/v1/persons/{id}/shielded");
        let a = app
            .call_as("officer", "PUT", &uri, Some(json!({"shielded": true})))
            .await;
        assert_eq!(a.status, StatusCode::NO_CONTENT);
    }
    let c = app
        .expect("admin", "GET", "/api/v1/coverage", StatusCode::OK)
        .await
        .body;
    let a = share(&c["centres"], CENTRE);
    assert_eq!(
        (a["registered"].clone(), a["suppressed"].clone()),
        (Value::Null, json!(true))
    );

    app.expect_statuses(&[
        (
            "counsellor-a",
            "GET",
            "/api/v1/coverage",
            StatusCode::FORBIDDEN,
        ),
        ("staff-a", "GET", "/api/v1/coverage", StatusCode::FORBIDDEN),
        ("muni-1", "GET", "/api/v1/coverage", StatusCode::FORBIDDEN),
    ])
    .await;
    let audited = app.audit_rows("read_registration_coverage").await;
    let outcomes: Vec<&str> = audited.iter().map(|(_, o)| o.as_str()).collect();
    assert_eq!(
        outcomes,
        ["allowed", "allowed", "denied", "denied", "denied"]
    );
}
