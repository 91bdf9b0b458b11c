use crate::helpers::TestApp;
use axum::http::StatusCode;
use evne_server::admin;
use serde_json::json;

#[tokio::test]
async fn an_admin_made_user_logs_in_with_the_printed_password_until_it_is_reset() {
    let app = TestApp::spawn().await;
    let db = &app.state.db;
    let centre = admin::create_organisation(db, "reception_centre", "Mottak Nord")
        .await
        .unwrap();
    let first = admin::create_user(db, "kari", "reception_staff", Some(&centre))
        .await
        .unwrap();
    let login = |password: String| {
        app.request(
            "POST",
            "/api/login",
            None,
            Some(json!({"username": "kari", "password": password})),
        )
    };
    let ok = login(first.clone()).await;
    assert_eq!(ok.status, StatusCode::OK);
    assert_eq!(ok.body["role"], "reception_staff");
    let cookie = ok.set_cookie.unwrap().split(';').next().unwrap().to_owned();

    let second = admin::reset_password(db, "kari").await.unwrap();
    assert_ne!(first, second);
    assert_eq!(login(first).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(login(second).await.status, StatusCode::OK);
    let old = app.request("GET", "/api/me", Some(&cookie), None).await;
    assert_eq!(
        old.status,
        StatusCode::UNAUTHORIZED,
        "a reset ends old sessions"
    );
}

#[tokio::test]
async fn bad_admin_input_is_refused_with_a_reason() {
    let app = TestApp::spawn().await;
    let db = &app.state.db;
    let err = |r: anyhow::Result<String>| r.unwrap_err().to_string();
    assert!(err(admin::create_organisation(db, "castle", "X").await).contains("kind"));
    assert!(err(admin::create_user(db, "a b", "admin", None).await).contains("one word"));
    assert!(err(admin::create_user(db, "ola", "resident", None).await).contains("role"));
    assert!(err(admin::create_user(db, "ola", "admin", Some("nope")).await).contains("nope"));
    admin::create_user(db, "ola", "admin", None).await.unwrap();
    assert!(err(admin::create_user(db, "ola", "admin", None).await).contains("taken"));
    assert!(err(admin::reset_password(db, "ghost").await).contains("ghost"));
}
