//! The app's state as a reducer over plain-data [`Action`]s, split by concern: the resident's
//! session ([`session`]: the screen, the draft, its errors and age) and the tablet's status
//! ([`tablet`]). The reducer is a pure function; storage and network are the effects' work
//! (`crate::effects`), and the draft's autosave is the draft handle's (`crate::hooks`).

mod session;
mod tablet;

use crate::i18n::Locale;
use evne_model::profile::{Edit, Step};
use evne_model::retention::{self, DraftAge};
use evne_model::{Draft, FieldError, ProfileRecord, SubmissionId};
use std::rc::Rc;
use yew::Reducible;

pub use tablet::{TabletAction, TabletLock, TabletStatus};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Waiting for the stored draft and locale.
    Loading,
    Language,
    Form,
    /// The person said no to the registration: nothing of theirs is kept.
    Declined,
    /// Submitted: queued or already sent.
    Done,
    /// For staff: storage, queue, updates.
    Tablet,
    /// "My language is not here": the resident names the language the app lacks.
    MissingLanguage,
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub screen: Screen,
    pub locale: Option<Locale>,
    pub draft: Draft,
    /// Bumped by every change the person makes; the draft handle autosaves up to it.
    pub edits: u32,
    pub errors: Vec<FieldError>,
    /// Submit was refused because this tablet has never fetched the server's key.
    pub no_key: bool,
    /// The stored draft could not be read at start: autosave stays off, so that it is not
    /// overwritten by an empty one (the banner says answers are not saved).
    pub load_failed: bool,
    /// Bumped when an idle draft expires; the purge effect deletes it from storage.
    pub purges: u32,
    pub draft_age: DraftAge,
    pub idle_hours: u32,
    /// Bilingual mode for assisted sessions: Norwegian shown beside the person's language.
    pub bilingual: bool,
    /// What was just submitted, for the person's printed copy, and when: in memory only, and
    /// gone with the next registration or after [`PRINTABLE_MS`].
    pub printable: Option<(Rc<ProfileRecord>, u64)>,
    /// A draft just paused, for the effect that stores it aside; bumped `pauses` runs it.
    pub to_pause: Option<Rc<Draft>>,
    pub pauses: u32,
    /// How many paused drafts this tablet holds (the language screen offers to resume).
    pub paused: usize,
    pub tablet: TabletStatus,
}

/// After this long without input the registration in progress is paused: put aside (resumable
/// with its code) and the tablet back on the language screen for the next person.
pub const PAUSE_AFTER_MS: u64 = 10 * 60 * 1_000;

/// How long the confirmation screen keeps the person's copy ready to print.
pub const PRINTABLE_MS: u64 = 10 * 60 * 1_000;

impl Default for State {
    fn default() -> Self {
        Self {
            screen: Screen::Loading,
            locale: None,
            draft: Draft::default(),
            edits: 0,
            errors: vec![],
            no_key: false,
            load_failed: false,
            purges: 0,
            draft_age: DraftAge::Fresh,
            idle_hours: retention::DEFAULT_DRAFT_IDLE_HOURS,
            bilingual: false,
            printable: None,
            to_pause: None,
            pauses: 0,
            paused: 0,
            tablet: TabletStatus::default(),
        }
    }
}

/// Everything that changes the state, as data: a test can build, print and replay a sequence.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// What storage held at start.
    Loaded {
        locale: Option<Locale>,
        draft: Option<Box<Draft>>,
        idle_hours: u32,
        now_ms: u64,
        /// The id a registration started now gets (made outside, so the reducer stays pure).
        new_id: SubmissionId,
    },
    ChooseLocale {
        locale: Locale,
        /// The id of the registration, if this choice starts one.
        new_id: SubmissionId,
    },
    /// Staff opened the language screen for an assisted registration with this code.
    Assist(String),
    ChangeLanguage,
    /// A change to the draft by the person (which clears the errors of its field).
    Edit(Edit),
    /// Go to a wizard step (kept in the draft, so that a resumed draft opens there).
    GoTo(Step),
    /// The consent screen's answer; `by` is who helped (`self`, `reception-staff`, ...).
    Consent {
        given: bool,
        by: String,
        now_ms: u64,
        /// The short code to resume a paused draft, shown to the person from now on.
        code: String,
    },
    /// A paused draft, unlocked with its code, becomes the one in progress again.
    Resume(Box<Draft>),
    /// How many paused drafts storage holds.
    Paused(usize),
    Invalid(Vec<FieldError>),
    Submitted {
        at_ms: u64,
    },
    /// Reading the stored draft at start failed.
    LoadFailed,
    /// The draft was written to storage at this time.
    Saved {
        at_ms: u64,
    },
    NoKey,
    NewRegistration,
    /// The clock moved on: check the draft's age.
    Tick {
        now_ms: u64,
    },
    OpenTablet,
    CloseTablet,
    /// "My language is not here", and back to the languages.
    OpenMissingLanguage,
    CloseMissingLanguage,
    SetIdleHours(u32),
    ToggleBilingual,
    Tablet(TabletAction),
}

impl From<TabletAction> for Action {
    fn from(a: TabletAction) -> Action {
        Action::Tablet(a)
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        session::reduce(&mut s, action);
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests;
