//! The malformed-input sweep: every route of `http::ENDPOINTS`, as every kind of caller, with
//! malformed path ids, query strings and bodies, and with a method the path does not have. No
//! answer may be 5xx; every 4xx is the one error shape (`{"error": code, "fields": [...]}`);
//! the server still answers afterwards. On PostgreSQL (`EVNE_TEST_POSTGRES`) a NUL that reached
//! a query would be refused by the database (a 500), so a string field with a NUL must be
//! refused before: 422 naming the field. Everything found is listed at the end, not just the
//! first. `EVNE_SWEEP_TRACE=1` prints every answer (with `--nocapture`).

use crate::access::{self, Caller, Fixture};
use crate::helpers::{new_id, send_raw};
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use evne_server::http::{Endpoint, ENDPOINTS};
use serde_json::Value;
use std::time::Instant;
use Caller::*;

/// Every kind of caller: nobody, a tablet, and one user of each role.
const CALLERS: [Caller; 8] = [
    Anonymous,
    Tablet,
    Admin,
    StaffOwn,
    CounsellorOwn,
    Officer,
    MunicipalitySettling,
    ReviewerOwn,
];

/// Query strings sent to every route, whether it reads one or not.
const BAD_QUERIES: [&str; 12] = [
    "page=abc",
    "page=9223372036854775807",
    "page=-1",
    "page_size=0",
    "page=1&page=2",
    "no_such_parameter=1",
    "name=%00",
    "name=%FF",
    "isco=%00",
    "limit=99999999999999999999",
    "format=xml",
    "kind=%00",
];

/// Put into each field of a documented body in turn (as JSON text, so that numbers past
/// `u64` stay as written): every JSON type, and integers at and past every bound.
const ODD_VALUES: [&str; 12] = [
    "12345",
    "-1",
    "1.5",
    "1e300",
    "9223372036854775807",
    "-9223372036854775809",
    "18446744073709551616",
    "true",
    "\"text\"",
    "{}",
    "[]",
    "null",
];

/// Fields that may take a NUL and answer 2xx: a new password is only ever hashed, never
/// bound to a query; a malformed assisted-registration code is dropped, never refused (the
/// registration itself is kept).
const NUL_ACCEPTED: [(&str, &str); 2] = [("/password", "new"), ("/submissions", "assist")];

/// A string field's value in the long-string probe: well under the body limit, far over any
/// field's length rule.
const LONG_FIELD_CHARS: usize = 100_000;

/// Path ids that name nobody, or are no id at all.
fn bad_ids() -> Vec<String> {
    vec![
        "%FF".into(),
        "%00".into(),
        "..".into(),
        "7".repeat(3000),
        "nobody".into(),
        uuid::Uuid::now_v7().to_string().to_uppercase(),
    ]
}

/// One malformed request, the same for every caller.
struct Probe {
    /// What is malformed, for the list of failures.
    what: String,
    method: &'static str,
    uri: String,
    content_type: &'static str,
    body: Vec<u8>,
    /// The string field that carries a NUL: a 422 `invalid_input` must name it.
    nul_in: Option<String>,
}

/// `valid` (a JSON object) with `field` set to the JSON text `value`.
fn with_field(valid: &Value, field: &str, value: &str) -> Vec<u8> {
    const MARK: &str = "\u{1}sweep\u{1}";
    let mut body = match valid {
        Value::Object(m) => m.clone(),
        _ => Default::default(),
    };
    body.insert(field.to_owned(), Value::String(MARK.into()));
    let text = Value::Object(body).to_string();
    let marked = Value::String(MARK.into()).to_string();
    text.replace(&marked, value).into_bytes()
}

/// Whether a schema of the OpenAPI document allows a string.
fn is_string(schema: &Value) -> bool {
    match &schema["type"] {
        Value::String(t) => t == "string",
        Value::Array(ts) => ts.iter().any(|t| t == "string"),
        _ => false,
    }
}

