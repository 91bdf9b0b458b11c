//! The API lives under `/api/v1`, described by an OpenAPI document generated from the route
//! table; the unversioned `/api` stays for tablets running an older app.

use crate::helpers::{new_id, TestApp};
use axum::http::StatusCode;
use evne_server::http::ENDPOINTS;
use serde_json::Value;

#[tokio::test]
async fn the_document_lists_every_endpoint_and_every_schema_it_names() {
    let app = TestApp::spawn().await;
    let doc = app.request("GET", "/api/v1/openapi.json", None, None).await;
    assert_eq!(doc.status, StatusCode::OK);
    let doc = doc.body;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for e in ENDPOINTS {
        let op = &doc["paths"][format!("/api/v1{}", e.path)][e.method.to_lowercase()];
        assert!(op.is_object(), "{} {} is missing", e.method, e.path);
        assert_eq!(op["summary"], e.summary);
        assert!(op["description"].as_str().unwrap().contains(e.allowed));
    }
    let paths = doc["paths"].as_object().unwrap();
    let operations: usize = paths.values().map(|p| p.as_object().unwrap().len()).sum();
    assert_eq!(
        operations,
        ENDPOINTS.len(),
        "nothing more than the route table"
    );

    // Every schema a path names is defined.
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    let mut refs = vec![];
    collect_refs(&doc, &mut refs);
    assert!(refs.len() > 30, "{}", refs.len());
    for r in refs {
        let name = r.strip_prefix("#/components/schemas/").unwrap();
        assert!(schemas.contains_key(name), "{name} is not defined");
    }
    // The search filters are described as query parameters.
    let search = &doc["paths"]["/api/v1/persons"]["get"]["parameters"];
    let names: Vec<&str> = search
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    for filter in [
        "isco", "lang", "lang_min", "centre", "country", "age_min", "name", "sort",
    ] {
        assert!(names.contains(&filter), "{filter} in {names:?}");
    }
}

fn collect_refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                match (k.as_str(), v) {
                    ("$ref", Value::String(r)) => out.push(r.clone()),
                    _ => collect_refs(v, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

#[tokio::test]
async fn the_unversioned_path_still_takes_an_older_tablet_s_submission() {
    let app = TestApp::spawn().await;
    let body = app.submission(&new_id(), "Older app");
    let old = app
        .request_with_bearer("POST", "/api/submissions", &app.device_token, Some(body))
        .await;
    assert_eq!(old.status, StatusCode::OK, "{}", old.body);
    let key = app
        .request("GET", "/api/v1/submission-key", None, None)
        .await;
    assert_eq!(key.status, StatusCode::OK);
}

/// The document says what the server does: 200 with JSON or 204 with nothing, each refusal in
/// the error shape (and no catch-all), and the rules the server keeps: the bounds of every
/// number a search takes (checked against the server itself) and the lengths of the bodies'
/// texts (against the constants the server checks them by).
#[tokio::test]
async fn the_document_tells_the_answers_and_the_rules_the_server_keeps() {
    use evne_model::persons::{MAX_CENTRE_RESIDENTS, MAX_NOTE_CHARS, MAX_SEARCH_NAME_CHARS};
    use evne_model::submission::DeviceStatus;
    let app = TestApp::spawn().await;
    let doc = app
        .request("GET", "/api/v1/openapi.json", None, None)
        .await
        .body;
    let error_body = "#/components/schemas/ErrorBody";
    for e in ENDPOINTS {
        let what = format!("{} {}", e.method, e.path);
        let op = &doc["paths"][format!("/api/v1{}", e.path)][e.method.to_lowercase()];
        let responses = op["responses"].as_object().unwrap();
        match e.answer {
            Some("Audio") => {
                let audio = responses["200"]["content"]["audio/webm"]["schema"]["format"].clone();
                assert_eq!(audio, "binary", "{what}: the recording's bytes");
            }
            Some(_) => assert!(
                responses["200"]["content"]["application/json"].is_object(),
                "{what}"
            ),
            None => {
                assert!(
                    responses["204"]["content"].is_null(),
                    "{what}: 204 has no body"
                );
                assert!(!responses.contains_key("200"), "{what}");
            }
        }
        assert!(
            !responses.contains_key("default"),
            "{what}: every answer named"
        );
        let mut refusals = vec!["405", "503"];
        if e.body.is_some() {
            refusals.extend(["400", "413", "415", "422"]);
        }
        if e.path.contains("{id}") || e.path.contains("{job}") {
            refusals.push("404");
        }
        for status in refusals {
            let schema = &responses[status]["content"]["application/json"]["schema"];
            assert_eq!(schema["$ref"], error_body, "{what}: {status}");
        }
    }

    let schemas = &doc["components"]["schemas"];
    let max_length = |schema: &Value, field: &str| schema["properties"][field]["maxLength"].clone();
    let note = &schemas["NoteBody"]["allOf"][0];
    for part in ["goals", "next_steps", "language_training", "text"] {
        assert_eq!(max_length(note, part), MAX_NOTE_CHARS, "{part}");
    }
    assert_eq!(
        max_length(&schemas["NewSearch"], "name"),
        MAX_SEARCH_NAME_CHARS
    );
    assert_eq!(
        max_length(&schemas["DeviceStatus"], "last_error"),
        DeviceStatus::MAX_ERROR_CHARS
    );
    assert_eq!(
        schemas["CentreUpdate"]["properties"]["residents"]["maximum"],
        MAX_CENTRE_RESIDENTS
    );
    let params = doc["paths"]["/api/v1/persons"]["get"]["parameters"]
        .as_array()
        .unwrap();
    let param = |name: &str| {
        params
            .iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("{name}"))["schema"]
            .clone()
    };
    assert_eq!(
        param("name")["maxLength"],
        evne_server::search::MAX_NAME_SEARCH_CHARS
    );

    app.add_user("officer", evne_model::Role::SettlementOfficer)
        .await;
    let officer = app.login("officer").await;
    for name in [
        "page",
        "page_size",
        "min_years",
        "isced_min",
        "age_min",
        "age_max",
    ] {
        let schema = param(name);
        let (min, max) = (schema["minimum"].as_i64(), schema["maximum"].as_i64());
        let (Some(min), Some(max)) = (min, max) else {
            panic!("{name} has no bounds: {schema}");
        };
        for (value, allowed) in [(min, true), (max, true), (min - 1, false), (max + 1, false)] {
            let uri = format!("/api/v1/persons?{name}={value}");
            let answer = app.request("GET", &uri, Some(&officer), None).await;
            assert_eq!(
                answer.status.is_success(),
                allowed,
                "{name}={value}: {}",
                answer.status
            );
        }
    }
}
