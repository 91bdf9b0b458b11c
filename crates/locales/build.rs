//! Embeds the resident-facing Fluent files of every locale (`locales/<lang>/main.ftl` and
//! `taxonomy.ftl`; the staff screens' words are not reviewed here), the CLDR names
//! (`names.ftl`, for labels; not reviewed), what a
//! release knows of their reviews (`reviewed.tsv`) and of their recordings
//! (`static/audio/<lang>/recorded.tsv`).

use std::fmt::Write;
use std::path::Path;

const FILES: [&str; 2] = ["main", "taxonomy"];

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let audio = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../static/audio");
    println!("cargo:rerun-if-changed={}", audio.display());
    let mut locales: Vec<String> = std::fs::read_dir(&root)
        .expect("locales/")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    locales.sort();
    let mut out = String::from("pub static SHIPPED: &[(&str, &str, &str)] = &[\n");
    for locale in &locales {
        for file in FILES {
            let path = root.join(locale).join(format!("{file}.ftl"));
            embed(&mut out, locale, file, &path);
        }
        // The names of languages and countries (CLDR; data, not reviewed): for labels.
        embed(
            &mut out,
            locale,
            "names",
            &root.join(locale).join("names.ftl"),
        );
        // What a release knows of the reviews (see src/reviews.rs).
        let reviewed = root.join(locale).join("reviewed.tsv");
        println!("cargo:rerun-if-changed={}", reviewed.display());
        embed(&mut out, locale, "reviewed", &reviewed);
        // What a release knows of the recordings (see src/recorded.rs).
        let recorded = audio.join(locale).join("recorded.tsv");
        embed(&mut out, locale, "recorded", &recorded);
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("shipped.rs");
    std::fs::write(dest, out).expect("shipped.rs");
}

/// One line of the table: `(locale, file, include_str!(path))`, if the file exists.
fn embed(out: &mut String, locale: &str, file: &str, path: &Path) {
    println!("cargo:rerun-if-changed={}", path.display());
    if path.exists() {
        let path = path.canonicalize().expect("a path");
        let _ = writeln!(
            out,
            "    ({locale:?}, {file:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
}
