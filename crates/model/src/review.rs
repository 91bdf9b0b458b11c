//! The review of the resident app's words by language reviewers (interpreters, translators):
//! what the review screen shows and sends, and the language packs that carry reviewed words to
//! the tablets.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where one message stands in a locale.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewState {
    /// The text the app ships (machine-assisted, unreviewed).
    Draft,
    /// Accepted or corrected by a reviewer.
    Reviewed,
    /// Reviewed, and agreed to by a second reviewer of the locale.
    Approved,
    /// Reviewed against a Norwegian source that has changed since.
    Stale,
}

/// One message as a reviewer sees it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewRow {
    /// The Fluent message id.
    pub id: String,
    /// Where the resident meets it: `start`, a step (`consent`, `person`, `languages`,
    /// `education`, `work`, `skills`, `wishes`, `review`), `throughout` or `tablet`.
    pub place: String,
    /// The Norwegian source (Fluent).
    pub source: String,
    /// The English text, as help.
    pub english: String,
    /// The locale's current text: the reviewed one, or the one the app ships.
    pub text: String,
    pub state: ReviewState,
    /// Whether the caller reviewed it last (then another reviewer must approve it).
    pub reviewed_by_me: bool,
    /// Its recording, if it has one.
    #[serde(default)]
    pub recording: Option<RowRecording>,
}

/// A message's recording as a reviewer sees it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowRecording {
    /// `audio/webm`, `audio/mp4` or `audio/wav`.
    pub media_type: String,
    pub duration_ms: u64,
    /// Recorded against a Norwegian source that has changed since: not played.
    pub stale: bool,
    /// Where to hear it when the release carries it (`/audio/...`); else it is the API's
    /// `/review/{locale}/{message}/recording`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// How far one place (or the whole locale, `place` empty) has come.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub place: String,
    pub messages: u32,
    pub reviewed: u32,
    pub approved: u32,
    pub stale: u32,
    /// Messages with a recording that is not stale.
    #[serde(default)]
    pub recorded: u32,
}

/// How far one locale's words have come, for admins: its messages, and how many are
/// reviewed (approved ones included), approved, stale and recorded (fresh recordings).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocaleCoverage {
    pub locale: String,
    pub messages: u32,
    pub reviewed: u32,
    pub approved: u32,
    pub stale: u32,
    pub recorded: u32,
}

/// A locale's messages in the order a resident meets them, with the progress per place.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub locale: String,
    /// The locales the caller may work on.
    pub locales: Vec<String>,
    pub rows: Vec<ReviewRow>,
    /// Per place, in order, then the locale's total (with an empty `place`).
    pub progress: Vec<Progress>,
}

/// A reviewer's text for one message: the text shown (to accept it) or a correction.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewBody {
    /// Fluent, using exactly the `$variables` of the Norwegian source.
    pub text: String,
}

/// The reviewed words of one locale, for the tablets: each overrides the text the app ships.
/// Only reviews that are not stale are in it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguagePack {
    pub locale: String,
    /// A hash of the content: a tablet replaces its pack when this changes.
    pub hash: String,
    /// Message id -> Fluent text.
    pub messages: BTreeMap<String, String>,
    /// Message id -> its recording (only those that are not stale), fetched from
    /// `/language-packs/{locale}/recordings/{message}?v={hash}`.
    #[serde(default)]
    pub recordings: BTreeMap<String, PackRecording>,
}

/// One recording of a language pack.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackRecording {
    /// A hash of the audio: its URL changes with it.
    pub hash: String,
    pub media_type: String,
    /// Where a recording the release carries is served (`/audio/<locale>/<file>?v=<hash>`);
    /// `None` for one recorded on this server (served by the API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl LanguagePack {
    /// Where the tablets fetch the recording of `message`.
    pub fn recording_url(&self, message: &str) -> Option<String> {
        let r = self.recordings.get(message)?;
        if let Some(url) = &r.url {
            return Some(url.clone());
        }
        Some(format!(
            "/api/v1/language-packs/{}/recordings/{message}?v={}",
            self.locale, r.hash
        ))
    }
}
