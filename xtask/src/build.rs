//! Building the app and the server.

use crate::shell::{cmd, root, run};
use crate::tools::Tools;
use anyhow::Context;

/// `trunk build --release` (offline), then stamp the service worker with a build id.
pub fn app(tools: &Tools) -> anyhow::Result<()> {
    // Trunk's offline mode passes --offline to cargo: the dependencies must be fetched first.
    let mut fetch = cmd("cargo");
    fetch.args(["fetch", "--target", "wasm32-unknown-unknown"]);
    run(&mut fetch)?;
    // The first screen (index.html); this build empties dist/, so it goes first.
    let mut trunk = cmd("trunk");
    trunk.args(["build", "--release"]);
    run(&mut trunk)?;
    old_browser_messages(&root().join("dist").join("index.html"))?;
    // The registration app, which the first screen loads from /app/ (see src/start.rs). Only
    // its code is used: the page trunk makes for it would be a second way in.
    build_below("app.html", "app")?;
    std::fs::remove_file(root().join("dist/app/index.html"))
        .context("Failed to remove dist/app/index.html")?;
    // The staff screens, a wasm binary of their own under /staff/.
    build_below("staff.html", "staff")?;
    stamp_service_worker(tools)?;
    precompress(&root().join("dist"))
}

/// The placeholder in index.html's browser check that the messages replace.
const OLD_BROWSER: &str = "\"__EVNE_OLD_BROWSER__\"";

/// Puts every locale's `old-browser` message into the first page's browser check (see
/// index.html), as `[[code, direction, text], ...]` in the order of the language screen: a
/// browser too old to run the app reads why in its reader's language, with no app at all.
fn old_browser_messages(html: &std::path::Path) -> anyhow::Result<()> {
    let locales = root().join("locales");
    let list = std::fs::read_to_string(locales.join("languages.toml"))?;
    let field = |line: &str, name: &str| {
        line.strip_prefix(name)
            .and_then(|r| r.trim().strip_prefix('='))
            .map(|v| v.trim().trim_matches('"').to_owned())
    };
    let (mut codes, mut dirs) = (vec![], vec![]);
    for line in list.lines() {
        if let Some(code) = field(line, "code") {
            codes.push(code);
        } else if let Some(dir) = field(line, "direction") {
            dirs.push(dir);
        }
    }
    anyhow::ensure!(
        !codes.is_empty() && codes.len() == dirs.len(),
        "locales/languages.toml: every locale needs a code and a direction"
    );
    let mut messages = vec![];
    for (code, dir) in codes.iter().zip(&dirs) {
        let ftl = std::fs::read_to_string(locales.join(code).join("main.ftl"))?;
        let text = ftl
            .lines()
            .find_map(|l| l.strip_prefix("old-browser = "))
            .with_context(|| format!("locales/{code}/main.ftl has no old-browser message"))?;
        messages.push(serde_json::json!([code, dir, text.trim()]));
    }
    let page = std::fs::read_to_string(html)?;
    anyhow::ensure!(
        page.contains(OLD_BROWSER),
        "{} has no {OLD_BROWSER} to fill",
        html.display()
    );
    // `<` escaped, so that no text can close the script.
    let json = serde_json::to_string(&messages)?.replace('<', "\\u003c");
    std::fs::write(html, page.replace(OLD_BROWSER, &json))?;
    Ok(())
}

/// `trunk build --release` of `html` into `dist/<dir>/`, served at `/<dir>/` (after the first
/// build, which empties dist/).
fn build_below(html: &str, dir: &str) -> anyhow::Result<()> {
    let mut trunk = cmd("trunk");
    trunk
        .args(["build", html, "--release", "--dist"])
        .arg(format!("dist/{dir}"))
        .arg("--public-url")
        .arg(format!("/{dir}/"));
    run(&mut trunk)
}

