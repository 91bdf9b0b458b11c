//! What the server answers about persons (search results, profiles, notes, statistics): the
//! one definition of these shapes, serialised by the server and read by the staff screens.

use crate::{ProfileRecord, Role};
use serde::{Deserialize, Serialize};

/// One person in a list: the key facts, from the latest version.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub id: String,
    pub given_name: String,
    pub family_name: String,
    pub year_of_birth: Option<u16>,
    pub origin: Option<String>,
    /// Omitted where the caller may not know it (a shielded person, for a municipality).
    pub centre: Option<String>,
    /// ISCO-08 codes of the jobs held.
    pub occupations: Vec<String>,
    /// ISO 639 codes of the languages.
    pub languages: Vec<String>,
    pub received_at: String,
    pub versions: i64,
    pub conflict: bool,
    /// For a municipality's inbox: settled since the user last looked.
    pub new: bool,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page {
    pub total: i64,
    pub page: i64,
    pub page_size: i64,
    pub persons: Vec<Summary>,
}

/// One person's profile as the caller may see it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct View {
    pub id: String,
    /// The profile record (schema version 2), as documented in the README.
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub profile: ProfileRecord,
    pub received_at: String,
    pub versions: i64,
    pub conflict: bool,
    /// For settlement officers, a conflict's other side: the person whose case number this
    /// record's registration gave, though it disagrees with them on who they are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflict_with: Option<String>,
    /// Only for settlement officers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shielded: Option<bool>,
    pub settled_to: Option<String>,
    /// The settling municipality's name.
    #[serde(default)]
    pub settled_to_name: Option<String>,
    /// The jobs whose free-text title was coded to an ESCO occupation.
    #[serde(default)]
    pub job_codes: Vec<crate::esco::JobCode>,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Version {
    pub version: i64,
    pub received_at: String,
    /// The profile record (schema version 2), as documented in the README.
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub profile: ProfileRecord,
}

/// A counselling note: four parts, each at most 4000 characters with no control characters but
/// line breaks and tabs, one at least with something besides white space (the rules of
/// `NoteBody::problem`).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NoteBody {
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(
            max_length = 4000,
            pattern = "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$"
        )
    )]
    pub goals: String,
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(
            max_length = 4000,
            pattern = "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$"
        )
    )]
    pub next_steps: String,
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(
            max_length = 4000,
            pattern = "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$"
        )
    )]
    pub language_training: String,
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(
            max_length = 4000,
            pattern = "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$"
        )
    )]
    pub text: String,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub id: String,
    pub author_id: String,
    /// Written by the caller (who may edit it).
    #[serde(default)]
    pub mine: bool,
    pub created_at: i64,
    pub updated_at: i64,
    #[serde(flatten)]
    pub body: NoteBody,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    pub key: String,
    /// `None` when suppressed.
    pub count: Option<i64>,
    pub suppressed: bool,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Table {
    pub group: String,
    /// Persons matching the filters (suppressed too when small).
    pub total: Option<i64>,
    pub cells: Vec<Cell>,
}

/// Longest text of one part of a note.
pub const MAX_NOTE_CHARS: usize = 4_000;

impl NoteBody {
    /// Something written, nothing too long, no control characters but line breaks and tabs.
    pub fn is_valid(&self) -> bool {
        self.problem().is_none()
    }

    /// The first field that breaks a rule, named as the JSON names it, and why.
    pub fn problem(&self) -> Option<(&'static str, crate::ErrorCode)> {
        use crate::ErrorCode;
        let parts = [
            ("goals", &self.goals),
            ("next_steps", &self.next_steps),
            ("language_training", &self.language_training),
            ("text", &self.text),
        ];
        for (name, part) in parts {
            if part.chars().count() > MAX_NOTE_CHARS {
                return Some((name, ErrorCode::TooLong));
            }
            if part
                .chars()
                .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
            {
                return Some((name, ErrorCode::InvalidText));
            }
        }
        if parts.iter().all(|(_, p)| p.trim().is_empty()) {
            return Some(("text", ErrorCode::Required));
        }
        None
    }
}

