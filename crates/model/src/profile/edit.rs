//! A change to a draft as plain data: the path of the field it changes (the same path its
//! errors carry, see [`super::path`]) and the new value. The form sends these, the tablet's
//! reducer applies them with [`Draft::apply`], and a test can print, store or replay them.

use super::cefr::{CefrLevel, CefrSkill};
use super::draft::Draft;
use super::fields::OccupationRef;
use super::path::{segments, Segment};
use super::record::{Education, LanguageEntry, OtherSkills, Text, Wishes, Work};
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    /// The field's path (`education[1].end_year`); an edit clears the errors within it.
    pub path: String,
    pub value: Value,
}

impl Edit {
    pub fn new(path: impl Into<String>, value: Value) -> Edit {
        Edit {
            path: path.into(),
            value,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Value {
    /// Free text as typed (taken to be in the draft's language where the field keeps one).
    Text(String),
    /// A whole number, or none (the box emptied).
    Number(Option<u16>),
    /// One code of a list of choices, or none.
    Choice(Option<String>),
    /// Yes, no, or no answer.
    Flag(Option<bool>),
    /// Puts the code in the list, or takes it out if it is there.
    Toggle(String),
    /// Puts the language among the person's unless it is there already.
    AddLanguage(String),
    /// Flips "my mother tongue" of a language (added if it was only shown).
    MotherTongue { language: String },
    /// The CEFR level of one skill in a language (added if it was only shown).
    Level {
        language: String,
        skill: CefrSkill,
        level: CefrLevel,
    },
    /// An occupation chosen (for a job) or added (to the wished ones), or none.
    Occupation(Option<OccupationRef>),
    /// A new empty entry at the end of the list.
    Add,
    /// Takes out the list's entry at this index.
    Remove(usize),
}

/// An edit that fits no field: a bug in the form, or an entry removed meanwhile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// No field has this path, or not this kind of value.
    Unknown(String),
    /// The path's entry (`work[3]`) is not there.
    NoEntry(String),
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::Unknown(path) => write!(f, "no such field or value: {path}"),
            EditError::NoEntry(path) => write!(f, "no such entry: {path}"),
        }
    }
}

impl std::error::Error for EditError {}

impl Draft {
    /// Applies `edit`; the draft is unchanged when it fails.
    pub fn apply(&mut self, edit: &Edit) -> Result<(), EditError> {
        let unknown = || EditError::Unknown(edit.path.clone());
        let no_entry = || EditError::NoEntry(edit.path.clone());
        let segs = segments(&edit.path).ok_or_else(unknown)?;
        let value = edit.value.clone();
        let text = self.text(match &value {
            Value::Text(t) => t,
            _ => "",
        });
        let p = &mut self.profile;
        match (segs.as_slice(), value) {
            ([("person", None), (field, None)], value) => person(self, field, value),
            ([("languages", _), ..], value) => languages(self, &segs[1..], value),
            ([("education", None)], Value::Add) => {
                p.education.push(Education::default());
                Some(())
            }
            ([("education", None)], Value::Remove(i)) => remove(&mut p.education, i),
            ([("education", Some(i)), (field, None)], value) => {
                let e = p.education.get_mut(*i).ok_or_else(no_entry)?;
                education(e, field, value, text)
            }
            ([("work", None)], Value::Add) => {
                p.work.push(Work::default());
                Some(())
            }
            ([("work", None)], Value::Remove(i)) => remove(&mut p.work, i),
            ([("work", Some(i)), (field, None)], value) => {
                let w = p.work.get_mut(*i).ok_or_else(no_entry)?;
                work(w, field, value, text)
            }
            ([("skills", None), (field, index)], value) => {
                skills(&mut p.skills, (field, *index), value, text).map_err(|e| e.at(&edit.path))?
            }
            ([("wishes", None), (field, None)], value) => wishes(&mut p.wishes, field, value, text),
            _ => None,
        }
        .ok_or_else(unknown)
    }
}

fn person(d: &mut Draft, field: &str, value: Value) -> Option<()> {
    let text = match &value {
        Value::Text(t) => d.text(t),
        _ => Text::default(),
    };
    let p = &mut d.profile.person;
    match (field, value) {
        ("given_name", Value::Text(_)) => p.given_name = text,
        ("family_name", Value::Text(_)) => p.family_name = text,
        ("latin_name", Value::Text(v)) => p.latin_name = v,
        ("case_number", Value::Text(v)) => p.case_number = v,
        ("phone", Value::Text(v)) => p.phone = v,
        ("year_of_birth", Value::Number(v)) => p.year_of_birth = v,
        ("gender", Value::Choice(v)) => p.gender = v,
        ("origin", Value::Choice(v)) => p.origin = v,
        ("citizenship", Value::Choice(v)) => p.citizenship = v,
        _ => return None,
    }
    Some(())
}

