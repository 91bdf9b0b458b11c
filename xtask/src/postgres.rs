//! A throwaway PostgreSQL server for the test run: Debian's `postgresql` package (installed
//! with apt-get when missing), a fresh cluster in a temporary directory, on a free loopback
//! port, stopped and deleted when the run ends. As root, it runs as the `postgres` user, since
//! PostgreSQL refuses to run as root.
//!
//! The cluster trades durability for speed (`fsync=off`): it holds only test data.

use crate::shell::{cmd, output, run};
use crate::tools::apt_install;
use anyhow::Context;
use std::path::PathBuf;
use std::process::Command;

pub struct Postgres {
    bin: PathBuf,
    dir: PathBuf,
    as_postgres: bool,
    /// `postgres://evne@127.0.0.1:PORT`, without a database name.
    pub base_url: String,
}

/// The newest `/usr/lib/postgresql/<version>/bin` that has a server.
fn bin_dir() -> Option<PathBuf> {
    let mut dirs: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let version = e.file_name().to_str()?.parse().ok()?;
            let bin = e.path().join("bin");
            bin.join("postgres").exists().then_some((version, bin))
        })
        .collect();
    dirs.sort();
    dirs.pop().map(|(_, bin)| bin)
}

fn free_port() -> anyhow::Result<u16> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").context("Failed to find a port")?;
    Ok(listener.local_addr()?.port())
}

impl Postgres {
    /// Installs PostgreSQL if needed and starts a fresh cluster.
    pub fn start() -> anyhow::Result<Postgres> {
        let bin = match bin_dir() {
            Some(bin) => bin,
            None => {
                apt_install(&["postgresql"])?;
                bin_dir().context("apt-get installed postgresql but no server was found")?
            }
        };
        let as_postgres = output(cmd("id").arg("-u")).is_some_and(|u| u.trim() == "0");
        let dir = std::env::temp_dir().join(format!("evne-pg-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        if as_postgres {
            run(cmd("chown").arg("postgres:postgres").arg(&dir))?;
        }
        let port = free_port()?;
        let pg = Postgres {
            bin,
            dir,
            as_postgres,
            base_url: format!("postgres://evne@127.0.0.1:{port}"),
        };
        let data = pg.dir.join("data");
        run(pg.tool("initdb").arg("-D").arg(&data).args([
            "-U",
            "evne",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        ]))?;
        let options = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
             -c full_page_writes=off -c max_connections=300",
            pg.dir.display()
        );
        let started = run(pg
            .tool("pg_ctl")
            .arg("-D")
            .arg(&data)
            .args(["-o", &options, "-l"])
            .arg(pg.dir.join("log"))
            .args(["-w", "start"]));
        if let Err(e) = started {
            // Dropping `pg` deletes its folder, log and all: keep the log in the error.
            let log = std::fs::read_to_string(pg.dir.join("log")).unwrap_or_default();
            return Err(e.context(format!("PostgreSQL did not start. Its log:\n{log}")));
        }
        Ok(pg)
    }

    fn tool(&self, name: &str) -> Command {
        let path = self.bin.join(name);
        if self.as_postgres {
            let mut c = cmd("runuser");
            c.args(["-u", "postgres", "--"])
                .arg(path)
                .current_dir(&self.dir);
            c
        } else {
            let mut c = Command::new(path);
            c.current_dir(&self.dir);
            c
        }
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        let stopped = self
            .tool("pg_ctl")
            .arg("-D")
            .arg(self.dir.join("data"))
            .args(["-m", "fast", "-w", "stop"])
            .status();
        if !stopped.is_ok_and(|s| s.success()) {
            eprintln!(
                "xtask: PostgreSQL in {} did not stop cleanly",
                self.dir.display()
            );
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
