//! Persons: linking versions by case number, reach per role, shielded persons, notes,
//! settlement, search, statistics with small-cell suppression, and erasure.

use crate::helpers::{enrol_device, new_id, Answer, TestApp, CENTRE, OTHER_CENTRE};
use axum::http::StatusCode;
use evne_model::Role;
use serde_json::{json, Value};

pub(crate) const MUNICIPALITY: &str = "org-municipality-1";
pub(crate) const OTHER_MUNICIPALITY: &str = "org-municipality-2";

/// A profile with a name, a case number (or none), an origin and a job.
pub(crate) fn profile(name: &str, case: Option<&str>, year: u16, isco_job: &str) -> Value {
    let mut p = json!({
        "schema_version": 2,
        "person": {"given_name": {"text": name, "lang": "ar"}, "year_of_birth": year, "origin": "SY"},
        "languages": {"entries": [{"code": "ar", "mother_tongue": true, "speaking": "c2"}, {"code": "nb", "speaking": "a2"}]},
        "work": [{"occupation": {"kind": "curated", "id": isco_job}, "years": 6}],
        "consent": {"scopes": ["registration", "municipality"], "given_at_ms": 1, "lang": "ar", "by": "self"}
    });
    if let Some(case) = case {
        p["person"]["case_number"] = case.into();
    }
    p
}

pub(crate) async fn setup() -> (TestApp, String) {
    let app = TestApp::spawn().await;
    for id in [MUNICIPALITY, OTHER_MUNICIPALITY] {
        app.add_organisation(id, "municipality").await;
    }
    app.add_users(&[
        ("officer", Role::SettlementOfficer, None),
        ("counsellor-a", Role::Counsellor, Some(CENTRE)),
        ("counsellor-b", Role::Counsellor, Some(OTHER_CENTRE)),
        ("staff-a", Role::ReceptionStaff, Some(CENTRE)),
        ("muni-1", Role::Municipality, Some(MUNICIPALITY)),
        ("muni-2", Role::Municipality, Some(OTHER_MUNICIPALITY)),
        ("admin", Role::Admin, None),
    ])
    .await;
    let other_tablet = enrol_device(&app.state.db, OTHER_CENTRE).await.1;
    (app, other_tablet)
}

pub(crate) async fn send(app: &TestApp, token: Option<&str>, profile: Value) {
    let body = app.seal(json!({"id": new_id(), "profile": profile}));
    let a = match token {
        Some(t) => app.submit_with(Some(t), body).await,
        None => app.submit(body).await,
    };
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
}

/// A registration of `profile(name, case, year, job)` from the demo centre's tablet.
pub(crate) async fn register(app: &TestApp, name: &str, case: Option<&str>, year: u16, job: &str) {
    send(app, None, profile(name, case, year, job)).await;
}

/// A registration of each of `names` without a case number, each born a year after the one
/// before, from `first_year`.
pub(crate) async fn register_each(app: &TestApp, names: &[&str], first_year: u16, job: &str) {
    for (year, name) in (first_year..).zip(names) {
        register(app, name, None, year, job).await;
    }
}

pub(crate) async fn person_ids(app: &TestApp) -> Vec<String> {
    sqlx::query_scalar("SELECT id FROM persons ORDER BY created_at, id")
        .fetch_all(&app.state.db)
        .await
        .unwrap()
}

pub(crate) async fn get(app: &TestApp, user: &str, uri: &str) -> Answer {
    app.call_as(user, "GET", uri, None).await
}

/// The officer merges `from` into `into`: the answer's status.
pub(crate) async fn merge(app: &TestApp, into: &str, from: &str) -> StatusCode {
    let uri = format!("/api/v1/persons/{into}/merge");
    let body = json!({ "from": from });
    app.call_as("officer", "POST", &uri, Some(body))
        .await
        .status
}

/// The officer settles `person` to `municipality`.
pub(crate) async fn settle(app: &TestApp, person: &str, municipality: &str) {
    let uri = format!("/api/v1/persons/{person}/settlement");
    let body = json!({ "municipality": municipality });
    let a = app.call_as("officer", "PUT", &uri, Some(body)).await;
    assert_eq!(
        a.status,
        StatusCode::NO_CONTENT,
        "settle {person}: {}",
        a.body
    );
}