/// `GET /api/me`: who is logged in.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Me {
    pub username: String,
    pub role: Role,
    /// The password was set by an admin: it must be changed before anything else.
    pub must_change_password: bool,
    /// A language reviewer's locales (none for any other role).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub review_locales: Vec<String>,
}

/// An organisation: the directorate, a reception centre or a municipality.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: String,
    /// `directorate`, `reception_centre` or `municipality`.
    pub kind: String,
    pub name: String,
}

/// A resident of a centre who has registered, as reception staff see it: who and when, none of
/// the profile's content.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Registered {
    pub id: String,
    pub given_name: String,
    pub family_name: String,
    pub received_at: String,
    pub versions: i64,
}

/// An officer's saved search: a name and the query string of `GET /persons` (filters only).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedSearch {
    pub id: String,
    pub name: String,
    pub query: String,
}

/// The body of `POST /api/searches`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewSearch {
    /// Something besides white space (what `char::is_whitespace` says is white space); no
    /// control characters.
    #[cfg_attr(
        feature = "openapi",
        schema(
            max_length = 80,
            pattern = "^[^\\u0000-\\u001f\\u007f-\\u009f]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000][^\\u0000-\\u001f\\u007f-\\u009f]*$"
        )
    )]
    pub name: String,
    /// The query string of `GET /persons`, filters only (no `name`): `isco=72&lang=ar`.
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 1000, pattern = "^[^\\u0000-\\u001f\\u007f-\\u009f]*$")
    )]
    pub query: String,
}

/// Longest name of a saved search, in characters (white space around it included).
pub const MAX_SEARCH_NAME_CHARS: usize = 80;

/// A settlement and how far its hand-over has come, as `GET /api/settlements` lists it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Handover {
    pub person_id: String,
    pub given_name: String,
    pub family_name: String,
    pub municipality: String,
    /// The officer who recorded it.
    pub decided_by: String,
    /// Seconds since the Unix epoch.
    pub decided_at: i64,
    /// When someone of the municipality first opened the profile after the decision (from the
    /// audit log); `None` while nobody has.
    pub opened_at: Option<i64>,
}

/// `GET /api/centre`: the caller's reception centre, for its staff.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Centre {
    pub id: String,
    pub name: String,
    /// How many residents the centre has now, as its staff last entered it.
    pub residents: Option<i64>,
}

/// The body of `PUT /api/centre`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CentreUpdate {
    /// A whole number (`120` or `120.0`), at most [`MAX_CENTRE_RESIDENTS`].
    #[serde(deserialize_with = "crate::whole::deserialize")]
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 100000))]
    pub residents: i64,
}

/// Most residents a centre can be said to have (a guard against typing errors).
pub const MAX_CENTRE_RESIDENTS: i64 = 100_000;

/// Residents who have not registered yet: the centre's count less those registered and those
/// started; never below zero (the count may be out of date).
pub fn not_yet_registered(residents: i64, registered: i64, started: i64) -> i64 {
    (residents - registered - started).max(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn a_note_names_its_first_bad_field() {
        let note = |text: &str| NoteBody {
            goals: "Work as a welder".into(),
            text: text.into(),
            ..NoteBody::default()
        };
        assert_eq!(note("Line one\r\nLine two\tend").problem(), None);
        assert_eq!(
            note("a\0b").problem(),
            Some(("text", ErrorCode::InvalidText))
        );
        assert_eq!(
            note(&"x".repeat(MAX_NOTE_CHARS + 1)).problem(),
            Some(("text", ErrorCode::TooLong))
        );
        assert_eq!(
            NoteBody::default().problem(),
            Some(("text", ErrorCode::Required))
        );
    }
}

/// `GET /api/users` (admins): a staff account and whether it may see shielded persons.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub id: String,
    pub username: String,
    pub role: Role,
    pub organisation_id: Option<String>,
    /// A settlement officer allowed to see shielded persons.
    pub handles_shielded: bool,
}

/// `PUT /api/users/{id}/shielded` (admins): allow a settlement officer to see shielded
/// persons, or stop it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShieldRights {
    pub handles_shielded: bool,
}
