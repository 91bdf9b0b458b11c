//! The sync torture test: simulated tablets, each running the app's sync plan over its own
//! outbox of sealed submissions, talk to the real server through a proxy that drops requests,
//! loses acknowledgements, duplicates deliveries and delays (so reorders) them, while the
//! server is killed and restarted on the same database. Then the network heals.
//!
//! Asserts: 0 lost, 0 duplicated rows, every outbox empty within 180 s of healing (a liveness
//! bound for a noisy shared machine running the other tests at once, not a speed budget: the
//! drain time is printed, and measured properly by the benchmarks).
//! Size: `EVNE_TORTURE_TABLETS` × `EVNE_TORTURE_SUBMISSIONS` (default 10 × 1 000, as CI runs).
//! Time runs 100× faster for the tablets (their retry backoff), so that minutes of backoff
//! take seconds; the plan itself is unchanged.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use evne_model::envelope::{self, OsRng, PublicKey, SealedSubmission};
use evne_model::sync::{self, OutboxMeta, SendOutcome};
use evne_model::{synthetic, SubmissionId, SubmissionRecord};
use evne_server::{config::Settings, db, http, keys::KeyRing, AppState};
use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const SPEED: u64 = 100;
const FAULT_PHASE: Duration = Duration::from_secs(8);
const RESTART_EVERY: Duration = Duration::from_millis(1500);

fn env_count(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[derive(Default)]
struct Stats {
    requests: AtomicUsize,
    dropped: AtomicUsize,
    lost_acks: AtomicUsize,
    duplicated: AtomicUsize,
    restarts: AtomicUsize,
}

#[derive(Clone)]
struct Proxy {
    upstream: Arc<Mutex<String>>,
    faults: Arc<AtomicBool>,
    client: reqwest::Client,
    stats: Arc<Stats>,
}

impl Proxy {
    async fn forward(&self, auth: &str, body: Bytes) -> Option<(u16, Bytes)> {
        let url = self.upstream.lock().ok()?.clone();
        let res = self
            .client
            .post(format!("{url}/api/v1/submissions"))
            .header("content-type", "application/json")
            .header("authorization", auth)
            .body(body)
            .send()
            .await
            .ok()?;
        let status = res.status().as_u16();
        Some((status, res.bytes().await.ok()?))
    }
}

async fn proxy_handler(
    State(p): State<Proxy>,
    headers: axum::http::HeaderMap,
    body: Bytes,
) -> Response {
    let auth = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    p.stats.requests.fetch_add(1, Ordering::Relaxed);
    let faulty = p.faults.load(Ordering::Relaxed);
    let (roll, delay): (f64, u64) = (rand::random(), rand::random::<u64>() % 20);
    if faulty {
        tokio::time::sleep(Duration::from_millis(delay)).await;
        if roll < 0.10 {
            p.stats.dropped.fetch_add(1, Ordering::Relaxed);
            return StatusCode::BAD_GATEWAY.into_response();
        }
    }
    let answer = if faulty && (0.20..0.25).contains(&roll) {
        p.stats.duplicated.fetch_add(1, Ordering::Relaxed);
        let (a, _) = tokio::join!(p.forward(&auth, body.clone()), p.forward(&auth, body));
        a
    } else {
        p.forward(&auth, body).await
    };
    let Some((status, bytes)) = answer else {
        return StatusCode::BAD_GATEWAY.into_response();
    };
    if faulty && (0.10..0.20).contains(&roll) {
        p.stats.lost_acks.fetch_add(1, Ordering::Relaxed);
        return StatusCode::BAD_GATEWAY.into_response();
    }
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY);
    (status, bytes).into_response()
}

/// Starts the server on a fresh port over the same database; returns its URL and task.
async fn start_server(
    settings: &Settings,
    keys: &Arc<KeyRing>,
) -> (String, tokio::task::JoinHandle<()>) {
    let pool = db::connect(&settings.database_url).await.expect("database");
    let state = AppState::new(pool, settings.clone(), keys.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, http::router(state)).await;
    });
    (url, task)
}

struct Entry {
    meta: OutboxMeta,
    sealed: SealedSubmission,
}

