//! The staff roles that log in. Residents never have an account.

use serde::{Deserialize, Serialize};

/// What a logged-in user is allowed to do is decided by their role (and, later, by the
/// organisation they belong to).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Admin,
    ReceptionStaff,
    Counsellor,
    SettlementOfficer,
    Municipality,
    /// An interpreter or translator who reviews and records the resident app's words in the
    /// locales they were given; sees no person.
    LanguageReviewer,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Admin,
        Role::ReceptionStaff,
        Role::Counsellor,
        Role::SettlementOfficer,
        Role::Municipality,
        Role::LanguageReviewer,
    ];

    /// The stable name used in the database and on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::ReceptionStaff => "reception_staff",
            Role::Counsellor => "counsellor",
            Role::SettlementOfficer => "settlement_officer",
            Role::Municipality => "municipality",
            Role::LanguageReviewer => "language_reviewer",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_round_trips_through_its_name() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
            let json = serde_json::to_string(&role).unwrap();
            assert_eq!(json, format!("\"{}\"", role.as_str()));
        }
        assert_eq!(Role::parse("resident"), None);
    }
}
