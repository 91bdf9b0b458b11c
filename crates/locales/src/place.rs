//! Where a resident meets a message, so that a reviewer works through the app in the order a
//! resident does: the first screens, each step of the form, what recurs on every step, and
//! last the tablet's own screens (which staff use, in the tablet's language).

use evne_model::profile::Step;

/// A part of the app, in the order a resident meets them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    /// The language screen and what comes before the form (resuming, the read-aloud switch).
    Start,
    Step(Step),
    /// On every step: the buttons, the step titles, the error messages.
    Throughout,
    /// The tablet's screens for staff (status, enrolment, the draft lock).
    Tablet,
}

impl Place {
    /// Every place, in order.
    pub fn all() -> Vec<Place> {
        let steps = Step::ALL.into_iter().map(Place::Step);
        std::iter::once(Place::Start)
            .chain(steps)
            .chain([Place::Throughout, Place::Tablet])
            .collect()
    }

    /// Its name on the wire: `start`, a step's section (`person`, `languages`, ...),
    /// `throughout`, `tablet`.
    pub fn code(self) -> &'static str {
        match self {
            Place::Start => "start",
            Place::Step(s) => s.section(),
            Place::Throughout => "throughout",
            Place::Tablet => "tablet",
        }
    }
}

/// Message ids, or families of them (ending in `-`), by place; the first that fits decides.
const RULES: &[(&str, Place)] = &[
    ("status-not-enrolled", Place::Tablet),
    ("drafts-locked", Place::Tablet),
    ("tablet-", Place::Tablet),
    ("app-", Place::Start),
    ("language-", Place::Start),
    ("form-intro", Place::Start),
    ("resume-", Place::Start),
    ("old-browser", Place::Start),
    ("bilingual-toggle", Place::Start),
    ("read-aloud", Place::Start),
    ("consent-", Place::Step(Step::Consent)),
    ("declined-", Place::Step(Step::Consent)),
    ("assisted-", Place::Step(Step::Consent)),
    ("field-given-name", Place::Step(Step::About)),
    ("field-family-name", Place::Step(Step::About)),
    ("field-latin-name", Place::Step(Step::About)),
    ("field-year", Place::Step(Step::About)),
    ("field-gender", Place::Step(Step::About)),
    ("field-origin", Place::Step(Step::About)),
    ("field-citizenship", Place::Step(Step::About)),
    ("field-case-number", Place::Step(Step::About)),
    ("field-phone", Place::Step(Step::About)),
    ("gender-", Place::Step(Step::About)),
    ("field-languages", Place::Step(Step::Languages)),
    ("field-other-language", Place::Step(Step::Languages)),
    ("field-mother-tongue", Place::Step(Step::Languages)),
    ("field-scripts", Place::Step(Step::Languages)),
    ("field-literacy", Place::Step(Step::Languages)),
    ("cefr-", Place::Step(Step::Languages)),
    ("script-", Place::Step(Step::Languages)),
    ("literacy-", Place::Step(Step::Languages)),
    ("education-", Place::Step(Step::Education)),
    ("field-education-", Place::Step(Step::Education)),
    ("field-institution", Place::Step(Step::Education)),
    ("field-country", Place::Step(Step::Education)),
    ("field-start-year", Place::Step(Step::Education)),
    ("field-end-year", Place::Step(Step::Education)),
    ("field-years-completed", Place::Step(Step::Education)),
    ("field-completed", Place::Step(Step::Education)),
    ("field-documents", Place::Step(Step::Education)),
    ("isced-", Place::Step(Step::Education)),
    ("work-", Place::Step(Step::Work)),
    ("field-occupation", Place::Step(Step::Work)),
    ("occupation-", Place::Step(Step::Work)),
    ("field-job-title", Place::Step(Step::Work)),
    ("field-years", Place::Step(Step::Work)),
    ("field-employment", Place::Step(Step::Work)),
    ("field-tasks", Place::Step(Step::Work)),
    ("field-tools", Place::Step(Step::Work)),
    ("isco-", Place::Step(Step::Work)),
    ("employment-", Place::Step(Step::Work)),
    ("field-licences", Place::Step(Step::Skills)),
    ("field-digital", Place::Step(Step::Skills)),
    ("field-certificate", Place::Step(Step::Skills)),
    ("field-certificates", Place::Step(Step::Skills)),
    ("certificate-", Place::Step(Step::Skills)),
    ("field-crafts", Place::Step(Step::Skills)),
    ("field-volunteer", Place::Step(Step::Skills)),
    ("licence-", Place::Step(Step::Skills)),
    ("digital-", Place::Step(Step::Skills)),
    ("field-wished-", Place::Step(Step::Wishes)),
    ("field-region", Place::Step(Step::Wishes)),
    ("field-availability", Place::Step(Step::Wishes)),
    ("field-planning-", Place::Step(Step::Wishes)),
    ("region-", Place::Step(Step::Wishes)),
    ("availability-", Place::Step(Step::Wishes)),
    ("review-", Place::Step(Step::Review)),
    ("submit", Place::Step(Step::Review)),
    ("submit-", Place::Step(Step::Review)),
    ("sent-", Place::Step(Step::Review)),
    ("print-", Place::Step(Step::Review)),
    ("done-", Place::Step(Step::Review)),
    ("new-registration", Place::Step(Step::Review)),
    ("status-", Place::Step(Step::Review)),
    ("step-", Place::Throughout),
    ("error-", Place::Throughout),
    ("years-count", Place::Throughout),
    ("back", Place::Throughout),
    ("next", Place::Throughout),
    ("choose", Place::Throughout),
    ("yes", Place::Throughout),
    ("no", Place::Throughout),
    ("remove", Place::Throughout),
    ("change", Place::Throughout),
    ("edit", Place::Throughout),
];

/// Where a resident meets message `id`; `None` for an id no rule places (a test keeps every
/// shipped message placed).
pub fn of(id: &str) -> Option<Place> {
    RULES.iter().find_map(|(pattern, place)| {
        let fits = match pattern.strip_suffix('-') {
            Some(family) => id.strip_prefix(family).is_some_and(|r| r.starts_with('-')),
            None => id == *pattern,
        };
        fits.then_some(*place)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_message_has_a_place() {
        let nb = crate::shipped(crate::SOURCE).expect("nb");
        let unplaced: Vec<_> = nb.iter().filter(|m| of(&m.id).is_none()).collect();
        assert!(unplaced.is_empty(), "no place for {unplaced:?}");
    }

    #[test]
    fn messages_land_where_the_resident_meets_them() {
        assert_eq!(of("field-year"), Some(Place::Step(Step::About)));
        assert_eq!(of("field-years"), Some(Place::Step(Step::Work)));
        assert_eq!(
            of("field-years-completed"),
            Some(Place::Step(Step::Education))
        );
        assert_eq!(of("cefr-reading-b1"), Some(Place::Step(Step::Languages)));
        assert_eq!(of("occupation-cook"), Some(Place::Step(Step::Work)));
        assert_eq!(of("status-not-enrolled"), Some(Place::Tablet));
        assert_eq!(of("status-sent"), Some(Place::Step(Step::Review)));
        assert_eq!(of("language-title"), Some(Place::Start));
        let order = Place::all();
        assert_eq!(order.first(), Some(&Place::Start));
        assert_eq!(order[1], Place::Step(Step::Consent));
        assert_eq!(order.last(), Some(&Place::Tablet));
        assert!(order.windows(2).all(|w| w[0] < w[1]));
    }
}
