//! Coding a job title to ESCO (`GET /esco/occupations`) and the codes an export carries.

use crate::persons::{person_ids, profile, send, settle, setup, MUNICIPALITY};
use axum::http::StatusCode;

const SEARCH: &str = "/api/v1/esco/occupations";

#[tokio::test]
async fn counsellors_and_officers_code_a_job_title_to_esco() {
    let (app, _) = setup().await;
    for user in ["counsellor-a", "officer"] {
        let a = app
            .expect(
                user,
                "GET",
                &format!("{SEARCH}?q=phone%20repair&limit=3"),
                StatusCode::OK,
            )
            .await;
        let found = a.body.as_array().expect("a list");
        assert_eq!(found.len(), 3);
        assert_eq!(found[0]["label"], "mobile phone repair technician");
        assert_eq!(found[0]["isco08"], "7422");
        assert!(found[0]["uri"]
            .as_str()
            .is_some_and(|u| u.starts_with("http://data.europa.eu/esco/occupation/")));
        assert!(found[0]["isco_label"]
            .as_str()
            .is_some_and(|l| !l.is_empty()));
    }
    let nothing = app
        .expect(
            "officer",
            "GET",
            &format!("{SEARCH}?q=%20and%20"),
            StatusCode::OK,
        )
        .await;
    assert_eq!(nothing.body, serde_json::json!([]));
    let too_long = format!("{SEARCH}?q={}", "a".repeat(101));
    app.expect_statuses(&[
        // A query string that does not parse is a bad request; one that says too much or too
        // little, unprocessable.
        ("officer", "GET", SEARCH, StatusCode::BAD_REQUEST),
        (
            "officer",
            "GET",
            &format!("{SEARCH}?q="),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "officer",
            "GET",
            &too_long,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "officer",
            "GET",
            &format!("{SEARCH}?q=cook&limit=0"),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "officer",
            "GET",
            &format!("{SEARCH}?q=cook&limit=51"),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "officer",
            "GET",
            &format!("{SEARCH}?q=cook&limit=x"),
            StatusCode::BAD_REQUEST,
        ),
        (
            "officer",
            "GET",
            &format!("{SEARCH}?q=cook&x=1"),
            StatusCode::BAD_REQUEST,
        ),
        (
            "staff-a",
            "GET",
            &format!("{SEARCH}?q=cook"),
            StatusCode::FORBIDDEN,
        ),
        (
            "muni-1",
            "GET",
            &format!("{SEARCH}?q=cook"),
            StatusCode::FORBIDDEN,
        ),
    ])
    .await;
    app.expect_denied("code_title", 2).await;
}

#[tokio::test]
async fn an_export_carries_the_isco_and_esco_codes_of_each_job() {
    let (app, _) = setup().await;
    send(&app, None, profile("Amina", None, 1990, "tailor")).await;
    let id = &person_ids(&app).await[0];
    settle(&app, id, MUNICIPALITY).await;
    let export = format!("/api/v1/persons/{id}/export");
    let json = app.expect("muni-1", "GET", &export, StatusCode::OK).await;
    let occupation = &json.body["work"][0]["occupation"];
    assert_eq!(occupation["id"], "tailor");
    assert_eq!(occupation["isco08"], "7531");
    assert_eq!(
        occupation["esco"],
        "http://data.europa.eu/esco/occupation/978ae3a2-0831-415a-8396-b84dde656fc5"
    );
    let cookie = app.login("muni-1").await;
    let csv = app
        .request_raw("GET", &format!("{export}?format=csv"), &cookie)
        .await;
    assert!(csv
        .contains("\"work[0].occupation.esco\",\"http://data.europa.eu/esco/occupation/978ae3a2"));
    let admin = evne_server::admin::export_person(&app.state.db, id)
        .await
        .expect("exported");
    assert!(admin.contains("978ae3a2-0831-415a-8396-b84dde656fc5"));
}
