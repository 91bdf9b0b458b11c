//! The first screen's heading and its "my language is not here" in every language: each
//! locale's `language-title` and `language-missing`, taken from its `main.ftl` at build time,
//! so that the first screen (which compiles in only the English messages) can show them in
//! every language without a copy to keep in step.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut out = String::from("pub static CHOOSE_TITLES: &[(&str, &str)] = &[\n");
    let mut missing = String::from("pub static MISSING_LABELS: &[(&str, &str)] = &[\n");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .expect("locales/")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .collect();
    dirs.sort_by_key(|e| e.file_name());
    for dir in dirs {
        let path = dir.path().join("main.ftl");
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("main.ftl");
        let title = text
            .lines()
            .find_map(|l| l.strip_prefix("language-title = "))
            .expect("a language-title");
        let label = text
            .lines()
            .find_map(|l| l.strip_prefix("language-missing = "))
            .expect("a language-missing");
        let code = dir.file_name().to_string_lossy().into_owned();
        let _ = writeln!(out, "    ({code:?}, {:?}),", title.trim());
        let _ = writeln!(missing, "    ({code:?}, {:?}),", label.trim());
    }
    out.push_str("];\n");
    missing.push_str("];\n");
    out.push_str(&missing);
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("choose_titles.rs");
    std::fs::write(dest, out).expect("choose_titles.rs");
}
