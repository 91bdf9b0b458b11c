//! The resident's session: the screen they are on, their draft and its errors, its age and
//! pauses, their printed copy. Each action is one step of a pure function of the state.

use super::{Action, Screen, State, PAUSE_AFTER_MS, PRINTABLE_MS};
use crate::i18n::Locale;
use evne_model::profile::{EditError, Step};
use evne_model::retention::{self, DraftAge};
use evne_model::Draft;
use std::rc::Rc;

pub(super) fn reduce(s: &mut State, action: Action) {
    match action {
        Action::Loaded {
            locale,
            draft,
            idle_hours,
            now_ms,
            new_id,
        } => {
            s.locale = locale;
            s.idle_hours = idle_hours;
            if let Some(draft) = draft {
                s.draft = *draft;
            }
            // Left idle before the app closed: put aside, not shown to whoever is here now.
            pause_if_idle(s, now_ms);
            if s.locale.is_some() && s.draft.id.is_none() {
                s.draft.id = Some(new_id);
            }
            s.screen = if s.locale.is_some() {
                Screen::Form
            } else {
                Screen::Language
            };
        }
        Action::ChooseLocale { locale, new_id } => {
            s.locale = Some(locale);
            s.draft.locale = locale.code().to_owned();
            if s.draft.id.is_none() {
                s.draft.id = Some(new_id);
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
        Action::Edit(edit) => match s.draft.apply(&edit) {
            Ok(()) => {
                s.edits += 1;
                s.errors.retain(|e| !e.is_within(&edit.path));
            }
            // Every path the form sends is applied (the model's tests replay them all): this
            // is a bug, said in the console; the draft stays as it was.
            Err(e) => refused(&e),
        },
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
            s.tablet.outbox.waiting += 1;
            s.draft_age = DraftAge::Fresh;
            s.screen = Screen::Done;
        }
        Action::LoadFailed => {
            s.tablet.storage_failed = true;
            s.load_failed = true;
        }
        Action::Saved { at_ms } => {
            s.tablet.storage_failed = false;
            s.draft.updated_at_ms = at_ms;
            s.draft_age = DraftAge::Fresh;
        }
        Action::NewRegistration => {
            s.printable = None;
            s.bilingual = false;
            s.tablet.outbox.sent = 0;
            s.screen = Screen::Language;
        }
        Action::Tick { now_ms } => {
            if s.screen == Screen::Form {
                pause_if_idle(s, now_ms);
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
        Action::OpenMissingLanguage if s.screen == Screen::Language => {
            s.screen = Screen::MissingLanguage
        }
        Action::OpenMissingLanguage => {}
        Action::CloseMissingLanguage if s.screen == Screen::MissingLanguage => {
            s.screen = Screen::Language
        }
        Action::CloseMissingLanguage => {}
        Action::CloseTablet => {
            s.screen = if s.locale.is_some() && s.draft.updated_at_ms > 0 {
                Screen::Form
            } else {
                Screen::Language
            }
        }
        Action::SetIdleHours(hours) => s.idle_hours = hours,
        Action::ToggleBilingual => s.bilingual = !s.bilingual,
        Action::Tablet(a) => s.tablet.reduce(a),
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

#[cfg(target_arch = "wasm32")]
fn refused(e: &EditError) {
    gloo::console::error!(e.to_string());
}

#[cfg(not(target_arch = "wasm32"))]
fn refused(_: &EditError) {}
