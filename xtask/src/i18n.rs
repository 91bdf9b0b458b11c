//! `cargo xtask i18n`: every locale must have exactly the messages of the reference locale
//! (nb), with the same variables, and parse without errors. Prints a completeness table.

use anyhow::{bail, Context};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

pub const REFERENCE: &str = "nb";
/// The locales of the staff screens (`staff.ftl`); the resident's locales need not have them.
const STAFF_LOCALES: [&str; 2] = ["nb", "en"];

/// Message id → the variables it uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

/// Checks every `locales/<lang>/*.ftl`; returns the number of locales checked.
pub fn check(root: &Path) -> anyhow::Result<usize> {
    let dir = root.join("locales");
    let mut locales = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).context("Failed to read locales/")? {
        let path = entry?.path();
        if path.is_dir() {
            let lang = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            locales.insert(lang, load(&path)?);
        }
    }
    let Some(reference) = locales.get(REFERENCE) else {
        bail!("the reference locale {REFERENCE} is missing");
    };
    let mut problems = vec![];
    for (file, id) in code_ids(root)? {
        if !reference.contains_key(&id) {
            problems.push(format!(
                "{file}: uses message {id}, which {REFERENCE} does not have"
            ));
        }
    }
    for id in taxonomy_ids(root)? {
        if !reference.contains_key(&id) {
            problems.push(format!("{REFERENCE}: no label {id} for a taxonomy code"));
        }
    }
    // The staff screens (staff.ftl) are in nb and en only.
    let staff = load_file(&dir.join(REFERENCE).join("staff.ftl"))?;
    let source = crate::coverage::source(root)?;
    println!(
        "{:<8} {:>9} {:>8} {:>9} {:>9} {:>6} {:>9}",
        "locale", "messages", "complete", "reviewed", "approved", "stale", "recorded"
    );
    for (lang, messages) in &locales {
        let expected =
            |id: &String| STAFF_LOCALES.contains(&lang.as_str()) || !staff.contains_key(id);
        for (id, vars) in reference.iter().filter(|(id, _)| expected(id)) {
            match messages.get(id) {
                None => problems.push(format!("{lang}: missing {id}")),
                Some(v) if v != vars => {
                    problems.push(format!("{lang}: {id} uses {v:?}, the reference {vars:?}"))
                }
                Some(_) => {}
            }
        }
        for id in messages.keys().filter(|id| !reference.contains_key(*id)) {
            problems.push(format!("{lang}: {id} is not in the reference locale"));
        }
        let wanted = reference.keys().filter(|id| expected(id)).count();
        let present = reference
            .keys()
            .filter(|id| expected(id) && messages.contains_key(*id))
            .count();
        let pct = 100.0 * present as f64 / wanted.max(1) as f64;
        let figures = match crate::coverage::of_locale(root, lang, &source) {
            _ if lang == REFERENCE => "   (the source)".to_owned(),
            Ok(c) => format!(
                "{:>8.1}% {:>8.1}% {:>6} {:>8.1}%",
                c.percent(c.reviewed),
                c.percent(c.approved),
                c.stale,
                c.percent(c.recorded)
            ),
            Err(e) => {
                problems.push(format!("{e:#}"));
                String::new()
            }
        };
        println!("{lang:<8} {:>9} {pct:>7.1}% {figures}", messages.len());
    }
    problems.extend(crate::coverage::readme_problem(root)?);
    if !problems.is_empty() {
        bail!("i18n check failed:\n  {}", problems.join("\n  "));
    }
    Ok(locales.len())
}

/// Where the app's code names a message: the call and which argument is the id.
const MESSAGE_ARGS: [(&str, usize); 15] = [
    (".t(", 0),
    (".t_args(", 0),
    (".t_count(", 0),
    ("cx.label(", 0),
    ("cx.speak(", 0),
    ("text(cx,", 1),
    ("number(cx,", 1),
    ("one_of(cx,", 1),
    ("many_of(cx,", 1),
    ("select(cx,", 1),
    ("yes_no(cx,", 1),
    ("add_button(cx,", 0),
    ("Speak id=", 0),
    (" label=", 0),
    // The wizard's steps table: `("person", "step-about")`.
    ("\", \"step-", 0),
];

