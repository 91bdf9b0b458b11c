//! The rules of each part of a profile: who the person is, their languages, education, work,
//! other skills, wishes and consent.

use super::{Validator, MAX_ENTRIES, MAX_LANGUAGES, MAX_WISHED_OCCUPATIONS, MAX_YEARS};
use crate::profile::error::ErrorCode;
use crate::profile::fields::{
    history_year, latin_name, BirthYear, CaseNumber, LanguageCode, OccupationRef, Phone,
    MAX_LONG_TEXT_CHARS, MAX_NAME_CHARS, MAX_SHORT_TEXT_CHARS,
};
use crate::profile::path::{entry_path, field_path};
use crate::profile::record::*;
use crate::taxonomy;

impl Validator {
    pub(super) fn person(&mut self, mut p: Person) -> Person {
        if p.given_name.is_blank() {
            self.fail("person.given_name", ErrorCode::Required);
        }
        p.given_name = self.text("person.given_name", p.given_name, MAX_NAME_CHARS, false);
        p.family_name = self.text("person.family_name", p.family_name, MAX_NAME_CHARS, false);
        if !p.latin_name.trim().is_empty() {
            p.latin_name = self.check("person.latin_name", p.latin_name, |s| latin_name(s));
        } else {
            p.latin_name.clear();
        }
        match p.year_of_birth {
            None => self.fail("person.year_of_birth", ErrorCode::Required),
            Some(year) => {
                if let Err(code) = BirthYear::parse(year, self.current_year) {
                    self.fail("person.year_of_birth", code);
                }
            }
        }
        p.gender = self.code("person.gender", p.gender, &taxonomy::choices("gender"));
        p.origin = self.country("person.origin", p.origin);
        p.citizenship = self.country("person.citizenship", p.citizenship);
        if let Some(centre) = &p.centre {
            let ok = (1..=64).contains(&centre.len())
                && centre
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-');
            if !ok {
                self.fail("person.centre", ErrorCode::UnknownCode);
            }
        }
        if !p.case_number.trim().is_empty() {
            p.case_number = self.check("person.case_number", p.case_number, |s| {
                CaseNumber::parse(s).map(|c| c.as_str().to_owned())
            });
        } else {
            p.case_number.clear();
        }
        if !p.phone.trim().is_empty() {
            p.phone = self.check("person.phone", p.phone, |s| {
                Phone::parse(s).map(|c| c.as_str().to_owned())
            });
        } else {
            p.phone.clear();
        }
        p
    }

    pub(super) fn languages(&mut self, mut l: Languages) -> Languages {
        if l.entries.is_empty() {
            self.fail("languages.entries", ErrorCode::Required);
        }
        self.at_most("languages.entries", l.entries.len(), MAX_LANGUAGES);
        for (i, entry) in l.entries.iter().enumerate() {
            let path = entry_path("languages.entries", i);
            if let Err(code) = LanguageCode::parse(&entry.code) {
                self.fail(field_path(&path, "code"), code);
            } else if l.entries[..i].iter().any(|e| e.code == entry.code) {
                self.fail(field_path(&path, "code"), ErrorCode::Duplicate);
            }
        }
        l.scripts = self.codes("languages.scripts", l.scripts, &taxonomy::choices("script"));
        l.literacy = self.code(
            "languages.literacy",
            l.literacy,
            &taxonomy::choices("literacy"),
        );
        l
    }

    /// Start and end year in the person's lifetime, end not before start, a count of years in
    /// range.
    fn span(
        &mut self,
        path: &str,
        born: Option<u16>,
        (start, end): (Option<u16>, Option<u16>),
        (years_name, years): (&str, Option<u8>),
    ) {
        for (name, year) in [("start_year", start), ("end_year", end)] {
            if let Some(year) = year {
                if let Err(code) = history_year(year, born, self.current_year) {
                    self.fail(field_path(path, name), code);
                }
            }
        }
        if let (Some(start), Some(end)) = (start, end) {
            if end < start {
                self.fail(field_path(path, "end_year"), ErrorCode::EndBeforeStart);
            }
        }
        if years.is_some_and(|y| y > MAX_YEARS) {
            self.fail(field_path(path, years_name), ErrorCode::YearsOutOfRange);
        }
    }

