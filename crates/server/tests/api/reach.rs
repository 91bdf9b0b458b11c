//! The one rule of reach and shield, on every endpoint of `http::ENDPOINTS`: a shielded person
//! (at centre A, not settled) and a person of another centre and municipality (centre B,
//! settled to municipality 2) are called by an ordinary officer, a counsellor and reception
//! staff of centre A, and municipality 1. None of them receives any field of the shielded
//! person; only the officer receives anything of the other one. An officer granted
//! `handles_shielded` does see the shielded person, and loses them when it is revoked.

use crate::access::{body, Caller};
use crate::helpers::{enrol_device, new_id, TestApp, CENTRE, OTHER_CENTRE};
use crate::officer::save_search;
use crate::persons::{get, note, settle, setup, shield, OTHER_MUNICIPALITY};
use axum::http::StatusCode;
use evne_server::http::ENDPOINTS;
use serde_json::json;

/// Names nobody else has, so that any trace of them in an answer is found.
const SHIELDED: &str = "Skjermetnavn";
const OUTSIDE: &str = "Utenfornavn";

struct Fixture {
    app: TestApp,
    shielded: String,
    outside: String,
    /// A counsellor's note on the shielded person, written before the shield.
    note: String,
    device: String,
    search: String,
}

async fn person_named(app: &TestApp, name: &str) -> String {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT v.person_id, s.profile FROM person_versions v
         JOIN submissions s ON s.id = v.submission_id",
    )
    .fetch_all(&app.state.db)
    .await
    .unwrap();
    rows.into_iter()
        .find(|(_, p)| p.contains(name))
        .map(|(id, _)| id)
        .expect("the person")
}

async fn fixture() -> Fixture {
    let (app, tablet_b) = setup().await;
    let sent = app.submit(app.submission(&new_id(), SHIELDED)).await;
    assert_eq!(sent.status, StatusCode::OK);
    let sent = app
        .submit_with(Some(&tablet_b), app.submission(&new_id(), OUTSIDE))
        .await;
    assert_eq!(sent.status, StatusCode::OK);
    let shielded = person_named(&app, SHIELDED).await;
    let outside = person_named(&app, OUTSIDE).await;
    let note = note(&app, "counsellor-a", &shielded, json!({"text": "n"})).await;
    assert_eq!(note.status, StatusCode::OK);
    let note = note.body["id"].as_str().unwrap().to_owned();
    settle(&app, &outside, OTHER_MUNICIPALITY).await;
    shield(&app, &shielded).await;
    let device = enrol_device(&app.state.db, CENTRE).await.0;
    let search = save_search(&app, "officer", "Mine", "lang=ar").await;
    let search = search.body["id"].as_str().unwrap().to_owned();
    Fixture {
        app,
        shielded,
        outside,
        note,
        device,
        search,
    }
}

/// The callers checked, the officer last: their calls may change the other person.
const CALLERS: [(Caller, &str); 4] = [
    (Caller::CounsellorOwn, "counsellor-a"),
    (Caller::StaffOwn, "staff-a"),
    (Caller::MunicipalitySettling, "muni-1"),
    (Caller::Officer, "officer"),
];

