//! Persons: linking versions by case number, reach per role, shielded persons, notes,
//! settlement, search, statistics with small-cell suppression, and erasure.

use crate::helpers::{enrol_device, new_id, TestApp, CENTRE, OTHER_CENTRE};
use axum::http::StatusCode;
use evne_model::Role;
use serde_json::{json, Value};

pub(crate) const MUNICIPALITY: &str = "org-municipality-1";
const OTHER_MUNICIPALITY: &str = "org-municipality-2";

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
    app.add_user("officer", Role::SettlementOfficer).await;
    app.add_user_at("counsellor-a", Role::Counsellor, Some(CENTRE))
        .await;
    app.add_user_at("counsellor-b", Role::Counsellor, Some(OTHER_CENTRE))
        .await;
    app.add_user_at("staff-a", Role::ReceptionStaff, Some(CENTRE))
        .await;
    app.add_user_at("muni-1", Role::Municipality, Some(MUNICIPALITY))
        .await;
    app.add_user_at("muni-2", Role::Municipality, Some(OTHER_MUNICIPALITY))
        .await;
    app.add_user("admin", Role::Admin).await;
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

pub(crate) async fn person_ids(app: &TestApp) -> Vec<String> {
    sqlx::query_scalar("SELECT id FROM persons ORDER BY created_at, id")
        .fetch_all(&app.state.db)
        .await
        .unwrap()
}

