//! What settlement officers work with beside search: saved searches, sorting, and the
//! hand-over status of settlements.

use crate::helpers::{Answer, TestApp};
use crate::persons::{
    get, given_names, person_ids, profile, register, register_each, send, settle, setup,
    MUNICIPALITY,
};
use axum::http::StatusCode;
use serde_json::json;

/// `user` saves a search of `query` under `name`.
pub(crate) async fn save_search(app: &TestApp, user: &str, name: &str, query: &str) -> Answer {
    let body = json!({"name": name, "query": query});
    app.call_as(user, "POST", "/api/v1/searches", Some(body))
        .await
}

#[tokio::test]
async fn officers_save_searches_of_valid_filters_and_keep_them_to_themselves() {
    let (app, _) = setup().await;
    app.add_user("officer-2", evne_model::Role::SettlementOfficer)
        .await;
    let saved = save_search(
        &app,
        "officer",
        "Cooks with Arabic",
        "isco=51&lang=ar&lang_min=b1&page=3",
    )
    .await;
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
        let refused = save_search(&app, "officer", name, query).await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{name} {query}"
        );
        assert!(refused.body["error"].is_string());
    }
    let searches = |user: &'static str| {
        let app = &app;
        async move {
            let a = get(app, user, "/api/v1/searches").await;
            a.list().to_vec()
        }
    };
    let mine = searches("officer").await;
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0]["name"], "Cooks with Arabic");
    assert!(searches("officer-2").await.is_empty());

    let uri = format!("/api/v1/searches/{}", saved.body["id"].as_str().unwrap());
    app.expect_statuses(&[
        // Not theirs to delete.
        ("officer-2", "DELETE", &uri, StatusCode::NOT_FOUND),
        ("officer", "DELETE", &uri, StatusCode::NO_CONTENT),
    ])
    .await;
    assert!(searches("officer").await.is_empty());
}

#[tokio::test]
async fn lists_sort_by_age_either_way_and_by_experience() {
    let (app, _) = setup().await;
    register(&app, "Young", None, 2000, "tailor").await;
    register(&app, "Old", None, 1960, "cook").await;
    let mut none = profile("Nojob", None, 1980, "cook");
    none["work"] = json!([]);
    send(&app, None, none).await;
    let by_name = "/api/v1/persons?sort=name";
    app.expect("officer", "GET", by_name, StatusCode::UNPROCESSABLE_ENTITY)
        .await;
    let names = given_names;
    let young_first = get(&app, "officer", "/api/v1/persons?sort=age").await;
    assert_eq!(names(&young_first.body), ["Young", "Nojob", "Old"]);
    let old_first = get(&app, "officer", "/api/v1/persons?sort=age_desc").await;
    assert_eq!(names(&old_first.body), ["Old", "Nojob", "Young"]);
    let experienced = get(&app, "officer", "/api/v1/persons?sort=experience").await;
    assert_eq!(names(&experienced.body).last().unwrap(), "Nojob");
}

#[tokio::test]
async fn the_hand_over_shows_when_the_municipality_first_opened_the_profile() {
    let (app, _) = setup().await;
    register(&app, "Handed", None, 1990, "cook").await;
    let person = person_ids(&app).await.remove(0);
    settle(&app, &person, MUNICIPALITY).await;
    let settlements = "/api/v1/settlements";
    let list = app
        .expect("officer", "GET", settlements, StatusCode::OK)
        .await;
    assert_eq!(list.body[0]["person_id"], person.as_str());
    assert_eq!(list.body[0]["given_name"], "Handed");
    assert_eq!(list.body[0]["municipality"], MUNICIPALITY);
    assert_eq!(list.body[0]["decided_by"], "officer");
    assert!(list.body[0]["opened_at"].is_null(), "not opened yet");

    // Another municipality's attempt does not count; the settling one's read does.
    let uri = format!("/api/v1/persons/{person}");
    app.expect("muni-2", "GET", &uri, StatusCode::NOT_FOUND)
        .await;
    assert!(get(&app, "officer", settlements).await.body[0]["opened_at"].is_null());
    app.expect("muni-1", "GET", &uri, StatusCode::OK).await;
    let list = get(&app, "officer", settlements).await;
    assert!(list.body[0]["opened_at"].is_i64(), "{}", list.body);

    for user in ["counsellor-a", "muni-1", "staff-a", "admin"] {
        app.expect(user, "GET", settlements, StatusCode::FORBIDDEN)
            .await;
    }
}

#[tokio::test]
async fn staff_find_a_person_by_part_of_the_name_in_any_script_and_case() {
    let (app, _) = setup().await;
    register_each(&app, &["Ṣāliḥ", "ሰላም", "Sara"], 1990, "cook").await;
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
    let long = format!("/api/v1/persons?name={}", "x".repeat(81));
    app.expect("officer", "GET", &long, StatusCode::UNPROCESSABLE_ENTITY)
        .await;
}

#[tokio::test]
async fn a_municipality_cannot_filter_its_inbox_by_centre() {
    // A shielded person's centre is kept from municipalities; a centre filter would reveal it.
    let (app, _) = setup().await;
    app.expect_statuses(&[
        (
            "muni-1",
            "GET",
            "/api/v1/persons?centre=org-centre-a",
            StatusCode::FORBIDDEN,
        ),
        ("muni-1", "GET", "/api/v1/persons", StatusCode::OK),
    ])
    .await;
}