/// The admin shields `person`.
pub(crate) async fn shield(app: &TestApp, person: &str) {
    let uri = format!("/api/v1/persons/{person}/shielded");
    let a = app
        .call_as("admin", "PUT", &uri, Some(json!({"shielded": true})))
        .await;
    assert_eq!(
        a.status,
        StatusCode::NO_CONTENT,
        "shield {person}: {}",
        a.body
    );
}

/// `user` writes a note with `body` on `person`.
pub(crate) async fn note(app: &TestApp, user: &str, person: &str, body: Value) -> Answer {
    let uri = format!("/api/v1/persons/{person}/notes");
    app.call_as(user, "POST", &uri, Some(body)).await
}

/// The given names in a list of persons' `body`, in its order.
pub(crate) fn given_names(body: &Value) -> Vec<String> {
    body["persons"]
        .as_array()
        .expect("a list of persons")
        .iter()
        .map(|p| p["given_name"].as_str().expect("a given name").to_owned())
        .collect()
}

#[tokio::test]
async fn the_same_case_number_is_a_new_version_and_a_disagreement_is_kept_apart() {
    let (app, _) = setup().await;
    register(&app, "Sara", Some("2019 123456 01"), 1990, "tailor").await;
    register(&app, "Sara", Some("201912345601"), 1990, "cook").await;
    register(&app, "Sara", None, 1990, "cook").await;
    let ids = person_ids(&app).await;
    assert_eq!(ids.len(), 2, "one person per case number, one without");
    let view = get(&app, "officer", &format!("/api/v1/persons/{}", ids[0])).await;
    assert_eq!(view.status, StatusCode::OK);
    assert_eq!(view.body["versions"], 2);
    assert_eq!(view.body["conflict"], false);
    assert_eq!(
        view.body["profile"]["work"][0]["occupation"]["id"], "cook",
        "the latest"
    );

    // Another person under the same case number is kept apart (see conflict.rs).
    register(&app, "Samir", Some("2019 123456 01"), 1985, "cook").await;
    let view = get(&app, "officer", &format!("/api/v1/persons/{}", ids[0])).await;
    assert_eq!(
        view.body["conflict"], false,
        "the named person is untouched"
    );
    assert_eq!(view.body["versions"], 2);
    let versions = get(
        &app,
        "officer",
        &format!("/api/v1/persons/{}/versions", ids[0]),
    )
    .await;
    let names: Vec<_> = versions
        .list()
        .iter()
        .map(|v| {
            v["profile"]["person"]["given_name"]["text"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(names, ["Sara", "Sara"], "every version of the person kept");
    assert_eq!(person_ids(&app).await.len(), 3, "the conflicting one apart");
}

#[tokio::test]
async fn each_role_reaches_only_its_persons() {
    let (app, other_tablet) = setup().await;
    register(&app, "Amina", None, 1990, "tailor").await;
    let hodan = profile("Hodan", None, 1991, "cook");
    send(&app, Some(&other_tablet), hodan).await;
    let ids = person_ids(&app).await;
    let (a, b) = (&ids[0], &ids[1]);

    let list = |user: &'static str| {
        let app = &app;
        async move {
            let r = app
                .expect(user, "GET", "/api/v1/persons", StatusCode::OK)
                .await;
            given_names(&r.body)
        }
    };
    assert_eq!(list("officer").await.len(), 2);
    assert_eq!(list("counsellor-a").await, ["Amina"]);
    assert_eq!(list("counsellor-b").await, ["Hodan"]);
    assert!(list("muni-1").await.is_empty(), "nobody settled yet");
    let (uri_a, uri_b) = (
        format!("/api/v1/persons/{a}"),
        format!("/api/v1/persons/{b}"),
    );
    app.expect_statuses(&[
        ("staff-a", "GET", "/api/v1/persons", StatusCode::FORBIDDEN),
        ("admin", "GET", "/api/v1/persons", StatusCode::FORBIDDEN),
        ("counsellor-a", "GET", &uri_b, StatusCode::NOT_FOUND),
        ("muni-1", "GET", &uri_a, StatusCode::NOT_FOUND),
    ])
    .await;

    // Settlement: municipality 1 agrees to settle Amina, and then sees her, and only her.
    settle(&app, a, MUNICIPALITY).await;
    let inbox = get(&app, "muni-1", "/api/v1/persons").await;
    assert_eq!(inbox.body["persons"][0]["given_name"], "Amina");
    assert_eq!(inbox.body["persons"][0]["new"], true);
    let again = get(&app, "muni-1", "/api/v1/persons").await;
    assert_eq!(again.body["persons"][0]["new"], false, "seen since");
    app.expect_statuses(&[
        ("muni-1", "GET", &uri_a, StatusCode::OK),
        ("muni-2", "GET", &uri_a, StatusCode::NOT_FOUND),
    ])
    .await;
    // The municipality cannot search the national pool: filters still only cover its inbox.
    let search = get(&app, "muni-1", "/api/v1/persons?isco=5").await;
    assert_eq!(search.body["total"], 0);

    let undo = format!("/api/v1/persons/{a}/settlement");
    app.expect_statuses(&[
        ("officer", "DELETE", &undo, StatusCode::NO_CONTENT),
        ("muni-1", "GET", &uri_a, StatusCode::NOT_FOUND),
    ])
    .await;
    let reads = app.audit_rows("read_profile").await;
    assert!(reads
        .iter()
        .any(|(s, o)| s.as_deref() == Some(a.as_str()) && o == "denied"));
}

#[tokio::test]
async fn shielded_persons_are_out_of_every_list_and_their_centre_stays_on_the_server() {
    let (app, _) = setup().await;
    register_each(&app, &["A", "B", "C", "D", "E", "F"], 1980, "tailor").await;
    let ids = person_ids(&app).await;
    let shielded = &ids[0];
    shield(&app, shielded).await;

    let total = |user: &'static str, uri: &'static str| {
        let app = &app;
        async move { get(app, user, uri).await.body["total"].clone() }
    };
    assert_eq!(total("officer", "/api/v1/persons").await, 5);
    assert_eq!(total("counsellor-a", "/api/v1/persons").await, 5);
    let uri = format!("/api/v1/persons/{shielded}");
    app.expect("officer", "GET", &uri, StatusCode::NOT_FOUND)
        .await;
    let stats = get(&app, "officer", "/api/v1/stats?group=isco").await;
    assert_eq!(stats.body["total"], 5);

    // An officer marked to handle shielded persons sees and counts them.
    let sql = "UPDATE users SET handles_shielded = 1 WHERE username = $1";
    app.execute(sql, &["officer"]).await;
    assert_eq!(total("officer", "/api/v1/persons").await, 6);
    let view = get(&app, "officer", &uri).await;
    assert_eq!(view.body["shielded"], true);
    assert_eq!(view.body["profile"]["person"]["centre"], CENTRE);

    // Settled to a municipality: it reads the profile, without the centre.
    settle(&app, shielded, MUNICIPALITY).await;
    let muni = app.expect("muni-1", "GET", &uri, StatusCode::OK).await;
    assert!(
        muni.body["profile"]["person"].get("centre").is_none(),
        "{}",
        muni.body
    );
    assert!(muni.body.get("shielded").is_none());
    let inbox = get(&app, "muni-1", "/api/v1/persons").await;
    assert!(inbox.body["persons"][0]["centre"].is_null());
}

#[tokio::test]
async fn counsellors_write_and_edit_their_own_notes_and_the_settling_municipality_reads_them() {
    let (app, _) = setup().await;
    register(&app, "Amina", None, 1990, "tailor").await;
    let id = &person_ids(&app).await[0];
    let goals = json!({"goals": "Work as a tailor", "language_training": "Norwegian A2 -> B1"});
    let written = note(&app, "counsellor-a", id, goals).await;
    assert_eq!(written.status, StatusCode::OK, "{}", written.body);
    let note_uri = format!("/api/v1/notes/{}", written.body["id"].as_str().unwrap());

    let edit = json!({"goals": "Own sewing workshop", "next_steps": "Course in business"});
    let edit = app
        .call_as("counsellor-a", "PUT", &note_uri, Some(edit))
        .await;
    assert_eq!(edit.status, StatusCode::OK);
    assert_eq!(edit.body["goals"], "Own sewing workshop");

    app.add_user_at("counsellor-a2", Role::Counsellor, Some(CENTRE))
        .await;
    let x = Some(json!({"text": "x"}));
    let not_theirs = app.call_as("counsellor-a2", "PUT", &note_uri, x).await;
    assert_eq!(
        not_theirs.status,
        StatusCode::NOT_FOUND,
        "only the author edits"
    );
    for (user, body, status) in [
        ("counsellor-b", json!({"text": "x"}), StatusCode::NOT_FOUND),
        ("counsellor-a", json!({}), StatusCode::UNPROCESSABLE_ENTITY),
        ("officer", json!({"text": "x"}), StatusCode::FORBIDDEN),
    ] {
        let a = note(&app, user, id, body).await;
        assert_eq!(a.status, status, "a note by {user}: {}", a.body);
    }

    let notes_uri = format!("/api/v1/persons/{id}/notes");
    assert_eq!(
        get(&app, "officer", &notes_uri).await.body[0]["goals"],
        "Own sewing workshop"
    );
    app.expect("muni-1", "GET", &notes_uri, StatusCode::NOT_FOUND)
        .await;
    settle(&app, id, MUNICIPALITY).await;
    let notes = get(&app, "muni-1", &notes_uri).await;
    assert_eq!(notes.list().len(), 1);
    assert_eq!(notes.body[0]["mine"], false);
    let own = get(&app, "counsellor-a", &notes_uri).await;
    assert_eq!(own.body[0]["mine"], true, "the author may edit it");
}

#[tokio::test]
async fn officers_search_by_combined_filters_and_statistics_suppress_small_cells() {
    let (app, _) = setup().await;
    for i in 0..6 {
        register(&app, &format!("Tailor{i}"), None, 1990, "tailor").await;
    }
    for i in 0..2 {
        register(&app, &format!("Cook{i}"), None, 1960, "cook").await;
    }
    let total = |q: &'static str| {
        let app = &app;
        async move {
            let r = get(app, "officer", &format!("/api/v1/persons?{q}")).await;
            assert_eq!(r.status, StatusCode::OK, "{q}: {}", r.body);
            r.body["total"].as_i64().unwrap()
        }
    };
    assert_eq!(total("").await, 8);
    assert_eq!(total("isco=7").await, 6, "tailors are ISCO 7531");
    assert_eq!(total("isco=7531&min_years=6").await, 6);
    assert_eq!(total("isco=7531&min_years=7").await, 0);
    assert_eq!(total("lang=nb&lang_min=a2").await, 8);
    assert_eq!(total("lang=nb&lang_min=b1").await, 0);
    assert_eq!(total("age_min=60").await, 2);
    assert_eq!(total("country=SY&age_max=40&isco=75").await, 6);
    let page = get(
        &app,
        "officer",
        "/api/v1/persons?page_size=5&page=2&sort=age",
    )
    .await;
    assert_eq!(page.body["persons"].as_array().unwrap().len(), 3);
    for bad in [
        "isco=abc",
        "lang_min=d9",
        "sort=name",
        "age_min=-1",
        "nonsense=1",
    ] {
        let r = get(&app, "officer", &format!("/api/v1/persons?{bad}")).await;
        assert!(r.status.is_client_error(), "{bad}: {}", r.status);
    }

    let stats = get(&app, "officer", "/api/v1/stats?group=isco").await;
    assert_eq!(stats.status, StatusCode::OK, "{}", stats.body);
    assert_eq!(stats.body["total"], 8);
    let cells = stats.body["cells"].as_array().unwrap();
    let cell = |k: &str| cells.iter().find(|c| c["key"] == k).cloned().unwrap();
    assert_eq!(cell("75")["count"], 6);
    assert_eq!(cell("51")["suppressed"], true, "2 cooks: shown as <5");
    assert!(cell("51")["count"].is_null());
    let ages = get(&app, "officer", "/api/v1/stats?group=age").await;
    assert!(ages.body["cells"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["key"] == "25-34" || c["key"] == "35-44"));
    app.expect_statuses(&[
        (
            "officer",
            "GET",
            "/api/v1/stats?group=names",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "counsellor-a",
            "GET",
            "/api/v1/stats?group=isco",
            StatusCode::FORBIDDEN,
        ),
    ])
    .await;
}

#[tokio::test]
async fn erasure_leaves_no_row_with_the_persons_data_and_a_late_retry_is_not_stored() {
    let (app, _) = setup().await;
    let id = new_id();
    let p = profile("Zainab Erase", Some("2020 654321 09"), 1990, "tailor");
    // Started by staff as an assisted registration: that row must lose the person too.
    let started = app
        .expect("staff-a", "POST", "/api/v1/assisted", StatusCode::OK)
        .await;
    let code = started.body["code"].clone();
    let sealed = app.seal(json!({"id": id, "profile": p, "assist": code}));
    assert_eq!(app.submit(sealed.clone()).await.status, StatusCode::OK);
    let person = &person_ids(&app).await[0];
    let linked: Option<String> = sqlx::query_scalar("SELECT person_id FROM assisted_registrations")
        .fetch_one(&app.state.db)
        .await
        .unwrap();
    assert_eq!(linked.as_ref(), Some(person));
    let text = json!({"text": "Zainab Erase likes sewing"});
    note(&app, "counsellor-a", person, text).await;
    settle(&app, person, MUNICIPALITY).await;

    let uri = format!("/api/v1/persons/{person}");
    app.expect_statuses(&[
        ("staff-a", "DELETE", &uri, StatusCode::FORBIDDEN),
        ("officer", "DELETE", &uri, StatusCode::NO_CONTENT),
    ])
    .await;

    // No table holds anything of the person but the audit log's opaque id.
    let postgres = crate::helpers::backend() == evne_server::db::Backend::Postgres;
    let tables: Vec<String> = sqlx::query_scalar(if postgres {
        "SELECT table_name::text FROM information_schema.tables
         WHERE table_schema = current_schema() AND table_name NOT LIKE '_sqlx%'"
    } else {
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'"
    })
    .fetch_all(&app.state.db)
    .await
    .unwrap();
    assert!(tables.len() >= 15, "{tables:?}");
    let mut rows_seen = 0;
    for table in tables {
        let columns: Vec<String> = sqlx::query_scalar(if postgres {
            "SELECT column_name::text FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name = $1"
        } else {
            "SELECT name FROM pragma_table_info($1)"
        })
        .bind(&table)
        .fetch_all(&app.state.db)
        .await
        .unwrap();
        let every_column = columns
            .iter()
            .map(|c| {
                if postgres {
                    format!("quote_nullable({c}::text)")
                } else {
                    format!("quote({c})")
                }
            })
            .collect::<Vec<_>>()
            .join(" || ',' || ");
        let rows: Vec<String> = sqlx::query_scalar(&format!("SELECT {every_column} FROM {table}"))
            .fetch_all(&app.state.db)
            .await
            .unwrap();
        rows_seen += rows.len();
        for row in rows {
            for needle in ["Zainab", "654321", id.as_str()] {
                assert!(!row.contains(needle), "{table} still holds {needle}: {row}");
            }
            // The audit log keeps that the id was erased, and the feed its tombstone (the id
            // only), so that a case system lets the person go.
            let tombstone = table == "feed_events" && row.contains("'person_erased'");
            if table != "audit_log" && !tombstone {
                assert!(
                    !row.contains(person.as_str()),
                    "{table} still names the person: {row}"
                );
            }
        }
    }
    assert!(
        rows_seen > 20,
        "the scan read the database ({rows_seen} rows)"
    );
    let audit = app.audit_rows("erase").await;
    assert_eq!(
        audit,
        [
            (Some(person.clone()), "denied".to_owned()),
            (Some(person.clone()), "allowed".to_owned())
        ]
    );

    // The tablet retries after a lost answer: acknowledged, not stored again.
    assert_eq!(app.submit(sealed).await.status, StatusCode::OK);
    assert!(person_ids(&app).await.is_empty());
}

#[tokio::test]
async fn the_retention_job_erases_persons_never_settled_after_the_period() {
    let (app, _) = setup().await;
    register_each(&app, &["Old", "OldSettled", "Recent"], 1970, "tailor").await;
    let ids = person_ids(&app).await;
    let six_years = 6 * 365 * 24 * 60 * 60;
    sqlx::query("UPDATE persons SET updated_at = updated_at - $1 WHERE id IN ($2, $3)")
        .bind(six_years)
        .bind(&ids[0])
        .bind(&ids[1])
        .execute(&app.state.db)
        .await
        .unwrap();
    settle(&app, &ids[1], MUNICIPALITY).await;

    let now = evne_server::now_unix();
    let erased = evne_server::store::persons::erase_expired(&app.state.db, 5, now)
        .await
        .unwrap();
    assert_eq!(erased, 1);
    assert_eq!(person_ids(&app).await, [ids[1].clone(), ids[2].clone()]);
    assert_eq!(
        app.audit_rows("erase").await,
        [(Some(ids[0].clone()), "allowed".to_owned())]
    );
}

#[tokio::test]
async fn the_settling_municipality_exports_the_profile_as_json_and_csv() {
    let (app, _) = setup().await;
    let mut p = profile("=Amina \"A\"", None, 1990, "tailor");
    p["person"]["family_name"] = json!({"text": "سارا", "lang": "ar"});
    send(&app, None, p).await;
    let id = &person_ids(&app).await[0];
    settle(&app, id, MUNICIPALITY).await;
    let export = format!("/api/v1/persons/{id}/export");
    let json = app.expect("muni-1", "GET", &export, StatusCode::OK).await;
    assert_eq!(json.body["person"]["year_of_birth"], 1990);
    let cookie = app.login("muni-1").await;
    let csv = app
        .request_raw("GET", &format!("{export}?format=csv"), &cookie)
        .await;
    assert!(csv.starts_with("field,value\r\n"), "{csv}");
    assert!(
        csv.contains("\"person.given_name.text\",\"'=Amina \"\"A\"\"\"\r\n"),
        "formula defused, quotes doubled: {csv}"
    );
    assert!(csv.contains("\"person.family_name.text\",\"سارا\""));
    assert!(csv.contains("\"work[0].occupation.id\",\"tailor\""));
    let xml = format!("{export}?format=xml");
    app.expect_statuses(&[
        ("muni-1", "GET", &xml, StatusCode::UNPROCESSABLE_ENTITY),
        ("counsellor-a", "GET", &export, StatusCode::FORBIDDEN),
    ])
    .await;
    assert_eq!(
        app.audit_rows("export")
            .await
            .iter()
            .filter(|(_, o)| o == "allowed")
            .count(),
        2,
        "the JSON and the CSV export"
    );
}

#[tokio::test]
async fn reception_staff_see_who_of_their_centre_registered_and_nothing_more() {
    let (app, other_tablet) = setup().await;
    register(&app, "Amina", Some("2019 123456 01"), 1990, "tailor").await;
    register(&app, "Amina", Some("2019 123456 01"), 1990, "cook").await;
    let hodan = profile("Hodan", None, 1991, "cook");
    send(&app, Some(&other_tablet), hodan).await;
    let residents = "/api/v1/centre/residents";
    let list = app
        .expect("staff-a", "GET", residents, StatusCode::OK)
        .await;
    let rows = list.list();
    assert_eq!(rows.len(), 1, "only their centre");
    assert_eq!(rows[0]["given_name"], "Amina");
    assert_eq!(rows[0]["versions"], 2);
    let keys: Vec<_> = rows[0].as_object().unwrap().keys().cloned().collect();
    assert_eq!(
        keys,
        ["family_name", "given_name", "id", "received_at", "versions"],
        "no profile content"
    );
    app.expect("officer", "GET", residents, StatusCode::FORBIDDEN)
        .await;
}

#[tokio::test]
async fn an_officer_merges_two_records_of_one_person_keeping_every_version_and_note() {
    let (app, _) = setup().await;
    register(&app, "Amina", None, 1990, "tailor").await;
    register(&app, "Amina", Some("2021 000111 02"), 1990, "cook").await;
    let ids = person_ids(&app).await;
    let (into, from) = (&ids[0], &ids[1]);
    note(&app, "counsellor-a", from, json!({"text": "n"})).await;
    assert_eq!(
        merge(&app, into, into).await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(merge(&app, into, from).await, StatusCode::NO_CONTENT);

    assert_eq!(person_ids(&app).await, std::slice::from_ref(into));
    let view = get(&app, "officer", &format!("/api/v1/persons/{into}")).await;
    assert_eq!(view.body["versions"], 2);
    assert_eq!(view.body["conflict"], false);
    assert_eq!(
        view.body["profile"]["work"][0]["occupation"]["id"], "cook",
        "the newest version"
    );
    assert_eq!(
        get(&app, "officer", &format!("/api/v1/persons/{into}/notes"))
            .await
            .list()
            .len(),
        1
    );
    assert_eq!(
        get(&app, "officer", "/api/v1/persons?isco=5120").await.body["total"],
        1,
        "facts rebuilt"
    );
    // The case number came along: a later submission with it joins this person.
    register(&app, "Amina", Some("2021 000111 02"), 1990, "cook").await;
    assert_eq!(person_ids(&app).await.len(), 1);
}
