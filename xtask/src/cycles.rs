//! `cargo xtask cycles`: no import loop between the modules of a crate. A module here is a
//! top-level one (`src/state/` or `src/state.rs` is `state`); a file of module `a` that names
//! `crate::b` makes `a` use `b`. A loop (`a` uses `b`, `b` uses `a`, however long the way)
//! means neither can be read, tested or moved without the other, and is reported with the
//! files that make it. Tests inside a file (`#[cfg(test)]` and after) are left out.

use crate::shell::root;
use anyhow::{bail, Context};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The source folders of the workspace's crates.
fn source_dirs(root: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut dirs = vec![root.join("src"), root.join("xtask/src")];
    for entry in std::fs::read_dir(root.join("crates")).context("Failed to read crates/")? {
        let src = entry?.path().join("src");
        if src.is_dir() {
            dirs.push(src);
        }
    }
    dirs.sort();
    Ok(dirs)
}

pub fn check() -> anyhow::Result<()> {
    let root = root();
    let mut loops = vec![];
    for dir in source_dirs(&root)? {
        let uses = uses_in(&dir)?;
        for cycle in cycles(&uses) {
            let crate_dir = dir
                .strip_prefix(&root)
                .unwrap_or(&dir)
                .display()
                .to_string();
            loops.push(format!("{crate_dir}: {}", describe(&cycle, &uses)));
        }
    }
    if !loops.is_empty() {
        bail!("import loops between modules:\n{}", loops.join("\n"));
    }
    println!("no import loop between the modules of any crate");
    Ok(())
}

/// module → the modules it uses, each with the files that use it.
type Uses = BTreeMap<String, BTreeMap<String, BTreeSet<String>>>;

fn uses_in(src: &Path) -> anyhow::Result<Uses> {
    let mut uses = Uses::new();
    for file in rust_files(src)? {
        let rel = file.strip_prefix(src).unwrap_or(&file);
        let Some(module) = module_of(rel) else {
            continue;
        };
        // A file of tests (`mod tests;`) is not the module's code.
        if file.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file)
            .with_context(|| format!("Failed to read {}", file.display()))?;
        let entry = uses.entry(module.clone()).or_default();
        for used in named_modules(&code_of(&text)) {
            if used != module {
                entry
                    .entry(used)
                    .or_default()
                    .insert(rel.display().to_string());
            }
        }
    }
    Ok(uses)
}

fn rust_files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = vec![];
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            out.extend(rust_files(&path)?);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    Ok(out)
}

/// The top-level module a file belongs to; none for the crate root and binaries.
fn module_of(rel: &Path) -> Option<String> {
    let first = rel.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    match name {
        "lib" | "main" | "bin" => None,
        _ => Some(name.to_owned()),
    }
}

/// The code of `text`: without its tests (`#[cfg(test)]` and after) and comments (where a
/// module is named, not used).
fn code_of(text: &str) -> String {
    let code = text.find("#[cfg(test)]").map_or(text, |i| &text[..i]);
    code.lines()
        .map(|l| l.find("//").map_or(l, |i| &l[..i]))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level modules named as `crate::x` (also in `use crate::{x, y::z}`).
fn named_modules(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (i, _) in text.match_indices("crate::") {
        // `evne_crate::` or `my_crate::` are not this crate.
        if text[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = &text[i + "crate::".len()..];
        match rest.strip_prefix('{') {
            Some(group) => out.extend(group_heads(group)),
            None => out.extend(ident(rest)),
        }
    }
    out
}

/// The first name of each item of a `{...}` group.
fn group_heads(group: &str) -> Vec<String> {
    let mut heads = vec![];
    let (mut depth, mut start) = (0usize, true);
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => start = true,
            c if start && (c.is_alphabetic() || c == '_') => {
                heads.extend(ident(&group[i..]));
                start = false;
            }
            _ => {}
        }
    }
    heads
}

fn ident(s: &str) -> Option<String> {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    // `crate::X` where X is a type or function of the root is not a module.
    let name = &s[..end];
    (!name.is_empty() && name.starts_with(|c: char| c.is_lowercase())).then(|| name.to_owned())
}

/// The strongly connected groups of more than one module (Tarjan's algorithm).
fn cycles(uses: &Uses) -> Vec<Vec<String>> {
    struct Walk<'a> {
        uses: &'a Uses,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    impl<'a> Walk<'a> {
        fn visit(&mut self, v: &'a str) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            self.on_stack.insert(v);
            let uses = self.uses;
            for w in uses.get(v).into_iter().flat_map(|m| m.keys()) {
                let w = w.as_str();
                if !uses.contains_key(w) {
                    continue;
                }
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let lw = self.low[w];
                    let lv = self.low[v];
                    self.low.insert(v, lv.min(lw));
                } else if self.on_stack.contains(w) {
                    let iw = self.index[w];
                    let lv = self.low[v];
                    self.low.insert(v, lv.min(iw));
                }
            }
            if self.low[v] == self.index[v] {
                let mut group = vec![];
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    group.push(w.to_owned());
                    if w == v {
                        break;
                    }
                }
                if group.len() > 1 {
                    group.sort();
                    self.found.push(group);
                }
            }
        }
    }
    let mut walk = Walk {
        uses,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: vec![],
        on_stack: BTreeSet::new(),
        found: vec![],
    };
    for v in uses.keys() {
        if !walk.index.contains_key(v.as_str()) {
            walk.visit(v);
        }
    }
    walk.found
}

/// The loop's modules and, for each use inside it, the files that make it.
fn describe(cycle: &[String], uses: &Uses) -> String {
    let mut parts = vec![];
    for a in cycle {
        for (b, files) in uses.get(a).into_iter().flatten() {
            if cycle.contains(b) {
                let files: Vec<_> = files.iter().map(String::as_str).collect();
                parts.push(format!("{a} -> {b} ({})", files.join(", ")));
            }
        }
    }
    format!("{{{}}}: {}", cycle.join(", "), parts.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(edges: &[(&str, &str)]) -> Uses {
        let mut g = Uses::new();
        for (a, b) in edges {
            g.entry(a.to_string())
                .or_default()
                .entry(b.to_string())
                .or_default()
                .insert(format!("{a}.rs"));
            g.entry(b.to_string()).or_default();
        }
        g
    }

    #[test]
    fn a_loop_of_any_length_is_found_and_a_chain_is_not() {
        let g = graph(&[
            ("state", "wizard"),
            ("wizard", "autosave"),
            ("autosave", "state"),
        ]);
        assert_eq!(cycles(&g), [["autosave", "state", "wizard"]]);
        let g = graph(&[("app", "state"), ("app", "wizard"), ("wizard", "state")]);
        assert!(cycles(&g).is_empty());
    }

    #[test]
    fn modules_are_read_from_paths_and_groups() {
        let text = "use crate::{state::{Action, State}, hooks::DraftHandle};\n\
                    use crate::effects;\nlet x = crate::bindings::now_ms();\n\
                    use evne_model::Draft; // my_crate::no, nor crate::pages\nuse crate::AppState;\n\
                    #[cfg(test)]\nmod tests { use crate::storage; }";
        let got: Vec<_> = named_modules(&code_of(text)).into_iter().collect();
        assert_eq!(got, ["bindings", "effects", "hooks", "state"]);
        assert_eq!(
            module_of(Path::new("state/session.rs")).as_deref(),
            Some("state")
        );
        assert_eq!(module_of(Path::new("app.rs")).as_deref(), Some("app"));
        assert_eq!(module_of(Path::new("lib.rs")), None);
    }
}
