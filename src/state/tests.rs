//! The reducer, replayed: sequences of actions and what the person sees after them.

use super::*;
use evne_model::draft_lock::LockMethod;
use evne_model::profile::Value;

const H: u64 = 60 * 60 * 1_000;

fn reduce(s: State, a: Action) -> State {
    (*Rc::new(s).reduce(a)).clone()
}

#[test]
fn the_lock_buttons_wait_for_the_prompt_and_a_failure_is_said() {
    let locked = TabletLock::Locked(LockMethod::Prf);
    let mut s = reduce(State::default(), TabletAction::Lock(locked).into());
    s = reduce(s, TabletAction::LockPending.into());
    assert!(s.tablet.lock_pending && !s.tablet.lock_failed);
    s = reduce(s, TabletAction::LockFailed.into());
    assert!(!s.tablet.lock_pending && s.tablet.lock_failed);
    assert_eq!(s.tablet.lock, locked, "still locked");
    s = reduce(s, TabletAction::LockPending.into());
    s = reduce(
        s,
        TabletAction::Lock(TabletLock::Unlocked(LockMethod::Prf)).into(),
    );
    assert!(!s.tablet.lock_pending && !s.tablet.lock_failed);
    assert_eq!(s.tablet.lock, TabletLock::Unlocked(LockMethod::Prf));
}

#[test]
fn an_idle_draft_is_warned_about_then_purged() {
    let mut s = State::default();
    s = reduce(s, choose(Locale::Ar));
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
    s = reduce(s, choose(Locale::Ti));
    s = reduce(s, consent(true, "reception-staff", H, "1234"));
    assert_eq!(s.draft.assist.as_deref(), Some("K7M2QX"));
    s = reduce(s, Action::Submitted { at_ms: H });
    s = reduce(s, Action::NewRegistration);
    assert_eq!(s.draft.assist, None, "the next person starts unassisted");
    assert!(!s.bilingual);

    // A registration already under way is not taken over by a code.
    s = reduce(s, choose(Locale::Ar));
    s = reduce(s, consent(true, "self", H, "1234"));
    s = reduce(s, Action::Assist("ABCDEF".into()));
    assert_eq!(s.draft.assist, None);
}

fn consent(given: bool, by: &str, now_ms: u64, code: &str) -> Action {
    Action::Consent {
        given,
        by: by.into(),
        now_ms,
        code: code.into(),
    }
}

fn choose(locale: Locale) -> Action {
    Action::ChooseLocale {
        locale,
        new_id: SubmissionId::new(),
    }
}

fn name(text: &str) -> Action {
    Action::Edit(Edit::new("person.given_name", Value::Text(text.into())))
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
    let mut s = reduce(State::default(), choose(Locale::Ar));
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

    let mut s = reduce(State::default(), choose(Locale::Ar));
    s = reduce(s, Action::Submitted { at_ms: H });
    s = reduce(s, Action::NewRegistration);
    assert!(s.printable.is_none());
}

#[test]
fn an_idle_registration_is_paused_and_resumed_with_its_draft() {
    let mut s = reduce(State::default(), choose(Locale::Ti));
    s = reduce(s, consent(true, "self", H, "4821"));
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
    let mut s = reduce(State::default(), choose(Locale::Ti));
    s = reduce(s, name("ሰላም"));
    s = reduce(s, consent(false, "self", 1, "1234"));
    assert_eq!(s.draft, Draft::default());
    assert_eq!(s.screen, Screen::Declined);
    assert_eq!(s.purges, 1, "the stored draft is deleted too");
}

/// A session as the list of its actions: replayed, it gives the same state, and an edit that
/// fits no field leaves the draft and the count of edits alone.
#[test]
fn a_session_replayed_is_the_same_session() {
    let actions = vec![
        choose(Locale::So),
        consent(true, "self", H, "0042"),
        name("Faadumo"),
        Action::Edit(Edit::new("person.year_of_birth", Value::Number(Some(1994)))),
        Action::GoTo(Step::Languages),
        Action::Edit(Edit::new("languages.entries", Value::Toggle("so".into()))),
        Action::Edit(Edit::new("person.shoe_size", Value::Number(Some(41)))),
        Action::Saved { at_ms: H + 1 },
    ];
    let play = || actions.iter().cloned().fold(State::default(), reduce);
    let (first, second) = (play(), play());
    assert_eq!(first, second);
    assert_eq!(
        first.edits, 6,
        "locale, consent, two fields, step, language; not the refused one"
    );
    assert_eq!(first.draft.profile.person.year_of_birth, Some(1994));
    assert_eq!(first.draft.step, Step::Languages);
    assert!(
        format!("{actions:?}").contains("person.shoe_size"),
        "printable"
    );
}

#[test]
fn my_language_is_not_here_opens_from_the_languages_only_and_goes_back_to_them() {
    let mut s = State {
        screen: Screen::Language,
        ..State::default()
    };
    s = reduce(s, Action::OpenMissingLanguage);
    assert_eq!(s.screen, Screen::MissingLanguage);
    s = reduce(s, Action::CloseMissingLanguage);
    assert_eq!(s.screen, Screen::Language);
    let form = State {
        screen: Screen::Form,
        ..State::default()
    };
    let s = reduce(form, Action::OpenMissingLanguage);
    assert_eq!(s.screen, Screen::Form, "not from a registration under way");
    assert_eq!(reduce(s, Action::CloseMissingLanguage).screen, Screen::Form);
}