/// One tablet: its outbox, the app's plan, one request at a time.
async fn tablet(
    token: String,
    seed: u64,
    n: usize,
    key: PublicKey,
    proxy: String,
    healed: Arc<AtomicBool>,
    start: Instant,
) -> Vec<SubmissionId> {
    let now = || start.elapsed().as_millis() as u64 * SPEED;
    let mut outbox: Vec<Entry> = synthetic::profiles(seed, n, 2026)
        .into_iter()
        .map(|p| {
            let record = SubmissionRecord {
                id: SubmissionId::new(),
                profile: p.to_record(),
                assist: None,
            };
            Entry {
                meta: OutboxMeta {
                    id: record.id,
                    queued_at_ms: now(),
                    attempts: 0,
                    next_attempt_at_ms: now(),
                    rejected: false,
                    last_error: None,
                },
                sealed: envelope::seal(&record, &key, &mut OsRng).unwrap(),
            }
        })
        .collect();
    let ids = outbox.iter().map(|e| e.meta.id).collect();
    let client = reqwest::Client::new();
    let mut forced = false;
    while !outbox.is_empty() {
        // The browser's online event: one pass that ignores the backoff.
        let plan_time = if healed.load(Ordering::Relaxed) && !forced {
            forced = true;
            u64::MAX
        } else {
            now()
        };
        let metas: Vec<_> = outbox.iter().map(|e| e.meta.clone()).collect();
        let due = sync::due(&metas, plan_time);
        if due.is_empty() {
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        }
        for id in due {
            let pos = outbox.iter().position(|e| e.meta.id == id).unwrap();
            let status = client
                .post(format!("{proxy}/api/v1/submissions"))
                .bearer_auth(&token)
                .json(&outbox[pos].sealed)
                .send()
                .await
                .ok()
                .map(|r| r.status().as_u16());
            let outcome = sync::classify(status);
            assert_ne!(outcome, SendOutcome::Rejected, "refused: {status:?}");
            match sync::after_attempt(&outbox[pos].meta, outcome, now(), rand::random()) {
                None => {
                    outbox.remove(pos);
                }
                Some(meta) => outbox[pos].meta = meta,
            }
            if outcome == SendOutcome::Retry {
                break;
            }
        }
    }
    ids
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_tablets_lose_and_duplicate_nothing_through_a_hostile_network() {
    let tablets = env_count("EVNE_TORTURE_TABLETS", 10);
    let per_tablet = env_count("EVNE_TORTURE_SUBMISSIONS", 1000);
    let dir = tempfile::tempdir().unwrap();
    let settings = Settings {
        database_url: crate::helpers::fresh_database(dir.path()).await,
        key_dir: dir.path().join("keys"),
        app_dir: dir.path().join("no-app"),
        // Ten tablets sending a thousand each as fast as they can: the point is the network's
        // faults, not the per-tablet rate limit (tested on its own).
        submissions_per_minute: 0,
        ..Settings::default()
    };
    let keys = Arc::new(KeyRing::load_or_create(&settings.key_dir).unwrap());
    let setup = db::connect(&settings.database_url).await.unwrap();
    sqlx::query("INSERT INTO organisations (id, kind, name) VALUES ('c', 'reception_centre', 'C')")
        .execute(&setup)
        .await
        .unwrap();
    let mut tokens = vec![];
    for _ in 0..tablets {
        tokens.push(crate::helpers::enrol_device(&setup, "c").await.1);
    }
    let public = keys.current().unwrap().public_key();
    let (url, mut server) = start_server(&settings, &keys).await;

    let stats = Arc::new(Stats::default());
    let proxy = Proxy {
        upstream: Arc::new(Mutex::new(url)),
        faults: Arc::new(AtomicBool::new(true)),
        client: reqwest::Client::new(),
        stats: stats.clone(),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let proxy_url = format!("http://{}", listener.local_addr().unwrap());
    let proxy_app = axum::Router::new()
        .fallback(axum::routing::post(proxy_handler))
        .with_state(proxy.clone());
    tokio::spawn(async move {
        let _ = axum::serve(listener, proxy_app).await;
    });

    let healed = Arc::new(AtomicBool::new(false));
    let start = Instant::now();
    let handles: Vec<_> = (0..tablets)
        .map(|t| {
            tokio::spawn(tablet(
                tokens[t].clone(),
                t as u64,
                per_tablet,
                public.clone(),
                proxy_url.clone(),
                healed.clone(),
                start,
            ))
        })
        .collect();

    // The hostile phase: faults on, and the server killed and restarted now and then. It lasts
    // FAULT_PHASE, and longer (up to a minute) on a machine so busy that no acknowledgement was
    // lost yet: the test must have exercised what it claims to.
    let started = Instant::now();
    let hostile = |stats: &Stats| {
        let elapsed = started.elapsed();
        elapsed < FAULT_PHASE
            || (stats.lost_acks.load(Ordering::Relaxed) < 3 && elapsed < Duration::from_secs(60))
    };
    while hostile(&stats) {
        tokio::time::sleep(RESTART_EVERY).await;
        server.abort();
        let _ = (&mut server).await;
        let (url, task) = start_server(&settings, &keys).await;
        server = task;
        *proxy.upstream.lock().unwrap() = url;
        stats.restarts.fetch_add(1, Ordering::Relaxed);
    }

    // The network heals.
    proxy.faults.store(false, Ordering::Relaxed);
    healed.store(true, Ordering::Relaxed);
    let healed_at = Instant::now();
    let mut expected = HashSet::new();
    for h in handles {
        let ids = tokio::time::timeout(Duration::from_secs(180), h)
            .await
            .expect("every outbox empty within 180 s of healing")
            .unwrap();
        expected.extend(ids);
    }
    let drain = healed_at.elapsed();

    let pool = db::connect(&settings.database_url).await.unwrap();
    let rows: Vec<(String,)> = sqlx::query_as("SELECT id FROM submissions")
        .fetch_all(&pool)
        .await
        .unwrap();
    let stored: HashSet<SubmissionId> = rows
        .iter()
        .map(|(id,)| SubmissionId::parse(id).unwrap())
        .collect();
    assert_eq!(rows.len(), stored.len(), "no duplicated rows");
    assert_eq!(expected.len(), tablets * per_tablet);
    let lost = expected.difference(&stored).count();
    let extra = stored.difference(&expected).count();
    eprintln!(
        "torture: {tablets}x{per_tablet} submissions, {} requests, {} dropped, {} acks lost, \
         {} duplicated, {} server restarts; drained {:.1} s after healing; {} lost, {} extra; \
         total {:.1} s",
        stats.requests.load(Ordering::Relaxed),
        stats.dropped.load(Ordering::Relaxed),
        stats.lost_acks.load(Ordering::Relaxed),
        stats.duplicated.load(Ordering::Relaxed),
        stats.restarts.load(Ordering::Relaxed),
        drain.as_secs_f64(),
        lost,
        extra,
        start.elapsed().as_secs_f64(),
    );
    assert_eq!(lost, 0, "lost submissions");
    assert_eq!(extra, 0, "rows nobody sent");
    assert!(
        stats.lost_acks.load(Ordering::Relaxed) > 0,
        "the test did lose acks"
    );
    assert!(
        stats.restarts.load(Ordering::Relaxed) > 0,
        "the test did restart the server"
    );
}
