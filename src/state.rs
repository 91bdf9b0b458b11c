//! The app's state as a reducer over a typed [`Action`]. Side effects (storage, network) live in
//! `app.rs`; this stays a pure function that is easy to follow.

use crate::i18n::Locale;
use crate::sync::SyncReport;
use evne_model::profile::Field;
use evne_model::{Draft, FieldError};
use std::rc::Rc;
use yew::Reducible;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Waiting for the stored draft and locale.
    Loading,
    Language,
    Form,
    /// Submitted: queued or already sent.
    Done,
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub screen: Screen,
    pub locale: Option<Locale>,
    pub draft: Draft,
    /// Bumped by every change the person makes; the autosave effect runs on it.
    pub edits: u32,
    pub errors: Vec<FieldError>,
    pub outbox: SyncReport,
    /// The last write to storage failed: the person must be told.
    pub storage_failed: bool,
    /// Submit was refused because this tablet has never fetched the server's key.
    pub no_key: bool,
}

impl Default for State {
    fn default() -> Self {
        Self {
            screen: Screen::Loading,
            locale: None,
            draft: Draft::default(),
            edits: 0,
            errors: vec![],
            outbox: SyncReport::default(),
            storage_failed: false,
            no_key: false,
        }
    }
}

pub enum Action {
    /// What storage held at start.
    Loaded {
        locale: Option<Locale>,
        draft: Option<Draft>,
    },
    ChooseLocale(Locale),
    ChangeLanguage,
    SetName(String),
    SetYear(String),
    ToggleLanguage(String),
    Invalid(Vec<FieldError>),
    Submitted,
    Synced(SyncReport),
    StorageFailed,
    StorageOk,
    NoKey,
    NewRegistration,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Loaded { locale, draft } => {
                s.locale = locale;
                if let Some(draft) = draft {
                    s.draft = draft;
                }
                s.screen = if s.locale.is_some() {
                    Screen::Form
                } else {
                    Screen::Language
                };
            }
            Action::ChooseLocale(locale) => {
                s.locale = Some(locale);
                s.draft.locale = locale.code().to_owned();
                s.screen = Screen::Form;
                s.edits += 1;
            }
            Action::ChangeLanguage => s.screen = Screen::Language,
            Action::SetName(name) => edit(&mut s, Field::Name, |d| d.name = name),
            Action::SetYear(year) => edit(&mut s, Field::YearOfBirth, |d| d.year_of_birth = year),
            Action::ToggleLanguage(code) => {
                edit(&mut s, Field::Languages, |d| d.toggle_language(&code))
            }
            Action::Invalid(errors) => s.errors = errors,
            Action::NoKey => s.no_key = true,
            Action::Submitted => {
                s.no_key = false;
                s.draft = Draft {
                    locale: s.draft.locale.clone(),
                    ..Draft::default()
                };
                s.errors.clear();
                s.outbox.waiting += 1;
                s.screen = Screen::Done;
            }
            Action::Synced(report) => {
                let sent_before = s.outbox.sent;
                s.outbox = SyncReport {
                    sent: sent_before + report.sent,
                    ..report
                };
            }
            Action::StorageFailed => s.storage_failed = true,
            Action::StorageOk => s.storage_failed = false,
            Action::NewRegistration => {
                s.outbox.sent = 0;
                s.screen = Screen::Language;
            }
        }
        Rc::new(s)
    }
}

/// A change by the person: schedules an autosave and clears the errors of that field.
fn edit(s: &mut State, field: Field, change: impl FnOnce(&mut Draft)) {
    change(&mut s.draft);
    s.edits += 1;
    s.errors.retain(|e| e.field() != field);
}