/// Writes `X.br` and `X.gz` beside every text and wasm file of `dir` (recursively), at the
/// highest levels: the server sends them to browsers that accept them, so a tablet on a slow
/// link downloads a third of the bytes, and nothing is compressed per request.
fn precompress(dir: &std::path::Path) -> anyhow::Result<()> {
    use std::io::Write;
    const KINDS: [&str; 7] = ["wasm", "js", "css", "html", "svg", "ftl", "json"];
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            precompress(&path)?;
            continue;
        }
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default();
        // The service worker is small and checked for updates on its own; left plain, a new
        // one is served as it is, never a stale compressed copy of the old.
        if !KINDS.contains(&ext) || path.file_name().is_some_and(|n| n == "sw.js") {
            continue;
        }
        let bytes = std::fs::read(&path)?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&bytes)?;
        std::fs::write(path.with_extension(format!("{ext}.gz")), gz.finish()?)?;
        let mut br = Vec::new();
        let params = brotli::enc::BrotliEncoderParams {
            quality: 11,
            ..Default::default()
        };
        brotli::BrotliCompress(&mut bytes.as_slice(), &mut br, &params)?;
        std::fs::write(path.with_extension(format!("{ext}.br")), br)?;
    }
    Ok(())
}

/// The server binary (dev profile: shares the build with the tests).
pub fn server() -> anyhow::Result<()> {
    let mut c = cmd("cargo");
    c.args(["build", "--package", "evne-server"]);
    run(&mut c)
}

/// Writes the list of the app's code files and a hash of the built shell into `dist/sw.js`:
/// a changed app is a changed worker, which then precaches the new shell as a whole.
fn stamp_service_worker(tools: &Tools) -> anyhow::Result<()> {
    let dist = root().join("dist");
    let mut hash = Fnv::default();
    hash.write(tools.wasm_bindgen.as_bytes());
    let code = code_files(&dist)?;
    let locales = locale_files(&dist)?;
    let fixed = [
        "/index.html",
        "/style.css",
        "/fonts.css",
        "/pictograms.svg",
        "/fonts/evne-ethiopic-regular.woff2",
        "/fonts/evne-ethiopic-bold.woff2",
        "/fonts/evne-arabic-regular.woff2",
        "/fonts/evne-arabic-bold.woff2",
    ];
    for file in fixed.iter().copied().chain(code.iter().map(String::as_str)) {
        let bytes = std::fs::read(dist.join(file.trim_start_matches('/')))
            .with_context(|| format!("Failed to read dist{file}"))?;
        hash.write(&bytes);
    }
    for file in &locales {
        hash.write(&std::fs::read(dist.join(file.trim_start_matches('/')))?);
    }
    let sw_path = dist.join("sw.js");
    let sw = std::fs::read_to_string(&sw_path).context("Failed to read dist/sw.js")?;
    let list = |files: &[String]| {
        let quoted: Vec<String> = files.iter().map(|f| format!("{f:?}")).collect();
        format!("[{}]", quoted.join(", "))
    };
    let stamped = sw
        .replace("__EVNE_BUILD__", &format!("{:016x}", hash.0))
        .replace("[] /* __EVNE_CODE_FILES__ */", &list(&code))
        .replace("[] /* __EVNE_LOCALE_FILES__ */", &list(&locales));
    std::fs::write(&sw_path, stamped).context("Failed to write dist/sw.js")
}

/// Every `.js` and `.wasm` file of the built apps (the first screen, the registration app
/// under `/app/`, wasm-bindgen's snippets), as paths from the root; not the staff screens
/// (online only) nor the service worker itself.
fn code_files(dist: &std::path::Path) -> anyhow::Result<Vec<String>> {
    let mut files = vec![];
    let mut dirs = vec![dist.to_owned()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).with_context(|| format!("Failed to read {dir:?}"))? {
            let path = entry?.path();
            let rel = path.strip_prefix(dist).unwrap_or(&path).to_string_lossy();
            if path.is_dir() {
                if !matches!(&*rel, "staff" | "locales" | "fonts" | "icons") {
                    dirs.push(path.clone());
                }
            } else if path.extension().is_some_and(|e| e == "js" || e == "wasm") && rel != "sw.js" {
                files.push(format!("/{rel}"));
            }
        }
    }
    files.sort();
    Ok(files)
}

/// `/locales/<code>/<file>.ftl` for every file trunk copied into `dist/locales`.
fn locale_files(dist: &std::path::Path) -> anyhow::Result<Vec<String>> {
    let mut files = vec![];
    for lang in std::fs::read_dir(dist.join("locales")).context("Failed to read dist/locales")? {
        let lang = lang?.path();
        if !lang.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&lang)? {
            let file = file?.path();
            if file.extension().is_some_and(|e| e == "ftl") {
                let rel = file.strip_prefix(dist).unwrap_or(&file);
                files.push(format!("/{}", rel.to_string_lossy()));
            }
        }
    }
    files.sort();
    Ok(files)
}

/// FNV-1a: enough to tell builds apart (not a security hash).
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}
