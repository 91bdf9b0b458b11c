//! What the form holds while a person types: any answer, complete or not, is kept.

use super::error::FieldError;
use super::record::{Consent, LanguageEntry, ProfileRecord, Text, SCHEMA_VERSION};
use super::step::Step;
use super::validate::Profile;
use crate::SubmissionId;
use serde::{Deserialize, Serialize};

/// A registration in progress. Saved (encrypted) on the tablet after every change, and read
/// back with [`super::migrate::draft_from_value`], which also upgrades older versions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    pub schema_version: u32,
    /// Made when the registration starts; becomes the submission's id, so that submitting the
    /// same draft twice (a double tap) queues and stores it once.
    #[serde(default)]
    pub id: Option<SubmissionId>,
    /// The UI locale the person chose; new free text is taken to be written in it.
    pub locale: String,
    /// The wizard step the person was on, so a resumed draft opens there.
    #[serde(default)]
    pub step: Step,
    /// Last saved (ms since the Unix epoch); 0 when unknown. Drives deletion of idle drafts.
    #[serde(default)]
    pub updated_at_ms: u64,
    /// The short code shown to the person at the start: a paused draft resumes only with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resume_code: Option<String>,
    /// The assisted-registration code staff started this registration with (sent along with
    /// the submission, so the centre's overview shows it finished).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assist: Option<String>,
    pub profile: ProfileRecord,
}

impl Default for Draft {
    fn default() -> Self {
        Self::new("")
    }
}

impl Draft {
    pub fn new(locale: &str) -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            id: None,
            locale: locale.to_owned(),
            step: Step::Consent,
            updated_at_ms: 0,
            resume_code: None,
            assist: None,
            profile: ProfileRecord::default(),
        }
    }

    /// Free text typed now, in the draft's language.
    pub fn text(&self, text: &str) -> Text {
        Text::new(text, self.locale.clone())
    }

    /// Adds or removes a language, keeping the order in which languages were ticked.
    pub fn toggle_language(&mut self, code: &str) {
        let entries = &mut self.profile.languages.entries;
        if let Some(pos) = entries.iter().position(|e| e.code == code) {
            entries.remove(pos);
        } else {
            entries.push(LanguageEntry::new(code));
        }
    }

    /// Records the person's consent (or, with `given == false`, its absence or withdrawal).
    pub fn set_consent(&mut self, given: bool, by: &str, now_ms: u64) {
        self.profile.consent = given.then(|| Consent {
            scopes: vec!["registration".into(), "municipality".into()],
            given_at_ms: Some(now_ms),
            lang: self.locale.clone(),
            by: by.to_owned(),
            withdrawn_at_ms: None,
        });
    }

    pub fn has_consent(&self) -> bool {
        self.profile
            .consent
            .as_ref()
            .is_some_and(|c| c.withdrawn_at_ms.is_none())
    }

    /// Validates the whole draft; every problem is reported, not just the first.
    pub fn finalize(&self, current_year: u16) -> Result<Profile, Vec<FieldError>> {
        Profile::parse(self.profile.clone(), current_year)
    }
}
