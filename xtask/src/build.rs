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
    let mut trunk = cmd("trunk");
    trunk.args(["build", "--release"]);
    run(&mut trunk)?;
    stamp_service_worker(tools)
}

/// The server binary (dev profile: shares the build with the tests).
pub fn server() -> anyhow::Result<()> {
    let mut c = cmd("cargo");
    c.args(["build", "--package", "evne-server"]);
    run(&mut c)
}

/// Writes a hash of the built shell into `dist/sw.js`: a changed app is a changed worker, which
/// then precaches the new shell as a whole.
fn stamp_service_worker(tools: &Tools) -> anyhow::Result<()> {
    let dist = root().join("dist");
    let mut hash = Fnv::default();
    hash.write(tools.wasm_bindgen.as_bytes());
    for file in ["index.html", "evne.js", "evne_bg.wasm", "style.css"] {
        let bytes = std::fs::read(dist.join(file))
            .with_context(|| format!("Failed to read dist/{file}"))?;
        hash.write(&bytes);
    }
    let sw_path = dist.join("sw.js");
    let sw = std::fs::read_to_string(&sw_path).context("Failed to read dist/sw.js")?;
    let stamped = sw.replace("__EVNE_BUILD__", &format!("{:016x}", hash.0));
    std::fs::write(&sw_path, stamped).context("Failed to write dist/sw.js")
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