pub(crate) async fn get(app: &TestApp, user: &str, uri: &str) -> crate::helpers::Answer {
    let cookie = app.login(user).await;
    app.request("GET", uri, Some(&cookie), None).await
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
        .body
        .as_array()
        .unwrap()
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
    send(
        &app,
        Some(&other_tablet),
        profile("Hodan", None, 1991, "cook"),
    )
    .await;
    let ids = person_ids(&app).await;
    let (a, b) = (&ids[0], &ids[1]);

    let list = |user: &'static str| {
        let app = &app;
        async move {
            let r = get(app, user, "/api/v1/persons").await;
            assert_eq!(r.status, StatusCode::OK, "{user}");
            r.body["persons"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["given_name"].as_str().unwrap().to_owned())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(list("officer").await.len(), 2);
    assert_eq!(list("counsellor-a").await, ["Amina"]);
    assert_eq!(list("counsellor-b").await, ["Hodan"]);
    assert!(list("muni-1").await.is_empty(), "nobody settled yet");
    assert_eq!(
        get(&app, "staff-a", "/api/v1/persons").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        get(&app, "admin", "/api/v1/persons").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        get(&app, "counsellor-a", &format!("/api/v1/persons/{b}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get(&app, "muni-1", &format!("/api/v1/persons/{a}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // Settlement: municipality 1 agrees to settle Amina, and then sees her, and only her.
    let officer = app.login("officer").await;
    let settle = app
        .request(
            "PUT",
            &format!("/api/v1/persons/{a}/settlement"),
            Some(&officer),
            Some(json!({"municipality": MUNICIPALITY})),
        )
        .await;
    assert_eq!(settle.status, StatusCode::NO_CONTENT);
    let inbox = get(&app, "muni-1", "/api/v1/persons").await;
    assert_eq!(inbox.body["persons"][0]["given_name"], "Amina");
    assert_eq!(inbox.body["persons"][0]["new"], true);
    let again = get(&app, "muni-1", "/api/v1/persons").await;
    assert_eq!(again.body["persons"][0]["new"], false, "seen since");
    assert_eq!(
        get(&app, "muni-1", &format!("/api/v1/persons/{a}"))
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        get(&app, "muni-2", &format!("/api/v1/persons/{a}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // The municipality cannot search the national pool: filters still only cover its inbox.
    let search = get(&app, "muni-1", "/api/v1/persons?isco=5").await;
    assert_eq!(search.body["total"], 0);

    let undo = app
        .request(
            "DELETE",
            &format!("/api/v1/persons/{a}/settlement"),
            Some(&officer),
            None,
        )
        .await;
    assert_eq!(undo.status, StatusCode::NO_CONTENT);
    assert_eq!(
        get(&app, "muni-1", &format!("/api/v1/persons/{a}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let reads = app.audit_rows("read_profile").await;
    assert!(reads
        .iter()
        .any(|(s, o)| s.as_deref() == Some(a.as_str()) && o == "denied"));
}

#[tokio::test]
async fn shielded_persons_are_out_of_every_list_and_their_centre_stays_on_the_server() {
    let (app, _) = setup().await;
    for (i, name) in ["A", "B", "C", "D", "E", "F"].iter().enumerate() {
        register(&app, name, None, 1980 + i as u16, "tailor").await;
    }
    let ids = person_ids(&app).await;
    let shielded = &ids[0];
    let admin = app.login("admin").await;
    let r = app
        .request(
            "PUT",
            &format!("/api/v1/persons/{shielded}/shielded"),
            Some(&admin),
            Some(json!({"shielded": true})),
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);

    let total = |user: &'static str, uri: &'static str| {
        let app = &app;
        async move { get(app, user, uri).await.body["total"].clone() }
    };
    assert_eq!(total("officer", "/api/v1/persons").await, 5);
    assert_eq!(total("counsellor-a", "/api/v1/persons").await, 5);
    assert_eq!(
        get(&app, "officer", &format!("/api/v1/persons/{shielded}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let stats = get(&app, "officer", "/api/v1/stats?group=isco").await;
    assert_eq!(stats.body["total"], 5);

    // An officer marked to handle shielded persons sees and counts them.
    sqlx::query("UPDATE users SET handles_shielded = 1 WHERE username = 'officer'")
        .execute(&app.state.db)
        .await
        .unwrap();
    assert_eq!(total("officer", "/api/v1/persons").await, 6);
    let view = get(&app, "officer", &format!("/api/v1/persons/{shielded}")).await;
    assert_eq!(view.body["shielded"], true);
    assert_eq!(view.body["profile"]["person"]["centre"], CENTRE);

    // Settled to a municipality: it reads the profile, without the centre.
    let officer = app.login("officer").await;
    app.request(
        "PUT",
        &format!("/api/v1/persons/{shielded}/settlement"),
        Some(&officer),
        Some(json!({"municipality": MUNICIPALITY})),
    )
    .await;
    let muni = get(&app, "muni-1", &format!("/api/v1/persons/{shielded}")).await;
    assert_eq!(muni.status, StatusCode::OK);
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
    let a = app.login("counsellor-a").await;
    let note = app
        .request(
            "POST",
            &format!("/api/v1/persons/{id}/notes"),
            Some(&a),
            Some(json!({"goals": "Work as a tailor", "language_training": "Norwegian A2 -> B1"})),
        )
        .await;
    assert_eq!(note.status, StatusCode::OK, "{}", note.body);
    let note_id = note.body["id"].as_str().unwrap().to_owned();

    let edit = app
        .request(
            "PUT",
            &format!("/api/v1/notes/{note_id}"),
            Some(&a),
            Some(json!({"goals": "Own sewing workshop", "next_steps": "Course in business"})),
        )
        .await;
    assert_eq!(edit.status, StatusCode::OK);
    assert_eq!(edit.body["goals"], "Own sewing workshop");

    app.add_user_at("counsellor-a2", Role::Counsellor, Some(CENTRE))
        .await;
    let other = app.login("counsellor-a2").await;
    let not_theirs = app
        .request(
            "PUT",
            &format!("/api/v1/notes/{note_id}"),
            Some(&other),
            Some(json!({"text": "x"})),
        )
        .await;
    assert_eq!(
        not_theirs.status,
        StatusCode::NOT_FOUND,
        "only the author edits"
    );
    let b = app.login("counsellor-b").await;
    let other_centre = app
        .request(
            "POST",
            &format!("/api/v1/persons/{id}/notes"),
            Some(&b),
            Some(json!({"text": "x"})),
        )
        .await;
    assert_eq!(other_centre.status, StatusCode::NOT_FOUND);
    let empty = app
        .request(
            "POST",
            &format!("/api/v1/persons/{id}/notes"),
            Some(&a),
            Some(json!({})),
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let officer_writes = app
        .request(
            "POST",
            &format!("/api/v1/persons/{id}/notes"),
            Some(&app.login("officer").await),
            Some(json!({"text": "x"})),
        )
        .await;
    assert_eq!(officer_writes.status, StatusCode::FORBIDDEN);

    assert_eq!(
        get(&app, "officer", &format!("/api/v1/persons/{id}/notes"))
            .await
            .body[0]["goals"],
        "Own sewing workshop"
    );
    assert_eq!(
        get(&app, "muni-1", &format!("/api/v1/persons/{id}/notes"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let officer = app.login("officer").await;
    app.request(
        "PUT",
        &format!("/api/v1/persons/{id}/settlement"),
        Some(&officer),
        Some(json!({"municipality": MUNICIPALITY})),
    )
    .await;
    let notes = get(&app, "muni-1", &format!("/api/v1/persons/{id}/notes")).await;
    assert_eq!(notes.body.as_array().unwrap().len(), 1);
    assert_eq!(notes.body[0]["mine"], false);
    let own = get(&app, "counsellor-a", &format!("/api/v1/persons/{id}/notes")).await;
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
    assert_eq!(
        get(&app, "officer", "/api/v1/stats?group=names")
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        get(&app, "counsellor-a", "/api/v1/stats?group=isco")
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn erasure_leaves_no_row_with_the_persons_data_and_a_late_retry_is_not_stored() {
    let (app, _) = setup().await;
    let id = new_id();
    let p = profile("Zainab Erase", Some("2020 654321 09"), 1990, "tailor");
    // Started by staff as an assisted registration: that row must lose the person too.
    let staff = app.login("staff-a").await;
    let started = app
        .request("POST", "/api/v1/assisted", Some(&staff), None)
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
    let c = app.login("counsellor-a").await;
    app.request(
        "POST",
        &format!("/api/v1/persons/{person}/notes"),
        Some(&c),
        Some(json!({"text": "Zainab Erase likes sewing"})),
    )
    .await;
    let officer = app.login("officer").await;
    app.request(
        "PUT",
        &format!("/api/v1/persons/{person}/settlement"),
        Some(&officer),
        Some(json!({"municipality": MUNICIPALITY})),
    )
    .await;

    let staff = app.login("staff-a").await;
    let refused = app
        .request(
            "DELETE",
            &format!("/api/v1/persons/{person}"),
            Some(&staff),
            None,
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let erased = app
        .request(
            "DELETE",
            &format!("/api/v1/persons/{person}"),
            Some(&officer),
            None,
        )
        .await;
    assert_eq!(erased.status, StatusCode::NO_CONTENT);

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
            if table != "audit_log" {
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
    register(&app, "Old", None, 1970, "tailor").await;
    register(&app, "OldSettled", None, 1971, "tailor").await;
    register(&app, "Recent", None, 1972, "tailor").await;
    let ids = person_ids(&app).await;
    let six_years = 6 * 365 * 24 * 60 * 60;
    sqlx::query("UPDATE persons SET updated_at = updated_at - $1 WHERE id IN ($2, $3)")
        .bind(six_years)
        .bind(&ids[0])
        .bind(&ids[1])
        .execute(&app.state.db)
        .await
        .unwrap();
    let officer = app.login("officer").await;
    app.request(
        "PUT",
        &format!("/api/v1/persons/{}/settlement", ids[1]),
        Some(&officer),
        Some(json!({"municipality": MUNICIPALITY})),
    )
    .await;

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
    let officer = app.login("officer").await;
    app.request(
        "PUT",
        &format!("/api/v1/persons/{id}/settlement"),
        Some(&officer),
        Some(json!({"municipality": MUNICIPALITY})),
    )
    .await;
    let json = get(&app, "muni-1", &format!("/api/v1/persons/{id}/export")).await;
    assert_eq!(json.status, StatusCode::OK);
    assert_eq!(json.body["person"]["year_of_birth"], 1990);
    let cookie = app.login("muni-1").await;
    let csv = app
        .request_raw(
            "GET",
            &format!("/api/v1/persons/{id}/export?format=csv"),
            &cookie,
        )
        .await;
    assert!(csv.starts_with("field,value\r\n"), "{csv}");
    assert!(
        csv.contains("\"person.given_name.text\",\"'=Amina \"\"A\"\"\"\r\n"),
        "formula defused, quotes doubled: {csv}"
    );
    assert!(csv.contains("\"person.family_name.text\",\"سارا\""));
    assert!(csv.contains("\"work[0].occupation.id\",\"tailor\""));
    assert_eq!(
        get(
            &app,
            "muni-1",
            &format!("/api/v1/persons/{id}/export?format=xml")
        )
        .await
        .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        get(
            &app,
            "counsellor-a",
            &format!("/api/v1/persons/{id}/export")
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );
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
    send(
        &app,
        Some(&other_tablet),
        profile("Hodan", None, 1991, "cook"),
    )
    .await;
    let list = get(&app, "staff-a", "/api/v1/centre/residents").await;
    assert_eq!(list.status, StatusCode::OK);
    let rows = list.body.as_array().unwrap();
    assert_eq!(rows.len(), 1, "only their centre");
    assert_eq!(rows[0]["given_name"], "Amina");
    assert_eq!(rows[0]["versions"], 2);
    let keys: Vec<_> = rows[0].as_object().unwrap().keys().cloned().collect();
    assert_eq!(
        keys,
        ["family_name", "given_name", "id", "received_at", "versions"],
        "no profile content"
    );
    assert_eq!(
        get(&app, "officer", "/api/v1/centre/residents")
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn an_officer_merges_two_records_of_one_person_keeping_every_version_and_note() {
    let (app, _) = setup().await;
    register(&app, "Amina", None, 1990, "tailor").await;
    register(&app, "Amina", Some("2021 000111 02"), 1990, "cook").await;
    let ids = person_ids(&app).await;
    let (into, from) = (&ids[0], &ids[1]);
    let c = app.login("counsellor-a").await;
    app.request(
        "POST",
        &format!("/api/v1/persons/{from}/notes"),
        Some(&c),
        Some(json!({"text": "n"})),
    )
    .await;
    let officer = app.login("officer").await;
    let same = app
        .request(
            "POST",
            &format!("/api/v1/persons/{into}/merge"),
            Some(&officer),
            Some(json!({"from": into})),
        )
        .await;
    assert_eq!(same.status, StatusCode::UNPROCESSABLE_ENTITY);
    let merged = app
        .request(
            "POST",
            &format!("/api/v1/persons/{into}/merge"),
            Some(&officer),
            Some(json!({"from": from})),
        )
        .await;
    assert_eq!(merged.status, StatusCode::NO_CONTENT);

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
            .body
            .as_array()
            .unwrap()
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
