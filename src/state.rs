//! The app's state as a reducer over a typed [`Action`]. Side effects (storage, network) live in
//! `app.rs`; this stays a pure function that is easy to follow.

use crate::bindings::StorageInfo;
use crate::i18n::Locale;
use crate::storage::Starts;
use crate::sync::SyncReport;
use evne_model::draft_lock::LockMethod;
use evne_model::profile::Step;
use evne_model::retention::{self, DraftAge};
use evne_model::sync::OutboxMeta;
use evne_model::{Draft, FieldError, ProfileRecord, SubmissionId};
use std::rc::Rc;
use yew::Reducible;

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
    /// The stored draft could not be read at start: autosave stays off, so that it is not
    /// overwritten by an empty one (the banner says answers are not saved).
    pub load_failed: bool,
    /// Bumped when an idle draft expires; the purge effect deletes it from storage.
    pub purges: u32,
    pub draft_age: DraftAge,
    pub idle_hours: u32,
    pub storage_info: Option<StorageInfo>,
    /// This tablet's starts of the app (what can be said where `storage_info` is missing).
    pub starts: Option<Starts>,
    pub update_ready: bool,
    /// The queue as staff see it on the tablet screen.
    pub queue: Vec<OutboxMeta>,
    pub device_id: Option<String>,
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
    /// Where the draft lock stands (see `storage::lock`).
    pub lock: TabletLock,
    /// The last attempt to lock or unlock failed (cancelled, or the screen lock did not answer).
    pub lock_failed: bool,
    /// The screen lock's prompt is open: a second tap would only fail it.
    pub lock_pending: bool,
}

/// The draft lock as the tablet screen shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TabletLock {
    /// Not known yet, or no lock made: drafts use the older device key.
    Unset,
    /// This browser or device has no platform authenticator with PRF: staff can lock drafts
    /// with a key the server releases to their login instead.
    Unsupported,
    /// Saved drafts wait for staff to unlock them (by the device's screen lock, or by a staff
    /// login for the server's key); new ones are written all the same.
    Locked(LockMethod),
    Unlocked(LockMethod),
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
            outbox: SyncReport::default(),
            storage_failed: false,
            no_key: false,
            load_failed: false,
            purges: 0,
            draft_age: DraftAge::Fresh,
            idle_hours: retention::DEFAULT_DRAFT_IDLE_HOURS,
            storage_info: None,
            starts: None,
            update_ready: false,
            queue: vec![],
            device_id: None,
            bilingual: false,
            printable: None,
            to_pause: None,
            pauses: 0,
            paused: 0,
            lock: TabletLock::Unset,
            lock_failed: false,
            lock_pending: false,
        }
    }
}