    pub(super) fn education(
        &mut self,
        path: &str,
        mut e: Education,
        born: Option<u16>,
    ) -> Education {
        if e.level.is_none() {
            self.fail(field_path(path, "level"), ErrorCode::Required);
        }
        e.level = self.code(
            &field_path(path, "level"),
            e.level,
            &taxonomy::isced_levels(),
        );
        e.field = self.code(
            &field_path(path, "field"),
            e.field,
            &taxonomy::isced_fields(),
        );
        e.country = self.country(&field_path(path, "country"), e.country);
        self.span(
            path,
            born,
            (e.start_year, e.end_year),
            ("years_completed", e.years_completed),
        );
        e.institution = self.text(
            &field_path(path, "institution"),
            e.institution,
            MAX_SHORT_TEXT_CHARS,
            false,
        );
        e
    }

    fn occupation(&mut self, path: &str, o: &OccupationRef) {
        if o.isco().is_none() {
            self.fail(path, ErrorCode::UnknownCode);
        }
    }

    pub(super) fn work(&mut self, path: &str, mut w: Work, born: Option<u16>) -> Work {
        match &w.occupation {
            Some(o) => self.occupation(&field_path(path, "occupation"), o),
            None if w.title.is_blank() => {
                self.fail(field_path(path, "occupation"), ErrorCode::Required)
            }
            None => {}
        }
        w.title = self.text(
            &field_path(path, "title"),
            w.title,
            MAX_SHORT_TEXT_CHARS,
            false,
        );
        w.country = self.country(&field_path(path, "country"), w.country);
        self.span(path, born, (w.start_year, w.end_year), ("years", w.years));
        w.employment = self.code(
            &field_path(path, "employment"),
            w.employment,
            &taxonomy::choices("employment"),
        );
        w.tasks = self.text(
            &field_path(path, "tasks"),
            w.tasks,
            MAX_LONG_TEXT_CHARS,
            true,
        );
        w.tools = self.text(
            &field_path(path, "tools"),
            w.tools,
            MAX_LONG_TEXT_CHARS,
            true,
        );
        w
    }

    pub(super) fn skills(&mut self, mut s: OtherSkills) -> OtherSkills {
        s.licences = self.codes("skills.licences", s.licences, &taxonomy::driving_licences());
        s.digital = self.code("skills.digital", s.digital, &taxonomy::digital_skills());
        self.at_most("skills.certificates", s.certificates.len(), MAX_ENTRIES);
        s.certificates = s
            .certificates
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                self.text(
                    &entry_path("skills.certificates", i),
                    c,
                    MAX_SHORT_TEXT_CHARS,
                    false,
                )
            })
            .filter(|c| !c.is_blank())
            .collect();
        s.crafts = self.text("skills.crafts", s.crafts, MAX_LONG_TEXT_CHARS, true);
        s.volunteer = self.text("skills.volunteer", s.volunteer, MAX_LONG_TEXT_CHARS, true);
        s
    }

    pub(super) fn wishes(&mut self, mut w: Wishes) -> Wishes {
        self.at_most(
            "wishes.occupations",
            w.occupations.len(),
            MAX_WISHED_OCCUPATIONS,
        );
        for (i, o) in w.occupations.iter().enumerate() {
            let path = entry_path("wishes.occupations", i);
            self.occupation(&path, o);
            if w.occupations[..i].contains(o) {
                self.fail(path, ErrorCode::Duplicate);
            }
        }
        w.education = self.text("wishes.education", w.education, MAX_LONG_TEXT_CHARS, true);
        w.region = self.code("wishes.region", w.region, &taxonomy::choices("region"));
        w.availability = self.code(
            "wishes.availability",
            w.availability,
            &taxonomy::choices("availability"),
        );
        w.planning_notes = self.text(
            "wishes.planning_notes",
            w.planning_notes,
            MAX_LONG_TEXT_CHARS,
            true,
        );
        w
    }

    pub(super) fn consent(&mut self, consent: Option<Consent>) -> Option<Consent> {
        let Some(c) = consent else {
            self.fail("consent", ErrorCode::ConsentMissing);
            return None;
        };
        if !c.scopes.iter().any(|s| s == "registration") || c.withdrawn_at_ms.is_some() {
            self.fail("consent", ErrorCode::ConsentMissing);
        }
        let scopes = self.codes("consent.scopes", c.scopes, &taxonomy::choices("consent"));
        if let Err(code) = LanguageCode::parse(&c.lang) {
            self.fail("consent.lang", code);
        }
        let by = self.code("consent.by", Some(c.by), &taxonomy::choices("assisted"));
        Some(Consent {
            scopes,
            by: by.unwrap_or_default(),
            ..c
        })
    }
}
