//! What settlement officers work with beside search: saved searches, sorting, and the
//! hand-over status of settlements.

use crate::persons::{get, person_ids, profile, register, send, setup, MUNICIPALITY};
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn officers_save_searches_of_valid_filters_and_keep_them_to_themselves() {
    let (app, _) = setup().await;
    app.add_user("officer-2", evne_model::Role::SettlementOfficer)
        .await;
    let officer = app.login("officer").await;
    let save = |name: &str, query: &str| {
        let body = json!({"name": name, "query": query});
        let (app, officer) = (&app, officer.clone());
        async move {
            app.request("POST", "/api/v1/searches", Some(&officer), Some(body))
                .await
        }
    };
    let saved = save("Cooks with Arabic", "isco=51&lang=ar&lang_min=b1&page=3").await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let query = saved.body["query"].as_str().unwrap();
    assert!(
        query.contains("isco=51") && query.contains("lang_min=b1"),
        "{query}"
    );
    assert!(
        !query.contains("page"),
        "paging is not part of a search: {query}"
    );
    for (name, query) in [
        ("", "isco=51"),
        ("Names", "name=Sara"),
        ("Unknown", "colour=red"),
        ("Bad level", "lang=ar&lang_min=z9"),
        (&"x".repeat(81), "isco=51"),
    ] {
        let refused = save(name, query).await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{name} {query}"
        );
        assert!(refused.body["error"].is_string());
    }
    let mine = get(&app, "officer", "/api/v1/searches").await;
    assert_eq!(mine.body.as_array().unwrap().len(), 1);
    assert_eq!(mine.body[0]["name"], "Cooks with Arabic");
    assert!(get(&app, "officer-2", "/api/v1/searches")
        .await
        .body
        .as_array()
        .unwrap()
        .is_empty());

    let id = saved.body["id"].as_str().unwrap();
    let other = app.login("officer-2").await;
    let uri = format!("/api/v1/searches/{id}");
    let refused = app.request("DELETE", &uri, Some(&other), None).await;
    assert_eq!(
        refused.status,
        StatusCode::NOT_FOUND,
        "not theirs to delete"
    );
    let deleted = app.request("DELETE", &uri, Some(&officer), None).await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT);
    assert!(get(&app, "officer", "/api/v1/searches")
        .await
        .body
        .as_array()
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn lists_sort_by_age_either_way_and_by_experience() {
    let (app, _) = setup().await;
    register(&app, "Young", None, 2000, "tailor").await;
    register(&app, "Old", None, 1960, "cook").await;
    let mut none = profile("Nojob", None, 1980, "cook");
    none["work"] = json!([]);
    send(&app, None, none).await;
    let names = |body: &serde_json::Value| -> Vec<String> {
        body["persons"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["given_name"].as_str().unwrap().to_owned())
            .collect()
    };
    let young_first = get(&app, "officer", "/api/v1/persons?sort=age").await;
    assert_eq!(names(&young_first.body), ["Young", "Nojob", "Old"]);
    let old_first = get(&app, "officer", "/api/v1/persons?sort=age_desc").await;
    assert_eq!(names(&old_first.body), ["Old", "Nojob", "Young"]);
    let experienced = get(&app, "officer", "/api/v1/persons?sort=experience").await;
    assert_eq!(names(&experienced.body).last().unwrap(), "Nojob");
    let refused = get(&app, "officer", "/api/v1/persons?sort=name").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn the_hand_over_shows_when_the_municipality_first_opened_the_profile() {
    let (app, _) = setup().await;
    register(&app, "Handed", None, 1990, "cook").await;
    let person = person_ids(&app).await.remove(0);
    let officer = app.login("officer").await;
    let settled = app
        .request(
            "PUT",
            &format!("/api/v1/persons/{person}/settlement"),
            Some(&officer),
            Some(json!({"municipality": MUNICIPALITY})),
        )
        .await;
    assert_eq!(settled.status, StatusCode::NO_CONTENT);
    let list = get(&app, "officer", "/api/v1/settlements").await;
    assert_eq!(list.status, StatusCode::OK);
    assert_eq!(list.body[0]["person_id"], person.as_str());
    assert_eq!(list.body[0]["given_name"], "Handed");
    assert_eq!(list.body[0]["municipality"], MUNICIPALITY);
    assert_eq!(list.body[0]["decided_by"], "officer");
    assert!(list.body[0]["opened_at"].is_null(), "not opened yet");

    // Another municipality's attempt does not count; the settling one's read does.
    let refused = get(&app, "muni-2", &format!("/api/v1/persons/{person}")).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert!(get(&app, "officer", "/api/v1/settlements").await.body[0]["opened_at"].is_null());
    let read = get(&app, "muni-1", &format!("/api/v1/persons/{person}")).await;
    assert_eq!(read.status, StatusCode::OK);
    let list = get(&app, "officer", "/api/v1/settlements").await;
    assert!(list.body[0]["opened_at"].is_i64(), "{}", list.body);

    for user in ["counsellor-a", "muni-1", "staff-a", "admin"] {
        assert_eq!(
            get(&app, user, "/api/v1/settlements").await.status,
            StatusCode::FORBIDDEN,
            "{user}"
        );
    }
}

#[tokio::test]
async fn staff_find_a_person_by_part_of_the_name_in_any_script_and_case() {
    let (app, _) = setup().await;
    register(&app, "Ṣāliḥ", None, 1990, "cook").await;
    register(&app, "ሰላም", None, 1991, "cook").await;
    register(&app, "Sara", None, 1992, "cook").await;
    let found = |user: &'static str, q: &'static str| {
        let app = &app;
        async move {
            let a = get(app, user, &format!("/api/v1/persons?name={q}")).await;
            assert_eq!(a.status, StatusCode::OK, "{}", a.body);
            a.body["total"].as_i64().unwrap()
        }
    };
    assert_eq!(found("officer", "SARA").await, 1);
    assert_eq!(found("officer", "%E1%88%B0%E1%88%8B").await, 1, "ሰላ");
    assert_eq!(
        found("officer", "%E1%B9%A3%C4%81").await,
        1,
        "ṣā, lower case of Ṣā"
    );
    assert_eq!(
        found("officer", "%25").await,
        0,
        "% is a character, not a wildcard"
    );
    assert_eq!(found("officer", "_").await, 0);
    assert_eq!(
        found("counsellor-a", "sa").await,
        1,
        "a counsellor finds within reach"
    );
    let long = "x".repeat(81);
    let refused = get(&app, "officer", &format!("/api/v1/persons?name={long}")).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_municipality_cannot_filter_its_inbox_by_centre() {
    // A shielded person's centre is kept from municipalities; a centre filter would reveal it.
    let (app, _) = setup().await;
    let probe = get(&app, "muni-1", "/api/v1/persons?centre=org-centre-a").await;
    assert_eq!(probe.status, StatusCode::FORBIDDEN);
    assert_eq!(
        get(&app, "muni-1", "/api/v1/persons").await.status,
        StatusCode::OK
    );
}
