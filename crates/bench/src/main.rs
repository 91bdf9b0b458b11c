//! The server's figures for `cargo xtask bench`, each next to its floor where it has one:
//!
//! - **ingest**: sealed submissions per second over loopback HTTP from 32 concurrent clients,
//!   against the same rows written straight into the same database (same durability, one
//!   transaction per submission, no HTTP, crypto or validation): the floor.
//! - **search and statistics** over synthetic profiles (100 000; `--quick`: 10 000): p50/p95
//!   of five typical officer searches and of group statistics, through the real router.
//! - **feed**: a case system reads the hand-over feed of 10 000 settled persons (`--quick`:
//!   2 000) from the start: events per second.
//! - **sync drain**: 10 tablets with 100 queued submissions each, sending one at a time as the
//!   app does, until every one is acknowledged.
//!
//! Usage: `evne-bench [--quick] [--postgres URL] [--only ingest|search|feed|drain]`. Each figure is one JSON line on stdout;
//! progress goes to stderr. Timings are medians and percentiles of repeated runs.

mod feed;
mod figures;
mod ingest;
mod search;
mod setup;

use figures::Figure;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    // The server's own warnings and errors, on stderr.
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_max_level(tracing_subscriber::filter::LevelFilter::WARN)
        .init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quick = args.iter().any(|a| a == "--quick");
    let postgres = args
        .iter()
        .position(|a| a == "--postgres")
        .and_then(|i| args.get(i + 1))
        .cloned();
    // One group of figures only, while working on it.
    let only = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let wanted = |name: &str| only.as_deref().is_none_or(|o| o == name);
    let mut backends = vec![setup::Backend::Sqlite];
    if let Some(url) = postgres {
        backends.push(setup::Backend::Postgres(url));
    }
    let submissions = if quick { 2_000 } else { 10_000 };
    let profiles = if quick { 10_000 } else { 100_000 };
    let mut out: Vec<Figure> = vec![];
    for backend in backends.iter().filter(|_| wanted("ingest")) {
        out.extend(ingest::ingest(backend, submissions).await?);
    }
    if wanted("search") {
        out.extend(search::search(&setup::Backend::Sqlite, profiles, quick).await?);
    }
    if wanted("feed") {
        out.push(feed::feed(&setup::Backend::Sqlite, submissions).await?);
    }
    if wanted("drain") {
        out.push(ingest::drain(&setup::Backend::Sqlite).await?);
    }
    for f in &out {
        println!("{}", serde_json::to_string(f)?);
    }
    Ok(())
}
