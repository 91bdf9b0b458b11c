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
