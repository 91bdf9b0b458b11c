//! The access matrix: every endpoint × every kind of caller, generated from the server's own
//! route table (`http::ENDPOINTS`). Each cell runs on a fresh database with the same fixture: a
//! person registered at centre A, settled to municipality 1, with a note by counsellor A.
//! "allow" means a 2xx answer; "deny" means 401, 403 or 404 — and never the data.

use crate::helpers::{enrol_device, new_id, wav, TestApp, CENTRE, OTHER_CENTRE, PASSWORD};
use crate::officer::save_search;
use crate::persons::{note, settle};
use axum::http::StatusCode;
use evne_model::Role;
use evne_server::http::ENDPOINTS;
use serde_json::{json, Value};

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Caller {
    Anonymous,
    /// An enrolled tablet's token.
    Tablet,
    /// A case system's integration token.
    Integration,
    Admin,
    /// Reception staff of centre A (the person's centre).
    StaffOwn,
    CounsellorOwn,
    /// A counsellor of centre B.
    CounsellorOther,
    Officer,
    /// The municipality that agreed to settle the person.
    MunicipalitySettling,
    MunicipalityOther,
    /// A language reviewer of Tigrinya (the locale the review paths name).
    ReviewerOwn,
    /// A language reviewer of Amharic only.
    ReviewerOther,
}

use Caller::*;

/// Each caller with a session: the user of [`fixture`] it is, with its role and organisation.
const USERS: [(Caller, &str, Role, Option<&str>); 9] = [
    (Admin, "admin", Role::Admin, None),
    (StaffOwn, "staff", Role::ReceptionStaff, Some(CENTRE)),
    (CounsellorOwn, "counsellor", Role::Counsellor, Some(CENTRE)),
    (
        CounsellorOther,
        "counsellor-b",
        Role::Counsellor,
        Some(OTHER_CENTRE),
    ),
    (Officer, "officer", Role::SettlementOfficer, None),
    (
        MunicipalitySettling,
        "muni",
        Role::Municipality,
        Some("org-m1"),
    ),
    (
        MunicipalityOther,
        "muni-b",
        Role::Municipality,
        Some("org-m2"),
    ),
    (ReviewerOwn, "reviewer-ti", Role::LanguageReviewer, None),
    (ReviewerOther, "reviewer-am", Role::LanguageReviewer, None),
];

/// The locale of each reviewer; `reviewer-ti-2` reviewed [`MESSAGE`] for the others to
/// approve.
const REVIEWERS: [(&str, &str); 3] = [
    ("reviewer-ti", "ti"),
    ("reviewer-am", "am"),
    ("reviewer-ti-2", "ti"),
];

/// The ESCO occupation a job is coded to.
pub(crate) const PHONE_REPAIR: &str =
    "http://data.europa.eu/esco/occupation/f0f6d531-eb96-4bad-84ff-8e2999ea68e6";

/// The message the review paths name.
pub(crate) const MESSAGE: &str = "consent-yes";

/// The callers with a session.
fn session() -> Vec<Caller> {
    USERS.iter().map(|u| u.0).collect()
}

/// Every kind of caller: nobody, a tablet, and each with a session.
fn callers() -> Vec<Caller> {
    [Anonymous, Tablet, Integration]
        .into_iter()
        .chain(session())
        .collect()
}

