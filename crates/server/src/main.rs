//! `evne-server [--demo]`: serve the API and the built app. Settings come from `EVNE_*`
//! environment variables (see `config.rs`); `--demo` seeds demo accounts into an empty database.
//!
//! `evne-server rotate-key`: add a new submission key pair to `EVNE_KEY_DIR`; it is published
//! from the next start on, and older keys keep opening what was sealed to them.
//!
//! Admin commands (on the database of `EVNE_DATABASE_URL`):
//! `create-org KIND NAME`, `create-user USERNAME ROLE [ORG_ID] [--locales ti,am]` (the locales a
//! language_reviewer may work on), `reset-password USERNAME`,
//! `grant-shielded USERNAME` / `revoke-shielded USERNAME` (an officer sees shielded persons),
//! `export-locale LOCALE DIR` (the reviewed words into a checkout's `locales/LOCALE/`),
//! `create-integration NAME` / `revoke-integration NAME` (a case system's token for the feed),
//! `set-region CENTRE_ID REGION` (a centre's county, for coverage).
//! New and reset passwords are printed once.

use anyhow::Context;
use evne_server::store::persons;
use evne_server::{admin, config::Settings, db, http, keys::KeyRing, seed, AppState};
use std::io::Write;
use std::sync::Arc;
use tower_http::trace::TraceLayer;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let settings = Settings::from_env()?;
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] | ["--demo"] => {}
        ["rotate-key"] => {
            std::fs::create_dir_all(&settings.key_dir).context("Failed to create EVNE_KEY_DIR")?;
            let id = KeyRing::rotate(&settings.key_dir)?;
            println!("New submission key {id}: published from the next start.");
            return Ok(());
        }
        ["create-org", kind, name] => {
            let pool = db::connect(&settings.database_url).await?;
            println!("{}", admin::create_organisation(&pool, kind, name).await?);
            return Ok(());
        }
        ["create-user", username, role, rest @ ..] => {
            let (org, locales) = match rest {
                [] => (None, vec![]),
                [org] => (Some(*org), vec![]),
                ["--locales", list] => (None, list.split(',').collect()),
                [org, "--locales", list] => (Some(*org), list.split(',').collect()),
                _ => anyhow::bail!("usage: create-user NAME ROLE [ORGANISATION] [--locales ti,am]"),
            };
            let pool = db::connect(&settings.database_url).await?;
            let password = admin::create_user(&pool, username, role, org, &locales).await?;
            println!("User {username} created. One-time password (shown once): {password}");
            return Ok(());
        }
        ["export-locale", locale, dir] => {
            let pool = db::connect(&settings.database_url).await?;
            let root = std::path::Path::new(dir);
            let out = admin::export_locale(&pool, locale, root).await?;
            println!(
                "{} reviewed messages and {} recordings of {locale} written under {}",
                out.reviews,
                out.recordings,
                root.display()
            );
            return Ok(());
        }
        ["erase-expired", years @ ..] if years.len() <= 1 => {
            let years = match years.first() {
                Some(y) => y.parse().context("YEARS must be a whole number")?,
                None => persons::DEFAULT_RETENTION_YEARS,
            };
            let pool = db::connect(&settings.database_url).await?;
            let n = persons::erase_expired(&pool, years, evne_server::now_unix()).await?;
            println!("Erased {n} persons not settled within {years} years.");
            return Ok(());
        }
        ["enrol-device", centre] => {
            let pool = db::connect(&settings.database_url).await?;
            let (id, token) = admin::enrol_device(&pool, centre).await?;
            println!("Tablet {id} enrolled for {centre}. Its token (shown once): {token}");
            return Ok(());
        }
        ["create-integration", name] => {
            let pool = db::connect(&settings.database_url).await?;
            let (id, token) = admin::create_integration(&pool, name).await?;
            println!(
                "Integration {name} ({id}) created: it reads GET /api/v1/feed with \
                 `Authorization: Bearer <token>`. Its token (shown once): {token}"
            );
            return Ok(());
        }
        ["set-region", centre, region] => {
            let pool = db::connect(&settings.database_url).await?;
            admin::set_region(&pool, centre, region).await?;
            println!("{centre} is in region {region}.");
            return Ok(());
        }
        ["revoke-integration", name] => {
            let pool = db::connect(&settings.database_url).await?;
            admin::revoke_integration(&pool, name).await?;
            println!("Integration {name} revoked.");
            return Ok(());
        }
        ["revoke-device", id] => {
            let pool = db::connect(&settings.database_url).await?;
            admin::revoke_device(&pool, id).await?;
            println!("Tablet {id} revoked.");
            return Ok(());
        }
        ["export-person", id] => {
            let pool = db::connect(&settings.database_url).await?;
            println!("{}", admin::export_person(&pool, id).await?);
            return Ok(());
        }
        ["erase-person", id] => {
            let pool = db::connect(&settings.database_url).await?;
            admin::erase_person(&pool, id).await?;
            println!("Person {id} erased.");
            return Ok(());
        }
        [verb @ ("grant-shielded" | "revoke-shielded"), username] => {
            let pool = db::connect(&settings.database_url).await?;
            let allowed = *verb == "grant-shielded";
            admin::set_handles_shielded(&pool, username, allowed).await?;
            if allowed {
                println!("{username} now sees shielded persons.");
            } else {
                println!("{username} no longer sees shielded persons.");
            }
            return Ok(());
        }
        ["reset-password", username] => {
            let pool = db::connect(&settings.database_url).await?;
            let password = admin::reset_password(&pool, username).await?;
            println!("New one-time password for {username} (shown once): {password}");
            return Ok(());
        }
        _ => anyhow::bail!(
            "usage: evne-server [--demo] | rotate-key | create-org KIND NAME | \
             create-user USERNAME ROLE [ORG_ID] [--locales ti,am] | export-locale LOCALE DIR | reset-password USERNAME | erase-expired [YEARS] | \
             enrol-device CENTRE_ID | revoke-device ID | export-person ID | erase-person ID | \
             create-integration NAME | revoke-integration NAME | set-region CENTRE_ID REGION | \
             grant-shielded USERNAME | revoke-shielded USERNAME"
        ),
    }
    if cfg!(panic = "abort") {
        tracing::warn!(
            "built with panic=abort: one panicking request would stop the server; \
             build it with `cargo build --profile server`"
        );
    }
    let demo = args.iter().any(|a| a == "--demo");
    let pool = db::connect(&settings.database_url).await?;
    let submissions = evne_server::store::submissions::count(&pool)
        .await
        .context("Failed to count submissions")?;
    let keys = KeyRing::load_or_first(&settings.key_dir, submissions == 0)?;
    let seeded = demo && seed::seed_demo(&pool).await?;

    let listener = tokio::net::TcpListener::bind(settings.bind)
        .await
        .with_context(|| format!("Failed to listen on {}", settings.bind))?;
    let addr = listener
        .local_addr()
        .context("Failed to read the bound address")?;
    let state = AppState::new(pool.clone(), settings, Arc::new(keys));
    // The search index is read from the database before the first officer needs it.
    let warm = state.clone();
    tokio::spawn(async move {
        if let Err(e) = warm.index.fresh(&warm.db).await {
            tracing::warn!(error = %e, "could not load the search index");
        }
    });
    // Method, path and status only: no bodies, no query strings, nothing personal.
    let app = http::router(state).layer(TraceLayer::new_for_http().make_span_with(
        |req: &axum::http::Request<_>| {
            tracing::info_span!("request", method = %req.method(), path = %req.uri().path())
        },
    ));

    // The banner is for whoever started us; if they stopped reading (a closed pipe), the
    // server must keep serving all the same.
    if let Err(e) = print_banner(addr, demo, seeded) {
        tracing::warn!(error = %e, "could not print the start banner");
    }

    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await
        .context("Server failed")?;
    pool.close().await;
    Ok(())
}

fn print_banner(addr: std::net::SocketAddr, demo: bool, seeded: bool) -> std::io::Result<()> {
    let mut text = format!("Evne is running at http://{addr}/\n");
    text.push_str(&format!("Staff screens: http://{addr}/staff\n"));
    if demo {
        if seeded {
            text.push_str("Seeded demo data (synthetic).\n");
        }
        text.push_str(&format!(
            "Demo logins (password for all: {}):\n",
            seed::DEMO_PASSWORD
        ));
        for (username, role) in seed::demo_users() {
            text.push_str(&format!("  {username:<24} {}\n", role.as_str()));
        }
    }
    text.push_str("Press Ctrl-C to stop.\n");
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
