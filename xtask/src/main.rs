//! `cargo xtask <command>`: the one entry point of the project.
//!
//! - `run [--port N]`: install what is missing, build the app and the server, start it on
//!   SQLite with demo data, print the URL and the demo logins.
//! - `test`: install what tests need, then run every check and test, and print
//!   `N passed, N failed`.
//! - `i18n`: check that every locale has exactly the reference locale's messages.
//! - `build`: only build the app (release) into `dist/`.
//! - `bench [--quick]`: measure every figure of BENCHMARKS.md next to its floor and budget.
//! - `schemathesis`: only `test`'s schemathesis step (the OpenAPI document against a fresh
//!   demo server, as every caller).
//! - `webkit`: only `test`'s WebKit suite (builds the app and the server first).
//! - `cldr`: regenerate the names of languages and countries from Unicode CLDR.
//! - `esco [DIR]`: regenerate the server's ESCO occupations from the ESCO download.

mod bench;
mod build;
mod cldr;
mod counts;
mod coverage;
mod cycles;
mod esco;
mod http;
mod i18n;
mod postgres;
mod run;
mod schemathesis;
mod server;
mod shell;
mod test;
mod tools;
mod webkit;

use std::process::ExitCode;

/// Prints a step's `N passed, N failed`; fails if any failed.
fn report(c: counts::Counts) -> anyhow::Result<()> {
    println!("{} passed, {} failed", c.passed, c.failed);
    match c.failed {
        0 => Ok(()),
        n => Err(anyhow::anyhow!("{n} failed")),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run::run(&args[1..]),
        Some("test") => test::test(),
        Some("i18n") => i18n::check(&shell::root()).map(|_| ()),
        Some("cycles") => cycles::check(),
        Some("cldr") => cldr::generate(),
        Some("esco") => esco::generate(&args[1..]),
        Some("build") => tools::ensure_build_tools().and_then(|t| build::app(&t)),
        Some("bench") => bench::bench(&args[1..]),
        Some("schemathesis") => schemathesis::run().and_then(report),
        Some("webkit") => test::webkit_alone().and_then(report),
        _ => {
            eprintln!(
                "usage: cargo xtask run [--port N] | test | bench [--quick] | schemathesis | webkit \
                 | i18n | cycles | build | cldr | esco [DIR]"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
