//! Installs what is missing, from package registries only (crates.io, npm, PyPI, Debian), and
//! never a prebuilt binary from anywhere else. Each tool is checked first, so a warm machine
//! installs nothing.

use crate::shell::{cmd, output, run, tools_dir};
use anyhow::{bail, Context};
use std::path::{Path, PathBuf};

/// The trunk release verified on this toolchain (0.22 needs a newer rustc).
pub const TRUNK_VERSION: &str = "0.21.14";
/// binaryen from npm: Debian's (108) cannot read current wasm-bindgen output.
pub const BINARYEN_VERSION: &str = "132";

/// schemathesis from PyPI, into its own virtualenv under `target/tools/` (see
/// [`ensure_schemathesis`]).
pub const SCHEMATHESIS_VERSION: &str = "4.32.5";

/// What the build found, for the steps that need it.
pub struct Tools {
    pub wasm_bindgen: String,
}

/// wasm32 target, trunk, wasm-bindgen-cli (same version as the crate), wasm-opt.
pub fn ensure_build_tools() -> anyhow::Result<Tools> {
    ensure_wasm_target()?;
    ensure_cargo_tool("trunk", "trunk", TRUNK_VERSION, true)?;
    let wasm_bindgen = wasm_bindgen_version()?;
    // Its own lockfile pins a crate the registry lacks, so no --locked here.
    ensure_cargo_tool("wasm-bindgen", "wasm-bindgen-cli", &wasm_bindgen, false)?;
    ensure_binaryen()?;
    Ok(Tools { wasm_bindgen })
}

/// Chromium and its driver (browser tests), WebKitGTK's WebDriver and a virtual display for
/// it (the WebKit suite), fonts for the scripts we render, and the e2e npm packages from
/// their lockfile.
pub fn ensure_test_tools() -> anyhow::Result<()> {
    let mut missing: Vec<&str> = [
        ("chromium", "chromium"),
        ("chromedriver", "chromium-driver"),
        // The e2e tests change the demo database as a new release would (a changed source).
        ("sqlite3", "sqlite3"),
    ]
    .into_iter()
    .filter(|(bin, _)| output(cmd(bin).arg("--version")).is_none())
    .map(|(_, pkg)| pkg)
    .collect();
    // These print no version: they are looked for where Debian puts them.
    for (path, pkg) in [
        ("/usr/bin/WebKitWebDriver", "webkit2gtk-driver"),
        ("/usr/bin/xvfb-run", "xvfb"),
        ("/usr/bin/xauth", "xauth"),
    ] {
        if !Path::new(path).exists() {
            missing.push(pkg);
        }
    }
    let fonts = Path::new("/usr/share/fonts/truetype/noto/NotoSansEthiopic-Regular.ttf").exists();
    if !missing.is_empty() || !fonts {
        let mut pkgs = missing;
        if !fonts {
            pkgs.push("fonts-noto-core");
        }
        apt_install(&pkgs)?;
    }
    let e2e = crate::shell::root().join("tests").join("e2e");
    let modules = e2e.join("node_modules");
    if ["playwright-core", "selenium-webdriver", "axe-core"]
        .iter()
        .any(|m| !modules.join(m).exists())
    {
        need("npm", "Node.js 20+ with npm")?;
        let mut c = cmd("npm");
        c.args(["ci", "--no-audit", "--no-fund"]).current_dir(&e2e);
        run(&mut c).context("Failed to install the e2e packages")?;
    }
    Ok(())
}

