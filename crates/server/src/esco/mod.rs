//! ESCO v1.2.0 occupations (ESCO, European Commission), as far as the server needs them: each
//! curated occupation's ESCO URI (carried in exports), and a search that codes a free-text job
//! title to ESCO occupations and their ISCO-08 unit groups ([`search`]). The data is compiled
//! in from `crates/server/data/esco/` (see its README for where it came from).

mod search;

pub use search::search;

use evne_model::esco::{JobCode, OCCUPATION_URI};
use evne_model::ProfileRecord;
use serde_json::Value;
use std::collections::HashMap;
use std::sync::OnceLock;

const OCCUPATIONS: &str = include_str!("../../data/esco/occupations.tsv");
const ISCO_GROUPS: &str = include_str!("../../data/esco/isco_groups.tsv");
const CURATED: &str = include_str!("../../data/esco/curated.tsv");

/// One ESCO occupation.
#[derive(Debug)]
pub struct Occupation {
    /// The end of its URI (after [`OCCUPATION_URI`]).
    pub id: &'static str,
    pub isco08: &'static str,
    pub label: &'static str,
    pub alternatives: Vec<&'static str>,
}

impl Occupation {
    pub fn uri(&self) -> String {
        format!("{OCCUPATION_URI}{}", self.id)
    }
}

/// The data rows of a TSV file: without `#` comments and the header line.
fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split('\t').collect())
}

/// Every ESCO occupation, parsed once.
pub fn occupations() -> &'static [Occupation] {
    static CELL: OnceLock<Vec<Occupation>> = OnceLock::new();
    CELL.get_or_init(|| {
        rows(OCCUPATIONS)
            .filter(|r| r.len() >= 3)
            .map(|r| Occupation {
                id: r[0],
                isco08: r[1],
                label: r[2],
                alternatives: r
                    .get(3)
                    .map(|a| a.split('|').filter(|a| !a.is_empty()).collect())
                    .unwrap_or_default(),
            })
            .collect()
    })
}

/// The second column of a TSV file by its first, read once into `cell`.
fn lookup(
    cell: &'static OnceLock<HashMap<&'static str, &'static str>>,
    text: &'static str,
    key: &str,
) -> Option<&'static str> {
    cell.get_or_init(|| {
        rows(text)
            .filter(|r| r.len() >= 2)
            .map(|r| (r[0], r[1]))
            .collect()
    })
    .get(key)
    .copied()
}

/// The English name of an ISCO-08 unit group (4 digits), as ESCO publishes it.
pub fn isco_label(code: &str) -> Option<&'static str> {
    static CELL: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    lookup(&CELL, ISCO_GROUPS, code)
}

/// The ESCO occupation URI a curated occupation (`crates/model/data/occupations.tsv`) is coded
/// to.
pub fn curated_uri(id: &str) -> Option<&'static str> {
    static CELL: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    lookup(&CELL, CURATED, id)
}

/// The ESCO occupation of a URI.
pub fn by_uri(uri: &str) -> Option<&'static Occupation> {
    let id = uri.strip_prefix(OCCUPATION_URI)?;
    occupations().iter().find(|o| o.id == id)
}

/// The coded jobs of `profile`: each job whose title as written has a code in `coded`
/// (`(title hash, ESCO id)`, see [`crate::store::job_codes`]).
pub fn job_codes(profile: &ProfileRecord, coded: &[(String, String)]) -> Vec<JobCode> {
    if coded.is_empty() {
        return vec![];
    }
    let mut out = vec![];
    for (job, work) in profile.work.iter().enumerate() {
        if work.title.text.trim().is_empty() {
            continue;
        }
        let hash = crate::store::job_codes::title_hash(&work.title.text);
        let Some((_, id)) = coded.iter().find(|(h, _)| *h == hash) else {
            continue;
        };
        if let Some(o) = occupations().iter().find(|o| o.id == id) {
            out.push(JobCode {
                job,
                esco: o.uri(),
                isco08: o.isco08.to_owned(),
                label: o.label.to_owned(),
            });
        }
    }
    out
}

/// Adds the codes a case system matches on to each job of a profile's JSON: to the occupation,
/// `isco08` (the unit group of a curated occupation, or the sub-major group chosen instead) and,
/// for a curated occupation, `esco` (its ESCO occupation URI); to a job whose title was coded,
/// `title_code` (`esco`, `isco08`, `label`). Exports and the feed carry them.
pub fn code_work(profile: &mut Value, codes: &[JobCode]) {
    let Some(work) = profile.get_mut("work").and_then(Value::as_array_mut) else {
        return;
    };
    for (i, job) in work.iter_mut().enumerate() {
        if let Some(code) = codes.iter().find(|c| c.job == i) {
            if let Some(job) = job.as_object_mut() {
                let coded = serde_json::json!({
                    "esco": code.esco, "isco08": code.isco08, "label": code.label,
                });
                job.insert("title_code".into(), coded);
            }
        }
        let Some(occupation) = job.get_mut("occupation").and_then(Value::as_object_mut) else {
            continue;
        };
        let reference = serde_json::from_value::<evne_model::profile::OccupationRef>(
            Value::Object(occupation.clone()),
        );
        let Ok(reference) = reference else { continue };
        if let Some(isco) = reference.isco() {
            occupation.insert("isco08".into(), isco.into());
        }
        if let evne_model::profile::OccupationRef::Curated { id } = &reference {
            if let Some(uri) = curated_uri(id) {
                occupation.insert("esco".into(), uri.into());
            }
        }
    }
}

#[cfg(test)]
mod tests;
