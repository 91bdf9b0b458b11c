//! `cargo xtask test`'s schemathesis step: the OpenAPI document (`GET /api/v1/openapi.json`)
//! checked against the server it describes. A freshly started demo server (seeded, debug build,
//! temporary database) is called by schemathesis as every kind of caller: each demo role with
//! its session cookie, an enrolled tablet with its token, a case system's integration token,
//! and nobody. Every check runs (no 5xx;
//! status codes, content types, headers and bodies as documented; schema-valid input accepted;
//! schema-invalid input refused), and the step passes only with none failing.
//!
//! The path ids are the demo data's own (persons, a note, a tablet, a saved search, the
//! officer), so that an operation on one reaches its logic rather than a 404. `POST /logout`
//! and `POST /password`, which end or change sessions, run only without a session, last. What no schema can say is in
//! the configuration written for the run (`target/schemathesis/schemathesis.toml`), with why.

use crate::counts::{counted_by, Counts};
use crate::http;
use crate::server::DemoServer;
use crate::shell::{cmd, root};
use anyhow::{bail, Context};
use serde_json::{json, Value};

/// Test cases per operation in the fuzzing phase (the coverage phase adds its own boundary
/// cases): enough to find a mismatch, few enough for a step of a few minutes.
const MAX_EXAMPLES: &str = "20";

/// The demo accounts (`crates/server/src/seed.rs`: `demo_users`, `DEMO_PASSWORD`).
const DEMO_PASSWORD: &str = "evne-demo";
const STAFF: [&str; 6] = [
    "demo-admin",
    "demo-reception-staff",
    "demo-counsellor",
    "demo-settlement-officer",
    "demo-municipality",
    "demo-language-reviewer",
];

/// The operations that end or change the caller's session.
const SESSION_ENDING: [&str; 2] = ["/api/v1/logout", "/api/v1/password"];

pub fn run() -> anyhow::Result<Counts> {
    let st = crate::tools::ensure_schemathesis()?;
    crate::build::server()?;
    let dir = root().join("target").join("schemathesis");
    std::fs::create_dir_all(&dir)?;
    let log = std::fs::File::create(dir.join("server.log"))?;
    let server =
        DemoServer::start("schemathesis", log).context("see target/schemathesis/server.log")?;
    let config = dir.join("schemathesis.toml");
    std::fs::write(&config, configuration(&server)?)?;
    let (_, token) = server.enrol_device("org-centre")?;

    let mut callers: Vec<(String, Option<String>)> = vec![];
    for user in STAFF {
        let cookie = login(&server.url, user)?;
        callers.push((user.to_owned(), Some(format!("Cookie: {cookie}"))));
    }
    callers.push((
        "tablet".into(),
        Some(format!("Authorization: Bearer {token}")),
    ));
    let integration = server.create_integration("schemathesis")?;
    callers.push((
        "integration".into(),
        Some(format!("Authorization: Bearer {integration}")),
    ));
    // Nobody, last: the only caller that also runs what ends a session.
    callers.push(("nobody".into(), None));

    let mut counts = Counts::default();
    for (caller, header) in &callers {
        eprintln!("\n--- schemathesis as {caller}");
        let mut c = cmd(&st.to_string_lossy());
        c.arg("--config-file")
            .arg(&config)
            .arg("--no-color")
            .arg("run")
            .arg(format!("{}/api/v1/openapi.json", server.url))
            .args(["--phases", "examples,coverage,fuzzing"])
            .args(["--max-examples", MAX_EXAMPLES])
            .args(["--generation-database", "none"])
            // Hypothesis sometimes gives up on the audio upload's generated bodies as "too much
            // filtered" (a health check of the generator, not of the server): seen once in
            // about ten runs. The cases it does generate are all checked.
            .args(["--suppress-health-check", "filter_too_much"])
            .args(["--report-dir", "report"])
            .current_dir(&dir);
        if let Some(h) = header {
            c.args(["--header", h]);
            for path in SESSION_ENDING {
                c.args(["--exclude-path", path]);
            }
        }
        let one = counted(c)?;
        counts.passed += one.passed;
        counts.failed += one.failed;
    }
    Ok(counts)
}

/// A demo user's session cookie (`evne_session=...`).
fn login(base: &str, username: &str) -> anyhow::Result<String> {
    let body = json!({"username": username, "password": DEMO_PASSWORD});
    let answer = http::request(base, "POST", "/api/v1/login", &[], Some(&body))?;
    answer
        .json()
        .with_context(|| format!("Failed to log in as {username}"))?;
    let cookie = answer
        .header("set-cookie")
        .and_then(|c| c.split(';').next())
        .context("a login without a session cookie")?;
    Ok(cookie.to_owned())
}

/// A request that must succeed; its JSON answer (`null` for none).
fn call(
    base: &str,
    cookie: &str,
    method: &str,
    path: &str,
    body: Option<Value>,
) -> anyhow::Result<Value> {
    let answer = http::request(base, method, path, &[("Cookie", cookie)], body.as_ref())?;
    if answer.status == 204 {
        return Ok(Value::Null);
    }
    answer
        .json()
        .with_context(|| format!("{method} {path} while preparing the demo data"))
}