/// Who may call each endpoint: the expectation table. Every entry of `ENDPOINTS` needs one.
fn allowed(method: &str, path: &str) -> Option<Vec<Caller>> {
    Some(match (method, path) {
        ("GET", "/submission-key")
        | ("POST", "/login")
        | ("POST", "/logout")
        | ("GET", "/openapi.json") => callers(),
        ("POST", "/submissions")
        | ("POST", "/devices/status")
        | ("POST", "/devices/lock-secret") => vec![Tablet],
        ("GET", "/feed") => vec![Integration],
        ("GET", "/me") | ("POST", "/password") => session(),
        ("GET", "/registrations") => vec![Officer],
        ("GET", "/devices") => vec![Admin, StaffOwn, Officer],
        // Admins enrol tablets only as members of a centre (this one belongs to none).
        ("POST", "/devices")
        | ("GET", "/centre/residents")
        | ("GET", "/assisted")
        | ("POST", "/assisted")
        | ("GET", "/centre")
        | ("PUT", "/centre") => vec![StaffOwn],
        ("POST", "/devices/{id}/revoke") => vec![Admin, StaffOwn],
        ("GET", "/asked-languages") => vec![Admin, StaffOwn, Officer],
        ("GET", "/coverage") => vec![Admin, Officer],
        ("GET", "/esco/occupations") => vec![CounsellorOwn, CounsellorOther, Officer],
        ("GET", "/audit") | ("GET", "/organisations") => vec![Admin, Officer],
        ("GET", "/users") | ("PUT", "/users/{id}/shielded") | ("GET", "/language-coverage") => {
            vec![Admin]
        }
        ("GET", "/persons") => vec![
            CounsellorOwn,
            CounsellorOther,
            Officer,
            MunicipalitySettling,
            MunicipalityOther,
        ],
        ("PUT", "/persons/{id}/jobs/{job}/esco") | ("DELETE", "/persons/{id}/jobs/{job}/esco") => {
            vec![CounsellorOwn, Officer]
        }
        ("GET", "/persons/{id}") | ("GET", "/persons/{id}/notes") => {
            vec![CounsellorOwn, Officer, MunicipalitySettling]
        }
        ("DELETE", "/persons/{id}") | ("PUT", "/persons/{id}/shielded") => vec![Admin, Officer],
        ("GET", "/persons/{id}/export") => vec![Officer, MunicipalitySettling],
        ("GET", "/persons/{id}/versions")
        | ("POST", "/persons/{id}/merge")
        | ("DELETE", "/persons/{id}/conflict")
        | ("PUT", "/persons/{id}/settlement")
        | ("DELETE", "/persons/{id}/settlement")
        | ("GET", "/stats")
        | ("GET", "/searches")
        | ("POST", "/searches")
        | ("DELETE", "/searches/{id}")
        | ("GET", "/settlements") => vec![Officer],
        ("POST", "/persons/{id}/notes") | ("PUT", "/notes/{id}") => vec![CounsellorOwn],
        ("GET", "/review/{locale}")
        | ("PUT", "/review/{locale}/{message}")
        | ("POST", "/review/{locale}/{message}/approval")
        | ("PUT", "/review/{locale}/{message}/recording")
        | ("GET", "/review/{locale}/{message}/recording") => vec![ReviewerOwn],
        ("GET", "/language-packs/{locale}")
        | ("GET", "/language-packs/{locale}/recordings/{message}") => callers(),
        _ => return None,
    })
}

pub(crate) struct Fixture {
    pub(crate) app: TestApp,
    pub(crate) person: String,
    /// Another person at the same centre (to merge).
    pub(crate) other: String,
    pub(crate) note: String,
    pub(crate) device: String,
    /// The officer's saved search.
    pub(crate) search: String,
    /// The officer's user id.
    pub(crate) officer: String,
    /// A case system's token.
    pub(crate) integration: String,
}

