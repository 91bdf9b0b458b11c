//! Hardening: cross-site requests are refused, and no JSON body, however malformed, makes any
//! endpoint answer 5xx or anything but the one error shape.

use crate::helpers::{new_id, TestApp};
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use evne_model::Role;
use evne_server::http::ENDPOINTS;
use http_body_util::BodyExt;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{json, Value};
use tower::ServiceExt;

#[tokio::test]
async fn a_state_change_from_another_site_is_refused() {
    let app = TestApp::spawn().await;
    app.add_user("officer", Role::SettlementOfficer).await;
    let cookie = app.login("officer").await;
    let send = |origin: Option<&'static str>| {
        let mut req = Request::post("/api/v1/logout")
            .header(header::HOST, "evne.example")
            .header(header::COOKIE, &cookie);
        if let Some(o) = origin {
            req = req.header(header::ORIGIN, o);
        }
        app.router().oneshot(req.body(Body::empty()).unwrap())
    };
    let evil = send(Some("https://evil.example")).await.unwrap();
    assert_eq!(evil.status(), StatusCode::FORBIDDEN);
    let me = app.request("GET", "/api/v1/me", Some(&cookie), None).await;
    assert_eq!(
        me.status,
        StatusCode::OK,
        "the session survived the forged request"
    );
    let same = send(Some("https://evne.example")).await.unwrap();
    assert!(same.status().is_success());
}

/// Arbitrary JSON, nested a few levels.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "\\PC{0,20}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            proptest::collection::hash_map("[a-z_]{1,12}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

#[tokio::test]
async fn no_body_makes_any_endpoint_fail_with_5xx_or_another_shape() {
    let app = TestApp::spawn().await;
    app.add_user("officer", Role::SettlementOfficer).await;
    app.submit(app.submission(&new_id(), "Fuzz")).await;
    let cookie = app.login("officer").await;
    let person: String = sqlx::query_scalar("SELECT id FROM persons")
        .fetch_one(&app.state.db)
        .await
        .unwrap();

    let mut runner = TestRunner::new(Config {
        cases: 24,
        ..Config::default()
    });
    let mut bodies = vec![];
    for _ in 0..24 {
        bodies.push(
            any_json()
                .new_tree(&mut runner)
                .unwrap()
                .current()
                .to_string(),
        );
    }
    // Also bytes that are not JSON at all, and a body of the right shape with wrong types.
    bodies.extend(["{", "[]", "\"x\"", "null", "\u{0}", "{\"municipality\": 5}"].map(String::from));
    // Ending the session or erasing the person would leave nothing to reach; neither reads a body.
    let bodiless = [("POST", "/logout"), ("DELETE", "/persons/{id}")];
    let endpoints = ENDPOINTS.iter().map(|e| (e.method, e.path));
    for (method, path) in endpoints.filter(|e| !bodiless.contains(e)) {
        let uri = format!(
            "/api/v1{}",
            path.replace("{id}", &person).replace("{job}", "0")
        );
        for body in &bodies {
            for auth in [header::COOKIE, header::AUTHORIZATION] {
                let value = if auth == header::COOKIE {
                    cookie.clone()
                } else {
                    format!("Bearer {}", app.device_token)
                };
                let req = Request::builder()
                    .method(method)
                    .uri(&uri)
                    .header(header::CONTENT_TYPE, "application/json")
                    .header(auth, value)
                    .body(Body::from(body.clone()))
                    .unwrap();
                let res = app.router().oneshot(req).await.unwrap();
                let status = res.status();
                let bytes = res.into_body().collect().await.unwrap().to_bytes();
                assert!(
                    !status.is_server_error(),
                    "{method} {path} with {body}: {status}"
                );
                if status.is_client_error() {
                    let v: Value = serde_json::from_slice(&bytes).unwrap_or(json!(null));
                    assert!(
                        v["error"].is_string(),
                        "{method} {path} with {body}: {status} {v}"
                    );
                }
            }
        }
    }
}