pub enum Action {
    /// What storage held at start.
    Loaded {
        locale: Option<Locale>,
        draft: Option<Box<Draft>>,
        idle_hours: u32,
        now_ms: u64,
    },
    ChooseLocale(Locale),
    /// Staff opened the language screen for an assisted registration with this code.
    Assist(String),
    ChangeLanguage,
    /// A change to the draft by the person, at `path` (whose errors it clears).
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
    Synced(SyncReport),
    StorageFailed,
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
    StorageInfo(Option<StorageInfo>),
    Starts(Starts),
    UpdateReady(bool),
    Queue(Vec<OutboxMeta>),
    DeviceId(String),
    SetIdleHours(u32),
    ToggleBilingual,
    /// The draft lock's state, after start-up, a lock or an unlock.
    Lock(TabletLock),
    LockFailed,
    /// The screen lock's prompt opened.
    LockPending,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Loaded {
                locale,
                draft,
                idle_hours,
                now_ms,
            } => {
                s.locale = locale;
                s.idle_hours = idle_hours;
                if let Some(draft) = draft {
                    s.draft = *draft;
                }
                // Left idle before the app closed: put aside, not shown to whoever is here now.
                pause_if_idle(&mut s, now_ms);
                if s.locale.is_some() && s.draft.id.is_none() {
                    s.draft.id = Some(SubmissionId::new());
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
                if s.draft.id.is_none() {
                    s.draft.id = Some(SubmissionId::new());
                }
                s.screen = Screen::Form;
                s.edits += 1;
            }
            Action::Assist(code) => {
                // Only a registration nobody has consented to yet becomes the assisted one.
                if !s.draft.has_consent() {
                    s.draft.assist = Some(code);
                    s.bilingual = true;
                }
            }
            Action::ChangeLanguage => s.screen = Screen::Language,
            Action::Edit(edit) => {
                (edit.change)(&mut s.draft);
                s.edits += 1;
                s.errors.retain(|e| !e.is_within(&edit.path));
            }
            Action::GoTo(step) => {
                s.draft.step = step;
                s.edits += 1;
            }
            Action::Consent {
                given,
                by,
                now_ms,
                code,
            } => {
                if given {
                    s.draft.resume_code = Some(code);
                    // Staff beside the person follow in Norwegian.
                    s.bilingual = s.bilingual || by != "self";
                    s.draft.set_consent(true, &by, now_ms);
                    s.draft.step = s.draft.step.max(Step::About);
                    s.edits += 1;
                } else {
                    // Nothing is stored without consent; what was typed is dropped.
                    s.draft = Draft::default();
                    s.locale = None;
                    s.errors.clear();
                    s.purges += 1;
                    s.screen = Screen::Declined;
                }
            }
            Action::Resume(draft) => {
                s.locale = Locale::parse(&draft.locale);
                s.bilingual = draft.assist.is_some()
                    || draft
                        .profile
                        .consent
                        .as_ref()
                        .is_some_and(|c| c.by != "self");
                s.draft = *draft;
                s.errors.clear();
                s.paused = s.paused.saturating_sub(1);
                s.screen = Screen::Form;
            }
            Action::Paused(n) => s.paused = n,
            Action::Lock(lock) => {
                s.lock = lock;
                s.lock_failed = false;
                s.lock_pending = false;
            }
            Action::LockFailed => {
                s.lock_failed = true;
                s.lock_pending = false;
            }
            Action::LockPending => {
                s.lock_failed = false;
                s.lock_pending = true;
            }
            Action::Invalid(errors) => {
                if let Some(step) = errors.first().map(|e| Step::of_path(&e.path)) {
                    s.draft.step = step;
                }
                s.errors = errors;
            }
            Action::NoKey => s.no_key = true,
            Action::Submitted { at_ms } => {
                s.printable = Some((Rc::new(s.draft.profile.clone()), at_ms));
                s.no_key = false;
                s.draft = Draft::new(&s.draft.locale);
                s.errors.clear();
                s.outbox.waiting += 1;
                s.draft_age = DraftAge::Fresh;
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
            Action::LoadFailed => {
                s.storage_failed = true;
                s.load_failed = true;
            }
            Action::Saved { at_ms } => {
                s.storage_failed = false;
                s.draft.updated_at_ms = at_ms;
                s.draft_age = DraftAge::Fresh;
            }
            Action::NewRegistration => {
                s.printable = None;
                s.bilingual = false;
                s.outbox.sent = 0;
                s.screen = Screen::Language;
            }
            Action::Tick { now_ms } => {
                if s.screen == Screen::Form {
                    pause_if_idle(&mut s, now_ms);
                }
                if s.printable
                    .as_ref()
                    .is_some_and(|(_, at)| now_ms > at + PRINTABLE_MS)
                {
                    // Left on the confirmation screen: nothing of the person stays on show.
                    s.printable = None;
                    s.bilingual = false;
                    if s.screen == Screen::Done {
                        s.screen = Screen::Language;
                    }
                }
                s.draft_age = retention::draft_age(s.draft.updated_at_ms, now_ms, s.idle_hours);
                if s.draft_age == DraftAge::Expired {
                    // Nobody continued it: it goes, and the tablet is ready for the next person.
                    s.draft = Draft::default();
                    s.locale = None;
                    s.errors.clear();
                    s.draft_age = DraftAge::Fresh;
                    s.purges += 1;
                    if s.screen == Screen::Form {
                        s.screen = Screen::Language;
                    }
                }
            }
            Action::OpenTablet => s.screen = Screen::Tablet,
            Action::CloseTablet => {
                s.screen = if s.locale.is_some() && s.draft.updated_at_ms > 0 {
                    Screen::Form
                } else {
                    Screen::Language
                }
            }
            Action::StorageInfo(info) => s.storage_info = info,
            Action::Starts(starts) => s.starts = Some(starts),
            Action::UpdateReady(ready) => s.update_ready = ready,
            Action::Queue(queue) => s.queue = queue,
            Action::DeviceId(id) => s.device_id = Some(id),
            Action::SetIdleHours(hours) => s.idle_hours = hours,
            Action::ToggleBilingual => s.bilingual = !s.bilingual,
        }
        Rc::new(s)
    }
}

