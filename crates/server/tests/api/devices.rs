use crate::helpers::{enrol_device, new_id, TestApp, ANONYMOUS, CENTRE, OTHER_CENTRE};
use axum::http::StatusCode;
use evne_model::Role;
use serde_json::json;

const DEVICES: &str = "/api/v1/devices";

#[tokio::test]
async fn staff_enrol_a_tablet_which_can_then_submit_until_revoked() {
    let app = TestApp::spawn().await;
    app.add_user_at("staff", Role::ReceptionStaff, Some(CENTRE))
        .await;

    let enrolled = app.expect("staff", "POST", DEVICES, StatusCode::OK).await;
    let id = enrolled.body["id"].as_str().unwrap().to_owned();
    let token = enrolled.body["token"].as_str().unwrap().to_owned();

    let a = app
        .submit_with(Some(&token), app.submission(&new_id(), "Sara"))
        .await;
    assert_eq!(a.status, StatusCode::OK);
    let list = app.call_as("staff", "GET", DEVICES, None).await;
    let mine = list.list().iter().find(|d| d["id"] == id.as_str()).unwrap();
    assert_eq!(mine["submissions"], 1);

    let uri = format!("/api/v1/devices/{id}/revoke");
    app.expect("staff", "POST", &uri, StatusCode::NO_CONTENT)
        .await;
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
    let list = app.call_as("staff", "GET", DEVICES, None).await;
    let ids: Vec<_> = list.list().iter().map(|d| d["id"].clone()).collect();
    assert_eq!(ids.len(), 1, "only the centre's own test tablet");
    assert!(!ids.contains(&theirs.as_str().into()));
    let uri = format!("/api/v1/devices/{theirs}/revoke");
    app.expect("staff", "POST", &uri, StatusCode::NOT_FOUND)
        .await;

    let all = app.expect("officer", "GET", DEVICES, StatusCode::OK).await;
    assert_eq!(all.list().len(), 2);
    app.expect_statuses(&[
        ("officer", "POST", DEVICES, StatusCode::FORBIDDEN),
        ("kommune", "GET", DEVICES, StatusCode::FORBIDDEN),
        (ANONYMOUS, "GET", DEVICES, StatusCode::UNAUTHORIZED),
    ])
    .await;
}

#[tokio::test]
async fn a_tablet_reports_its_queue_and_staff_see_it() {
    let app = TestApp::spawn().await;
    app.add_user_at("staff", Role::ReceptionStaff, Some(CENTRE))
        .await;
    let report = |body: serde_json::Value, token: Option<String>| {
        let app = &app;
        async move {
            let uri = "/api/v1/devices/status";
            match token {
                Some(t) => app.request_with_bearer("POST", uri, &t, Some(body)).await,
                None => app.request("POST", uri, None, Some(body)).await,
            }
            .status
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

    let list = app.call_as("staff", "GET", DEVICES, None).await;
    let d = &list.body[0];
    assert_eq!(
        (d["queued"].clone(), d["oldest_queued_age_s"].clone()),
        (3.into(), 7200.into())
    );
    assert_eq!(d["last_error"], "503 unavailable");
    assert_eq!(d["storage_persisted"], false);
}

#[tokio::test]
async fn a_tablet_counts_the_languages_residents_asked_for_and_staff_see_them() {
    let app = crate::helpers::with_centre_staff().await;
    app.add_users(&[("officer", Role::SettlementOfficer, None)])
        .await;
    let report = |asked: serde_json::Value| {
        json!({"queued": 0, "oldest_queued_age_s": null, "last_error": null,
               "storage_persisted": true, "asked_languages": asked})
    };
    let token = app.device_token.clone();
    let sent = app
        .request_with_bearer(
            "POST",
            "/api/v1/devices/status",
            &token,
            Some(report(
                json!([{"language": "om", "count": 2}, {"language": "ln", "count": 1}]),
            )),
        )
        .await;
    assert_eq!(sent.status, StatusCode::NO_CONTENT, "{}", sent.body);
    app.request_with_bearer(
        "POST",
        "/api/v1/devices/status",
        &token,
        Some(report(json!([{"language": "om", "count": 1}]))),
    )
    .await;
    // Not a language of the list, a count of nothing: refused, nothing counted.
    for bad in [
        json!([{"language": "xx", "count": 1}]),
        json!([{"language": "om", "count": 0}]),
    ] {
        let refused = app
            .request_with_bearer("POST", "/api/v1/devices/status", &token, Some(report(bad)))
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(refused.body["fields"][0]["path"], "asked_languages");
    }
    let staff = app
        .expect("staff-a", "GET", "/api/v1/asked-languages", StatusCode::OK)
        .await;
    assert_eq!(
        staff.body,
        json!([{"language": "om", "count": 3, "centres": 1}, {"language": "ln", "count": 1, "centres": 1}])
    );
    let officer = app
        .expect("officer", "GET", "/api/v1/asked-languages", StatusCode::OK)
        .await;
    assert_eq!(officer.body, staff.body);
    let elsewhere = app
        .expect("staff-b", "GET", "/api/v1/asked-languages", StatusCode::OK)
        .await;
    assert_eq!(
        elsewhere.body,
        json!([]),
        "another centre's staff see their own only"
    );
    app.expect(
        "counsellor-a",
        "GET",
        "/api/v1/asked-languages",
        StatusCode::FORBIDDEN,
    )
    .await;
}
