//! The form's steps, in the order a resident meets them. A draft keeps the step it was left on
//! (stored as its number, so drafts saved before this type existed still open), and every field
//! belongs to the step named by the first segment of its path.

use serde::{Deserialize, Serialize};

#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(from = "u8", into = "u8")]
pub enum Step {
    #[default]
    Consent,
    About,
    Languages,
    Education,
    Work,
    Skills,
    Wishes,
    Review,
}

impl Step {
    pub const ALL: [Step; 8] = [
        Step::Consent,
        Step::About,
        Step::Languages,
        Step::Education,
        Step::Work,
        Step::Skills,
        Step::Wishes,
        Step::Review,
    ];

    /// The first segment of its fields' paths (`person` for `person.year_of_birth`); also the
    /// step's name in the page (`data-step`).
    pub fn section(self) -> &'static str {
        match self {
            Step::Consent => "consent",
            Step::About => "person",
            Step::Languages => "languages",
            Step::Education => "education",
            Step::Work => "work",
            Step::Skills => "skills",
            Step::Wishes => "wishes",
            Step::Review => "review",
        }
    }

    /// The Fluent message id of the step's title.
    pub fn title_id(self) -> &'static str {
        match self {
            Step::Consent => "step-consent",
            Step::About => "step-about",
            Step::Languages => "step-languages",
            Step::Education => "step-education",
            Step::Work => "step-work",
            Step::Skills => "step-skills",
            Step::Wishes => "step-wishes",
            Step::Review => "step-review",
        }
    }

    /// Its place, counted from 0.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The step a field belongs to, from its path (`work[2].end_year` → [`Step::Work`]); a path
    /// of no step's (the schema version, the whole record) goes to the review.
    pub fn of_path(path: &str) -> Step {
        let head = path.split(['.', '[']).next().unwrap_or_default();
        Step::ALL
            .into_iter()
            .find(|s| s.section() == head)
            .unwrap_or(Step::Review)
    }

    pub fn next(self) -> Step {
        Step::from(self as u8 + 1)
    }

    pub fn previous(self) -> Step {
        Step::from((self as u8).saturating_sub(1))
    }

    /// The steps of the form proper, after consent.
    pub fn after_consent() -> impl Iterator<Item = Step> {
        Step::ALL.into_iter().skip(1)
    }
}

/// A stored number past the last step opens the review, as it did before steps had names.
impl From<u8> for Step {
    fn from(n: u8) -> Step {
        Step::ALL
            .get(usize::from(n))
            .copied()
            .unwrap_or(Step::Review)
    }
}

impl From<Step> for u8 {
    fn from(s: Step) -> u8 {
        s as u8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_lead_to_their_step() {
        assert_eq!(Step::of_path("consent"), Step::Consent);
        assert_eq!(Step::of_path("person.year_of_birth"), Step::About);
        assert_eq!(
            Step::of_path("languages.entries[0].reading"),
            Step::Languages
        );
        assert_eq!(Step::of_path("work[2].end_year"), Step::Work);
        assert_eq!(Step::of_path("wishes.region"), Step::Wishes);
        assert_eq!(Step::of_path("schema_version"), Step::Review);
        assert_eq!(Step::of_path(""), Step::Review);
    }

    #[test]
    fn a_step_is_stored_as_its_number_and_old_numbers_still_read() {
        assert_eq!(serde_json::to_string(&Step::Work).unwrap(), "4");
        for s in Step::ALL {
            let back: Step = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
            assert_eq!(back, s);
        }
        assert_eq!(serde_json::from_str::<Step>("200").unwrap(), Step::Review);
    }

    #[test]
    fn next_and_previous_stop_at_the_ends() {
        assert_eq!(Step::Review.next(), Step::Review);
        assert_eq!(Step::Consent.previous(), Step::Consent);
        assert_eq!(Step::About.next(), Step::Languages);
        assert_eq!(Step::after_consent().count(), 7);
    }
}