/// `rest` is the path after `languages`; a language's card finds its entry by code, since
/// Norwegian and English are shown (at the path `languages.entries`) before they are added.
fn languages(d: &mut Draft, rest: &[Segment<'_>], value: Value) -> Option<()> {
    let l = &mut d.profile.languages;
    match (rest, value) {
        ([], Value::AddLanguage(code)) => {
            if !l.entries.iter().any(|e| e.code == code) {
                l.entries.push(LanguageEntry::new(code));
            }
        }
        ([("entries", None)], Value::Toggle(code)) => d.toggle_language(&code),
        ([("entries", _), ..], Value::MotherTongue { language }) => {
            let e = entry(&mut l.entries, &language);
            e.mother_tongue = !e.mother_tongue;
        }
        (
            [("entries", _), ..],
            Value::Level {
                language,
                skill,
                level,
            },
        ) => {
            entry(&mut l.entries, &language).set_skill(skill, Some(level));
        }
        ([("scripts", None)], Value::Toggle(code)) => return toggle(&mut l.scripts, code),
        ([("literacy", None)], Value::Choice(v)) => l.literacy = v,
        _ => return None,
    }
    Some(())
}

/// The entry of `code`, added at the end if it is not there.
fn entry<'a>(entries: &'a mut Vec<LanguageEntry>, code: &str) -> &'a mut LanguageEntry {
    let i = match entries.iter().position(|e| e.code == code) {
        Some(i) => i,
        None => {
            entries.push(LanguageEntry::new(code));
            entries.len() - 1
        }
    };
    &mut entries[i]
}

/// What went wrong below the path's first segment, before the path is known.
enum Miss {
    Unknown,
    NoEntry,
}

impl Miss {
    fn at(self, path: &str) -> EditError {
        match self {
            Miss::Unknown => EditError::Unknown(path.to_owned()),
            Miss::NoEntry => EditError::NoEntry(path.to_owned()),
        }
    }
}

fn skills(
    s: &mut OtherSkills,
    at: (&str, Option<usize>),
    value: Value,
    text: Text,
) -> Result<Option<()>, Miss> {
    match (at, value) {
        (("licences", None), Value::Toggle(code)) => return Ok(toggle(&mut s.licences, code)),
        (("digital", None), Value::Choice(v)) => s.digital = v,
        (("certificates", None), Value::Add) => s.certificates.push(Text::default()),
        (("certificates", None), Value::Remove(i)) => return Ok(remove(&mut s.certificates, i)),
        (("certificates", Some(i)), Value::Text(_)) => {
            *s.certificates.get_mut(i).ok_or(Miss::NoEntry)? = text
        }
        (("crafts", None), Value::Text(_)) => s.crafts = text,
        (("volunteer", None), Value::Text(_)) => s.volunteer = text,
        _ => return Err(Miss::Unknown),
    }
    Ok(Some(()))
}

fn wishes(w: &mut Wishes, field: &str, value: Value, text: Text) -> Option<()> {
    match (field, value) {
        ("occupations", Value::Occupation(Some(o))) => {
            if !w.occupations.contains(&o) {
                w.occupations.push(o);
            }
        }
        ("occupations", Value::Remove(i)) => return remove(&mut w.occupations, i),
        ("education", Value::Text(_)) => w.education = text,
        ("planning_notes", Value::Text(_)) => w.planning_notes = text,
        ("region", Value::Choice(v)) => w.region = v,
        ("availability", Value::Choice(v)) => w.availability = v,
        _ => return None,
    }
    Some(())
}

fn education(e: &mut Education, field: &str, value: Value, text: Text) -> Option<()> {
    match (field, value) {
        ("level", Value::Choice(v)) => e.level = v,
        ("field", Value::Choice(v)) => e.field = v,
        ("country", Value::Choice(v)) => e.country = v,
        ("institution", Value::Text(_)) => e.institution = text,
        ("start_year", Value::Number(v)) => e.start_year = v,
        ("end_year", Value::Number(v)) => e.end_year = v,
        ("years_completed", Value::Number(v)) => e.years_completed = v.map(small),
        ("completed", Value::Flag(v)) => e.completed = v,
        ("documents", Value::Flag(v)) => e.documents = v,
        _ => return None,
    }
    Some(())
}

fn work(w: &mut Work, field: &str, value: Value, text: Text) -> Option<()> {
    match (field, value) {
        ("occupation", Value::Occupation(o)) => w.occupation = o,
        ("title", Value::Text(_)) => w.title = text,
        ("tasks", Value::Text(_)) => w.tasks = text,
        ("tools", Value::Text(_)) => w.tools = text,
        ("country", Value::Choice(v)) => w.country = v,
        ("employment", Value::Choice(v)) => w.employment = v,
        ("start_year", Value::Number(v)) => w.start_year = v,
        ("end_year", Value::Number(v)) => w.end_year = v,
        ("years", Value::Number(v)) => w.years = v.map(small),
        _ => return None,
    }
    Some(())
}

/// A count of years typed into two digits' room.
fn small(n: u16) -> u8 {
    u8::try_from(n).unwrap_or(u8::MAX)
}

fn toggle(list: &mut Vec<String>, code: String) -> Option<()> {
    match list.iter().position(|c| *c == code) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(code),
    }
    Some(())
}

fn remove<T>(list: &mut Vec<T>, i: usize) -> Option<()> {
    (i < list.len()).then(|| {
        list.remove(i);
    })
}

#[cfg(test)]
mod tests;