/// Every message id written as a literal in the apps' code (the tablet's `src/`, the staff
/// app's and the shared UI crate's), with its file.
/// Ids built at run time (`format!("occupation-{id}")`) are taxonomy labels, checked above.
fn code_ids(root: &Path) -> anyhow::Result<Vec<(String, String)>> {
    let mut files = vec![];
    let mut dirs = vec![
        root.join("src"),
        root.join("crates/staff/src"),
        root.join("crates/ui/src"),
    ];
    while let Some(dir) = dirs.pop() {
        if !dir.exists() {
            continue;
        }
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    let mut out = vec![];
    for path in files {
        let text = std::fs::read_to_string(&path)?;
        // Tests name messages that must not exist ("no-such-message").
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        let name = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .display()
            .to_string();
        for (marker, index) in MESSAGE_ARGS {
            for (at, _) in text.match_indices(marker) {
                let rest = if marker.ends_with("step-") {
                    &text[at + 3..]
                } else {
                    &text[at + marker.len()..]
                };
                if let Some(id) = nth_literal(rest, index) {
                    out.push((name.clone(), id));
                }
            }
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// The `n`th comma-separated argument of `args`, when it is a plain string literal that looks
/// like a message id.
fn nth_literal(args: &str, n: usize) -> Option<String> {
    let mut depth = 0i32;
    let mut in_str = false;
    let mut start = 0;
    let mut arg = 0;
    for (i, c) in args.char_indices() {
        match c {
            '"' => in_str = !in_str,
            _ if in_str => {}
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => return literal(&args[start..i], arg == n),
            ')' | ']' | '}' => depth -= 1,
            ',' | '>' | ' ' | '/'
                if depth == 0 && arg == n && i > start && args[start..i].trim().ends_with('"') =>
            {
                return literal(&args[start..i], true);
            }
            ',' if depth == 0 => {
                if arg == n {
                    return literal(&args[start..i], true);
                }
                arg += 1;
                start = i + 1;
            }
            _ => {}
        }
    }
    None
}

fn literal(arg: &str, wanted: bool) -> Option<String> {
    let inner = arg.trim().strip_prefix('"')?.strip_suffix('"')?;
    let id_like = inner.contains('-')
        && inner
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    (wanted && id_like).then(|| inner.to_owned())
}

/// The message id of every code in the taxonomies (`crates/model/data/*.tsv`): each must have
/// a label in the reference locale, and so (by the checks above) in every locale.
fn taxonomy_ids(root: &Path) -> anyhow::Result<Vec<String>> {
    let data = root.join("crates/model/data");
    if !data.exists() {
        return Ok(vec![]);
    }
    let rows = |file: &str| -> anyhow::Result<Vec<Vec<String>>> {
        let path = data.join(file);
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("Failed to read {}", path.display()))?;
        Ok(text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .skip(1)
            .map(|l| l.split('\t').map(str::to_owned).collect())
            .collect())
    };
    let mut ids = vec![];
    let simple = [
        ("occupations.tsv", "occupation"),
        ("isco08_sub_major.tsv", "isco"),
        ("driving_licences.tsv", "licence"),
        ("digital_skills.tsv", "digital"),
        ("languages.tsv", "lang"),
        ("countries.tsv", "country"),
    ];
    for (file, prefix) in simple {
        ids.extend(rows(file)?.iter().map(|r| format!("{prefix}-{}", r[0])));
    }
    for r in rows("choices.tsv")? {
        ids.push(format!("{}-{}", r[0], r[1]));
    }
    for r in rows("isced.tsv")? {
        ids.push(format!("isced-{}-{}", r[0], r[1]));
    }
    let cefr = rows("cefr.tsv")?;
    let of = |kind: &str| {
        cefr.iter()
            .filter(|r| r[0] == kind)
            .map(|r| r[1].clone())
            .collect::<Vec<_>>()
    };
    for skill in of("skill") {
        ids.push(format!("cefr-skill-{skill}"));
        for level in of("level") {
            ids.push(format!("cefr-{skill}-{level}"));
        }
    }
    Ok(ids)
}

/// Parses every .ftl file of one locale folder.
fn load(dir: &Path) -> anyhow::Result<Messages> {
    let mut messages = Messages::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        for (id, vars) in load_file(&path)? {
            if messages.insert(id.clone(), vars).is_some() {
                bail!("{}: {id} is defined in two files", dir.display());
            }
        }
    }
    Ok(messages)
}

/// One .ftl file's messages; none when the file does not exist.
fn load_file(path: &Path) -> anyhow::Result<Messages> {
    let mut messages = Messages::new();
    if !path.exists() {
        return Ok(messages);
    }
    let source = std::fs::read_to_string(path)
        .with_context(|| format!("Failed to read {}", path.display()))?;
    // The same parser and rules as the server's check of a reviewer's correction.
    let parsed = evne_locales::check::parse(&source)
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    for m in parsed {
        if messages.insert(m.id.clone(), m.variables).is_some() {
            bail!("{}: {} is defined twice", path.display(), m.id);
        }
    }
    Ok(messages)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        for (lang, src) in files {
            let dir = d.path().join("locales").join(lang);
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("main.ftl"), src).unwrap();
        }
        d
    }

    #[test]
    fn complete_locales_pass() {
        let d = tree(&[
            ("nb", "a = A\nb = { $n } B\n"),
            ("ar", "a = أ\nb = { $n } ب\n"),
        ]);
        assert_eq!(check(d.path()).unwrap(), 2);
    }

    #[test]
    fn missing_extra_and_variable_mismatches_fail() {
        let d = tree(&[("nb", "a = A\nb = { $n } B\n"), ("ti", "b = B\nc = C\n")]);
        let err = check(d.path()).unwrap_err().to_string();
        assert!(err.contains("ti: missing a"), "{err}");
        assert!(err.contains("ti: c is not in the reference"), "{err}");
        assert!(err.contains("ti: b uses"), "{err}");
    }

    #[test]
    fn code_that_names_a_missing_message_fails() {
        let d = tree(&[("nb", "a-b = A\n")]);
        let src = d.path().join("src");
        std::fs::create_dir_all(&src).unwrap();
        std::fs::write(
            src.join("x.rs"),
            "fn f() { t.t(\"a-b\"); cx.label(\"no-such\"); text(cx, \"dom-id\", \"also-missing\", p, v, false, s); }",
        )
        .unwrap();
        let err = check(d.path()).unwrap_err().to_string();
        assert!(err.contains("uses message no-such"), "{err}");
        assert!(err.contains("uses message also-missing"), "{err}");
        assert!(!err.contains("a-b,") && !err.contains("dom-id"), "{err}");
    }

    #[test]
    fn syntax_errors_fail() {
        let d = tree(&[("nb", "a = A\n"), ("en", "a = { $n\n")]);
        assert!(check(d.path()).unwrap_err().to_string().contains("syntax"));
    }
}
