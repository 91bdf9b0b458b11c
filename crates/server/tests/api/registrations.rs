use crate::helpers::{new_id, send_raw, TestApp, ANONYMOUS};
use axum::http::StatusCode;
use evne_model::Role;

const REGISTRATIONS: &str = "/api/v1/registrations";

#[tokio::test]
async fn without_a_session_the_list_is_401() {
    let app = TestApp::spawn().await;
    app.submit(app.submission(&new_id(), "Sara")).await;

    let res = app
        .expect(ANONYMOUS, "GET", REGISTRATIONS, StatusCode::UNAUTHORIZED)
        .await;
    assert!(!res.body.to_string().contains("Sara"));
}

#[tokio::test]
async fn other_roles_get_403_and_the_refusal_is_audited() {
    let app = TestApp::spawn().await;
    app.submit(app.submission(&new_id(), "Sara")).await;
    for (name, role) in [
        ("staff", Role::ReceptionStaff),
        ("counsellor", Role::Counsellor),
        ("kommune", Role::Municipality),
        ("admin", Role::Admin),
    ] {
        app.add_user(name, role).await;
        app.expect(name, "GET", REGISTRATIONS, StatusCode::FORBIDDEN)
            .await;
    }
    app.expect_denied("list_registrations", 4).await;
}

#[tokio::test]
async fn an_officer_sees_each_registration_once_and_each_person_read_is_audited() {
    let app = TestApp::spawn().await;
    let (a, b) = (new_id(), new_id());
    app.submit(app.submission(&a, "ሰላም")).await;
    app.submit(app.submission(&b, "Amina")).await;
    app.submit(app.submission(&a, "ሰላም")).await;
    app.add_user("officer", Role::SettlementOfficer).await;

    let res = app
        .expect("officer", "GET", REGISTRATIONS, StatusCode::OK)
        .await;
    let list = res.list();
    assert_eq!(list.len(), 2);
    let names: Vec<_> = list
        .iter()
        .map(|r| {
            r["profile"]["person"]["given_name"]["text"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert!(names.contains(&"ሰላም") && names.contains(&"Amina"));
    let reads = app.audit_rows("read_profile").await;
    let mut subjects: Vec<_> = reads.into_iter().filter_map(|(s, _)| s).collect();
    subjects.sort();
    // The audit names the persons read, not the submissions.
    let mut expected: Vec<String> = list
        .iter()
        .map(|r| r["person_id"].as_str().unwrap().to_owned())
        .collect();
    expected.sort();
    assert_eq!(subjects, expected);
    assert!(!subjects.contains(&a) && !subjects.contains(&b));
}

#[tokio::test]
async fn api_answers_are_never_cached_and_carry_a_strict_csp() {
    let app = TestApp::spawn().await;
    let req = axum::http::Request::get("/api/v1/registrations")
        .body(axum::body::Body::empty())
        .unwrap();
    let res = tower::ServiceExt::oneshot(app.router(), req).await.unwrap();
    let h = res.headers();
    assert_eq!(h["cache-control"], "no-store");
    let csp = h["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("'wasm-unsafe-eval'") && !csp.contains("unsafe-inline"));
}

#[tokio::test]
async fn every_answer_carries_the_security_headers_and_hsts_only_behind_https() {
    let app = TestApp::spawn().await;
    let get = |router: axum::Router, uri: &'static str| async move {
        let req = axum::http::Request::get(uri)
            .body(axum::body::Body::empty())
            .unwrap();
        tower::ServiceExt::oneshot(router, req).await.unwrap()
    };
    for uri in ["/api/v1/me", "/", "/staff/"] {
        let res = get(app.router(), uri).await;
        let h = res.headers();
        assert_eq!(h["x-content-type-options"], "nosniff", "{uri}");
        assert_eq!(h["x-frame-options"], "DENY", "{uri}");
        assert_eq!(h["referrer-policy"], "no-referrer", "{uri}");
        assert!(h["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("frame-ancestors 'none'"));
        assert!(
            !h.contains_key("strict-transport-security"),
            "plain HTTP: {uri}"
        );
    }
    let secure = app.router_with(|s| s.cookie_secure = true);
    let res = get(secure, "/api/v1/me").await;
    assert_eq!(
        res.headers()["strict-transport-security"],
        "max-age=63072000; includeSubDomains"
    );
}

#[tokio::test]
async fn the_app_is_sent_precompressed_to_browsers_that_accept_it() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("index.html"),
        "<!doctype html><title>x</title>",
    )
    .unwrap();
    std::fs::write(dir.path().join("evne.js"), "console.log(1)").unwrap();
    std::fs::write(dir.path().join("evne.js.br"), "brotli bytes").unwrap();
    std::fs::write(dir.path().join("evne.js.gz"), "gzip bytes").unwrap();
    let router = app.router_with(|s| s.app_dir = dir.path().to_owned());
    for (accept, encoding, body) in [
        ("br, gzip", Some("br"), "brotli bytes"),
        ("gzip", Some("gzip"), "gzip bytes"),
        ("identity", None, "console.log(1)"),
    ] {
        let req = axum::http::Request::get("/evne.js")
            .header("accept-encoding", accept)
            .body(axum::body::Body::empty())
            .unwrap();
        let res = tower::ServiceExt::oneshot(router.clone(), req)
            .await
            .unwrap();
        assert_eq!(
            res.headers()
                .get("content-encoding")
                .map(|v| v.to_str().unwrap()),
            encoding,
            "{accept}"
        );
        let bytes = axum::body::to_bytes(res.into_body(), 1 << 20)
            .await
            .unwrap();
        assert_eq!(bytes, body.as_bytes(), "{accept}");
    }
}

#[tokio::test]
async fn a_request_over_its_time_is_answered_with_the_error_shape() {
    let app = TestApp::spawn().await;
    let impatient = app.router_with(|s| s.request_timeout = std::time::Duration::ZERO);
    // A login waits on the database (the attempt is counted first), so no-time-at-all passes.
    let req = axum::http::Request::post("/api/v1/login")
        .header("content-type", "application/json")
        .body(axum::body::Body::from(
            r#"{"username": "nobody", "password": "whatever it is"}"#,
        ))
        .unwrap();
    let (status, bytes) = send_raw(&impatient, req).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    let body: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(body["error"], "timeout");
}
