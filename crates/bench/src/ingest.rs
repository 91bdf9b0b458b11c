//! Submissions arriving: many tablets at once (ingest, next to its floor), and ten tablets
//! draining their queues after the network returns.

use crate::figures::Figure;
use crate::setup::{self, Backend, CENTRE};
use evne_model::envelope::{self, PublicKey};
use evne_model::{synthetic, Profile, SubmissionId, SubmissionRecord};
use sha2::{Digest, Sha256};
use sqlx::AnyPool;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Instant;

/// Concurrent clients in the ingest figure.
const CLIENTS: usize = 32;

fn year() -> u16 {
    time::OffsetDateTime::now_utc().year() as u16
}

/// `n` synthetic profiles, each sealed as a tablet seals it: (id, profile, request body).
fn sealed(n: usize, seed: u64, key: &PublicKey) -> anyhow::Result<Vec<(String, Profile, String)>> {
    let mut out = Vec::with_capacity(n);
    for profile in synthetic::profiles(seed, n, year()) {
        let record = SubmissionRecord {
            id: SubmissionId::new(),
            profile: profile.to_record(),
            assist: None,
        };
        let body = envelope::seal(&record, key, &mut rand::rngs::OsRng)?;
        out.push((
            record.id.to_string(),
            profile,
            serde_json::to_string(&body)?,
        ));
    }
    Ok(out)
}

async fn tokens(pool: &AnyPool, n: usize) -> anyhow::Result<Vec<String>> {
    let mut out = vec![];
    for _ in 0..n {
        out.push(evne_server::admin::enrol_device(pool, CENTRE).await?.1);
    }
    Ok(out)
}

/// Posts every body with `clients` concurrent connections, each its own tablet; returns the
/// wall time in seconds.
async fn post_all(url: &str, bodies: Vec<String>, tokens: Vec<String>) -> anyhow::Result<f64> {
    let bodies = Arc::new(bodies);
    let next = Arc::new(AtomicUsize::new(0));
    let client = reqwest::Client::new();
    let start = Instant::now();
    let mut tasks = vec![];
    for token in tokens {
        let (bodies, next, client) = (bodies.clone(), next.clone(), client.clone());
        let endpoint = format!("{url}/api/v1/submissions");
        tasks.push(tokio::spawn(async move {
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(body) = bodies.get(i) else {
                    return Ok::<_, anyhow::Error>(());
                };
                let answer = client
                    .post(&endpoint)
                    .header("content-type", "application/json")
                    .header("authorization", format!("Bearer {token}"))
                    .body(body.clone())
                    .send()
                    .await?;
                anyhow::ensure!(answer.status().is_success(), "{}", answer.status());
            }
        }));
    }
    for t in tasks {
        t.await??;
    }
    Ok(start.elapsed().as_secs_f64())
}

/// Ingest over HTTP, then the floor on a fresh database of the same kind.
pub async fn ingest(backend: &Backend, n: usize) -> anyhow::Result<Vec<Figure>> {
    eprintln!("bench: ingest of {n} submissions on {}", backend.name());
    let dir = tempfile::tempdir()?;
    let (url, pool) = setup::database(backend, &dir).await?;
    let state = setup::state(pool.clone(), url, &dir)?;
    let key = state.keys.current()?.public_key();
    let work = sealed(n, 7, &key)?;
    let tokens = tokens(&pool, CLIENTS).await?;
    let server = setup::serve(state).await?;
    let bodies: Vec<String> = work.iter().map(|(_, _, b)| b.clone()).collect();
    let secs = post_all(&server, bodies, tokens).await?;
    let rate = n as f64 / secs;
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM submissions")
        .fetch_one(&pool)
        .await?;
    anyhow::ensure!(stored as usize == n, "{stored} of {n} stored");

    let floor_dir = tempfile::tempdir()?;
    let (_, floor_pool) = setup::database(backend, &floor_dir).await?;
    let floor = raw_inserts(&floor_pool, &work).await?;
    let floor_rate = n as f64 / floor;
    let name = backend.name();
    let mut out = vec![Figure::new(
        format!("ingest, {name}, {CLIENTS} clients"),
        rate,
        "submissions/s",
    )
    .floor_rate(floor_rate)];
    let half = rate >= floor_rate / 2.0;
    out[0] = match backend {
        Backend::Sqlite => out[0]
            .clone()
            .budget("≥ 50 % of the floor and ≥ 1 000/s", half && rate >= 1_000.0),
        Backend::Postgres(_) => out[0].clone().budget("≥ 50 % of the floor", half),
    };
    Ok(out)
}