/// The run's configuration: the demo data's ids for the path parameters (a note, a saved
/// search, a tablet to revoke; persons, one for each operation that changes who may see them),
/// and the rules no schema can say.
fn configuration(server: &DemoServer) -> anyhow::Result<String> {
    let base = &server.url;
    let officer = login(base, "demo-settlement-officer")?;
    let list = call(base, &officer, "GET", "/api/v1/persons?page_size=20", None)?;
    let persons: Vec<&str> = list["persons"]
        .as_array()
        .map(|ps| ps.iter().filter_map(|p| p["id"].as_str()).collect())
        .unwrap_or_default();
    let [reached, erased, shielded, settled, ..] = persons[..] else {
        bail!("the demo data has fewer than 4 persons");
    };
    // Every role reaches this one: at the demo centre, settled to the demo municipality.
    let settle = json!({"municipality": "org-municipality"});
    let path = format!("/api/v1/persons/{reached}/settlement");
    call(base, &officer, "PUT", &path, Some(settle))?;
    let counsellor = login(base, "demo-counsellor")?;
    let path = format!("/api/v1/persons/{reached}/notes");
    let note = call(
        base,
        &counsellor,
        "POST",
        &path,
        Some(json!({"text": "A note"})),
    )?;
    let note = note["id"].as_str().context("a note without an id")?;
    let search = json!({"name": "Cooks", "query": "isco=51"});
    let search = call(base, &officer, "POST", "/api/v1/searches", Some(search))?;
    let search = search["id"].as_str().context("a search without an id")?;
    let (tablet, _) = server.enrol_device("org-centre")?;
    let admin = login(base, "demo-admin")?;
    let users = call(base, &admin, "GET", "/api/v1/users", None)?;
    let officer = users
        .as_array()
        .and_then(|us| {
            us.iter()
                .find(|u| u["username"] == "demo-settlement-officer")
        })
        .and_then(|u| u["id"].as_str())
        .context("the demo data has no settlement officer")?;
    Ok(format!(
        r#"# Written by `cargo xtask test` (xtask/src/schemathesis.rs) for one run against a demo
# server: the demo data's own ids, so that an operation on one reaches its logic, not a 404.

[parameters]
# A person every role may reach.
"path.id" = "{reached}"

[[operations]]
include-name = "DELETE /api/v1/persons/{{id}}"
parameters = {{ "path.id" = "{erased}" }}

[[operations]]
include-name = "PUT /api/v1/persons/{{id}}/shielded"
parameters = {{ "path.id" = "{shielded}" }}

[[operations]]
include-name = "PUT /api/v1/persons/{{id}}/settlement"
# The municipality must be one that exists, which no schema can say: mostly the demo's own,
# and a well-formed other one is refused (422) though the schema allows it.
parameters = {{ "path.id" = "{settled}", "body.municipality" = "org-municipality" }}
checks.positive_data_acceptance.enabled = false

[[operations]]
include-name = "DELETE /api/v1/persons/{{id}}/settlement"
parameters = {{ "path.id" = "{settled}" }}

[[operations]]
include-name = "PUT /api/v1/notes/{{id}}"
parameters = {{ "path.id" = "{note}" }}

[[operations]]
include-name = "DELETE /api/v1/searches/{{id}}"
parameters = {{ "path.id" = "{search}" }}

[[operations]]
include-name = "POST /api/v1/devices/{{id}}/revoke"
# Another tablet than the one the tablet's run uses.
parameters = {{ "path.id" = "{tablet}" }}

[[operations]]
include-name = "PUT /api/v1/users/{{id}}/shielded"
# The demo officer: their shield rights go on and off during the run.
parameters = {{ "path.id" = "{officer}" }}

[[operations]]
include-name = "POST /api/v1/submissions"
# A schema-valid body is still refused (422) unless it was sealed to this server's key with a
# valid profile inside: no schema can say that. Every other check stays.
checks.positive_data_acceptance.enabled = false

[[operations]]
include-name = "PUT /api/v1/review/{{locale}}/{{message}}/recording"
# A schema-valid body is any bytes; the server keeps only real audio of a type every tablet
# plays (read from the bytes), which no schema can say. Every other check stays.
checks.positive_data_acceptance.enabled = false

[[operations]]
include-name = "PUT /api/v1/persons/{{id}}/jobs/{{job}}/esco"
# The URI must be one of ESCO's 3 039 occupations (an enum that size would bloat the document)
# and the job one with a title as written: no schema can say either. Every other check stays.
checks.positive_data_acceptance.enabled = false

[[operations]]
include-name = "GET /api/v1/feed"
# A cursor is opaque: only one this server gave is read on from (any other is refused, 422),
# which no pattern can say. Every other check stays.
checks.positive_data_acceptance.enabled = false

[[operations]]
include-name = "POST /api/v1/searches"
# `query` must be a query string of the filters of GET /persons, which a pattern cannot say.
checks.positive_data_acceptance.enabled = false
"#
    ))
}

/// Runs one schemathesis run, echoing its output, and reads its summary: the test cases that
/// passed, and the unique failures and errors. A failing run that says neither counts as one.
fn counted(c: std::process::Command) -> anyhow::Result<Counts> {
    let mut summary = false;
    counted_by(c, move |line, counts| {
        if line.trim() == "Test cases:" {
            summary = true;
        } else if summary {
            add_summary(line, counts);
            summary = false;
        }
    })
}

/// `1377 generated, 1377 passed` or `1357 generated, 1 found 2 unique failures, 1 error`.
fn add_summary(line: &str, counts: &mut Counts) {
    let words: Vec<&str> = line.split([',', ' ']).filter(|w| !w.is_empty()).collect();
    for pair in words.windows(2) {
        let Ok(n) = pair[0].parse::<usize>() else {
            continue;
        };
        match pair[1] {
            "passed" => counts.passed += n,
            "unique" | "error" | "errors" => counts.failed += n,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_summary_of_schemathesis_is_read() {
        let mut c = Counts::default();
        add_summary("  1377 generated, 1377 passed", &mut c);
        add_summary(
            "  1357 generated, 1 found 2 unique failures, 1 error",
            &mut c,
        );
        assert_eq!((c.passed, c.failed), (1377, 3));
    }
}
