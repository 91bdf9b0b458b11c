//! `cargo xtask test`: every check and test, in one run, with one verdict.
//!
//! Steps run in order and a failing step does not stop the others (except those that need its
//! output). Test counts come from the runners' own summary lines; a check that is not a test
//! runner (fmt, clippy, i18n, builds) counts as one test. The last line is
//! `N passed, N failed`, and the exit code is non-zero on any failure.

use crate::counts::{counted, Counts};
use crate::server::DemoServer;
use crate::shell::{cmd, root};
use crate::{build, i18n, postgres, schemathesis, tools};
use anyhow::{bail, Context};
use std::process::Command;
use std::time::Instant;

#[derive(Default)]
struct Tally {
    passed: usize,
    failed: usize,
    rows: Vec<(String, bool, f64)>,
}

impl Tally {
    /// Runs one step and records it. Returns whether it passed.
    fn step(&mut self, name: &str, f: impl FnOnce() -> anyhow::Result<Counts>) -> bool {
        eprintln!("\n==> {name}");
        let start = Instant::now();
        let result = f();
        let secs = start.elapsed().as_secs_f64();
        let ok = match result {
            Ok(c) if c.failed == 0 => {
                self.passed += c.passed.max(1);
                true
            }
            Ok(c) => {
                self.passed += c.passed;
                self.failed += c.failed;
                false
            }
            Err(e) => {
                eprintln!("error: {e:#}");
                self.failed += 1;
                false
            }
        };
        self.rows.push((name.to_owned(), ok, secs));
        ok
    }

    fn skip(&mut self, name: &str) {
        eprintln!("\n==> {name}: skipped (a step it needs failed)");
        self.failed += 1;
        self.rows.push((format!("{name} (skipped)"), false, 0.0));
    }
}

pub fn test() -> anyhow::Result<()> {
    let mut t = Tally::default();
    let tools = match tools::ensure_build_tools().and_then(|b| {
        tools::ensure_test_tools()?;
        Ok(b)
    }) {
        Ok(b) => Some(b),
        Err(e) => {
            eprintln!("error: {e:#}");
            t.failed += 1;
            t.rows.push(("install tools".into(), false, 0.0));
            None
        }
    };

    t.step("format (cargo fmt --check)", || {
        check(cargo(&["fmt", "--all", "--", "--check"]))
    });
    t.step("i18n (every locale complete)", || {
        i18n::check(&root()).map(|_| Counts::default())
    });
    t.step("import loops (none between a crate's modules)", || {
        crate::cycles::check().map(|_| Counts::default())
    });
    t.step("clippy, native (-D warnings)", || {
        check(cargo(&[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]))
    });
    t.step("clippy, wasm32 apps (-D warnings)", || {
        check(cargo(&[
            "clippy",
            "--package",
            "evne",
            "--package",
            "evne-staff",
            "--package",
            "evne-ui",
            "--target",
            "wasm32-unknown-unknown",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]))
    });
    t.step("native tests (workspace)", || {
        counted(cargo(&["test", "--workspace"]))
    });
    t.step("server tests on PostgreSQL (a fresh local server)", || {
        let pg = postgres::Postgres::start()?;
        let mut c = cmd("cargo");
        c.args(["test", "--package", "evne-server"])
            .env("EVNE_TEST_POSTGRES", &pg.base_url);
        counted(c)
    });
    t.step(
        "schemathesis (the OpenAPI document, every caller, fresh server)",
        schemathesis::run,
    );

    let Some(tools) = tools else {
        for s in [
            "browser tests (wasm-bindgen-test)",
            "build app",
            "e2e (Playwright)",
        ] {
            t.skip(s);
        }
        return finish(t);
    };
    t.step(
        "browser tests (wasm-bindgen-test, headless Chromium)",
        || {
            let mut args = vec![
                "test",
                "--package",
                "evne",
                "--target",
                "wasm32-unknown-unknown",
            ];
            let names = wasm_test_names()?;
            for n in &names {
                args.extend(["--test", n.as_str()]);
            }
            counted(cargo(&args))
        },
    );
    let built = t.step("build app (trunk, release) and server", || {
        build::app(&tools)?;
        build::server()?;
        Ok(Counts::default())
    });
    if built {
        t.step("e2e (Playwright, Chromium, fresh server)", e2e);
        t.step(
            "e2e smoke (WebKitGTK via WebKitWebDriver, Xvfb, fresh server)",
            crate::webkit::run,
        );
    } else {
        t.skip("e2e (Playwright)");
        t.skip("e2e smoke (WebKit)");
    }
    finish(t)
}

/// `cargo xtask webkit`: the tools, the app and the server, then only the WebKit suite.
pub fn webkit_alone() -> anyhow::Result<Counts> {
    let tools = tools::ensure_build_tools()?;
    tools::ensure_test_tools()?;
    build::app(&tools)?;
    build::server()?;
    crate::webkit::run()
}

fn finish(t: Tally) -> anyhow::Result<()> {
    let width = t
        .rows
        .iter()
        .map(|(n, ..)| n.chars().count())
        .max()
        .unwrap_or(0);
    eprintln!("\n{:<width$} {:>7} {:>8}", "step", "result", "seconds");
    for (name, ok, secs) in &t.rows {
        let result = if *ok { "ok" } else { "FAILED" };
        eprintln!("{name:<width$} {result:>7} {secs:>8.1}");
    }
    println!("{} passed, {} failed", t.passed, t.failed);
    if t.failed > 0 {
        bail!("{} failed", t.failed);
    }
    Ok(())
}

fn cargo(args: &[&str]) -> Command {
    let mut c = cmd("cargo");
    c.args(args);
    c
}

/// A check: passes or fails as a whole.
fn check(mut c: Command) -> anyhow::Result<Counts> {
    crate::shell::run(&mut c)?;
    Ok(Counts::default())
}

/// The browser test files: `tests/*.rs` (each is a wasm-bindgen-test binary).
fn wasm_test_names() -> anyhow::Result<Vec<String>> {
    let mut names = vec![];
    for entry in std::fs::read_dir(root().join("tests")).context("Failed to read tests/")? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "rs") {
            if let Some(stem) = path.file_stem() {
                names.push(stem.to_string_lossy().into_owned());
            }
        }
    }
    names.sort();
    Ok(names)
}

/// Starts the built server on a fresh temporary database and a free port, runs the Playwright
/// tests against it, and stops it.
fn e2e() -> anyhow::Result<Counts> {
    let artifacts = root().join("target").join("e2e-artifacts");
    std::fs::create_dir_all(&artifacts)?;
    let log = std::fs::File::create(artifacts.join("server.log"))?;
    let server = DemoServer::start("e2e", log).context("see target/e2e-artifacts/server.log")?;
    let mut node = cmd("node");
    node.args(["--test", "--test-reporter=tap", "--test-concurrency=1"])
        .arg("tests/e2e/")
        .env("EVNE_URL", &server.url)
        .env("EVNE_DATABASE_FILE", server.database())
        .env("EVNE_ARTIFACTS", &artifacts);
    counted(node)
}
