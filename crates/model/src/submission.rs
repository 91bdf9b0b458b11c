//! What travels from a tablet to the server, and what comes back.

use crate::ids::SubmissionId;
use crate::profile::{FieldError, Profile, ProfileRecord};
use serde::{Deserialize, Serialize};

/// The body of `POST /api/submissions`. The id is made on the tablet and is the idempotency key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubmissionRecord {
    pub id: SubmissionId,
    pub profile: ProfileRecord,
    /// The assisted-registration code, when staff started this registration with one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assist: Option<String>,
}

/// A submission whose profile passed validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    pub id: SubmissionId,
    pub profile: Profile,
    /// A well-formed assisted-registration code (a malformed one is dropped, never refused:
    /// the person's registration counts more than the staff's bookkeeping).
    pub assist: Option<String>,
}

impl Submission {
    pub fn parse(record: SubmissionRecord, current_year: u16) -> Result<Self, Vec<FieldError>> {
        Ok(Self {
            id: record.id,
            profile: Profile::parse(record.profile, current_year)?,
            assist: record.assist.filter(|c| crate::assisted::is_code(c)),
        })
    }

    pub fn to_record(&self) -> SubmissionRecord {
        SubmissionRecord {
            id: self.id,
            profile: self.profile.to_record(),
            assist: self.assist.clone(),
        }
    }
}

/// The server's acknowledgement. Only on receiving it may a tablet forget a submission; a
/// repeat of the same submission gets the very same receipt.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub id: SubmissionId,
    /// When the server first stored it (RFC 3339, UTC).
    pub received_at: String,
}

/// What `POST /api/devices` gives a tablet that staff enrol: its id, and the token it submits
/// with (shown this once; the server keeps only its hash).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Enrolment {
    pub id: String,
    pub token: String,
}

/// What `POST /api/devices/lock-secret` releases to an enrolled tablet and a staff login of its
/// centre: the secret that opens the tablet's draft lock where the browser has no WebAuthn PRF
/// (`draft_lock::LockMethod::Server`). 32 random bytes, base64url; the tablet keeps it in
/// memory only.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockSecret {
    pub secret: String,
}

impl LockSecret {
    /// The secret's bytes, `None` if it is not base64url.
    pub fn bytes(&self) -> Option<Vec<u8>> {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(&self.secret)
            .ok()
    }
}

/// What a tablet reports about its own queue after each sync pass (`POST /api/devices/status`),
/// so that staff see a stuck tablet. Counts and error codes only: never personal data.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeviceStatus {
    /// Submissions waiting on the tablet (refused ones included).
    #[serde(deserialize_with = "crate::whole::deserialize")]
    #[cfg_attr(feature = "openapi", schema(value_type = i64, minimum = 0, maximum = 4294967295u64))]
    pub queued: u32,
    /// Age of the oldest of them, in seconds.
    #[serde(default, deserialize_with = "crate::whole::option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<i64>, minimum = 0))]
    pub oldest_queued_age_s: Option<u64>,
    /// The oldest entry's last error, as the sync plan keeps it (e.g. `"offline"`,
    /// `"409 conflict"`): letters, digits, space, `_` and `-`.
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 64, pattern = "^[A-Za-z0-9 _-]*$")
    )]
    pub last_error: Option<String>,
    /// Whether the browser promised to keep the tablet's storage.
    pub storage_persisted: Option<bool>,
    /// Registrations started on the tablet and not yet submitted (the one in progress and
    /// those paused), so that staff see who began and did not finish. A count only.
    #[serde(default, deserialize_with = "crate::whole::option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<i64>, minimum = 0, maximum = 4294967295u64))]
    pub in_progress: Option<u32>,
    /// Languages residents asked for that the app does not have ("my language is not here"),
    /// counted since the last report: language and count only.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 70))]
    pub asked_languages: Vec<AskedLanguage>,
}

/// How many times residents chose one language the app does not have.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AskedLanguage {
    /// An ISO 639 code of the profile's language list.
    pub language: String,
    #[serde(deserialize_with = "crate::whole::deserialize")]
    #[cfg_attr(feature = "openapi", schema(value_type = i64, minimum = 1, maximum = 1000))]
    pub count: u32,
}

