//! The hand-over feed (`GET /feed`) as a case system reads it: only settled persons, in commit
//! order, at least once, across a restart, a withdrawal and an erasure; and every refusal.

use crate::helpers::TestApp;
use crate::persons::{profile, send, settle, setup, MUNICIPALITY};
use axum::http::StatusCode;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

const FEED: &str = "/api/v1/feed";

async fn id_of(app: &TestApp, case: &str) -> String {
    sqlx::query_scalar("SELECT id FROM persons WHERE case_number = $1")
        .bind(case)
        .fetch_one(&app.state.db)
        .await
        .expect("a person")
}

/// What a case system keeps: each person's applied version, and the events it has applied.
#[derive(Default, Debug)]
struct CaseSystem {
    cursor: Option<String>,
    persons: BTreeMap<String, i64>,
    applied: BTreeSet<String>,
    /// Every person any event named.
    seen: BTreeSet<String>,
    events: Vec<Value>,
}

impl CaseSystem {
    /// Reads pages of `limit` until no more follow; applies each event once.
    async fn read(&mut self, app: &TestApp, token: &str, limit: usize) {
        loop {
            let uri = match &self.cursor {
                Some(c) => format!("{FEED}?after={c}&limit={limit}"),
                None => format!("{FEED}?limit={limit}"),
            };
            let a = app.request_with_bearer("GET", &uri, token, None).await;
            assert_eq!(a.status, StatusCode::OK, "{}", a.body);
            let events = a.body["events"].as_array().cloned().unwrap_or_default();
            assert!(events.len() <= limit);
            for e in events {
                assert_eq!(e["schema"], "evne.feed/1");
                let person = e["person"].as_str().expect("a person").to_owned();
                self.seen.insert(person.clone());
                self.events.push(e.clone());
                if !self
                    .applied
                    .insert(e["id"].as_str().expect("an id").to_owned())
                {
                    continue;
                }
                match e["kind"].as_str() {
                    Some("settlement_agreed" | "profile_updated") => {
                        let version = e["version"].as_i64().expect("a version");
                        assert!(e["profile"].is_object(), "{e}");
                        self.persons.insert(person, version);
                    }
                    Some("settlement_withdrawn" | "person_erased") => {
                        assert!(e.get("profile").is_none(), "{e}");
                        self.persons.remove(&person);
                    }
                    other => panic!("an unknown kind {other:?}"),
                }
            }
            self.cursor = a.body["next"].as_str().map(str::to_owned);
            if a.body["more"] != json!(true) {
                return;
            }
        }
    }
}

