//! The hand-over feed (`GET /api/v1/feed`): what a municipality's case system reads, in commit
//! order, about the persons a municipality agreed to settle, and only those. Version 1 of the
//! event schema ([`SCHEMA`]); a change that a consumer could trip on gets a new version.

use crate::persons::NoteBody;
use serde::{Deserialize, Serialize};

/// The event schema's name and version, in every event.
pub const SCHEMA: &str = "evne.feed/1";
/// Events per page unless the caller asks for fewer (or more, up to [`MAX_LIMIT`]).
pub const DEFAULT_LIMIT: usize = 100;
pub const MAX_LIMIT: usize = 1000;

/// What happened to a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum FeedKind {
    /// A municipality agreed to settle the person: their profile and the counsellors' notes.
    SettlementAgreed,
    /// A settled person's profile, notes or codes changed: all of it again.
    ProfileUpdated,
    /// The settlement was undone: the case system should let the person go.
    SettlementWithdrawn,
    /// The person was erased (or merged into another): the id only. Earlier events of the person
    /// are gone from the feed.
    PersonErased,
}

impl FeedKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FeedKind::SettlementAgreed => "settlement_agreed",
            FeedKind::ProfileUpdated => "profile_updated",
            FeedKind::SettlementWithdrawn => "settlement_withdrawn",
            FeedKind::PersonErased => "person_erased",
        }
    }

    pub fn parse(s: &str) -> Option<FeedKind> {
        [
            FeedKind::SettlementAgreed,
            FeedKind::ProfileUpdated,
            FeedKind::SettlementWithdrawn,
            FeedKind::PersonErased,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// A coded answer of the profile, its code and the code's Norwegian label.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeedCode {
    /// Where in the profile, as in validation errors (`work[0].occupation`).
    pub path: String,
    pub code: String,
    /// Its label in Norwegian (bokmål), as the staff screens show it.
    pub label_nb: String,
}

/// A counsellor's note, as the feed carries it (no author).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeedNote {
    pub created_at: i64,
    pub updated_at: i64,
    #[serde(flatten)]
    pub body: NoteBody,
}

/// One event. Delivery is at least once: a consumer keeps `id`s it has applied and skips one
/// it sees again.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeedEvent {
    /// [`SCHEMA`].
    pub schema: String,
    /// Unique per event, for idempotency.
    pub id: String,
    /// The cursor that reads on after this event.
    pub cursor: String,
    pub kind: FeedKind,
    /// The person's id (the same in every event about them).
    pub person: String,
    /// When it happened (RFC 3339, UTC).
    pub at: String,
    /// The settling municipality (organisation id), for settlements and updates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<String>,
    /// The profile version this event carries (1 for the first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// The profile record (schema version 2) with each job's ISCO-08 and ESCO codes, for
    /// settlements and updates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub profile: Option<serde_json::Value>,
    /// Every coded answer with its Norwegian label.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<FeedCode>,
    /// The counsellors' notes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<FeedNote>,
}

/// One page of the feed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeedPage {
    pub events: Vec<FeedEvent>,
    /// Where to read on (`?after=`): after the last event, or where this page started when it
    /// is empty.
    pub next: String,
    /// Whether more events follow at once.
    pub more: bool,
}
