//! Admins grant and revoke shield rights in the staff app (`GET /users`,
//! `PUT /users/{id}/shielded`): only to settlement officers, audited; the officer then sees a
//! shielded person in search, statistics and the person screen, and after the revoke no more.

use crate::helpers::{new_id, Answer, TestApp, CENTRE};
use axum::http::StatusCode;
use evne_model::Role;
use serde_json::{json, Value};

async fn user_id(app: &TestApp, username: &str) -> String {
    sqlx::query_scalar("SELECT id FROM users WHERE username = $1")
        .bind(username)
        .fetch_one(&app.state.db)
        .await
        .unwrap()
}

/// What `officer` finds of `person`: in search, in statistics, on the person screen.
async fn sees(app: &TestApp, officer: &str, person: &str) -> [bool; 3] {
    let list = app
        .request("GET", "/api/v1/persons", Some(officer), None)
        .await;
    let listed = list.body["persons"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["id"] == person);
    let stats = app
        .request("GET", "/api/v1/stats?group=age", Some(officer), None)
        .await;
    assert_eq!(stats.status, StatusCode::OK);
    // Five persons: the total is shown, not suppressed.
    let total = stats.body["total"].as_i64().unwrap_or(0);
    let read = app
        .request(
            "GET",
            &format!("/api/v1/persons/{person}"),
            Some(officer),
            None,
        )
        .await;
    [listed, total > 0, read.status == StatusCode::OK]
}

/// An admin, an officer and reception staff.
async fn staffed() -> TestApp {
    let app = TestApp::spawn().await;
    app.add_users(&[
        ("admin", Role::Admin, None),
        ("officer", Role::SettlementOfficer, None),
        ("staff", Role::ReceptionStaff, Some(CENTRE)),
    ])
    .await;
    app
}

/// `PUT /users/{user_id}/shielded` with `handles_shielded`, with the session `cookie`.
async fn set_right(app: &TestApp, cookie: &str, user_id: &str, handles_shielded: bool) -> Answer {
    let uri = format!("/api/v1/users/{user_id}/shielded");
    let body = json!({ "handles_shielded": handles_shielded });
    app.request("PUT", &uri, Some(cookie), Some(body)).await
}

#[tokio::test]
async fn an_admin_lets_an_officer_see_shielded_persons_and_stops_it() {
    let app = staffed().await;
    // Five persons, so that the statistics show a cell; all shielded.
    for i in 0..5 {
        app.submit(app.submission(&new_id(), &format!("Skjermet {i}")))
            .await;
    }
    let (admin, officer) = (app.session("admin").await, app.session("officer").await);
    let persons: Vec<String> = sqlx::query_scalar("SELECT id FROM persons")
        .fetch_all(&app.state.db)
        .await
        .unwrap();
    for p in &persons {
        let uri = format!("/api/v1/persons/{p}/shielded");
        let shield = Some(json!({"shielded": true}));
        let a = app.request("PUT", &uri, Some(&admin), shield).await;
        assert_eq!(a.status, StatusCode::NO_CONTENT);
    }
    let person = persons[0].clone();
    assert_eq!(sees(&app, &officer, &person).await, [false; 3]);

    let users = app
        .request("GET", "/api/v1/users", Some(&admin), None)
        .await;
    assert_eq!(users.status, StatusCode::OK);
    let row: &Value = users
        .list()
        .iter()
        .find(|u| u["username"] == "officer")
        .unwrap();
    assert_eq!(row["handles_shielded"], false);
    assert_eq!(row["role"], "settlement_officer");
    let id = user_id(&app, "officer").await;

    let granted = set_right(&app, &admin, &id, true).await;
    assert_eq!(granted.status, StatusCode::NO_CONTENT);
    assert_eq!(sees(&app, &officer, &person).await, [true; 3]);

    let revoked = set_right(&app, &admin, &id, false).await;
    assert_eq!(revoked.status, StatusCode::NO_CONTENT);
    assert_eq!(sees(&app, &officer, &person).await, [false; 3]);

    let admin_id = user_id(&app, "admin").await;
    for action in ["grant_shielded", "revoke_shielded"] {
        let (actor,): (Option<String>,) =
            sqlx::query_as("SELECT actor FROM audit_log WHERE action = $1 AND subject = $2")
                .bind(action)
                .bind(&id)
                .fetch_one(&app.state.db)
                .await
                .unwrap();
        assert_eq!(
            actor.as_deref(),
            Some(admin_id.as_str()),
            "{action} names the admin"
        );
    }
}

#[tokio::test]
async fn only_officers_can_hold_the_right_and_only_admins_give_it() {
    let app = staffed().await;
    let (admin, officer) = (app.session("admin").await, app.session("officer").await);
    let staff = user_id(&app, "staff").await;
    let me = user_id(&app, "officer").await;
    let nobody = uuid::Uuid::now_v7().to_string();
    let refused = [
        (&admin, &staff, StatusCode::UNPROCESSABLE_ENTITY),
        (&admin, &nobody, StatusCode::NOT_FOUND),
        // An officer cannot give it to themself.
        (&officer, &me, StatusCode::FORBIDDEN),
    ];
    for (cookie, id, status) in refused {
        let a = set_right(&app, cookie, id, true).await;
        assert_eq!(a.status, status, "{id}: {}", a.body);
        if id == &staff {
            assert_eq!(a.body["error"], "invalid_input");
        }
    }
    let held: i64 = sqlx::query_scalar("SELECT handles_shielded FROM users WHERE id = $1")
        .bind(&me)
        .fetch_one(&app.state.db)
        .await
        .unwrap();
    assert_eq!(held, 0);
    let denied = app
        .count(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'grant_shielded' AND outcome = 'denied'",
        )
        .await;
    assert_eq!(denied, 3, "every refusal is audited");
}
