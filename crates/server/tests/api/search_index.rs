//! Each server searches an index of its own in memory; it must follow every change made
//! through any server on the same database: new versions, shielding, settlements, merges and
//! erasures.

use crate::persons::{get, profile, register, send, setup, MUNICIPALITY};
use serde_json::{json, Value};

/// The given names an officer's list shows on `app`, newest first, and the total.
async fn listed(app: &crate::helpers::TestApp, user: &str, query: &str) -> (Vec<String>, i64) {
    let page = get(app, user, &format!("/api/v1/persons?{query}")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let names = page.body["persons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["given_name"].as_str().unwrap().to_owned())
        .collect();
    (names, page.body["total"].as_i64().unwrap())
}

fn id_of(page: &Value, name: &str) -> String {
    page["persons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["given_name"] == name)
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .unwrap()
}

#[tokio::test]
async fn a_replica_sees_every_change_made_through_another() {
    let (app, _) = setup().await;
    let other = app.replica();
    // The replica reads its index before anything is stored.
    assert_eq!(listed(&other, "officer", "").await, (vec![], 0));

    register(&app, "Amal", Some("2020 000001 01"), 1990, "tailor").await;
    register(&app, "Bilal", None, 1960, "tailor").await;
    assert_eq!(
        listed(&other, "officer", "").await,
        (vec!["Bilal".to_owned(), "Amal".to_owned()], 2)
    );
    assert_eq!(listed(&other, "officer", "age_max=40").await.1, 1);

    // A new version with the same case number: the replica searches the new facts.
    assert_eq!(listed(&other, "officer", "lang=nb&lang_min=b1").await.1, 0);
    let mut newer = profile("Amal", Some("2020 000001 01"), 1990, "tailor");
    newer["languages"]["entries"][1]["speaking"] = "b2".into();
    send(&app, None, newer).await;
    assert_eq!(listed(&other, "officer", "lang=nb&lang_min=b1").await.1, 1);

    let page = get(&app, "officer", "/api/v1/persons").await.body;
    let (amal, bilal) = (id_of(&page, "Amal"), id_of(&page, "Bilal"));
    let officer = app.login("officer").await;
    let put = |uri: String, body: Value| {
        let (app, officer) = (&app, officer.clone());
        async move { app.request("PUT", &uri, Some(&officer), Some(body)).await }
    };

    // Shielded through the first server: gone from the replica's list and statistics.
    put(
        format!("/api/v1/persons/{bilal}/shielded"),
        json!({"shielded": true}),
    )
    .await;
    assert_eq!(listed(&other, "officer", "").await.0, ["Amal"]);
    let stats = get(&other, "officer", "/api/v1/stats?group=age").await.body;
    assert!(
        stats["total"].is_null(),
        "one person is below the cell size: {stats}"
    );

    // Settled: the municipality reads it on the replica; unsettled: no longer.
    put(
        format!("/api/v1/persons/{amal}/settlement"),
        json!({"municipality": MUNICIPALITY}),
    )
    .await;
    assert_eq!(listed(&other, "muni-1", "").await.0, ["Amal"]);
    app.request(
        "DELETE",
        &format!("/api/v1/persons/{amal}/settlement"),
        Some(&officer),
        None,
    )
    .await;
    assert_eq!(listed(&other, "muni-1", "").await, (vec![], 0));

    // Erased: gone everywhere.
    let erased = app
        .request(
            "DELETE",
            &format!("/api/v1/persons/{amal}"),
            Some(&officer),
            None,
        )
        .await;
    assert!(erased.status.is_success(), "{}", erased.body);
    assert_eq!(listed(&other, "officer", "").await, (vec![], 0));
}