/// Every malformed request for endpoint `e`, around the fixture's own ids and a valid body,
/// so that each probe breaks one thing only. `doc` is the OpenAPI document, for the fields of
/// the endpoint's documented body.
fn probes(f: &Fixture, e: &Endpoint, doc: &Value) -> Vec<Probe> {
    const JSON: &str = "application/json";
    let uri = |id: &str| {
        let path = e.path.replace("{locale}", "ti");
        let path = path.replace("{message}", access::MESSAGE);
        let path = path.replace("{job}", "0");
        format!("/api/v1{}", path.replace("{id}", id))
    };
    let good = uri(access::path_id(f, e.path));
    let valid = access::body(&f.app, &f.other, e.method, e.path);
    let valid_bytes = valid
        .as_ref()
        .map(|v| v.to_string().into_bytes())
        .unwrap_or_default();
    let probe = |what: String, method, uri: String, content_type, body: Vec<u8>| Probe {
        what,
        method,
        uri,
        content_type,
        body,
        nul_in: None,
    };
    let mut out = vec![];
    if e.path.contains("{id}") {
        for id in bad_ids() {
            let shown: String = id.chars().take(40).collect();
            out.push(probe(
                format!("path id {shown:?} ({} chars)", id.len()),
                e.method,
                uri(&id),
                JSON,
                valid_bytes.clone(),
            ));
        }
    }
    if e.path.contains("{job}") {
        let id = access::path_id(f, e.path);
        for job in ["-1", "x", "1000", "99999999999999999999999", "%00", "0x1"] {
            let path = e.path.replace("{job}", job).replace("{id}", id);
            out.push(probe(
                format!("path job {job:?}"),
                e.method,
                format!("/api/v1{path}"),
                JSON,
                valid_bytes.clone(),
            ));
        }
    }
    for q in BAD_QUERIES {
        out.push(probe(
            format!("query {q}"),
            e.method,
            format!("{good}?{q}"),
            JSON,
            valid_bytes.clone(),
        ));
    }
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let bodies: [(&str, Vec<u8>); 7] = [
        ("not JSON", b"{\"a\": tru".to_vec()),
        ("null", b"null".to_vec()),
        ("an array", b"[1, \"a\", {}]".to_vec()),
        ("JSON nested 10 000 deep", deep.into_bytes()),
        (
            "a 300 KB string",
            format!("\"{}\"", "a".repeat(300 * 1024)).into_bytes(),
        ),
        ("invalid UTF-8", b"{\"a\": \"\xff\xfe\xc3\x28\"}".to_vec()),
        ("an empty body", vec![]),
    ];
    for (what, body) in bodies {
        out.push(probe(what.into(), e.method, good.clone(), JSON, body));
    }
    out.push(probe(
        "a body as text/plain".into(),
        e.method,
        good.clone(),
        "text/plain",
        valid_bytes.clone(),
    ));
    if e.body == Some("Audio") {
        // A recording: bytes that claim to be audio and are not, or are cut, or lie about
        // their sizes.
        let mut mp4_overflow = vec![0, 0, 0, 1];
        mp4_overflow.extend(b"ftyp");
        mp4_overflow.extend(u64::MAX.to_be_bytes());
        let mut wav_huge = crate::helpers::wav(10);
        wav_huge[40..44].copy_from_slice(&u32::MAX.to_be_bytes());
        let audio: [(&str, &str, Vec<u8>); 8] = [
            ("Ogg as WebM", "audio/webm", b"OggS\0\x02 page".to_vec()),
            ("HTML as WebM", "audio/webm", b"<html></html>".to_vec()),
            (
                "an EBML id longer than 8 bytes",
                "audio/webm",
                vec![0x1A, 0x45, 0xDF, 0xA3, 0, 0, 0],
            ),
            (
                "a WebM cut after its header",
                "audio/webm",
                vec![0x1A, 0x45, 0xDF, 0xA3, 0x88],
            ),
            ("an MP4 box of 2^64 bytes", "audio/mp4", mp4_overflow),
            (
                "a WAV streamed (its data size unknown)",
                "audio/wav",
                wav_huge,
            ),
            ("1 MB and a byte", "audio/wav", vec![0; 1024 * 1024 + 1]),
            ("a WAV as text/plain", "text/plain", crate::helpers::wav(10)),
        ];
        for (what, content_type, body) in audio {
            out.push(probe(
                what.into(),
                e.method,
                good.clone(),
                content_type,
                body,
            ));
        }
    } else if let Some(name) = e.body {
        let base = valid
            .clone()
            .unwrap_or_else(|| Value::Object(Default::default()));
        // The fields, of the schema itself or of the first part of an `allOf`.
        let schema = &doc["components"]["schemas"][name];
        let fields = std::iter::once(schema)
            .chain(schema["allOf"].as_array().into_iter().flatten())
            .find_map(|s| s["properties"].as_object())
            .unwrap_or_else(|| panic!("{name} has no properties in the document"));
        for (field, field_schema) in fields {
            for odd in ODD_VALUES {
                out.push(probe(
                    format!("{field}: {odd}"),
                    e.method,
                    good.clone(),
                    JSON,
                    with_field(&base, field, odd),
                ));
            }
            if is_string(field_schema) {
                out.push(Probe {
                    nul_in: Some(field.clone()),
                    ..probe(
                        format!("{field}: a NUL"),
                        e.method,
                        good.clone(),
                        JSON,
                        with_field(&base, field, "\"a\\u0000b\""),
                    )
                });
                let long = Value::String("x".repeat(LONG_FIELD_CHARS)).to_string();
                out.push(probe(
                    format!("{field}: {LONG_FIELD_CHARS} characters"),
                    e.method,
                    good.clone(),
                    JSON,
                    with_field(&base, field, &long),
                ));
            }
        }
    }
    if (e.method, e.path) == ("POST", "/submissions") {
        out.extend(sealed_with_a_nul(f));
    }
    out.push(probe(
        "method PATCH".into(),
        "PATCH",
        good,
        JSON,
        valid_bytes,
    ));
    out
}

