//! `cargo xtask test`'s WebKit step, and `cargo xtask webkit` alone: Debian's WebKitGTK (the
//! engine of Safari) driven through its own WebDriver, `WebKitWebDriver`, under a virtual X
//! display (`xvfb-run`), against a fresh demo server. The tests are
//! `tests/e2e/webkit/*.webkit.mjs` (node's test runner; selenium-webdriver speaks to the
//! driver, nothing is downloaded); their screenshots go to `target/e2e-artifacts/webkit/`.

use crate::counts::Counts;
use crate::server::DemoServer;
use crate::shell::{cmd, root};
use anyhow::{bail, Context};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// `WebKitWebDriver` on a free port under `xvfb-run`, in a process group of its own, so
/// that the display and the browser go with it.
pub struct Driver {
    child: Child,
    pub url: String,
}

impl Driver {
    pub fn start() -> anyhow::Result<Driver> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let child = cmd("xvfb-run")
            .args(["-a", "-s", "-screen 0 1280x1024x24", "WebKitWebDriver"])
            .arg(format!("--port={port}"))
            .process_group(0)
            .spawn()
            .context("could not start xvfb-run WebKitWebDriver")?;
        let url = format!("http://127.0.0.1:{port}");
        let driver = Driver { child, url };
        let deadline = Instant::now() + Duration::from_secs(30);
        while crate::http::request(&driver.url, "GET", "/status", &[], None).is_err() {
            if Instant::now() > deadline {
                bail!(
                    "WebKitWebDriver did not answer on {} within 30 s",
                    driver.url
                );
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        Ok(driver)
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        // The whole group: xvfb-run, Xvfb, the driver and any browser it started.
        let _ = Command::new("kill")
            .arg("--")
            .arg(format!("-{}", self.child.id()))
            .status();
        let _ = self.child.wait();
    }
}

/// The WebKit test files.
fn files() -> anyhow::Result<Vec<String>> {
    let dir = root().join("tests").join("e2e").join("webkit");
    let mut names: Vec<String> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".webkit.mjs"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    names.sort();
    if names.is_empty() {
        bail!("no *.webkit.mjs in {}", dir.display());
    }
    Ok(names)
}

/// Runs the WebKit suite against a fresh demo server (the app and the server must be built).
pub fn run() -> anyhow::Result<Counts> {
    let artifacts = root().join("target").join("e2e-artifacts").join("webkit");
    std::fs::create_dir_all(&artifacts)?;
    let log = std::fs::File::create(artifacts.join("server.log"))?;
    let server =
        DemoServer::start("webkit", log).context("see target/e2e-artifacts/webkit/server.log")?;
    let driver = Driver::start()?;
    let mut node = cmd("node");
    // Forced exit: selenium-webdriver keeps its connections to the driver alive.
    node.args([
        "--test",
        "--test-reporter=tap",
        "--test-concurrency=1",
        "--test-force-exit",
    ])
    .args(files()?)
    .env("EVNE_URL", &server.url)
    .env("EVNE_ARTIFACTS", &artifacts)
    .env("WEBKIT_DRIVER", &driver.url);
    crate::counts::counted(node)
}
