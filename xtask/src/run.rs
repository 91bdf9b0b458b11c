//! `cargo xtask run`: the product on this machine, with demo data.

use crate::shell::{cmd, root};
use crate::{build, tools};
use anyhow::{bail, Context};

pub fn run(args: &[String]) -> anyhow::Result<()> {
    let port = match args {
        [] => std::env::var("EVNE_PORT").unwrap_or_else(|_| "8080".into()),
        [flag, port] if flag == "--port" => port.clone(),
        _ => bail!("usage: cargo xtask run [--port N]"),
    };
    let port: u16 = port
        .parse()
        .with_context(|| format!("{port:?} is not a port number"))?;
    let tools = tools::ensure_build_tools()?;
    build::app(&tools)?;
    build::server()?;

    let data = root().join(".evne");
    std::fs::create_dir_all(&data).context("Failed to create .evne/")?;
    let db = std::env::var("EVNE_DATABASE_URL")
        .unwrap_or_else(|_| format!("sqlite://{}", data.join("evne.db").display()));
    let mut server = cmd(&root().join("target/debug/evne-server").to_string_lossy());
    server
        .arg("--demo")
        .env("EVNE_BIND", format!("127.0.0.1:{port}"))
        .env("EVNE_DATABASE_URL", db)
        .env("EVNE_KEY_DIR", data.join("keys"))
        .env("EVNE_APP_DIR", root().join("dist"));
    exec(server)
}

/// Replaces this process with the server, so that Ctrl-C reaches it alone and it stops cleanly.
#[cfg(unix)]
fn exec(mut c: std::process::Command) -> anyhow::Result<()> {
    use std::os::unix::process::CommandExt;
    Err(c.exec()).context("Failed to start evne-server")
}

#[cfg(not(unix))]
fn exec(mut c: std::process::Command) -> anyhow::Result<()> {
    crate::shell::run(&mut c)
}
