//! Officers' searches and group statistics over many synthetic profiles, through the router
//! (session, reach, audit row and all), timed request by request.

use crate::figures::{percentile, Figure};
use crate::setup::{self, Backend, CENTRE, OFFICER, PASSWORD};
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use evne_model::synthetic;
use sqlx::AnyPool;
use std::time::Instant;
use tower::ServiceExt;

/// Five searches an officer makes every day.
const SEARCHES: [(&str, &str); 5] = [
    (
        "metal and machinery workers, 3+ years",
        "isco=72&min_years=3",
    ),
    ("Norwegian A2+, under 40", "lang=nb&lang_min=a2&age_max=40"),
    ("bachelor or more in engineering", "isced_min=6&field=07"),
    ("car licence, from Syria", "licence=b&country=SY"),
    (
        "professionals with English B1+, by experience",
        "isco=2&lang=en&lang_min=b1&sort=experience",
    ),
];

const GROUPS: [&str; 5] = ["isco", "isced", "lang", "age", "centre"];

/// Stores `n` synthetic profiles as if each had been submitted (submission, person, facts),
/// a thousand to a transaction.
pub(crate) async fn populate(pool: &AnyPool, n: usize) -> anyhow::Result<()> {
    let year = time::OffsetDateTime::now_utc().year() as u16;
    let mut done = 0;
    while done < n {
        let batch = (n - done).min(1_000);
        let mut tx = evne_server::db::begin(pool).await?;
        let revision = evne_server::search::revision::next_revision(&mut tx).await?;
        for profile in synthetic::profiles(done as u64 + 1, batch, year) {
            let received = "2026-01-01T00:00:00Z";
            evne_server::store::persons::store_and_link(
                &mut tx,
                &profile,
                Some(CENTRE),
                received,
                0,
                revision,
            )
            .await?;
        }
        tx.commit().await?;
        done += batch;
        if done % 20_000 == 0 {
            eprintln!("bench: {done} of {n} profiles stored");
        }
    }
    Ok(())
}

async fn login(router: &axum::Router) -> anyhow::Result<String> {
    let body = serde_json::json!({"username": OFFICER, "password": PASSWORD}).to_string();
    let req = Request::post("/api/v1/login")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body))?;
    let res = router.clone().oneshot(req).await?;
    anyhow::ensure!(res.status().is_success(), "login: {}", res.status());
    let cookie = res
        .headers()
        .get(header::SET_COOKIE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .ok_or_else(|| anyhow::anyhow!("no session cookie"))?;
    Ok(cookie.to_owned())
}

/// Milliseconds of each of `runs` GETs of `uri` (after two unmeasured ones).
async fn timed(
    router: &axum::Router,
    cookie: &str,
    uri: &str,
    runs: usize,
) -> anyhow::Result<Vec<f64>> {
    let mut out = vec![];
    for i in 0..runs + 2 {
        let req = Request::get(uri)
            .header(header::COOKIE, cookie)
            .body(Body::empty())?;
        let start = Instant::now();
        let res = router.clone().oneshot(req).await?;
        let status = res.status();
        let _ = axum::body::to_bytes(res.into_body(), usize::MAX).await?;
        anyhow::ensure!(status == StatusCode::OK, "{uri}: {status}");
        if i >= 2 {
            out.push(start.elapsed().as_secs_f64() * 1_000.0);
        }
    }
    Ok(out)
}

pub async fn search(backend: &Backend, n: usize, quick: bool) -> anyhow::Result<Vec<Figure>> {
    eprintln!(
        "bench: storing {n} synthetic profiles on {}",
        backend.name()
    );
    let dir = tempfile::tempdir()?;
    let (url, pool) = setup::database(backend, &dir).await?;
    populate(&pool, n).await?;
    setup::officer(&pool).await?;
    let router = evne_server::http::router(setup::state(pool, url, &dir)?);
    let cookie = login(&router).await?;
    let runs = if quick { 10 } else { 40 };
    let mut out = vec![];
    for (name, query) in SEARCHES {
        let ms = timed(&router, &cookie, &format!("/api/v1/persons?{query}"), runs).await?;
        let p95 = percentile(&ms, 95.0);
        let mut f = Figure::new(format!("search p95, {name} ({n} profiles)"), p95, "ms")
            .budget("p95 ≤ 20 ms", p95 <= 20.0);
        f.figure
            .push_str(&format!(" [p50 {:.1} ms]", percentile(&ms, 50.0)));
        out.push(f);
    }
    for group in GROUPS {
        let ms = timed(
            &router,
            &cookie,
            &format!("/api/v1/stats?group={group}"),
            runs,
        )
        .await?;
        let p95 = percentile(&ms, 95.0);
        let mut f = Figure::new(
            format!("statistics p95, by {group} ({n} profiles)"),
            p95,
            "ms",
        )
        .budget("≤ 100 ms", p95 <= 100.0);
        f.figure
            .push_str(&format!(" [p50 {:.1} ms]", percentile(&ms, 50.0)));
        out.push(f);
    }
    Ok(out)
}