/// Languages asked for at a centre (or, for officers and admins, everywhere) in the last
/// [`ASKED_DAYS`] days, most asked first.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Asked {
    pub language: String,
    pub count: i64,
    /// At how many centres.
    pub centres: i64,
}

/// The days [`Asked`] counts over.
pub const ASKED_DAYS: i64 = 30;

impl DeviceStatus {
    /// Most languages in one report (the profile's list has fewer).
    pub const MAX_ASKED: usize = 70;
    /// Most asks of one language in one report.
    pub const MAX_ASKS: u32 = 1000;
    /// Longest error code accepted: the server stores codes, not messages.
    pub const MAX_ERROR_CHARS: usize = 64;

    /// An error code is short and plain (letters, digits, space, `_`, `-`).
    pub fn is_valid(&self) -> bool {
        self.problem().is_none()
    }

    /// The refused field, named as the JSON names it, and why: the server answers with it, so
    /// that a refusal says which field (and a NUL never reaches a query: PostgreSQL refuses one).
    pub fn problem(&self) -> Option<(&'static str, crate::profile::ErrorCode)> {
        use crate::profile::ErrorCode;
        // Stored as a signed 64-bit number (and so documented).
        if self
            .oldest_queued_age_s
            .is_some_and(|s| s > i64::MAX as u64)
        {
            return Some(("oldest_queued_age_s", ErrorCode::YearsOutOfRange));
        }
        let known = crate::taxonomy::languages();
        let bad_ask = |a: &AskedLanguage| {
            !known.contains(&a.language.as_str()) || !(1..=Self::MAX_ASKS).contains(&a.count)
        };
        if self.asked_languages.len() > Self::MAX_ASKED {
            return Some(("asked_languages", ErrorCode::TooMany));
        }
        if self.asked_languages.iter().any(bad_ask) {
            return Some(("asked_languages", ErrorCode::InvalidLanguage));
        }
        let e = self.last_error.as_deref()?;
        if e.chars().count() > Self::MAX_ERROR_CHARS {
            Some(("last_error", ErrorCode::TooLong))
        } else if !e
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " _-".contains(c))
        {
            Some(("last_error", ErrorCode::InvalidText))
        } else {
            None
        }
    }
}

/// A tablet as `GET /api/devices` lists it: its sync and the last report about its queue.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    pub id: String,
    pub organisation_id: Option<String>,
    /// Seconds since the Unix epoch.
    pub first_seen_at: i64,
    pub last_sync_at: i64,
    pub submissions: i64,
    pub revoked_at: Option<i64>,
    /// The tablet's last report about its queue (see [`DeviceStatus`]).
    pub status_at: Option<i64>,
    pub queued: Option<i64>,
    pub oldest_queued_age_s: Option<i64>,
    pub last_error: Option<String>,
    pub storage_persisted: Option<bool>,
    pub in_progress: Option<i64>,
}

/// The one JSON shape of every error the API returns.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// A stable machine-readable code, e.g. `"conflict"`, `"invalid_profile"`.
    pub error: String,
    /// Field problems, when the request was a profile that failed validation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
    /// The exact problem in words, where a code cannot say it all (which `$variable` of a
    /// translation is missing, what the Fluent parser found). Never personal data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn a_status_report_names_a_refused_error_code() {
        let status = |e: &str| DeviceStatus {
            asked_languages: vec![],
            queued: 1,
            oldest_queued_age_s: None,
            last_error: Some(e.into()),
            storage_persisted: None,
            in_progress: None,
        };
        assert_eq!(status("409 conflict").problem(), None);
        assert_eq!(
            status("a\0b").problem(),
            Some(("last_error", ErrorCode::InvalidText))
        );
        assert_eq!(
            status(&"x".repeat(DeviceStatus::MAX_ERROR_CHARS + 1)).problem(),
            Some(("last_error", ErrorCode::TooLong))
        );
    }
}