/// Every string of a full profile (a synthetic one: work, education, licences, consent), in
/// turn with a NUL, each sealed as a tablet seals it; and an assisted-registration code with a
/// NUL. The sealed body's own fields are probed like any body's; these reach what is inside.
fn sealed_with_a_nul(f: &Fixture) -> Vec<Probe> {
    let year = time::OffsetDateTime::now_utc().year() as u16;
    let profile = evne_model::synthetic::profiles(7, 1, year).remove(0);
    let profile = serde_json::to_value(profile.record()).unwrap();
    let mut leaves = vec![];
    string_leaves("", &profile, &mut leaves);
    let mut out = vec![];
    let mut send = |what: String, body: Value, field: &str| {
        out.push(Probe {
            what,
            method: "POST",
            uri: "/api/v1/submissions".into(),
            content_type: "application/json",
            body: body.to_string().into_bytes(),
            nul_in: Some(field.to_owned()),
        })
    };
    for path in leaves {
        let mut broken = profile.clone();
        let leaf = pointer(&mut broken, &path);
        *leaf = Value::String(format!("{}\u{0}", leaf.as_str().unwrap_or_default()));
        let sealed = f.app.seal_raw(&new_id(), &broken);
        send(format!("sealed profile, {path}: a NUL"), sealed, &path);
    }
    let mut record = crate::helpers::record(&new_id(), "Assisted");
    record["assist"] = Value::String("ABC\u{0}23".into());
    send("sealed, assist: a NUL".into(), f.app.seal(record), "assist");
    out
}

/// The paths of every string in `v`, as validation names them (`work[0].title.text`).
fn string_leaves(path: &str, v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(_) => out.push(path.to_owned()),
        Value::Object(m) => {
            for (k, v) in m {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                string_leaves(&p, v, out);
            }
        }
        Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                string_leaves(&format!("{path}[{i}]"), v, out);
            }
        }
        _ => {}
    }
}

/// The value at `path` (as [`string_leaves`] writes it).
fn pointer<'a>(v: &'a mut Value, path: &str) -> &'a mut Value {
    let pointer: String = path
        .split('.')
        .flat_map(|part| part.split('['))
        .map(|p| format!("/{}", p.trim_end_matches(']')))
        .collect();
    v.pointer_mut(&pointer).expect("a leaf")
}

/// What is wrong with an answer, if anything.
fn check(e: &Endpoint, p: &Probe, status: StatusCode, bytes: &[u8]) -> Option<String> {
    if status.is_server_error() {
        return Some(format!("{status}"));
    }
    if status.is_client_error() {
        let Ok(v) = serde_json::from_slice::<Value>(bytes) else {
            let shown: String = String::from_utf8_lossy(bytes).chars().take(120).collect();
            return Some(format!("{status} with a body that is not JSON: {shown:?}"));
        };
        if !v["error"].is_string() {
            return Some(format!("{status} without a string `error`: {v}"));
        }
        if v.get("fields").is_some_and(|f| !f.is_array()) {
            return Some(format!("{status} with `fields` not an array: {v}"));
        }
        if let Some(field) = &p.nul_in {
            // The field itself, or the part of a profile that holds it.
            let names = |path: &str| {
                field == path
                    || field
                        .strip_prefix(path)
                        .is_some_and(|rest| rest.starts_with(['.', '[']))
            };
            let named = v["fields"]
                .as_array()
                .is_some_and(|fs| fs.iter().any(|f| f["path"].as_str().is_some_and(names)));
            let refused =
                ["invalid_input", "invalid_profile"].contains(&v["error"].as_str().unwrap_or(""));
            if status == StatusCode::UNPROCESSABLE_ENTITY && refused && !named {
                return Some(format!(
                    "{status} {v}: the NUL's field `{field}` is not named"
                ));
            }
        }
    }
    if status.is_success() {
        if let Some(field) = &p.nul_in {
            if !NUL_ACCEPTED.contains(&(e.path, field.as_str())) {
                return Some(format!("{status}: a NUL in `{field}` was accepted"));
            }
        }
    }
    None
}

