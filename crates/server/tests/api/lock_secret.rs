//! `POST /api/v1/devices/lock-secret`: a tablet without WebAuthn PRF gets its draft lock's
//! secret only with its own token and a staff login of its own centre; always the same secret,
//! never to a revoked tablet, never with a session left behind; every answer audited.

use crate::helpers::{enrol_device, with_centre_staff, Answer, TestApp, CENTRE, PASSWORD};
use axum::http::StatusCode;
use evne_model::Role;
use serde_json::{json, Value};

const PATH: &str = "/api/v1/devices/lock-secret";

fn creds(username: &str, password: &str) -> Option<Value> {
    Some(json!({"username": username, "password": password}))
}

/// Reception staff of both centres, a counsellor and an admin.
async fn staffed() -> TestApp {
    let app = with_centre_staff().await;
    app.add_user("admin", Role::Admin).await;
    app
}

/// The secret asked for with the tablet's `token` and this staff login.
async fn release(app: &TestApp, token: &str, username: &str, password: &str) -> Answer {
    let body = creds(username, password);
    app.request_with_bearer("POST", PATH, token, body).await
}

#[tokio::test]
async fn a_tablet_and_its_centre_s_staff_get_the_same_secret_every_time() {
    let app = staffed().await;
    let token = app.device_token.clone();
    let first = release(&app, &token, "staff-a", PASSWORD).await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.body);
    let secret = first.body["secret"].as_str().unwrap().to_owned();
    let bytes =
        base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, &secret).unwrap();
    assert_eq!(bytes.len(), 32);
    let again = release(&app, &token, "staff-a", PASSWORD).await;
    assert_eq!(
        again.body["secret"],
        secret.as_str(),
        "the lock opens again"
    );

    // Another tablet has another secret.
    let (_, other) = enrol_device(&app.state.db, CENTRE).await;
    let theirs = release(&app, &other, "staff-a", PASSWORD).await;
    assert_eq!(theirs.status, StatusCode::OK);
    assert_ne!(theirs.body["secret"], secret.as_str());

    // No session was made: the login is for this release only.
    let sessions = app.count("SELECT COUNT(*) FROM sessions").await;
    assert_eq!(sessions, 0);
    let device: String = sqlx::query_scalar("SELECT id FROM devices WHERE token_hash = $1")
        .bind(evne_server::auth::token_hash(&token))
        .fetch_one(&app.state.db)
        .await
        .unwrap();
    let rows = app.audit_rows("release_lock_secret").await;
    assert_eq!(rows[0], (Some(device), "allowed".to_owned()));
    assert_eq!(rows.len(), 3);
}

#[tokio::test]
async fn nobody_else_gets_it() {
    let app = staffed().await;
    let token = app.device_token.clone();
    let refused = [
        // Another centre's staff, a counsellor of the tablet's centre, an admin.
        ("staff-b", PASSWORD, StatusCode::FORBIDDEN),
        ("counsellor-a", PASSWORD, StatusCode::FORBIDDEN),
        ("admin", PASSWORD, StatusCode::FORBIDDEN),
        // A wrong password, an unknown username.
        ("staff-a", "not the password", StatusCode::UNAUTHORIZED),
        ("nobody", PASSWORD, StatusCode::UNAUTHORIZED),
    ];
    for (username, password, status) in refused {
        let a = release(&app, &token, username, password).await;
        assert_eq!(a.status, status, "{username} {password}");
        assert!(a.body.get("secret").is_none());
    }
    // The right login without the tablet's token, or with another's that was revoked.
    let none = app
        .request("POST", PATH, None, creds("staff-a", PASSWORD))
        .await;
    assert_eq!(none.status, StatusCode::UNAUTHORIZED);
    assert_eq!(none.body["error"], "device_not_enrolled");
    let (id, revoked) = enrol_device(&app.state.db, CENTRE).await;
    evne_server::admin::revoke_device(&app.state.db, &id)
        .await
        .unwrap();
    let a = release(&app, &revoked, "staff-a", PASSWORD).await;
    assert_eq!(a.status, StatusCode::UNAUTHORIZED);
    let denied = app
        .audit_rows("release_lock_secret")
        .await
        .into_iter()
        .filter(|(_, outcome)| outcome == "denied")
        .count();
    assert_eq!(
        denied, 5,
        "every refused login and every wrong caller is audited"
    );
    let kept: Option<String> =
        sqlx::query_scalar("SELECT lock_secret FROM devices WHERE token_hash = $1")
            .bind(evne_server::auth::token_hash(&token))
            .fetch_one(&app.state.db)
            .await
            .unwrap();
    assert_eq!(kept, None, "no secret is made for a refused caller");
}

#[tokio::test]
async fn guessing_a_password_through_a_tablet_is_throttled_like_a_login() {
    let app = staffed().await;
    let token = app.device_token.clone();
    let mut last = StatusCode::OK;
    for _ in 0..20 {
        last = release(&app, &token, "staff-a", "wrong").await.status;
        if last == StatusCode::TOO_MANY_REQUESTS {
            break;
        }
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
    let a = release(&app, &token, "staff-a", PASSWORD).await;
    assert_eq!(
        a.status,
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password waits"
    );
}

#[tokio::test]
async fn a_one_time_password_must_be_changed_first() {
    let app = staffed().await;
    let sql = "UPDATE users SET must_change_password = 1 WHERE username = $1";
    app.execute(sql, &["staff-a"]).await;
    let a = release(&app, &app.device_token, "staff-a", PASSWORD).await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);
}
