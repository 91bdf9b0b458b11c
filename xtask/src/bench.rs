//! `cargo xtask bench [--quick]`: every figure of BENCHMARKS.md in one run, each next to its
//! floor and budget, as a table and as JSON (`target/bench/bench.json`).
//!
//! - the server's figures come from `evne-bench` (release build): ingest on SQLite and on a
//!   fresh local PostgreSQL, search and statistics, sync drain;
//! - the browser's from `tests/e2e/bench.mjs` (headless Chromium through the DevTools
//!   protocol) against the demo server: download size (next to the floor app in
//!   `crates/floor`, built by trunk the same way), start times, autosave, memory;
//! - a language pack with every prompt recorded, and tap to sound offline, from
//!   `tests/e2e/bench-voices.mjs`;
//! - what the first screen fetches (requests, bytes, files fetched twice) in Chromium and in
//!   WebKit, from `tests/e2e/bench-first-screen.mjs`.
//!
//! Machines are shared and noisy: figures are medians and percentiles of repeated runs, and
//! nothing here is a test that fails on a slow day.

use crate::server::DemoServer;
use crate::shell::{cmd, root, run};
use crate::{build, postgres, tools};
use anyhow::Context;
use serde_json::Value;
use std::process::Stdio;

pub fn bench(args: &[String]) -> anyhow::Result<()> {
    let quick = args.iter().any(|a| a == "--quick");
    let tools = tools::ensure_build_tools()?;
    tools::ensure_test_tools()?;
    build::app(&tools)?;
    build::server()?;
    let out_dir = root().join("target").join("bench");
    std::fs::create_dir_all(&out_dir)?;
    let floor_dist = out_dir.join("floor");
    let mut floor = cmd("trunk");
    floor
        .args(["build", "crates/floor/index.html", "--release", "--dist"])
        .arg(&floor_dist);
    run(&mut floor)?;

    let mut figures: Vec<Value> = vec![];
    {
        let mut build = cmd("cargo");
        build.args(["build", "--release", "--package", "evne-bench"]);
        run(&mut build)?;
        let pg = postgres::Postgres::start()?;
        let mut c = cmd(&root().join("target/release/evne-bench").to_string_lossy());
        c.args(["--postgres", &pg.base_url]);
        if quick {
            c.arg("--quick");
        }
        figures.extend(json_lines(c)?);
    }
    {
        let log = std::fs::File::create(out_dir.join("server.log"))?;
        let server = DemoServer::start("bench", log).context("see target/bench/server.log")?;
        let mut node = cmd("node");
        node.arg("tests/e2e/bench.mjs")
            .env("EVNE_URL", &server.url)
            .env("EVNE_FLOOR_DIST", &floor_dist)
            .env("EVNE_BENCH_QUICK", if quick { "1" } else { "0" });
        figures.extend(json_lines(node)?);
        // A locale's pack with every prompt recorded, and tap to sound offline.
        let mut voices = cmd("node");
        voices
            .arg("tests/e2e/bench-voices.mjs")
            .env("EVNE_URL", &server.url)
            .env("EVNE_BENCH_QUICK", if quick { "1" } else { "0" });
        figures.extend(json_lines(voices)?);
        // What the first screen fetches, in Chromium and in WebKit side by side.
        let driver = crate::webkit::Driver::start()?;
        let mut engines = cmd("node");
        engines
            .arg("tests/e2e/bench-first-screen.mjs")
            .env("EVNE_URL", &server.url)
            .env("EVNE_ARTIFACTS", out_dir.join("artifacts"))
            .env("WEBKIT_DRIVER", &driver.url);
        figures.extend(json_lines(engines)?);
    }
    print_table(&figures);
    let report = serde_json::json!({
        "quick": quick,
        "machine": machine(),
        "figures": figures,
    });
    let path = out_dir.join("bench.json");
    std::fs::write(&path, serde_json::to_string_pretty(&report)?)?;
    println!("\nwritten: {}", path.display());
    Ok(())
}

/// Runs `c` and reads one JSON object per stdout line (other lines are passed through).
fn json_lines(mut c: std::process::Command) -> anyhow::Result<Vec<Value>> {
    let what = crate::shell::describe(&c);
    let output = c
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .output()
        .with_context(|| format!("could not start `{what}`"))?;
    let text = String::from_utf8_lossy(&output.stdout);
    let mut out = vec![];
    for line in text.lines() {
        match serde_json::from_str::<Value>(line) {
            Ok(v) if v.is_object() => out.push(v),
            _ => println!("{line}"),
        }
    }
    anyhow::ensure!(
        output.status.success(),
        "`{what}` failed: {}",
        output.status
    );
    Ok(out)
}

fn number(v: &Value) -> String {
    match v.as_f64() {
        Some(n) if n >= 100.0 => format!("{n:.0}"),
        Some(n) => format!("{n:.1}"),
        None => "–".into(),
    }
}

fn print_table(figures: &[Value]) {
    println!(
        "\n{:<96} {:>10} {:<14} {:>9} {:>6}  budget",
        "figure", "value", "unit", "floor", "ratio"
    );
    for f in figures {
        let met = match f["met"].as_bool() {
            Some(true) => "met",
            Some(false) => "NOT MET",
            None => "",
        };
        println!(
            "{:<96} {:>10} {:<14} {:>9} {:>6}  {} {}",
            f["figure"].as_str().unwrap_or(""),
            number(&f["value"]),
            f["unit"].as_str().unwrap_or(""),
            number(&f["floor"]),
            f["ratio"]
                .as_f64()
                .map_or("–".into(), |r| format!("{r:.2}")),
            f["budget"].as_str().unwrap_or(""),
            met,
        );
    }
}

/// What the figures were measured on.
fn machine() -> Value {
    let read = |p: &str| std::fs::read_to_string(p).unwrap_or_default();
    let cpu = read("/proc/cpuinfo")
        .lines()
        .find_map(|l| {
            l.strip_prefix("model name")
                .map(|v| v.trim_start_matches([' ', '\t', ':']).to_owned())
        })
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let memory = read("/proc/meminfo")
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned();
    serde_json::json!({ "cpu": cpu, "cores": cores, "memory": memory })
}