/// schemathesis [`SCHEMATHESIS_VERSION`] in a virtualenv of its own under `target/tools/`
/// (`python3 -m venv`, then pip from PyPI: the project's Python tools never touch the system's
/// packages); returns its command. Debian's `python3-venv` is installed with apt-get when
/// `venv` is missing.
pub fn ensure_schemathesis() -> anyhow::Result<PathBuf> {
    let venv = tools_dir().join("schemathesis");
    let bin = venv.join("bin").join("schemathesis");
    let current = output(cmd(&bin.to_string_lossy()).arg("--version"));
    if current.is_some_and(|v| v.split_whitespace().any(|w| w == SCHEMATHESIS_VERSION)) {
        return Ok(bin);
    }
    need("python3", "Python 3.9+")?;
    eprintln!("xtask: installing schemathesis {SCHEMATHESIS_VERSION} from PyPI (once)");
    let make_venv = || {
        let mut c = cmd("python3");
        c.args(["-m", "venv", "--clear"]).arg(&venv);
        run(&mut c)
    };
    if make_venv().is_err() {
        apt_install(&["python3-venv"])?;
        make_venv()?;
    }
    let mut pip = cmd(&venv.join("bin").join("pip").to_string_lossy());
    pip.args(["install", "--quiet", "--disable-pip-version-check"])
        .arg(format!("schemathesis=={SCHEMATHESIS_VERSION}"));
    run(&mut pip).context("Failed to install schemathesis from PyPI")?;
    Ok(bin)
}

fn ensure_wasm_target() -> anyhow::Result<()> {
    need("rustup", "rustup (https://rustup.rs)")?;
    let installed =
        output(cmd("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if !installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        let mut c = cmd("rustup");
        c.args(["target", "add", "wasm32-unknown-unknown"]);
        run(&mut c)?;
    }
    Ok(())
}

/// `cargo install` unless `bin --version` already reports `version`.
fn ensure_cargo_tool(bin: &str, krate: &str, version: &str, locked: bool) -> anyhow::Result<()> {
    let current = output(cmd(bin).arg("--version"));
    if current.is_some_and(|v| v.split_whitespace().any(|w| w == version)) {
        return Ok(());
    }
    eprintln!("xtask: installing {krate} {version} (once; takes a few minutes)");
    let mut c = cmd("cargo");
    c.args(["install", krate, "--version", version]);
    if locked {
        c.arg("--locked");
    }
    run(&mut c).with_context(|| format!("Failed to install {krate} {version}"))
}

fn ensure_binaryen() -> anyhow::Result<()> {
    let wasm_opt = tools_dir()
        .join("node_modules")
        .join(".bin")
        .join("wasm-opt");
    let current = output(cmd(&wasm_opt.to_string_lossy()).arg("--version"));
    if current.is_some_and(|v| v.contains(&format!("version {BINARYEN_VERSION}"))) {
        return Ok(());
    }
    need("npm", "Node.js 20+ with npm")?;
    std::fs::create_dir_all(tools_dir()).context("Failed to create target/tools")?;
    let mut c = cmd("npm");
    c.args(["install", "--no-audit", "--no-fund", "--prefix"])
        .arg(tools_dir())
        .arg(format!("binaryen@{BINARYEN_VERSION}.0.0"));
    run(&mut c).context("Failed to install binaryen from npm")
}

/// The `wasm-bindgen` version in Cargo.lock: the CLI must be exactly this.
pub fn wasm_bindgen_version() -> anyhow::Result<String> {
    let lock = std::fs::read_to_string(crate::shell::root().join("Cargo.lock"))
        .context("Failed to read Cargo.lock")?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = "))
            {
                return Ok(v.trim_matches('"').to_owned());
            }
        }
    }
    bail!("Cargo.lock has no wasm-bindgen package")
}

pub fn apt_install(pkgs: &[&str]) -> anyhow::Result<()> {
    let is_root = output(cmd("id").arg("-u")).is_some_and(|u| u.trim() == "0");
    if output(cmd("apt-get").arg("--version")).is_none() || !is_root {
        bail!(
            "missing {}: install them (Debian/Ubuntu: sudo apt-get install -y {}) and run again",
            pkgs.join(", "),
            pkgs.join(" ")
        );
    }
    eprintln!("xtask: installing {} with apt-get", pkgs.join(" "));
    let mut update = cmd("apt-get");
    update.args(["update", "-q"]);
    run(&mut update)?;
    let mut install = cmd("apt-get");
    install
        .args(["install", "-y", "-q", "--no-install-recommends"])
        .args(pkgs)
        .env("DEBIAN_FRONTEND", "noninteractive");
    run(&mut install)
}

/// Fails with one line naming what to install when `bin` is not on PATH.
fn need(bin: &str, what: &str) -> anyhow::Result<()> {
    if output(cmd(bin).arg("--version")).is_none() {
        bail!("`{bin}` not found: install {what} and run again");
    }
    Ok(())
}
