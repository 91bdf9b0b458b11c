//! What a release knows of the reviews: `locales/<lang>/reviewed.tsv`, written by
//! `evne-server export-locale` beside the reviewed `.ftl` files. One line per reviewed message:
//! its id, `reviewed` or `approved`, and the hash of the Norwegian source it was reviewed
//! against. From it, and the recordings under `static/audio/<lang>/`, come each locale's
//! figures: how many messages are reviewed, approved, stale and recorded.

use crate::check::Message;
use std::collections::HashMap;

/// The file's name in a locale's folder.
pub const FILE: &str = "reviewed.tsv";

/// One reviewed message, as a release carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shipped {
    pub id: String,
    pub approved: bool,
    pub source_hash: String,
}

/// The lines of a `reviewed.tsv` (comments and blank lines skipped); a line that is not
/// `id<TAB>reviewed|approved<TAB>hash` is an error naming it.
pub fn parse(text: &str) -> Result<Vec<Shipped>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, line)| match line.split('\t').collect::<Vec<_>>()[..] {
            [id, state @ ("reviewed" | "approved"), hash] if !id.is_empty() && !hash.is_empty() => {
                Ok(Shipped {
                    id: id.to_owned(),
                    approved: state == "approved",
                    source_hash: hash.to_owned(),
                })
            }
            _ => Err(format!("line {}: not id, reviewed|approved, hash", i + 1)),
        })
        .collect()
}

/// The file's text for these reviews, by id.
pub fn write(reviews: &[Shipped]) -> String {
    let mut sorted: Vec<&Shipped> = reviews.iter().collect();
    sorted.sort_by(|a, b| a.id.cmp(&b.id));
    let mut out = String::from(
        "# Reviewed messages of this locale (written by `evne-server export-locale`):\n\
         # id, reviewed or approved, hash of the Norwegian source reviewed against.\n",
    );
    for r in sorted {
        let state = if r.approved { "approved" } else { "reviewed" };
        out.push_str(&format!("{}\t{state}\t{}\n", r.id, r.source_hash));
    }
    out
}

/// How far a locale has come.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Coverage {
    pub messages: usize,
    /// Reviewed against today's source (approved ones included).
    pub reviewed: usize,
    pub approved: usize,
    /// Reviewed against a source that has changed since.
    pub stale: usize,
    pub recorded: usize,
}

impl Coverage {
    /// `part` of the messages, in per cent (one decimal).
    pub fn percent(&self, part: usize) -> f64 {
        (1000.0 * part as f64 / self.messages.max(1) as f64).round() / 10.0
    }
}

/// The figures of a locale whose source messages are `source`, given its shipped reviews and
/// the ids of its recorded prompts.
pub fn coverage(source: &[Message], reviews: &[Shipped], recorded: &[String]) -> Coverage {
    let by_id: HashMap<&str, &Shipped> = reviews.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut c = Coverage {
        messages: source.len(),
        ..Coverage::default()
    };
    for m in source {
        match by_id.get(m.id.as_str()) {
            Some(r) if r.source_hash == crate::source_hash(&m.text) => {
                c.reviewed += 1;
                c.approved += usize::from(r.approved);
            }
            Some(_) => c.stale += 1,
            None => {}
        }
        c.recorded += usize::from(recorded.contains(&m.id));
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::parse as messages;

    #[test]
    fn a_file_of_reviews_reads_back_what_was_written() {
        let reviews = vec![
            Shipped {
                id: "b".into(),
                approved: true,
                source_hash: "h2".into(),
            },
            Shipped {
                id: "a".into(),
                approved: false,
                source_hash: "h1".into(),
            },
        ];
        let text = write(&reviews);
        let mut back = parse(&text).unwrap();
        back.sort_by(|x, y| y.id.cmp(&x.id));
        assert_eq!(back, reviews);
        assert!(parse("a\tmaybe\th").unwrap_err().contains("line 1"));
        assert!(parse("a\treviewed").is_err());
    }

    #[test]
    fn figures_count_fresh_approved_stale_and_recorded_messages() {
        let source = messages("a = Ja\nb = Nei\nc = Kanskje\nd = Aldri\n").unwrap();
        let fresh = |id: &str, approved: bool| Shipped {
            id: id.into(),
            approved,
            source_hash: crate::source_hash(&source.iter().find(|m| m.id == id).unwrap().text),
        };
        let old = Shipped {
            id: "c".into(),
            approved: true,
            source_hash: crate::source_hash("Kanskje ikke"),
        };
        let reviews = [fresh("a", false), fresh("b", true), old];
        let c = coverage(&source, &reviews, &["a".to_owned()]);
        assert_eq!(
            c,
            Coverage {
                messages: 4,
                reviewed: 2,
                approved: 1,
                stale: 1,
                recorded: 1,
            }
        );
        assert_eq!(c.percent(c.reviewed), 50.0);
    }
}