#[tokio::test]
async fn a_case_system_reads_exactly_the_settled_persons_across_a_restart_a_withdrawal_and_an_erasure(
) {
    let (app, _) = setup().await;
    let (_, token) = evne_server::admin::create_integration(&app.state.db, "case system")
        .await
        .expect("created");
    let cases = [
        "202400000001",
        "202400000002",
        "202400000003",
        "202400000004",
    ];
    for (i, case) in cases.iter().enumerate() {
        send(
            &app,
            None,
            profile(&format!("P{i}"), Some(case), 1990, "tailor"),
        )
        .await;
    }
    let [a, b, c, d] = [
        id_of(&app, cases[0]).await,
        id_of(&app, cases[1]).await,
        id_of(&app, cases[2]).await,
        id_of(&app, cases[3]).await,
    ];
    // Nothing is in the feed before a settlement.
    let mut system = CaseSystem::default();
    system.read(&app, &token, 2).await;
    assert!(system.events.is_empty());
    for p in [&a, &b, &c] {
        settle(&app, p, MUNICIPALITY).await;
    }
    system.read(&app, &token, 2).await;
    assert_eq!(system.persons.len(), 3);
    let first_cursor = system.events[0]["cursor"]
        .as_str()
        .expect("a cursor")
        .to_owned();

    // A restart: another server on the same database reads on from the cursor.
    let app = app.replica();
    // A new version of A, a note on A, B withdrawn, C erased, D (never settled) updated.
    let mut newer = profile("P0", Some(cases[0]), 1990, "tailor");
    newer["languages"]["entries"][1]["speaking"] = json!("b1");
    send(&app, None, newer).await;
    let mut newer_d = profile("P3", Some(cases[3]), 1990, "tailor");
    newer_d["languages"]["entries"][1]["speaking"] = json!("b1");
    send(&app, None, newer_d).await;
    let note = json!({"goals": "Fagbrev som skredder"});
    let a_note = app
        .call_as(
            "counsellor-a",
            "POST",
            &format!("/api/v1/persons/{a}/notes"),
            Some(note),
        )
        .await;
    assert!(a_note.status.is_success(), "{}", a_note.body);
    let unsettle = app
        .call_as(
            "officer",
            "DELETE",
            &format!("/api/v1/persons/{b}/settlement"),
            None,
        )
        .await;
    assert_eq!(unsettle.status, StatusCode::NO_CONTENT);
    let erase = app
        .call_as("officer", "DELETE", &format!("/api/v1/persons/{c}"), None)
        .await;
    assert_eq!(erase.status, StatusCode::NO_CONTENT);
    system.read(&app, &token, 2).await;
    let expected = BTreeMap::from([(a.clone(), 2)]);
    assert_eq!(system.persons, expected);
    assert!(
        !system.seen.contains(&d),
        "a person never settled never appears"
    );

    // At least once: reading again from an early cursor changes nothing.
    system.cursor = Some(first_cursor);
    system.read(&app, &token, 3).await;
    assert_eq!(system.persons, expected);

    // A new case system from the start sees the same, and of C only the tombstone.
    let mut fresh = CaseSystem::default();
    fresh.read(&app, &token, 1000).await;
    assert_eq!(fresh.persons, expected);
    let of_c: Vec<&Value> = fresh
        .events
        .iter()
        .filter(|e| e["person"] == c.as_str())
        .collect();
    assert_eq!(of_c.len(), 1);
    assert_eq!(of_c[0]["kind"], "person_erased");
    assert_eq!(
        of_c[0].as_object().map(|o| o.len()),
        Some(6),
        "the id only: {}",
        of_c[0]
    );
    // Positions only grow.
    let cursors: Vec<&str> = fresh
        .events
        .iter()
        .filter_map(|e| e["cursor"].as_str())
        .collect();
    let positions: Vec<i64> = cursors
        .iter()
        .map(|c| evne_server::feed::cursor::decode(c).expect("a cursor"))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");

    // The latest event of A: its version with codes, Norwegian labels and the note.
    let last = fresh
        .events
        .iter()
        .rev()
        .find(|e| e["person"] == a.as_str())
        .expect("an event of A");
    assert_eq!(last["kind"], "profile_updated");
    assert_eq!(last["municipality"], MUNICIPALITY);
    let occupation = &last["profile"]["work"][0]["occupation"];
    assert_eq!(occupation["isco08"], "7531");
    assert!(occupation["esco"]
        .as_str()
        .is_some_and(|u| u.starts_with("http://data.europa.eu/esco/occupation/")));
    let codes = last["codes"].as_array().expect("codes");
    let label = |path: &str| {
        codes
            .iter()
            .find(|c| c["path"] == path)
            .map(|c| c["label_nb"].as_str().unwrap_or_default().to_owned())
    };
    assert_eq!(label("work[0].occupation").as_deref(), Some("Skredder"));
    assert_eq!(
        label("languages.entries[0].code").as_deref(),
        Some("arabisk")
    );
    assert_eq!(label("person.origin").as_deref(), Some("Syria"));
    assert_eq!(last["notes"][0]["goals"], "Fagbrev som skredder");
    assert!(last["notes"][0].get("author_id").is_none());

    // Every page was audited with the persons it carried, and never with D.
    let audited: BTreeSet<String> = app
        .audit_rows("read_feed")
        .await
        .into_iter()
        .filter_map(|(subject, _)| subject)
        .collect();
    assert!(audited.contains(&a) && audited.contains(&b));
    assert!(!audited.contains(&d));
}

