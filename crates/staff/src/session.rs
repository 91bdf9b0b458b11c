//! The staff app's own state: who is logged in, where they are, the language, and the last
//! refusal to show. A reducer over plain actions, so that the rules (a lapsed session asks for
//! the login and comes back to the same place; a new place clears the old error) are tested
//! without a browser.

use crate::api::ApiError;
use evne_model::persons::Me;
use evne_ui::i18n::Locale;
use std::rc::Rc;
use yew::Reducible;

/// Where a logged-in user is.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    List,
    Person(String),
    Stats,
    Handover,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub locale: Locale,
    pub me: Option<Me>,
    /// The first `GET /me` answered (until then nothing is drawn: no login form flashes).
    pub started: bool,
    pub place: Place,
    pub problem: Option<ApiError>,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            locale: Locale::Nb,
            me: None,
            started: false,
            place: Place::List,
            problem: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Act {
    /// What `GET /me` said at start: a session still open, or none.
    Started(Option<Me>),
    LoggedIn(Me),
    LoginFailed(ApiError),
    /// A call of a screen was refused.
    Failed(ApiError),
    Go(Place),
    /// Norwegian ↔ English.
    SwitchLocale,
    LoggedOut,
}

impl Session {
    /// The language the switch offers.
    pub fn other_locale(&self) -> Locale {
        if self.locale == Locale::Nb {
            Locale::En
        } else {
            Locale::Nb
        }
    }
}

impl Reducible for Session {
    type Action = Act;

    fn reduce(self: Rc<Self>, act: Act) -> Rc<Self> {
        let mut s = (*self).clone();
        match act {
            Act::Started(me) => {
                s.me = me;
                s.started = true;
            }
            Act::LoggedIn(me) => {
                s.me = Some(me);
                s.problem = None;
            }
            // A wrong name or password is said as such, not as a lapsed session.
            Act::LoginFailed(ApiError::Unauthorized) => s.problem = Some(ApiError::Invalid),
            Act::LoginFailed(e) => s.problem = Some(e),
            Act::Failed(e) => {
                // Log in again, then back to the same place.
                if e == ApiError::Unauthorized {
                    s.me = None;
                }
                s.problem = Some(e);
            }
            Act::Go(place) => {
                s.problem = None;
                s.place = place;
            }
            Act::SwitchLocale => s.locale = s.other_locale(),
            Act::LoggedOut => {
                s.me = None;
                s.place = Place::List;
            }
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use evne_model::Role;

    fn play(acts: impl IntoIterator<Item = Act>) -> Session {
        acts.into_iter()
            .fold(Rc::new(Session::default()), Reducible::reduce)
            .as_ref()
            .clone()
    }

    fn officer() -> Me {
        Me {
            username: "officer".into(),
            role: Role::SettlementOfficer,
            must_change_password: false,
            review_locales: vec![],
        }
    }

    #[test]
    fn a_lapsed_session_asks_for_the_login_and_comes_back_to_the_same_place() {
        let s = play([
            Act::Started(Some(officer())),
            Act::Go(Place::Person("p1".into())),
            Act::Failed(ApiError::Unauthorized),
        ]);
        assert_eq!(
            (s.me.is_none(), s.problem),
            (true, Some(ApiError::Unauthorized))
        );
        let s = play([
            Act::Started(Some(officer())),
            Act::Go(Place::Person("p1".into())),
            Act::Failed(ApiError::Unauthorized),
            Act::LoggedIn(officer()),
        ]);
        assert_eq!(s.place, Place::Person("p1".into()));
        assert_eq!(s.problem, None);
    }

    #[test]
    fn a_wrong_password_is_not_called_a_lapsed_session_and_a_new_place_clears_errors() {
        let s = play([Act::Started(None), Act::LoginFailed(ApiError::Unauthorized)]);
        assert_eq!(s.problem, Some(ApiError::Invalid));
        let s = play([Act::LoginFailed(ApiError::TooManyAttempts)]);
        assert_eq!(s.problem, Some(ApiError::TooManyAttempts));
        let s = play([
            Act::Started(Some(officer())),
            Act::Failed(ApiError::Forbidden),
            Act::Go(Place::Stats),
        ]);
        assert_eq!((s.problem, s.place), (None, Place::Stats));
    }

    #[test]
    fn logging_out_forgets_the_user_and_the_place_and_the_language_switches_both_ways() {
        let s = play([
            Act::Started(Some(officer())),
            Act::Go(Place::Handover),
            Act::LoggedOut,
        ]);
        assert_eq!((s.me, s.place), (None, Place::List));
        assert_eq!(play([Act::SwitchLocale]).locale, Locale::En);
        assert_eq!(
            play([Act::SwitchLocale, Act::SwitchLocale]).locale,
            Locale::Nb
        );
    }
}