#[tokio::test]
async fn no_endpoint_shows_a_shielded_or_out_of_reach_person() {
    let mut failures = vec![];
    for endpoint in ENDPOINTS {
        let (method, path) = (endpoint.method, endpoint.path);
        let f = fixture().await;
        let person_path = path.starts_with("/persons/{id}");
        // Each person path is called for both persons; other paths with their own ids.
        let targets: Vec<(&str, String)> = if person_path {
            vec![
                ("shielded", f.shielded.clone()),
                ("outside", f.outside.clone()),
            ]
        } else if path.starts_with("/notes/") {
            vec![("shielded", f.note.clone())]
        } else if path.starts_with("/devices/{id}") {
            vec![("-", f.device.clone())]
        } else if path.starts_with("/searches/{id}") {
            vec![("-", f.search.clone())]
        } else {
            vec![("-", String::new())]
        };
        for (caller, user) in CALLERS {
            for (target, id) in &targets {
                let filled = path.replace("{job}", "0");
                let mut uri = format!("/api/v1{}", filled.replace("{id}", id));
                if path == "/stats" {
                    uri.push_str("?group=centre");
                }
                // A merge names the shielded person as the one to merge from.
                let body = body(&f.app, &f.shielded, method, path);
                let cookie = f.app.login(user).await;
                let a = f.app.request(method, &uri, Some(&cookie), body).await;
                let text = a.body.to_string();
                let mut hidden = vec![SHIELDED, f.shielded.as_str()];
                if caller != Caller::Officer {
                    hidden.extend([OUTSIDE, f.outside.as_str()]);
                }
                if let Some(leak) = hidden.iter().find(|h| text.contains(*h)) {
                    failures.push(format!("{method} {path} ({target}) as {user}: {leak}"));
                }
                let out_of_reach =
                    *target == "shielded" || (*target == "outside" && caller != Caller::Officer);
                let refused = [StatusCode::FORBIDDEN, StatusCode::NOT_FOUND].contains(&a.status);
                if person_path && out_of_reach && !refused {
                    failures.push(format!(
                        "{method} {path} ({target}) as {user}: {}",
                        a.status
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[tokio::test]
async fn registrations_hide_the_shielded_and_name_the_person_in_the_audit() {
    let f = fixture().await;
    let all = get(&f.app, "officer", "/api/v1/registrations").await;
    assert_eq!(all.status, StatusCode::OK);
    let text = all.body.to_string();
    assert!(text.contains(OUTSIDE) && !text.contains(SHIELDED));
    assert_eq!(all.body[0]["person_id"], f.outside.as_str());
    let reads: Vec<_> = f
        .app
        .audit_rows("read_profile")
        .await
        .into_iter()
        .filter_map(|(subject, _)| subject)
        .collect();
    assert!(reads.contains(&f.outside), "the person read is named");
}

#[tokio::test]
async fn an_officer_granted_shielded_persons_sees_them_until_it_is_revoked() {
    let f = fixture().await;
    f.app
        .add_user("officer-shield", evne_model::Role::SettlementOfficer)
        .await;
    evne_server::admin::set_handles_shielded(&f.app.state.db, "officer-shield", true)
        .await
        .unwrap();
    let granted = app_views(&f, "officer-shield").await;
    let ordinary = app_views(&f, "officer").await;
    assert_eq!(granted.search, 1);
    assert_eq!(ordinary.search, 0);
    assert_eq!(granted.person, StatusCode::OK);
    assert_eq!(ordinary.person, StatusCode::NOT_FOUND);
    assert_eq!(granted.centres, [CENTRE, OTHER_CENTRE]);
    assert_eq!(ordinary.centres, [OTHER_CENTRE]);
    assert!(granted.registrations && !ordinary.registrations);
    // Where the shielded person lives is shown to the granted officer only.
    let view = get(
        &f.app,
        "officer-shield",
        &format!("/api/v1/persons/{}", f.shielded),
    )
    .await;
    assert_eq!(view.body["profile"]["person"]["centre"], CENTRE);
    let rows = f.app.audit_rows("grant_shielded").await;
    assert_eq!(rows.len(), 1);

    evne_server::admin::set_handles_shielded(&f.app.state.db, "officer-shield", false)
        .await
        .unwrap();
    let revoked = app_views(&f, "officer-shield").await;
    assert_eq!(revoked.search, 0);
    assert_eq!(revoked.person, StatusCode::NOT_FOUND);
    assert_eq!(f.app.audit_rows("revoke_shielded").await.len(), 1);

    // Only officers search across persons: nobody else can be granted it.
    let refused =
        evne_server::admin::set_handles_shielded(&f.app.state.db, "counsellor-a", true).await;
    assert!(refused.is_err());
    assert!(
        evne_server::admin::set_handles_shielded(&f.app.state.db, "nobody", true)
            .await
            .is_err()
    );
}

/// What an officer sees of the shielded person.
struct Seen {
    /// Persons found by the shielded person's name.
    search: i64,
    /// `GET /persons/{shielded}`.
    person: StatusCode,
    /// The centres in the statistics by centre.
    centres: Vec<String>,
    /// Their registration is in `GET /registrations`.
    registrations: bool,
}

async fn app_views(f: &Fixture, user: &str) -> Seen {
    let search = get(&f.app, user, &format!("/api/v1/persons?name={SHIELDED}")).await;
    let person = get(&f.app, user, &format!("/api/v1/persons/{}", f.shielded)).await;
    let stats = get(&f.app, user, "/api/v1/stats?group=centre").await;
    let registrations = get(&f.app, user, "/api/v1/registrations").await;
    Seen {
        search: search.body["total"].as_i64().unwrap(),
        person: person.status,
        centres: stats.body["cells"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["key"].as_str().unwrap().to_owned())
            .collect(),
        registrations: registrations.body.to_string().contains(SHIELDED),
    }
}
