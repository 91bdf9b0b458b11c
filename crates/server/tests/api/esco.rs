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

/// The person as an officer reads them.
async fn read(app: &crate::helpers::TestApp, id: &str) -> crate::helpers::Answer {
    let uri = format!("/api/v1/persons/{id}");
    app.expect("officer", "GET", &uri, StatusCode::OK).await
}

/// A profile with a chosen occupation (job 0) and two titles as written (jobs 1 and 2).
fn with_titles(titles: [&str; 2]) -> serde_json::Value {
    let mut p = profile("Amina", Some("202412345678"), 1990, "tailor");
    for title in titles {
        let job = serde_json::json!({"title": {"text": title, "lang": "ar"}, "years": 2});
        p["work"].as_array_mut().expect("jobs").push(job);
    }
    p
}

#[tokio::test]
async fn a_coded_job_title_is_kept_follows_the_title_and_leaves_with_the_person() {
    let (app, _) = setup().await;
    send(&app, None, with_titles(["تصليح الهواتف", "طباخ"])).await;
    let id = &person_ids(&app).await[0];
    let job = |n: usize| format!("/api/v1/persons/{id}/jobs/{n}/esco");
    let phone = serde_json::json!({"esco": crate::access::PHONE_REPAIR});
    let a = app
        .request(
            "PUT",
            &job(1),
            Some(&app.login("counsellor-a").await),
            Some(phone.clone()),
        )
        .await;
    assert_eq!(a.status, StatusCode::NO_CONTENT, "{}", a.body);
    let view = read(&app, id).await;
    let codes = &view.body["job_codes"];
    assert_eq!(codes.as_array().map(Vec::len), Some(1), "{codes}");
    assert_eq!(codes[0]["job"], 1);
    assert_eq!(codes[0]["esco"], crate::access::PHONE_REPAIR);
    assert_eq!(codes[0]["isco08"], "7422");
    assert_eq!(codes[0]["label"], "mobile phone repair technician");

    // Refusals: no such job, a chosen occupation (no title), an unknown URI, another centre's
    // counsellor, a municipality.
    let officer = app.login("officer").await;
    let put = |uri: String, body: serde_json::Value| {
        let officer = officer.clone();
        let app = &app;
        async move {
            app.request("PUT", &uri, Some(&officer), Some(body))
                .await
                .status
        }
    };
    assert_eq!(put(job(3), phone.clone()).await, StatusCode::NOT_FOUND);
    assert_eq!(
        put(job(0), phone.clone()).await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let unknown = serde_json::json!({"esco": "http://data.europa.eu/esco/occupation/nothing"});
    assert_eq!(put(job(2), unknown).await, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        put(job(2), serde_json::json!({"esco": 5})).await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    for user in ["counsellor-b", "muni-1", "staff-a"] {
        let a = app
            .request(
                "PUT",
                &job(2),
                Some(&app.login(user).await),
                Some(phone.clone()),
            )
            .await;
        assert!(
            matches!(a.status, StatusCode::NOT_FOUND | StatusCode::FORBIDDEN),
            "{user}: {}",
            a.status
        );
    }

    // A new version with the jobs in another order: the code follows its title; a title that
    // changed has none.
    send(&app, None, with_titles(["طباخ ماهر", "تصليح الهواتف"])).await;
    let view = read(&app, id).await;
    assert_eq!(view.body["versions"], 2);
    assert_eq!(view.body["job_codes"].as_array().map(Vec::len), Some(1));
    assert_eq!(view.body["job_codes"][0]["job"], 2);
    settle(&app, id, MUNICIPALITY).await;
    let export = app
        .expect(
            "muni-1",
            "GET",
            &format!("/api/v1/persons/{id}/export"),
            StatusCode::OK,
        )
        .await;
    assert_eq!(
        export.body["work"][2]["title_code"]["esco"],
        crate::access::PHONE_REPAIR
    );
    assert_eq!(export.body["work"][2]["title_code"]["isco08"], "7422");
    assert!(export.body["work"][1].get("title_code").is_none());

    // Removed, then coded again and erased with the person.
    let a = app.request("DELETE", &job(2), Some(&officer), None).await;
    assert_eq!(a.status, StatusCode::NO_CONTENT);
    let view = read(&app, id).await;
    assert_eq!(view.body["job_codes"], serde_json::json!([]));
    assert_eq!(put(job(2), phone).await, StatusCode::NO_CONTENT);
    assert_eq!(app.count("SELECT COUNT(*) FROM job_codes").await, 1);
    let a = app
        .request(
            "DELETE",
            &format!("/api/v1/persons/{id}"),
            Some(&officer),
            None,
        )
        .await;
    assert_eq!(a.status, StatusCode::NO_CONTENT);
    assert_eq!(app.count("SELECT COUNT(*) FROM job_codes").await, 0);
    let allowed = app.audit_rows("code_job").await;
    assert_eq!(
        allowed.iter().filter(|(_, o)| o == "allowed").count(),
        3,
        "{allowed:?}"
    );
}
