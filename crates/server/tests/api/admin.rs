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
    let first = admin::create_user(db, "kari", "reception_staff", Some(&centre), &[])
        .await
        .unwrap();
    let ok = app.login_with("kari", &first).await;
    assert_eq!(ok.status, StatusCode::OK);
    assert_eq!(ok.body["role"], "reception_staff");
    let cookie = ok.cookie();

    let second = admin::reset_password(db, "kari").await.unwrap();
    assert_ne!(first, second);
    assert_eq!(
        app.login_with("kari", &first).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(app.login_with("kari", &second).await.status, StatusCode::OK);
    let old = app.request("GET", "/api/v1/me", Some(&cookie), None).await;
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
    assert!(err(admin::create_user(db, "a b", "admin", None, &[]).await).contains("one word"));
    assert!(err(admin::create_user(db, "ola", "resident", None, &[]).await).contains("role"));
    assert!(err(admin::create_user(db, "ola", "admin", Some("nope"), &[]).await).contains("nope"));
    admin::create_user(db, "ola", "admin", None, &[])
        .await
        .unwrap();
    assert!(err(admin::create_user(db, "ola", "admin", None, &[]).await).contains("taken"));
    assert!(err(admin::reset_password(db, "ghost").await).contains("ghost"));
}

#[tokio::test]
async fn a_one_time_password_must_be_replaced_before_anything_else() {
    let app = TestApp::spawn().await;
    let first = admin::create_user(&app.state.db, "officer", "settlement_officer", None, &[])
        .await
        .unwrap();
    let res = app.login_with("officer", &first).await;
    assert_eq!(res.body["must_change_password"], true);
    let cookie = res.cookie();

    let blocked = app
        .request("GET", "/api/v1/registrations", Some(&cookie), None)
        .await;
    assert_eq!(blocked.status, StatusCode::FORBIDDEN);
    assert_eq!(blocked.body["error"], "password_change_required");

    let change = |current: &str, new: &str| {
        let body = json!({"current": current, "new": new});
        let cookie = cookie.clone();
        let app = &app;
        async move {
            app.request("POST", "/api/v1/password", Some(&cookie), Some(body))
                .await
        }
    };
    assert_eq!(change(&first, "short").await.body["error"], "weak_password");
    assert_eq!(change(&first, &first).await.body["error"], "weak_password");
    assert_eq!(
        change("wrong", "a much longer passphrase").await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        change(&first, "a much longer passphrase").await.status,
        StatusCode::NO_CONTENT
    );

    let open = app
        .request("GET", "/api/v1/registrations", Some(&cookie), None)
        .await;
    assert_eq!(open.status, StatusCode::OK, "the same session goes on");
}

#[tokio::test]
async fn the_audit_log_is_readable_by_officers_only_and_cannot_be_edited() {
    let app = TestApp::spawn().await;
    app.add_user("officer", evne_model::Role::SettlementOfficer)
        .await;
    app.add_user("kommune", evne_model::Role::Municipality)
        .await;
    app.expect("kommune", "GET", "/api/v1/audit", StatusCode::FORBIDDEN)
        .await;
    let rows = app
        .expect("officer", "GET", "/api/v1/audit?limit=5", StatusCode::OK)
        .await;
    let actions: Vec<_> = rows.list().iter().map(|r| r["action"].clone()).collect();
    assert_eq!(
        actions[0], "read_audit",
        "reading it is audited, newest first"
    );
    assert!(actions.contains(&json!("login")));

    let edit = sqlx::query("UPDATE audit_log SET outcome = 'allowed'")
        .execute(&app.state.db)
        .await;
    assert!(edit.unwrap_err().to_string().contains("append-only"));
    let delete = sqlx::query("DELETE FROM audit_log")
        .execute(&app.state.db)
        .await;
    assert!(delete.is_err());
}

#[tokio::test]
async fn the_admin_cli_enrols_and_revokes_tablets_and_exports_and_erases_a_person() {
    use crate::helpers::{new_id, CENTRE};
    let app = TestApp::spawn().await;
    let db = &app.state.db;
    assert!(admin::enrol_device(db, "no-such-centre").await.is_err());
    let (id, token) = admin::enrol_device(db, CENTRE).await.unwrap();
    let sent = app
        .submit_with(Some(&token), app.submission(&new_id(), "Cli"))
        .await;
    assert_eq!(sent.status, StatusCode::OK);
    admin::revoke_device(db, &id).await.unwrap();
    assert!(
        admin::revoke_device(db, &id).await.is_err(),
        "already revoked"
    );
    let refused = app
        .submit_with(Some(&token), app.submission(&new_id(), "Cli"))
        .await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);

    let person: String = sqlx::query_scalar("SELECT id FROM persons")
        .fetch_one(db)
        .await
        .unwrap();
    let json = admin::export_person(db, &person).await.unwrap();
    assert!(json.contains("\"Cli\""), "{json}");
    admin::erase_person(db, &person).await.unwrap();
    assert!(admin::export_person(db, &person).await.is_err());
    assert!(admin::erase_person(db, &person).await.is_err());
}
