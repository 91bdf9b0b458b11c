//! Assisted registrations: reception staff start one with a short code; a registration that
//! arrives with the code from a tablet of the same centre marks it finished, and nothing else
//! does. Tablets report how many registrations they hold unfinished.

use crate::helpers::{
    enrol_device, new_id, record, with_centre_staff, TestApp, ANONYMOUS, CENTRE, OTHER_CENTRE,
};
use axum::http::StatusCode;
use serde_json::{json, Value};

const ASSISTED: &str = "/api/v1/assisted";

async fn start(app: &TestApp, staff: &str) -> String {
    let started = app.expect(staff, "POST", ASSISTED, StatusCode::OK).await;
    started.body["code"].as_str().unwrap().to_owned()
}

async fn list(app: &TestApp, staff: &str) -> Vec<Value> {
    let listed = app.expect(staff, "GET", ASSISTED, StatusCode::OK).await;
    listed.list().to_vec()
}

fn with_code(app: &TestApp, code: &str) -> Value {
    let mut r = record(&new_id(), "Assisted");
    r["assist"] = json!(code);
    app.seal(r)
}

#[tokio::test]
async fn a_registration_with_the_code_finishes_the_assisted_registration() {
    let app = with_centre_staff().await;
    let code = start(&app, "staff-a").await;
    assert!(evne_model::assisted::is_code(&code), "{code}");
    let open = list(&app, "staff-a").await;
    assert_eq!(open.len(), 1);
    assert_eq!(open[0]["code"], code.as_str());
    assert_eq!(open[0]["started_by"], "staff-a");
    assert!(open[0]["finished_at"].is_null());
    assert!(
        list(&app, "staff-b").await.is_empty(),
        "another centre's staff do not see it"
    );

    let sent = app.submit(with_code(&app, &code)).await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
    let done = list(&app, "staff-a").await;
    assert!(done[0]["finished_at"].is_i64(), "{:?}", done[0]);
}

#[tokio::test]
async fn only_a_tablet_of_the_same_centre_within_the_time_finishes_it() {
    let app = with_centre_staff().await;
    let code = start(&app, "staff-a").await;
    let other_tablet = enrol_device(&app.state.db, OTHER_CENTRE).await.1;
    let sent = app
        .submit_with(Some(&other_tablet), with_code(&app, &code))
        .await;
    assert_eq!(
        sent.status,
        StatusCode::OK,
        "the registration itself is kept"
    );
    assert!(list(&app, "staff-a").await[0]["finished_at"].is_null());

    app.execute("UPDATE assisted_registrations SET expires_at = 0", &[])
        .await;
    assert_eq!(
        app.submit(with_code(&app, &code)).await.status,
        StatusCode::OK
    );
    assert!(
        list(&app, "staff-a").await[0]["finished_at"].is_null(),
        "an expired code marks nothing"
    );
}

#[tokio::test]
async fn the_code_is_bound_to_the_sealed_registration() {
    let app = with_centre_staff().await;
    let code = start(&app, "staff-a").await;
    let mut sealed = with_code(&app, &code);
    sealed["assist"] = json!("ABCDEF");
    let sent = app.submit(sealed).await;
    assert!(sent.status.is_client_error(), "{}", sent.status);
    // A malformed code is dropped, never a reason to refuse a person's registration.
    let mut r = record(&new_id(), "Odd code");
    r["assist"] = json!("not a code");
    assert_eq!(app.submit(app.seal(r)).await.status, StatusCode::OK);
}

#[tokio::test]
async fn only_reception_staff_of_a_centre_start_or_list_them_and_refusals_are_audited() {
    let app = with_centre_staff().await;
    app.expect_statuses(&[
        ("counsellor-a", "GET", ASSISTED, StatusCode::FORBIDDEN),
        ("counsellor-a", "POST", ASSISTED, StatusCode::FORBIDDEN),
        (ANONYMOUS, "POST", ASSISTED, StatusCode::UNAUTHORIZED),
    ])
    .await;
    let denied = app
        .count("SELECT COUNT(*) FROM audit_log WHERE action IN ('start_assisted', 'list_assisted') AND outcome = 'denied'")
        .await;
    assert_eq!(denied, 2);
}

#[tokio::test]
async fn tablets_report_registrations_in_progress() {
    let app = with_centre_staff().await;
    let status = json!({"queued": 0, "oldest_queued_age_s": null, "last_error": null,
                        "storage_persisted": true, "in_progress": 2});
    let reported = app
        .request_with_bearer(
            "POST",
            "/api/v1/devices/status",
            &app.device_token,
            Some(status),
        )
        .await;
    assert_eq!(reported.status, StatusCode::NO_CONTENT);
    let devices = app.call_as("staff-a", "GET", "/api/v1/devices", None).await;
    assert_eq!(devices.body[0]["in_progress"], 2);
}

#[tokio::test]
async fn staff_keep_their_centre_s_resident_count_and_nobody_else_s() {
    let app = with_centre_staff().await;
    let centre = |user: &'static str| app.call_as(user, "GET", "/api/v1/centre", None);
    let put = |user: &'static str, n: i64| {
        let body = json!({ "residents": n });
        let app = &app;
        async move {
            let a = app.call_as(user, "PUT", "/api/v1/centre", Some(body));
            a.await.status
        }
    };
    let mine = centre("staff-a").await;
    assert_eq!(mine.body["id"], CENTRE);
    assert!(mine.body["residents"].is_null(), "not entered yet");
    assert_eq!(put("staff-a", 140).await, StatusCode::NO_CONTENT);
    assert_eq!(put("staff-a", -1).await, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        put("staff-a", 1_000_000).await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(centre("staff-a").await.body["residents"], 140);
    let theirs = centre("staff-b").await;
    assert_eq!(theirs.body["id"], OTHER_CENTRE);
    assert!(theirs.body["residents"].is_null());
    assert_eq!(put("counsellor-a", 1).await, StatusCode::FORBIDDEN);
}