/// A consented draft untouched for [`PAUSE_AFTER_MS`] is put aside for its owner, and the
/// tablet goes back to the language screen.
fn pause_if_idle(s: &mut State, now_ms: u64) {
    let d = &s.draft;
    let idle = d.updated_at_ms > 0 && now_ms.saturating_sub(d.updated_at_ms) > PAUSE_AFTER_MS;
    if !(idle && d.has_consent() && d.resume_code.is_some()) {
        return;
    }
    s.to_pause = Some(Rc::new(std::mem::take(&mut s.draft)));
    s.pauses += 1;
    s.paused += 1;
    s.locale = None;
    s.errors.clear();
    s.bilingual = false;
    s.screen = Screen::Language;
}

/// One change by the person: applied by the reducer, which schedules an autosave.
pub struct Edit {
    pub path: String,
    pub change: Box<dyn FnOnce(&mut Draft)>,
}

/// The action for a change at `path`, e.g. `edit("person.phone", move |d| d.profile.person.phone = v)`.
pub fn edit(path: impl Into<String>, change: impl FnOnce(&mut Draft) + 'static) -> Action {
    Action::Edit(Edit {
        path: path.into(),
        change: Box::new(change),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: u64 = 60 * 60 * 1_000;

    fn reduce(s: State, a: Action) -> State {
        (*Rc::new(s).reduce(a)).clone()
    }

    #[test]
    fn the_lock_buttons_wait_for_the_prompt_and_a_failure_is_said() {
        let locked = TabletLock::Locked(LockMethod::Prf);
        let mut s = reduce(State::default(), Action::Lock(locked));
        s = reduce(s, Action::LockPending);
        assert!(s.lock_pending && !s.lock_failed);
        s = reduce(s, Action::LockFailed);
        assert!(!s.lock_pending && s.lock_failed);
        assert_eq!(s.lock, locked, "still locked");
        s = reduce(s, Action::LockPending);
        s = reduce(s, Action::Lock(TabletLock::Unlocked(LockMethod::Prf)));
        assert!(!s.lock_pending && !s.lock_failed);
        assert_eq!(s.lock, TabletLock::Unlocked(LockMethod::Prf));
    }

    #[test]
    fn an_idle_draft_is_warned_about_then_purged() {
        let mut s = State::default();
        s = reduce(s, Action::ChooseLocale(Locale::Ar));
        s = reduce(s, name("سارا"));
        s = reduce(s, Action::Saved { at_ms: H });

        s = reduce(s, Action::Tick { now_ms: H + 23 * H });
        assert!(matches!(s.draft_age, DraftAge::ExpiresSoon { .. }));
        assert_eq!(s.draft.profile.person.given_name.text, "سارا");

        s = reduce(s, Action::Tick { now_ms: H + 24 * H });
        assert_eq!(s.draft, Draft::default(), "nothing of the resident remains");
        assert_eq!(s.purges, 1);
        assert_eq!(s.screen, Screen::Language);
    }

    #[test]
    fn an_assisted_registration_is_bilingual_and_its_code_goes_with_it_to_the_next_person_never() {
        let mut s = reduce(State::default(), Action::Assist("K7M2QX".into()));
        assert!(s.bilingual);
        s = reduce(s, Action::ChooseLocale(Locale::Ti));
        s = reduce(
            s,
            Action::Consent {
                given: true,
                by: "reception-staff".into(),
                now_ms: H,
                code: "1234".into(),
            },
        );
        assert_eq!(s.draft.assist.as_deref(), Some("K7M2QX"));
        s = reduce(s, Action::Submitted { at_ms: H });
        s = reduce(s, Action::NewRegistration);
        assert_eq!(s.draft.assist, None, "the next person starts unassisted");
        assert!(!s.bilingual);

        // A registration already under way is not taken over by a code.
        s = reduce(s, Action::ChooseLocale(Locale::Ar));
        s = reduce(
            s,
            Action::Consent {
                given: true,
                by: "self".into(),
                now_ms: H,
                code: "1234".into(),
            },
        );
        s = reduce(s, Action::Assist("ABCDEF".into()));
        assert_eq!(s.draft.assist, None);
    }

    fn name(text: &'static str) -> Action {
        edit("person.given_name", move |d| {
            d.profile.person.given_name = d.text(text)
        })
    }

    #[test]
    fn an_edit_keeps_the_errors_of_other_fields_and_invalid_goes_to_the_first() {
        use evne_model::ErrorCode;
        let mut s = State::default();
        s = reduce(
            s,
            Action::Invalid(vec![
                FieldError::new("person.given_name", ErrorCode::Required),
                FieldError::new("languages.entries", ErrorCode::Required),
            ]),
        );
        assert_eq!(s.draft.step, Step::About);
        s = reduce(s, name("Amina"));
        assert_eq!(
            s.errors,
            [FieldError::new("languages.entries", ErrorCode::Required)]
        );
    }

    #[test]
    fn the_printed_copy_is_gone_after_a_while_or_with_the_next_person() {
        let mut s = reduce(State::default(), Action::ChooseLocale(Locale::Ar));
        s = reduce(s, name("سارا"));
        s = reduce(s, Action::Submitted { at_ms: H });
        assert_eq!(s.screen, Screen::Done);
        assert!(s.printable.is_some());
        assert_eq!(s.draft.profile, ProfileRecord::default());
        s = reduce(s, Action::Tick { now_ms: H + 60_000 });
        assert!(s.printable.is_some(), "still there a minute later");
        s = reduce(
            s,
            Action::Tick {
                now_ms: H + PRINTABLE_MS + 1,
            },
        );
        assert!(s.printable.is_none());
        assert_eq!(s.screen, Screen::Language);

        let mut s = reduce(State::default(), Action::ChooseLocale(Locale::Ar));
        s = reduce(s, Action::Submitted { at_ms: H });
        s = reduce(s, Action::NewRegistration);
        assert!(s.printable.is_none());
    }

    #[test]
    fn an_idle_registration_is_paused_and_resumed_with_its_draft() {
        let mut s = reduce(State::default(), Action::ChooseLocale(Locale::Ti));
        s = reduce(
            s,
            Action::Consent {
                given: true,
                by: "self".into(),
                now_ms: H,
                code: "4821".into(),
            },
        );
        s = reduce(s, name("ሰላም"));
        s = reduce(s, Action::Saved { at_ms: H });
        s = reduce(
            s,
            Action::Tick {
                now_ms: H + PAUSE_AFTER_MS,
            },
        );
        assert_eq!(s.screen, Screen::Form, "not yet");
        s = reduce(
            s,
            Action::Tick {
                now_ms: H + PAUSE_AFTER_MS + 1,
            },
        );
        assert_eq!(s.screen, Screen::Language);
        assert_eq!(s.draft, Draft::default(), "nothing of it on show");
        assert_eq!((s.pauses, s.paused), (1, 1));
        let paused = s.to_pause.clone().expect("handed to storage");
        assert_eq!(paused.resume_code.as_deref(), Some("4821"));

        s = reduce(s, Action::Resume(Box::new((*paused).clone())));
        assert_eq!(s.screen, Screen::Form);
        assert_eq!(s.locale, Some(Locale::Ti));
        assert_eq!(s.draft.profile.person.given_name.text, "ሰላም");
        assert_eq!(s.paused, 0);
    }

    #[test]
    fn declining_consent_keeps_nothing() {
        let mut s = reduce(State::default(), Action::ChooseLocale(Locale::Ti));
        s = reduce(s, name("ሰላም"));
        s = reduce(
            s,
            Action::Consent {
                given: false,
                by: "self".into(),
                now_ms: 1,
                code: "1234".into(),
            },
        );
        assert_eq!(s.draft, Draft::default());
        assert_eq!(s.screen, Screen::Declined);
        assert_eq!(s.purges, 1, "the stored draft is deleted too");
    }
}
