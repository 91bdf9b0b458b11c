//! The search index: every person's filterable facts in memory, so that a search or a
//! statistic over 100 000 persons is a scan of compact rows (milliseconds) rather than a set
//! of joins over a fact table. The database stays the truth: the index follows it through the
//! revisions that every change stamps on a person (migration 0013), on every replica, and the
//! page a search returns is read back from the database under the caller's reach.

use super::{Filters, Reach};
use evne_model::profile::facts::FactKind;
use sqlx::{AnyPool, Row};
use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};
use tokio::sync::{Mutex, MutexGuard};

#[derive(Debug, Clone, Copy)]
struct Fact {
    kind: FactKind,
    /// Into [`Persons::codes`].
    code: u32,
    level: i64,
}

/// One person as search sees it.
#[derive(Debug, Default)]
struct Entry {
    id: String,
    /// Given and family name, lower case (`name_key`): the `name` fact.
    name: String,
    updated_at: i64,
    birth_year: i64,
    centre: Option<String>,
    shielded: bool,
    experience: i64,
    municipality: Option<String>,
    decided_at: Option<i64>,
    facts: Vec<Fact>,
}

/// Codes are few and repeated (occupations, languages, countries): each is kept once.
#[derive(Debug, Default)]
struct Codes {
    ids: HashMap<Box<str>, u32>,
    texts: Vec<Box<str>>,
}

impl Codes {
    fn id(&mut self, code: &str) -> u32 {
        if let Some(id) = self.ids.get(code) {
            return *id;
        }
        let id = self.texts.len() as u32;
        self.texts.push(code.into());
        self.ids.insert(code.into(), id);
        id
    }

    /// Which codes pass `keep`, by id.
    fn matching(&self, keep: impl Fn(&str) -> bool) -> Vec<bool> {
        self.texts.iter().map(|t| keep(t)).collect()
    }
}

/// The index's contents, as of `revision`.
#[derive(Debug, Default)]
pub struct Persons {
    loaded: bool,
    revision: i64,
    removals: i64,
    /// In no order; scanned whole by every search.
    persons: Vec<Entry>,
    /// Where each person's entry is in `persons`.
    slots: HashMap<String, usize>,
    codes: Codes,
}

/// The search index of one server; see the module's documentation.
#[derive(Debug, Default)]
pub struct SearchIndex {
    inner: Mutex<Persons>,
}

impl SearchIndex {
    /// The index, brought up to the database's latest committed revision.
    pub async fn fresh(&self, db: &AnyPool) -> Result<MutexGuard<'_, Persons>, sqlx::Error> {
        let mut persons = self.inner.lock().await;
        persons.refresh(db).await?;
        Ok(persons)
    }
}

/// Rows in the order of a list's `sort`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Newest,
    /// Municipalities: newest decision first.
    NewestDecision,
    Oldest,
    Youngest,
    Eldest,
    Experience,
}

impl Persons {
    async fn refresh(&mut self, db: &AnyPool) -> Result<(), sqlx::Error> {
        let row = sqlx::query("SELECT revision, removals FROM search_revision WHERE id = 1")
            .fetch_one(db)
            .await?;
        let (revision, removals): (i64, i64) = (row.try_get(0)?, row.try_get(1)?);
        if self.loaded && revision == self.revision {
            return Ok(());
        }
        // Everything at first; then the persons stamped since the revision last read. Rows
        // committed after `revision` was read carry a higher one and are read again next time.
        let since = if self.loaded { self.revision } else { -1 };
        if self.loaded && removals != self.removals {
            let ids: Vec<String> = sqlx::query_scalar("SELECT id FROM persons")
                .fetch_all(db)
                .await?;
            let ids: HashSet<String> = ids.into_iter().collect();
            self.persons.retain(|e| ids.contains(&e.id));
            self.reslot();
        }
        let rows = sqlx::query(
            "SELECT p.id, p.updated_at, p.birth_year, p.centre_id, p.shielded, p.experience,
             s.municipality_id, s.decided_at
             FROM persons p LEFT JOIN settlements s ON s.person_id = p.id WHERE p.revision > $1",
        )
        .bind(since)
        .fetch_all(db)
        .await?;
        let mut reloaded = HashSet::with_capacity(rows.len());
        for r in rows {
            let entry = Entry {
                id: r.try_get(0)?,
                name: String::new(),
                updated_at: r.try_get(1)?,
                birth_year: r.try_get(2)?,
                centre: r.try_get(3)?,
                shielded: r.try_get::<i64, _>(4)? != 0,
                experience: r.try_get(5)?,
                municipality: r.try_get(6)?,
                decided_at: r.try_get(7)?,
                facts: vec![],
            };
            reloaded.insert(entry.id.clone());
            match self.slots.get(&entry.id) {
                Some(slot) => self.persons[*slot] = entry,
                None => {
                    self.slots.insert(entry.id.clone(), self.persons.len());
                    self.persons.push(entry);
                }
            }
        }
        let facts = sqlx::query(
            "SELECT f.person_id, f.kind, f.code, f.level FROM person_facts f
             JOIN persons p ON p.id = f.person_id WHERE p.revision > $1",
        )
        .bind(since)
        .fetch_all(db)
        .await?;
        for r in facts {
            // A person stamped after the first query is read whole next time.
            let id: &str = r.try_get(0)?;
            let Some(slot) = self.slots.get(id).filter(|_| reloaded.contains(id)) else {
                continue;
            };
            let entry = &mut self.persons[*slot];
            let kind = FactKind::parse(r.try_get(1)?);
            if kind == Some(FactKind::Name) {
                entry.name = r.try_get(2)?;
                continue;
            }
            let Some(kind) = kind else {
                continue;
            };
            entry.facts.push(Fact {
                kind,
                code: self.codes.id(r.try_get(2)?),
                level: r.try_get(3)?,
            });
        }
        self.loaded = true;
        self.revision = revision;
        self.removals = removals;
        Ok(())
    }

