//! The hand-over feed's throughput: `n` synthetic persons settled (each a `settlement_agreed`
//! event), read from the start by a case system through the router (its integration token,
//! pages of 1 000, each rendered with codes, Norwegian labels and notes, and audited), timed as
//! events per second. The median of three reads from the start.

use crate::figures::Figure;
use crate::setup::{self, Backend};
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use evne_server::store::persons::decisions::{self, Decision};
use std::time::Instant;
use tower::ServiceExt;

const MUNICIPALITY: &str = "bench-municipality";

/// Settles every stored person to [`MUNICIPALITY`], a thousand to a transaction.
async fn settle_all(pool: &sqlx::AnyPool) -> anyhow::Result<()> {
    sqlx::query("INSERT INTO organisations (id, kind, name) VALUES ($1, 'municipality', $1)")
        .bind(MUNICIPALITY)
        .execute(pool)
        .await?;
    let officer: String = sqlx::query_scalar("SELECT id FROM users WHERE username = $1")
        .bind(setup::OFFICER)
        .fetch_one(pool)
        .await?;
    let persons: Vec<String> = sqlx::query_scalar("SELECT id FROM persons ORDER BY id")
        .fetch_all(pool)
        .await?;
    let settle = Decision::Settle {
        municipality: MUNICIPALITY.into(),
    };
    for chunk in persons.chunks(1_000) {
        let mut tx = evne_server::db::begin(pool).await?;
        for person in chunk {
            decisions::apply(&mut tx, person, &settle, &officer, 0).await?;
        }
        tx.commit().await?;
    }
    Ok(())
}

/// Reads the whole feed; the number of events.
async fn read_all(router: &axum::Router, token: &str) -> anyhow::Result<usize> {
    let (mut events, mut after) = (0, None::<String>);
    loop {
        let uri = match &after {
            Some(c) => format!("/api/v1/feed?limit=1000&after={c}"),
            None => "/api/v1/feed?limit=1000".to_owned(),
        };
        let req = Request::get(uri)
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Body::empty())?;
        let res = router.clone().oneshot(req).await?;
        anyhow::ensure!(res.status() == StatusCode::OK, "feed: {}", res.status());
        let bytes = axum::body::to_bytes(res.into_body(), usize::MAX).await?;
        let page: evne_model::feed::FeedPage = serde_json::from_slice(&bytes)?;
        events += page.events.len();
        after = Some(page.next);
        if !page.more {
            return Ok(events);
        }
    }
}

pub async fn feed(backend: &Backend, n: usize) -> anyhow::Result<Figure> {
    eprintln!(
        "bench: the feed of {n} settled persons on {}",
        backend.name()
    );
    let dir = tempfile::tempdir()?;
    let (url, pool) = setup::database(backend, &dir).await?;
    crate::search::populate(&pool, n).await?;
    setup::officer(&pool).await?;
    settle_all(&pool).await?;
    let (_, token) = evne_server::admin::create_integration(&pool, "bench").await?;
    let router = evne_server::http::router(setup::state(pool, url, &dir)?);
    let mut rates = vec![];
    for _ in 0..3 {
        let start = Instant::now();
        let events = read_all(&router, &token).await?;
        anyhow::ensure!(events == n, "the feed carried {events} events of {n}");
        rates.push(events as f64 / start.elapsed().as_secs_f64());
    }
    rates.sort_by(f64::total_cmp);
    let name = format!("feed read from the start ({n} settlements, pages of 1 000)");
    Ok(Figure::new(name, rates[1], "events/s"))
}
