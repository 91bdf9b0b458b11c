//! Coding a free-text job title: the ESCO occupations whose preferred or alternative labels
//! share its words, best first. Words are compared lower-cased, without common English endings
//! (`repairer`, `repairs` and `repairing` are all `repair`), and a word of the title may be the
//! start of a label's word (`elec` finds `electrician`). Four digits (or fewer) find the
//! occupations of that ISCO-08 group.

use super::{isco_label, occupations, Occupation};
use evne_model::esco::EscoMatch;
use std::sync::OnceLock;

/// Words that say nothing about a job.
const STOP: [&str; 10] = ["a", "an", "and", "at", "for", "in", "of", "on", "the", "to"];

/// One label of an occupation, its words prepared.
struct Label {
    occupation: usize,
    text: &'static str,
    words: Vec<String>,
    preferred: bool,
}

fn labels() -> &'static [Label] {
    static CELL: OnceLock<Vec<Label>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut out = vec![];
        for (i, o) in occupations().iter().enumerate() {
            for (text, preferred) in
                std::iter::once((o.label, true)).chain(o.alternatives.iter().map(|a| (*a, false)))
            {
                out.push(Label {
                    occupation: i,
                    text,
                    words: words(text),
                    preferred,
                });
            }
        }
        out
    })
}

/// The words of a text, lower-cased and stemmed, without [`STOP`] words.
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !STOP.contains(w))
        .map(stem)
        .collect()
}

/// A word without its common English endings, where enough is left of it.
fn stem(word: &str) -> String {
    for ending in ["ers", "ing", "er", "es", "s"] {
        if let Some(rest) = word.strip_suffix(ending) {
            if rest.chars().count() >= 4 {
                return rest.to_owned();
            }
        }
    }
    word.to_owned()
}

/// How well one word of the title matches a word of a label: 1 for the same word, less for a
/// beginning.
fn word_match(query: &str, word: &str) -> f64 {
    if word == query {
        1.0
    } else if query.chars().count() >= 3 && word.starts_with(query) {
        0.75
    } else if word.chars().count() >= 4 && query.starts_with(word) {
        0.5
    } else {
        0.0
    }
}

/// A label's score for the title's words: above all how many of them it has, then how few other
/// words it has (each word of the title takes its best word of the label); a preferred label
/// wins a tie.
fn score(query: &[String], label: &Label) -> f64 {
    let mut matched = 0.0;
    let mut used = vec![false; label.words.len()];
    for q in query {
        let best = label
            .words
            .iter()
            .enumerate()
            .map(|(i, w)| (word_match(q, w), i))
            .fold((0.0, 0), |a, b| if b.0 > a.0 { b } else { a });
        if best.0 > 0.0 {
            matched += best.0;
            used[best.1] = true;
        }
    }
    if matched == 0.0 {
        return 0.0;
    }
    let covered = matched / query.len() as f64;
    let precise = used.iter().filter(|u| **u).count() as f64 / used.len().max(1) as f64;
    let exact = if label.words == query { 1.0 } else { 0.0 };
    covered * 10.0 + precise * 2.0 + exact * 3.0 + if label.preferred { 0.25 } else { 0.0 }
}

fn answer(o: &Occupation, matched: Option<&str>) -> EscoMatch {
    EscoMatch {
        uri: o.uri(),
        isco08: o.isco08.to_owned(),
        isco_label: isco_label(o.isco08).unwrap_or_default().to_owned(),
        label: o.label.to_owned(),
        matched: matched.map(str::to_owned),
    }
}

/// The ESCO occupations that best match `title`, at most `limit`, best first.
pub fn search(title: &str, limit: usize) -> Vec<EscoMatch> {
    let title = title.trim();
    if !title.is_empty() && title.len() <= 4 && title.bytes().all(|b| b.is_ascii_digit()) {
        let mut found: Vec<&Occupation> = occupations()
            .iter()
            .filter(|o| o.isco08.starts_with(title))
            .collect();
        found.sort_by(|a, b| (a.isco08, a.label).cmp(&(b.isco08, b.label)));
        return found
            .into_iter()
            .take(limit)
            .map(|o| answer(o, None))
            .collect();
    }
    let query = words(title);
    if query.is_empty() {
        return vec![];
    }
    // The best label of each occupation.
    let mut best: Vec<Option<(f64, &Label)>> = vec![None; occupations().len()];
    for label in labels() {
        let s = score(&query, label);
        let slot = &mut best[label.occupation];
        if s > 0.0 && slot.is_none_or(|(b, _)| s > b) {
            *slot = Some((s, label));
        }
    }
    let mut found: Vec<(f64, &Label)> = best.into_iter().flatten().collect();
    found.sort_by(|(a, la), (b, lb)| {
        b.total_cmp(a).then_with(|| {
            occupations()[la.occupation]
                .label
                .cmp(occupations()[lb.occupation].label)
        })
    });
    found
        .into_iter()
        .take(limit)
        .map(|(_, l)| {
            let o = &occupations()[l.occupation];
            answer(o, (!l.preferred).then_some(l.text))
        })
        .collect()
}