    fn reslot(&mut self) {
        self.slots = self
            .persons
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
    }

    /// The persons in `reach` that pass `filters`, with `year` the current year.
    fn matches<'a>(
        &'a self,
        reach: &'a Reach,
        filters: &Filters,
        year: i64,
    ) -> impl Iterator<Item = &'a Entry> + 'a {
        let test = Test::new(&self.codes, filters, year);
        self.persons.iter().filter(move |e| {
            reach.admits(e.shielded, e.centre.as_deref(), e.municipality.as_deref())
                && test.passes(e)
        })
    }

    /// How many persons match, and the ids on page `page` (from 1) of `page_size` in `sort`
    /// order.
    pub fn select(
        &self,
        reach: &Reach,
        filters: &Filters,
        year: i64,
        sort: Sort,
        page: i64,
        page_size: i64,
    ) -> (i64, Vec<String>) {
        let mut rows: Vec<&Entry> = self.matches(reach, filters, year).collect();
        let total = rows.len() as i64;
        let start = page
            .checked_sub(1)
            .and_then(|p| p.checked_mul(page_size))
            .and_then(|s| usize::try_from(s).ok())
            .unwrap_or(usize::MAX);
        if start >= rows.len() {
            return (total, vec![]);
        }
        let end = rows
            .len()
            .min(start.saturating_add(usize::try_from(page_size).unwrap_or(0)));
        let order = |a: &&Entry, b: &&Entry| compare(sort, a, b);
        // Only the first `end` need to be in order.
        if end < rows.len() {
            rows.select_nth_unstable_by(end, order);
            rows.truncate(end);
        }
        rows.sort_unstable_by(order);
        let page = rows[start..].iter().map(|e| e.id.clone()).collect();
        (total, page)
    }

    /// Statistics: how many matching persons fall in each group of `group` (key order), and
    /// how many match in all. `None` for an unknown group.
    pub fn count_by(
        &self,
        reach: &Reach,
        filters: &Filters,
        year: i64,
        group: &str,
    ) -> Option<(i64, Vec<(String, i64)>)> {
        let kind = match group {
            "isco" => Some(FactKind::Isco),
            "isced" => Some(FactKind::Isced),
            "lang" => Some(FactKind::Lang),
            "country" => Some(FactKind::Country),
            "centre" | "age" => None,
            _ => return None,
        };
        let mut counts: HashMap<&str, i64> = HashMap::new();
        let mut total = 0;
        let mut keys: Vec<&str> = vec![];
        for e in self.matches(reach, filters, year) {
            total += 1;
            keys.clear();
            match kind {
                Some(kind) => {
                    for f in e.facts.iter().filter(|f| f.kind == kind) {
                        let code = &*self.codes.texts[f.code as usize];
                        keys.push(if kind == FactKind::Isco {
                            code.get(..2).unwrap_or(code)
                        } else {
                            code
                        });
                    }
                }
                None if group == "centre" => keys.push(e.centre.as_deref().unwrap_or("")),
                None => keys.push(age_band(year - e.birth_year)),
            }
            // A person counts once in each group they fall in.
            keys.sort_unstable();
            keys.dedup();
            for k in &keys {
                *counts.entry(k).or_default() += 1;
            }
        }
        let mut cells: Vec<(String, i64)> =
            counts.into_iter().map(|(k, n)| (k.to_owned(), n)).collect();
        cells.sort();
        Some((total, cells))
    }
}

/// The five bands below 65, then 65+.
fn age_band(age: i64) -> &'static str {
    match age {
        ..25 => "15-24",
        25..35 => "25-34",
        35..45 => "35-44",
        45..55 => "45-54",
        55..65 => "55-64",
        _ => "65+",
    }
}

fn compare(sort: Sort, a: &Entry, b: &Entry) -> Ordering {
    let (a_id, b_id) = (&a.id, &b.id);
    match sort {
        Sort::Newest => b.updated_at.cmp(&a.updated_at).then(b_id.cmp(a_id)),
        Sort::NewestDecision => b.decided_at.cmp(&a.decided_at).then(b_id.cmp(a_id)),
        Sort::Oldest => a.updated_at.cmp(&b.updated_at).then(a_id.cmp(b_id)),
        Sort::Youngest => b.birth_year.cmp(&a.birth_year).then(a_id.cmp(b_id)),
        Sort::Eldest => a.birth_year.cmp(&b.birth_year).then(a_id.cmp(b_id)),
        Sort::Experience => b.experience.cmp(&a.experience).then(a_id.cmp(b_id)),
    }
}

mod filter;
#[cfg(test)]
mod tests;

use filter::Test;