pub(crate) async fn fixture() -> Fixture {
    let app = TestApp::spawn().await;
    for id in ["org-m1", "org-m2"] {
        app.add_organisation(id, "municipality").await;
    }
    for (_, username, role, organisation) in USERS {
        app.add_user_at(username, role, organisation).await;
    }
    app.add_user("reviewer-ti-2", Role::LanguageReviewer).await;
    for (username, locale) in REVIEWERS {
        app.allow_locale(username, locale).await;
    }
    let by = app.user_id("reviewer-ti-2").await;
    let source = evne_server::review::source(MESSAGE)
        .expect("a message")
        .text;
    let hash = evne_locales::source_hash(&source);
    let mut conn = app.state.db.acquire().await.expect("a connection");
    let at = ("ti", MESSAGE);
    evne_server::store::translations::review(&mut conn, at, "እወ፡ ይኹን", &hash, (&by, 1))
        .await
        .expect("a review");
    let recording = evne_server::store::recordings::NewRecording {
        source_hash: &hash,
        media_type: "audio/wav",
        duration_ms: 500,
        audio: &wav(500),
    };
    evne_server::store::recordings::put(&mut conn, at, &recording, (&by, 1))
        .await
        .expect("a recording");
    let sent = app.submit(app.submission(&new_id(), "Matrix")).await;
    assert_eq!(sent.status, StatusCode::OK);
    let person: String = sqlx::query_scalar("SELECT id FROM persons")
        .fetch_one(&app.state.db)
        .await
        .unwrap();
    app.submit(app.submission(&new_id(), "Matrix Two")).await;
    let other: String = sqlx::query_scalar("SELECT id FROM persons WHERE id != $1")
        .bind(&person)
        .fetch_one(&app.state.db)
        .await
        .unwrap();
    settle(&app, &person, "org-m1").await;
    let note = note(&app, "counsellor", &person, json!({"text": "n"})).await;
    let note = note.body["id"].as_str().unwrap().to_owned();
    let device = enrol_device(&app.state.db, CENTRE).await.0;
    let search = save_search(&app, "officer", "Mine", "lang=ar").await;
    let search = search.body["id"].as_str().unwrap().to_owned();
    let officer = sqlx::query_scalar("SELECT id FROM users WHERE username = 'officer'")
        .fetch_one(&app.state.db)
        .await
        .unwrap();
    let integration = evne_server::admin::create_integration(&app.state.db, "case system")
        .await
        .expect("an integration")
        .1;
    Fixture {
        app,
        person,
        other,
        note,
        device,
        search,
        officer,
        integration,
    }
}

/// The user `caller` logs in as (none for nobody and a tablet).
pub(crate) fn username(caller: Caller) -> Option<&'static str> {
    USERS.iter().find(|u| u.0 == caller).map(|u| u.1)
}

/// A valid body for the endpoint (so that an allowed call succeeds); a merge takes `from`.
pub(crate) fn body(app: &TestApp, from: &str, method: &str, path: &str) -> Option<Value> {
    match (method, path) {
        ("POST", "/submissions") => Some(app.submission(&new_id(), "Another")),
        ("POST", "/login") => Some(json!({"username": "officer", "password": PASSWORD})),
        ("POST", "/password") => {
            Some(json!({"current": PASSWORD, "new": "a new long enough password"}))
        }
        ("POST", "/devices/status") => Some(
            json!({"queued": 0, "oldest_queued_age_s": null, "last_error": null, "storage_persisted": true}),
        ),
        ("POST", "/devices/lock-secret") => {
            Some(json!({"username": "staff", "password": PASSWORD}))
        }
        ("PUT", "/persons/{id}/shielded") => Some(json!({"shielded": true})),
        ("PUT", "/users/{id}/shielded") => Some(json!({"handles_shielded": true})),
        ("PUT", "/persons/{id}/settlement") => Some(json!({"municipality": "org-m2"})),
        ("POST", "/persons/{id}/notes") | ("PUT", "/notes/{id}") => Some(json!({"goals": "g"})),
        ("POST", "/persons/{id}/merge") => Some(json!({"from": from})),
        ("POST", "/searches") => Some(json!({"name": "Cooks", "query": "isco=51"})),
        ("PUT", "/centre") => Some(json!({"residents": 120})),
        ("PUT", "/persons/{id}/jobs/{job}/esco") => Some(json!({"esco": PHONE_REPAIR})),
        ("PUT", "/review/{locale}/{message}") => Some(json!({"text": "እወ"})),
        _ => None,
    }
}

/// The fixture's id that `path`'s `{id}` names: a note, a tablet, a saved search, the officer
/// or the person.
pub(crate) fn path_id<'a>(f: &'a Fixture, path: &str) -> &'a str {
    match path {
        p if p.starts_with("/notes/") => &f.note,
        p if p.starts_with("/devices/{id}") => &f.device,
        p if p.starts_with("/searches/{id}") => &f.search,
        p if p.starts_with("/users/{id}") => &f.officer,
        _ => &f.person,
    }
}

