//! The README's endpoint table is `http::ENDPOINTS`, rendered: a route added, removed or
//! re-described without the README following fails here. `EVNE_BLESS=1 cargo test -p
//! evne-server --test api readme` writes the table into the README.

use evne_server::http::ENDPOINTS;

const START: &str =
    "<!-- endpoints: generated from http::ENDPOINTS by crates/server/tests/api/readme.rs -->\n";
const END: &str = "<!-- /endpoints -->";

fn table() -> String {
    let mut out = String::from("| endpoint | what | who |\n|---|---|---|\n");
    for e in ENDPOINTS {
        let cell = |s: &str| s.replace('|', "\\|");
        out.push_str(&format!(
            "| `{} {}` | {} | {} |\n",
            e.method,
            e.path,
            cell(e.summary),
            cell(e.allowed)
        ));
    }
    out
}

#[test]
fn the_readme_lists_every_endpoint_as_the_route_table_does() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../README.md");
    let readme = std::fs::read_to_string(&path).unwrap_or_default();
    let (Some(start), Some(end)) = (readme.find(START), readme.find(END)) else {
        panic!("README.md has no endpoint table between {START:?} and {END:?}");
    };
    let written = &readme[start + START.len()..end];
    let wanted = table();
    if written != wanted && std::env::var("EVNE_BLESS").is_ok_and(|v| v == "1") {
        let updated = format!("{}{START}{wanted}{}", &readme[..start], &readme[end..]);
        std::fs::write(&path, updated).unwrap_or_else(|e| panic!("writing README.md: {e}"));
        return;
    }
    assert_eq!(
        written, wanted,
        "README.md's endpoint table differs from http::ENDPOINTS (EVNE_BLESS=1 rewrites it)"
    );
}

/// Every crate of the workspace has its line in the README's Layout.
#[test]
fn the_readme_layout_names_every_crate() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap_or_default();
    let layout = readme
        .split("## Layout")
        .nth(1)
        .and_then(|l| l.split("\n## ").next())
        .unwrap_or_default();
    let crates = std::fs::read_dir(root.join("crates")).unwrap_or_else(|e| panic!("crates/: {e}"));
    let mut missing = vec![];
    for entry in crates.flatten() {
        let name = format!("crates/{}/", entry.file_name().to_string_lossy());
        if entry.path().join("Cargo.toml").exists() && !layout.contains(&name) {
            missing.push(name);
        }
    }
    assert!(missing.is_empty(), "README.md's Layout lacks {missing:?}");
}