/// The caller's credentials as a header, fresh (a probe may have ended the last session).
async fn credentials(f: &Fixture, caller: Caller) -> Option<(header::HeaderName, String)> {
    match caller {
        Anonymous => None,
        Tablet => Some((
            header::AUTHORIZATION,
            format!("Bearer {}", f.app.device_token),
        )),
        _ => {
            let user = access::username(caller).expect("a user");
            Some((header::COOKIE, f.app.session(user).await))
        }
    }
}

fn request(p: &Probe, credentials: &Option<(header::HeaderName, String)>) -> Request<Body> {
    let mut req = Request::builder()
        .method(p.method)
        .uri(&p.uri)
        .header(header::CONTENT_TYPE, p.content_type);
    if let Some((name, value)) = credentials {
        req = req.header(name, value);
    }
    req.body(Body::from(p.body.clone())).unwrap()
}

/// The server answers as it should after a sweep of one endpoint: a route without the
/// database, and one with a session.
async fn still_answering(f: &Fixture, router: &Router) -> Result<(), String> {
    let key = Request::get("/api/v1/submission-key")
        .body(Body::empty())
        .unwrap();
    let (status, _) = send_raw(router, key).await;
    if status != StatusCode::OK {
        return Err(format!("GET /submission-key: {status}"));
    }
    let me = Request::get("/api/v1/me")
        .header(header::COOKIE, f.app.session("officer").await)
        .body(Body::empty())
        .unwrap();
    let (status, body) = send_raw(router, me).await;
    if status != StatusCode::OK {
        let body = String::from_utf8_lossy(&body).into_owned();
        return Err(format!("GET /me: {status} {body}"));
    }
    Ok(())
}

#[tokio::test]
async fn no_malformed_request_is_answered_with_5xx_or_another_shape() {
    let started = Instant::now();
    let mut failures = vec![];
    let mut sent = 0usize;
    let mut last = None;
    // Every answer, to see what the sweep sends and gets.
    let trace = std::env::var_os("EVNE_SWEEP_TRACE").is_some();
    for e in &ENDPOINTS {
        // A fresh fixture for each endpoint: a probe may erase, merge, revoke or log out.
        let f = access::fixture().await;
        let router = f.app.router();
        let doc = f
            .app
            .request("GET", "/api/v1/openapi.json", None, None)
            .await
            .body;
        let probes = probes(&f, e, &doc);
        // Sessions end on POST /logout, and POST /password ends the user's other ones.
        let ends_sessions = e.method == "POST" && ["/logout", "/password"].contains(&e.path);
        for caller in CALLERS {
            let mut creds = credentials(&f, caller).await;
            for p in &probes {
                if ends_sessions {
                    creds = credentials(&f, caller).await;
                }
                let (status, bytes) = send_raw(&router, request(p, &creds)).await;
                sent += 1;
                if trace {
                    let shown: String = String::from_utf8_lossy(&bytes).chars().take(100).collect();
                    eprintln!(
                        "{} {} as {caller:?}, {}: {status} {shown}",
                        e.method, e.path, p.what
                    );
                }
                if let Some(problem) = check(e, p, status, &bytes) {
                    failures.push(format!(
                        "{} {} as {caller:?}, {} ({} {}): {problem}",
                        e.method,
                        e.path,
                        p.what,
                        p.method,
                        p.uri.chars().take(80).collect::<String>()
                    ));
                }
            }
        }
        if let Err(problem) = still_answering(&f, &router).await {
            failures.push(format!(
                "after {} {}: the server no longer answers: {problem}",
                e.method, e.path
            ));
        }
        last = Some(f);
    }
    // A whole login (password check and all) still works at the end.
    let f = last.expect("an endpoint");
    f.app.login("admin").await;
    println!(
        "sweep: {sent} requests on {:?} in {:.1} s, {} failures",
        crate::helpers::backend(),
        started.elapsed().as_secs_f64(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
