//! Serves the built app (trunk's output) and decides its Content-Security-Policy.
//!
//! Trunk starts the wasm with one small inline `<script type="module">`. Rather than allow
//! `'unsafe-inline'`, the server reads `index.html` once at start and allows exactly those
//! inline scripts by their SHA-256 hash. wasm compilation needs `'wasm-unsafe-eval'`; nothing
//! needs `'unsafe-eval'`.

use axum::http::HeaderValue;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use tower_http::services::{ServeDir, ServeFile};

/// The staff screens' folder inside the app's.
const STAFF: &str = "staff";

/// The app shell on disk and the policy that fits it.
pub struct Shell {
    dir: PathBuf,
    script_hashes: Vec<String>,
}

impl Shell {
    /// Reads `index.html` from `dir` for its inline scripts. A missing app (API-only tests, a
    /// server started before the first build) still gets the strict policy.
    pub fn load(dir: &Path) -> Self {
        let html = std::fs::read_to_string(dir.join("index.html")).unwrap_or_default();
        if html.is_empty() {
            tracing::warn!(dir = %dir.display(), "no built app found; serving the API only");
        }
        // The staff screens (`dist/staff/`, their own wasm) have their own loader script.
        let staff = std::fs::read_to_string(dir.join(STAFF).join("index.html")).unwrap_or_default();
        let mut script_hashes = inline_script_hashes(&html);
        script_hashes.extend(inline_script_hashes(&staff));
        Self {
            dir: dir.to_owned(),
            script_hashes,
        }
    }

    /// Static files, with `index.html` for any other path (client-side routes).
    pub fn service(&self) -> ServeDir<ServeFile> {
        ServeDir::new(&self.dir)
            .precompressed_br()
            .precompressed_gzip()
            .fallback(ServeFile::new(self.dir.join("index.html")))
    }

    /// The staff screens under `/staff`, with their `index.html` for any path below.
    pub fn staff_service(&self) -> ServeDir<ServeFile> {
        let dir = self.dir.join(STAFF);
        ServeDir::new(&dir)
            .precompressed_br()
            .precompressed_gzip()
            .fallback(ServeFile::new(dir.join("index.html")))
    }

    /// No `manifest-src`: WebKit does not know it and logs a security error on every load;
    /// `default-src 'self'` covers the manifest in every engine.
    pub fn csp(&self) -> HeaderValue {
        let hashes: String = self
            .script_hashes
            .iter()
            .map(|h| format!(" 'sha256-{h}'"))
            .collect();
        let policy = format!(
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; \
             style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
             worker-src 'self'; media-src 'self' blob:; object-src 'none'; \
             base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
        );
        // Base64 and the fixed text above are always valid header characters.
        HeaderValue::from_str(&policy)
            .unwrap_or_else(|_| HeaderValue::from_static("default-src 'self'"))
    }
}

/// Base64 SHA-256 of the body of every `<script>` without a `src`.
fn inline_script_hashes(html: &str) -> Vec<String> {
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else {
            break;
        };
        let tag = &after[..tag_end];
        let body_and_rest = &after[tag_end + 1..];
        let Some(close) = body_and_rest.find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            let body = &body_and_rest[..close];
            hashes.push(STANDARD.encode(Sha256::digest(body.as_bytes())));
        }
        rest = &body_and_rest[close..];
    }
    hashes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_inline_scripts_are_hashed_exactly() {
        let html = r#"<head><script src="/x.js"></script>
<script type="module">import init from '/a.js';
await init();</script></head>"#;
        let hashes = inline_script_hashes(html);
        assert_eq!(hashes.len(), 1);
        let expected = STANDARD.encode(Sha256::digest(b"import init from '/a.js';\nawait init();"));
        assert_eq!(hashes[0], expected);
    }

    #[test]
    fn the_policy_is_strict() {
        let shell = Shell {
            dir: PathBuf::new(),
            script_hashes: vec!["abc".into()],
        };
        let csp = shell.csp();
        let csp = csp.to_str().unwrap();
        assert!(csp.contains("'wasm-unsafe-eval'"));
        assert!(csp.contains("'sha256-abc'"));
        assert!(!csp.contains("unsafe-inline"));
        assert!(!csp.contains("'unsafe-eval'"));
    }
}