/// The floor: the same rows (the submission, its person, version and search facts), one
/// transaction per submission, straight into the database from as many tasks.
async fn raw_inserts(pool: &AnyPool, work: &[(String, Profile, String)]) -> anyhow::Result<f64> {
    let rows: Vec<(String, Profile, String)> = work
        .iter()
        .map(|(id, p, _)| serde_json::to_string(p).map(|json| (id.clone(), p.clone(), json)))
        .collect::<Result<_, _>>()?;
    let rows = Arc::new(rows);
    let next = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let mut tasks = vec![];
    for _ in 0..CLIENTS {
        let (rows, next, pool) = (rows.clone(), next.clone(), pool.clone());
        tasks.push(tokio::spawn(async move {
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((id, profile, json)) = rows.get(i) else {
                    return Ok::<_, anyhow::Error>(());
                };
                let mut tx = evne_server::db::begin(&pool).await?;
                let revision = evne_server::search::revision::next_revision(&mut tx).await?;
                sqlx::query(
                    "INSERT INTO submissions (id, body_sha256, profile, received_at, device_id)
                     VALUES ($1, $2, $3, $4, NULL)",
                )
                .bind(id)
                .bind(Sha256::digest(json.as_bytes()).to_vec())
                .bind(json)
                .bind("2026-01-01T00:00:00Z")
                .execute(&mut *tx)
                .await?;
                evne_server::store::persons::link(&mut tx, id, profile, Some(CENTRE), 0, revision)
                    .await?;
                tx.commit().await?;
            }
        }));
    }
    for t in tasks {
        t.await??;
    }
    Ok(start.elapsed().as_secs_f64())
}

/// Ten tablets, a hundred queued each, sent one at a time per tablet (as the app's sync loop
/// does), all tablets at once.
pub async fn drain(backend: &Backend) -> anyhow::Result<Figure> {
    const TABLETS: usize = 10;
    const QUEUED: usize = 100;
    eprintln!(
        "bench: sync drain of {TABLETS}×{QUEUED} on {}",
        backend.name()
    );
    let dir = tempfile::tempdir()?;
    let (url, pool) = setup::database(backend, &dir).await?;
    let state = setup::state(pool.clone(), url, &dir)?;
    let key = state.keys.current()?.public_key();
    let work = sealed(TABLETS * QUEUED, 11, &key)?;
    let tokens = tokens(&pool, TABLETS).await?;
    let server = setup::serve(state).await?;
    let client = reqwest::Client::new();
    let start = Instant::now();
    let mut tasks = vec![];
    for (t, token) in tokens.into_iter().enumerate() {
        let queue: Vec<String> = work[t * QUEUED..(t + 1) * QUEUED]
            .iter()
            .map(|(_, _, b)| b.clone())
            .collect();
        let (client, endpoint) = (client.clone(), format!("{server}/api/v1/submissions"));
        tasks.push(tokio::spawn(async move {
            for body in queue {
                let answer = client
                    .post(&endpoint)
                    .header("content-type", "application/json")
                    .header("authorization", format!("Bearer {token}"))
                    .body(body)
                    .send()
                    .await?;
                anyhow::ensure!(answer.status().is_success(), "{}", answer.status());
            }
            Ok::<_, anyhow::Error>(())
        }));
    }
    for t in tasks {
        t.await??;
    }
    let secs = start.elapsed().as_secs_f64();
    Ok(Figure::new(
        format!(
            "sync drain, {TABLETS} tablets × {QUEUED} queued ({})",
            backend.name()
        ),
        secs,
        "s",
    ))
}
