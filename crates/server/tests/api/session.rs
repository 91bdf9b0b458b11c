use crate::helpers::{TestApp, PASSWORD};
use axum::http::StatusCode;
use evne_model::Role;
use serde_json::json;

#[tokio::test]
async fn login_sets_a_strict_http_only_cookie_and_logout_invalidates_it() {
    let app = TestApp::spawn().await;
    app.add_user("officer", Role::SettlementOfficer).await;

    let res = app.login_with("officer", PASSWORD).await;
    let set = res.set_cookie.clone().unwrap();
    assert!(set.contains("HttpOnly"));
    assert!(set.contains("SameSite=Strict"));
    assert_eq!(res.body["role"], "settlement_officer");
    let cookie = Some(res.cookie());
    let status = |method: &'static str, uri: &'static str| {
        let (app, cookie) = (&app, cookie.as_deref());
        async move { app.request(method, uri, cookie, None).await.status }
    };

    assert_eq!(status("GET", "/api/v1/me").await, StatusCode::OK);
    let out = status("POST", "/api/v1/logout").await;
    assert_eq!(out, StatusCode::NO_CONTENT);
    assert_eq!(
        status("GET", "/api/v1/me").await,
        StatusCode::UNAUTHORIZED,
        "the old cookie is dead server-side"
    );
}

#[tokio::test]
async fn wrong_password_and_unknown_user_look_the_same_and_are_audited() {
    let app = TestApp::spawn().await;
    app.add_user("officer", Role::SettlementOfficer).await;

    let wrong = app.login_with("officer", "nope").await;
    let unknown = app.login_with("ghost", "nope").await;

    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.body, unknown.body);
    assert!(wrong.set_cookie.is_none());
    app.expect_denied("login", 2).await;
}

#[tokio::test]
async fn an_idle_session_expires() {
    let app = TestApp::spawn().await;
    app.add_user("officer", Role::SettlementOfficer).await;
    let cookie = app.login("officer").await;
    // Pretend the last request was 31 minutes ago.
    app.execute(
        "UPDATE sessions SET last_seen_at = last_seen_at - 31 * 60",
        &[],
    )
    .await;
    let res = app.request("GET", "/api/v1/me", Some(&cookie), None).await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_forged_cookie_is_not_a_session() {
    let app = TestApp::spawn().await;
    let res = app
        .request("GET", "/api/v1/me", Some("evne_session=forged-token"), None)
        .await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    assert_eq!(res.body["error"], "unauthorized");
}

#[tokio::test]
async fn repeated_failures_lock_a_username_even_for_the_right_password() {
    let app = TestApp::spawn().await;
    app.add_user("officer", Role::SettlementOfficer).await;
    let attempt = |password: &'static str| app.login_with("officer", password);
    for _ in 0..4 {
        assert_eq!(attempt("wrong").await.status, StatusCode::UNAUTHORIZED);
    }
    // A success clears the count.
    assert_eq!(attempt(PASSWORD).await.status, StatusCode::OK);
    for _ in 0..5 {
        assert_eq!(attempt("wrong").await.status, StatusCode::UNAUTHORIZED);
    }
    let locked = attempt(PASSWORD).await;
    assert_eq!(locked.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(locked.body["error"], "too_many_attempts");
    assert!(locked.set_cookie.is_none());

    // The lock ends (it ran out a moment ago).
    app.execute("UPDATE login_failures SET locked_until = 1", &[])
        .await;
    assert_eq!(attempt(PASSWORD).await.status, StatusCode::OK);
}

#[tokio::test]
async fn unknown_usernames_lock_the_same_way() {
    let app = TestApp::spawn().await;
    for _ in 0..5 {
        let a = app.login_with("nobody", "x").await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED);
    }
    let a = app.login_with("nobody", "x").await;
    assert_eq!(a.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_parallel_guesses_gets_no_more_tries_than_the_limit() {
    let app = TestApp::spawn().await;
    app.add_user("officer", Role::SettlementOfficer).await;
    let tries: Vec<_> = (0..20)
        .map(|_| {
            let router = app.router();
            tokio::spawn(async move {
                let req = axum::http::Request::post("/api/v1/login")
                    .header("content-type", "application/json")
                    .body(axum::body::Body::from(
                        json!({"username": "officer", "password": "guess"}).to_string(),
                    ))
                    .unwrap();
                tower::ServiceExt::oneshot(router, req)
                    .await
                    .unwrap()
                    .status()
            })
        })
        .collect();
    let mut answers = vec![];
    for t in tries {
        answers.push(t.await.unwrap());
    }
    let checked = answers
        .iter()
        .filter(|s| **s == StatusCode::UNAUTHORIZED)
        .count();
    let refused = answers
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!((checked, refused), (5, 15), "{answers:?}");
}
