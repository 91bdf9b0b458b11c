//! A caller's reach: which persons a role may see, as a filter on SQL (`p` persons, `s` their
//! settlement) and as a test on what the search index holds. Who gets which reach is decided
//! in [`crate::access`].

use crate::db::Sql;

/// The persons a user may see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    /// Admins: anyone, for the decisions an endpoint allows them (never a profile read).
    Everyone,
    /// Settlement officers: everyone; shielded persons only for officers marked to handle them.
    National { shielded: bool },
    /// Career counsellors: the persons of their centres (not shielded ones).
    Centres(Vec<String>),
    /// Reception staff: the residents of their own centre (not shielded ones).
    Centre(String),
    /// Municipality users: the persons their municipality agreed to settle.
    Municipality(String),
}

impl Reach {
    /// `AND ...` limiting `p` (persons) and `s` (their settlement, LEFT JOINed) to this reach.
    pub fn push(&self, q: &mut Sql) {
        match self {
            Reach::Everyone | Reach::National { shielded: true } => {}
            Reach::National { shielded: false } => {
                q.push(" AND p.shielded = 0");
            }
            Reach::Centres(centres) => {
                // The empty id keeps the list valid for a counsellor with no centre.
                q.push(" AND p.shielded = 0 AND p.centre_id IN ")
                    .push_tuple(std::iter::once("").chain(centres.iter().map(String::as_str)));
            }
            Reach::Centre(centre) => {
                q.push(" AND p.shielded = 0 AND p.centre_id = ")
                    .push_bind(centre.clone());
            }
            Reach::Municipality(m) => {
                q.push(" AND s.municipality_id = ").push_bind(m.clone());
            }
        }
    }

    /// The same rule as [`Reach::push`], for what the search index holds in memory.
    pub fn admits(&self, shielded: bool, centre: Option<&str>, municipality: Option<&str>) -> bool {
        match self {
            Reach::Everyone | Reach::National { shielded: true } => true,
            Reach::National { shielded: false } => !shielded,
            Reach::Centres(centres) => {
                !shielded && centre.is_some_and(|c| centres.iter().any(|m| m == c))
            }
            Reach::Centre(own) => !shielded && centre == Some(own.as_str()),
            Reach::Municipality(m) => municipality == Some(m.as_str()),
        }
    }

    /// Whether a shielded person's centre (where they live) is kept from this caller: it is
    /// shown only to officers who handle shielded persons.
    pub fn hides_centre_of_shielded(&self) -> bool {
        !matches!(self, Reach::National { shielded: true })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shielded_persons_are_admitted_only_to_officers_who_handle_them_and_admins() {
        let c = Some("c1");
        assert!(Reach::Everyone.admits(true, c, None));
        assert!(Reach::National { shielded: true }.admits(true, c, None));
        assert!(!Reach::National { shielded: false }.admits(true, c, None));
        assert!(!Reach::Centres(vec!["c1".into()]).admits(true, c, None));
        assert!(!Reach::Centre("c1".into()).admits(true, c, None));
        assert!(Reach::Centre("c1".into()).admits(false, c, None));
        assert!(!Reach::Centre("c2".into()).admits(false, c, None));
        assert!(!Reach::Municipality("m".into()).admits(false, c, None));
        assert!(Reach::Municipality("m".into()).admits(true, c, Some("m")));
    }

    #[test]
    fn only_an_officer_handling_shielded_persons_sees_where_they_live() {
        assert!(!Reach::National { shielded: true }.hides_centre_of_shielded());
        for r in [
            Reach::Everyone,
            Reach::National { shielded: false },
            Reach::Municipality("m".into()),
        ] {
            assert!(r.hides_centre_of_shielded());
        }
    }
}