#[tokio::test]
async fn only_a_live_integration_token_reads_the_feed_and_it_reads_nothing_else() {
    let (app, _) = setup().await;
    let db = &app.state.db;
    let (_, token) = evne_server::admin::create_integration(db, "ssb")
        .await
        .expect("created");
    let ok = app.request_with_bearer("GET", FEED, &token, None).await;
    assert_eq!(ok.status, StatusCode::OK);
    assert_eq!(ok.body["events"], json!([]));
    let bad = |q: &str| format!("{FEED}?{q}");
    let forged = evne_server::feed::cursor::encode(5).replace('A', "B");
    for (uri, status, field) in [
        (
            bad("after=bm9wZQ"),
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("after"),
        ),
        (
            bad(&format!("after={forged}x")),
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("after"),
        ),
        (
            bad("limit=0"),
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("limit"),
        ),
        (
            bad("limit=1001"),
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("limit"),
        ),
        (bad("limit=many"), StatusCode::BAD_REQUEST, None),
        (bad("since=1"), StatusCode::BAD_REQUEST, None),
    ] {
        let a = app.request_with_bearer("GET", &uri, &token, None).await;
        assert_eq!(a.status, status, "{uri}: {}", a.body);
        if let Some(field) = field {
            assert_eq!(a.body["fields"][0]["path"], field, "{uri}: {}", a.body);
        }
    }
    // Nobody else reads it: no token, a session, a tablet, a made-up token.
    assert_eq!(
        app.request("GET", FEED, None, None).await.status,
        StatusCode::UNAUTHORIZED
    );
    let officer = app.login("officer").await;
    let as_officer = app.request("GET", FEED, Some(&officer), None).await;
    assert_eq!(as_officer.status, StatusCode::UNAUTHORIZED);
    let tablet = app.device_token.clone();
    for t in [tablet.as_str(), "made-up"] {
        let a = app.request_with_bearer("GET", FEED, t, None).await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED, "{t}");
    }
    // The token opens nothing else.
    for (method, uri) in [
        ("GET", "/api/v1/persons"),
        ("GET", "/api/v1/me"),
        ("GET", "/api/v1/devices"),
    ] {
        let a = app.request_with_bearer(method, uri, &token, None).await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED, "{method} {uri}");
    }
    let sealed = app.submission(&crate::helpers::new_id(), "Ali");
    let a = app
        .request_with_bearer("POST", "/api/v1/submissions", &token, Some(sealed))
        .await;
    assert_eq!(a.status, StatusCode::UNAUTHORIZED, "{}", a.body);
    // Revoked, it reads nothing; the name cannot be taken twice.
    evne_server::admin::revoke_integration(db, "ssb")
        .await
        .expect("revoked");
    let a = app.request_with_bearer("GET", FEED, &token, None).await;
    assert_eq!(a.status, StatusCode::UNAUTHORIZED);
    assert!(evne_server::admin::revoke_integration(db, "ssb")
        .await
        .is_err());
    assert!(evne_server::admin::create_integration(db, "ssb")
        .await
        .is_err());
    assert!(evne_server::admin::create_integration(db, " ")
        .await
        .is_err());
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'create_integration'")
            .await,
        1
    );
}

#[tokio::test]
async fn a_reader_during_concurrent_settlements_misses_no_event() {
    let (app, _) = setup().await;
    let (_, token) = evne_server::admin::create_integration(&app.state.db, "case system")
        .await
        .expect("created");
    let mut ids = vec![];
    for i in 0..16 {
        let case = format!("2024000001{i:02}");
        send(
            &app,
            None,
            profile(&format!("Q{i}"), Some(&case), 1990, "cook"),
        )
        .await;
        ids.push(id_of(&app, &case).await);
    }
    // Settlements (each its own transaction) race a reader that reads while they commit.
    let officer = app.session("officer").await;
    let writers = futures::future::join_all(ids.iter().map(|id| {
        let uri = format!("/api/v1/persons/{id}/settlement");
        let body = json!({ "municipality": MUNICIPALITY });
        let (app, officer) = (&app, &officer);
        async move {
            let a = app.request("PUT", &uri, Some(officer), Some(body)).await;
            assert_eq!(a.status, StatusCode::NO_CONTENT, "{}", a.body);
        }
    }));
    let reader = async {
        let mut system = CaseSystem::default();
        for _ in 0..20 {
            system.read(&app, &token, 3).await;
            tokio::task::yield_now().await;
        }
        system
    };
    let (_, mut system) = tokio::join!(writers, reader);
    system.read(&app, &token, 3).await;
    assert_eq!(system.persons.len(), 16, "{:?}", system.persons);
    let stored = app.count("SELECT COUNT(*) FROM feed_events").await;
    assert_eq!(system.applied.len() as i64, stored);
}