async fn call(f: &Fixture, caller: Caller, method: &str, path: &str) -> (StatusCode, Value) {
    let path_filled = path
        .replace("{id}", path_id(f, path))
        .replace("{job}", "0")
        .replace("{locale}", "ti")
        .replace("{message}", MESSAGE);
    let mut uri = format!("/api/v1{path_filled}");
    match path {
        "/stats" => uri.push_str("?group=isco"),
        "/esco/occupations" => uri.push_str("?q=phone%20repair"),
        _ => {}
    }
    let body = body(&f.app, &f.other, method, path);
    if (method, path) == ("PUT", "/review/{locale}/{message}/recording") {
        let cookie = match username(caller) {
            Some(u) => Some(f.app.login(u).await),
            None => None,
        };
        let a = f
            .app
            .request_bytes(method, &uri, cookie.as_deref(), ("audio/wav", wav(800)))
            .await;
        return (a.status, a.body);
    }
    let token = match caller {
        Tablet => Some(&f.app.device_token),
        Integration => Some(&f.integration),
        _ => None,
    };
    if let Some(token) = token {
        let a = f.app.request_with_bearer(method, &uri, token, body).await;
        return (a.status, a.body);
    }
    let cookie = match username(caller) {
        Some(u) => Some(f.app.login(u).await),
        None => None,
    };
    let a = f.app.request(method, &uri, cookie.as_deref(), body).await;
    (a.status, a.body)
}

#[tokio::test]
async fn every_endpoint_for_every_caller() {
    let mut failures = vec![];
    for (method, path) in ENDPOINTS.iter().map(|e| (e.method, e.path)) {
        let Some(allow) = allowed(method, path) else {
            failures.push(format!("{method} {path}: no entry in the access matrix"));
            continue;
        };
        for caller in callers() {
            let f = fixture().await;
            let (status, body) = call(&f, caller, method, path).await;
            let ok = if allow.contains(&caller) {
                status.is_success()
            } else {
                [
                    StatusCode::UNAUTHORIZED,
                    StatusCode::FORBIDDEN,
                    StatusCode::NOT_FOUND,
                ]
                .contains(&status)
                    && !body.to_string().contains("Matrix")
            };
            if !ok {
                let want = if allow.contains(&caller) {
                    "allow"
                } else {
                    "deny"
                };
                failures.push(format!(
                    "{method} {path} as {caller:?}: {status}, expected {want}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The `.rs` files under `dir`, at any depth.
fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![];
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// `ENDPOINTS` is every route the modules register, and nothing else.
#[test]
fn the_route_table_lists_every_registered_route() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/http");
    let mut found = vec![];
    for file in rust_files(&dir) {
        let text = std::fs::read_to_string(file).unwrap();
        for part in text.split(".route(").skip(1) {
            let Some(part) = part.trim_start().strip_prefix('"') else {
                continue;
            };
            let (path, rest) = part.split_once('"').unwrap();
            let call = rest
                .split(".route(")
                .next()
                .unwrap()
                .split("\n}")
                .next()
                .unwrap();
            for (method, name) in [
                ("GET", "get("),
                ("POST", "post("),
                ("PUT", "put("),
                ("DELETE", "delete("),
            ] {
                let registered = call.match_indices(name).any(|(i, _)| {
                    i == 0
                        || !call.as_bytes()[i - 1].is_ascii_alphanumeric()
                            && call.as_bytes()[i - 1] != b'_'
                });
                if registered {
                    found.push((method.to_owned(), path.to_owned()));
                }
            }
        }
    }
    found.sort();
    let mut listed: Vec<_> = ENDPOINTS
        .iter()
        .map(|e| (e.method.to_owned(), e.path.to_owned()))
        .collect();
    listed.sort();
    assert_eq!(found, listed);
}
