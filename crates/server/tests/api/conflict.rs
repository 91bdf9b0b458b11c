//! A registration whose case number names someone else (another given name or year of birth)
//! changes nobody's access: it is a person of its own, flagged for an officer, until the
//! officer merges it into the person it named or keeps it apart. Runs on SQLite and
//! PostgreSQL like every test here.

use crate::helpers::{TestApp, CENTRE, OTHER_CENTRE};
use crate::persons::{
    get, merge, note, person_ids, profile, register, send, settle, setup, MUNICIPALITY,
};
use axum::http::StatusCode;
use serde_json::json;

const CASE: &str = "201912345601";

async fn centre_of(app: &TestApp, person: &str) -> Option<String> {
    sqlx::query_scalar("SELECT centre_id FROM persons WHERE id = $1")
        .bind(person)
        .fetch_one(&app.state.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_conflicting_case_number_moves_no_one_and_opens_no_notes() {
    let (app, tablet_b) = setup().await;
    register(&app, "Sara", Some(CASE), 1990, "tailor").await;
    let sara = person_ids(&app).await[0].clone();
    let text = json!({"text": "Wants to train as a nurse"});
    let note = note(&app, "counsellor-a", &sara, text).await;
    assert_eq!(note.status, StatusCode::OK);

    // Centre B's tablet sends someone else under Sara's case number (a typo).
    let samir = profile("Samir", Some(CASE), 1985, "cook");
    send(&app, Some(&tablet_b), samir).await;

    let ids = person_ids(&app).await;
    assert_eq!(
        ids.len(),
        2,
        "the conflicting registration is a person of its own"
    );
    let samir = ids[1].clone();
    assert_eq!(centre_of(&app, &sara).await.as_deref(), Some(CENTRE));
    assert_eq!(centre_of(&app, &samir).await.as_deref(), Some(OTHER_CENTRE));

    let view = get(&app, "officer", &format!("/api/v1/persons/{sara}")).await;
    assert_eq!(view.body["versions"], 1);
    assert_eq!(view.body["conflict"], false);
    assert_eq!(view.body["profile"]["person"]["given_name"]["text"], "Sara");
    let view = get(&app, "officer", &format!("/api/v1/persons/{samir}")).await;
    assert_eq!(view.body["conflict"], true);
    assert_eq!(view.body["conflict_with"], sara.as_str());

    // Centre B's counsellor reads nothing of Sara, and her notes stay with centre A.
    let (sara_uri, sara_notes_uri) = (
        format!("/api/v1/persons/{sara}"),
        format!("/api/v1/persons/{sara}/notes"),
    );
    app.expect_statuses(&[
        ("counsellor-b", "GET", &sara_uri, StatusCode::NOT_FOUND),
        (
            "counsellor-b",
            "GET",
            &sara_notes_uri,
            StatusCode::NOT_FOUND,
        ),
    ])
    .await;
    let samir_notes = get(
        &app,
        "counsellor-b",
        &format!("/api/v1/persons/{samir}/notes"),
    )
    .await;
    assert_eq!(samir_notes.body, json!([]));
    let sara_notes = get(&app, "counsellor-a", &sara_notes_uri).await;
    assert_eq!(sara_notes.list().len(), 1);
    // A municipality settling Sara gets Sara's profile, not the conflicting one.
    settle(&app, &sara, MUNICIPALITY).await;
    let seen = get(&app, "muni-1", &sara_uri).await;
    assert_eq!(seen.body["profile"]["person"]["given_name"]["text"], "Sara");

    // The officer keeps Samir apart: no longer a conflict, still his own person.
    let keep_apart = format!("/api/v1/persons/{samir}/conflict");
    app.expect("officer", "DELETE", &keep_apart, StatusCode::NO_CONTENT)
        .await;
    let view = get(&app, "officer", &format!("/api/v1/persons/{samir}")).await;
    assert_eq!(view.body["conflict"], false);
    assert!(view.body.get("conflict_with").is_none());
    assert_eq!(app.audit_rows("keep_apart").await.len(), 1);
}

#[tokio::test]
async fn an_officer_merges_a_conflict_into_the_person_it_named() {
    let (app, tablet_b) = setup().await;
    register(&app, "Sara", Some(CASE), 1990, "tailor").await;
    // Sara herself, moved to centre B, with a year of birth typed differently.
    let sara_again = profile("Sara", Some(CASE), 1991, "cook");
    send(&app, Some(&tablet_b), sara_again).await;
    let ids = person_ids(&app).await;
    let (sara, again) = (ids[0].clone(), ids[1].clone());
    assert_eq!(centre_of(&app, &sara).await.as_deref(), Some(CENTRE));

    assert_eq!(merge(&app, &sara, &again).await, StatusCode::NO_CONTENT);
    let view = get(&app, "officer", &format!("/api/v1/persons/{sara}")).await;
    assert_eq!(view.body["versions"], 2);
    assert_eq!(view.body["conflict"], false, "the officer answered it");
    assert_eq!(view.body["profile"]["person"]["year_of_birth"], 1991);
    assert_eq!(person_ids(&app).await, [sara]);
}
