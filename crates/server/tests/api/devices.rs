use crate::helpers::{enrol_device, new_id, TestApp, CENTRE, OTHER_CENTRE};
use axum::http::StatusCode;
use evne_model::Role;

#[tokio::test]
async fn staff_enrol_a_tablet_which_can_then_submit_until_revoked() {
    let app = TestApp::spawn().await;
    app.add_user_at("staff", Role::ReceptionStaff, Some(CENTRE))
        .await;
    let staff = app.login("staff").await;

    let enrolled = app
        .request("POST", "/api/v1/devices", Some(&staff), None)
        .await;
    assert_eq!(enrolled.status, StatusCode::OK);
    let id = enrolled.body["id"].as_str().unwrap().to_owned();
    let token = enrolled.body["token"].as_str().unwrap().to_owned();

    let a = app
        .submit_with(Some(&token), app.submission(&new_id(), "Sara"))
        .await;
    assert_eq!(a.status, StatusCode::OK);
    let list = app
        .request("GET", "/api/v1/devices", Some(&staff), None)
        .await;
    let mine = list
        .body
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == id.as_str())
        .unwrap();
    assert_eq!(mine["submissions"], 1);

    let uri = format!("/api/v1/devices/{id}/revoke");
    assert_eq!(
        app.request("POST", &uri, Some(&staff), None).await.status,
        StatusCode::NO_CONTENT
    );
    let after = app
        .submit_with(Some(&token), app.submission(&new_id(), "Sara"))
        .await;
    assert_eq!(
        after.status,
        StatusCode::UNAUTHORIZED,
        "a revoked tablet cannot submit"
    );
}

#[tokio::test]
async fn staff_see_and_revoke_only_their_own_centre_s_tablets() {
    let app = TestApp::spawn().await;
    let (theirs, _) = enrol_device(&app.state.db, OTHER_CENTRE).await;
    app.add_user_at("staff", Role::ReceptionStaff, Some(CENTRE))
        .await;
    app.add_user("officer", Role::SettlementOfficer).await;
    app.add_user("kommune", Role::Municipality).await;
    let staff = app.login("staff").await;

    let list = app
        .request("GET", "/api/v1/devices", Some(&staff), None)
        .await;
    let ids: Vec<_> = list
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].clone())
        .collect();
    assert_eq!(ids.len(), 1, "only the centre's own test tablet");
    assert!(!ids.contains(&theirs.as_str().into()));
    let uri = format!("/api/v1/devices/{theirs}/revoke");
    assert_eq!(
        app.request("POST", &uri, Some(&staff), None).await.status,
        StatusCode::NOT_FOUND
    );

    let officer = app.login("officer").await;
    let all = app
        .request("GET", "/api/v1/devices", Some(&officer), None)
        .await;
    assert_eq!(all.body.as_array().unwrap().len(), 2);
    assert_eq!(
        app.request("POST", "/api/v1/devices", Some(&officer), None)
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    let kommune = app.login("kommune").await;
    assert_eq!(
        app.request("GET", "/api/v1/devices", Some(&kommune), None)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.request("GET", "/api/v1/devices", None, None)
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_tablet_reports_its_queue_and_staff_see_it() {
    let app = TestApp::spawn().await;
    app.add_user_at("staff", Role::ReceptionStaff, Some(CENTRE))
        .await;
    let report = |body: serde_json::Value, token: Option<String>| {
        let app = &app;
        async move {
            let mut req = axum::http::Request::post("/api/v1/devices/status")
                .header("content-type", "application/json");
            if let Some(t) = token {
                req = req.header("authorization", format!("Bearer {t}"));
            }
            let req = req.body(axum::body::Body::from(body.to_string())).unwrap();
            tower::ServiceExt::oneshot(app.router(), req)
                .await
                .unwrap()
                .status()
        }
    };
    let status = serde_json::json!({
        "queued": 3, "oldest_queued_age_s": 7200, "last_error": "503 unavailable",
        "storage_persisted": false
    });
    assert_eq!(report(status.clone(), None).await, StatusCode::UNAUTHORIZED);
    let token = Some(app.device_token.clone());
    assert_eq!(report(status, token.clone()).await, StatusCode::NO_CONTENT);
    let sneaky = serde_json::json!({"queued": 1, "oldest_queued_age_s": null,
        "last_error": "name: Sara Ahmed <script>", "storage_persisted": null});
    assert_eq!(
        report(sneaky, token).await,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    let staff = app.login("staff").await;
    let list = app
        .request("GET", "/api/v1/devices", Some(&staff), None)
        .await;
    let d = &list.body[0];
    assert_eq!(
        (d["queued"].clone(), d["oldest_queued_age_s"].clone()),
        (3.into(), 7200.into())
    );
    assert_eq!(d["last_error"], "503 unavailable");
    assert_eq!(d["storage_persisted"], false);
}
