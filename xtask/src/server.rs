//! The built server (debug profile, as the tests use it) on a fresh temporary database with
//! the demo data and a free port; stopped and cleaned up when dropped.

use crate::shell::{cmd, root};
use anyhow::Context;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

pub struct DemoServer {
    child: Child,
    tmp: PathBuf,
    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub url: String,
}

impl DemoServer {
    /// Starts it; its log goes to `log`.
    pub fn start(name: &str, log: std::fs::File) -> anyhow::Result<DemoServer> {
        let tmp = std::env::temp_dir().join(format!("evne-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&tmp)?;
        let mut child = cmd(&root().join("target/debug/evne-server").to_string_lossy())
            .arg("--demo")
            .env("EVNE_BIND", "127.0.0.1:0")
            .env(
                "EVNE_DATABASE_URL",
                format!("sqlite://{}", tmp.join("evne.db").display()),
            )
            .env("EVNE_APP_DIR", root().join("dist"))
            .env("EVNE_KEY_DIR", tmp.join("keys"))
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .context("Failed to start evne-server")?;
        let url = child.stdout.take().and_then(|out| {
            let mut lines = BufReader::new(out).lines();
            let url = lines
                .by_ref()
                .map_while(Result::ok)
                .find_map(|l| l.strip_prefix("Evne is running at ").map(str::to_owned));
            // Keep reading what the server prints after, so it never writes into a closed pipe.
            std::thread::spawn(move || lines.map_while(Result::ok).for_each(drop));
            url
        });
        let mut server = DemoServer {
            child,
            tmp,
            url: String::new(),
        };
        match url {
            Some(url) => {
                server.url = url.trim_end_matches('/').to_owned();
                Ok(server)
            }
            None => anyhow::bail!("the server did not start; see its log"),
        }
    }

    /// Enrols a tablet for `centre` as `evne-server enrol-device` does (on this server's
    /// database); its id and token.
    pub fn enrol_device(&self, centre: &str) -> anyhow::Result<(String, String)> {
        let mut c = cmd(&root().join("target/debug/evne-server").to_string_lossy());
        c.args(["enrol-device", centre])
            .env("EVNE_DATABASE_URL", self.database_url())
            .env("EVNE_KEY_DIR", self.tmp.join("keys"));
        let out = crate::shell::output(&mut c).context("Failed to enrol a tablet")?;
        // "Tablet ID enrolled for CENTRE. Its token (shown once): TOKEN"
        let id = out.split_whitespace().nth(1);
        let token = out.trim().rsplit(' ').next();
        match (id, token) {
            (Some(id), Some(token)) => Ok((id.to_owned(), token.to_owned())),
            _ => anyhow::bail!("enrol-device said: {out}"),
        }
    }

    /// A case system's integration client (`evne-server create-integration NAME`): its token.
    pub fn create_integration(&self, name: &str) -> anyhow::Result<String> {
        let mut c = cmd(&root().join("target/debug/evne-server").to_string_lossy());
        c.args(["create-integration", name])
            .env("EVNE_DATABASE_URL", self.database_url())
            .env("EVNE_KEY_DIR", self.tmp.join("keys"));
        let out = crate::shell::output(&mut c).context("Failed to create an integration")?;
        // "... Its token (shown once): TOKEN"
        match out.trim().rsplit_once("(shown once): ") {
            Some((_, token)) if !token.is_empty() => Ok(token.to_owned()),
            _ => anyhow::bail!("create-integration said: {out}"),
        }
    }

    fn database_url(&self) -> String {
        format!("sqlite://{}", self.database().display())
    }

    /// The SQLite file of its database.
    pub fn database(&self) -> PathBuf {
        self.tmp.join("evne.db")
    }
}

impl Drop for DemoServer {
    /// SIGTERM first, so the server shuts down cleanly; kill if that is not possible.
    fn drop(&mut self) {
        let term = Command::new("kill")
            .arg(self.child.id().to_string())
            .status();
        if !term.is_ok_and(|s| s.success()) {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.tmp);
    }
}
