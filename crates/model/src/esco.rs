//! ESCO occupations, as the server answers a search for a job title (`GET /esco/occupations`).
//! The data itself stays on the server (`crates/server/data/esco`): the tablet app never needs
//! it. Source: ESCO, European Commission.

use serde::{Deserialize, Serialize};

/// Where ESCO occupation URIs start.
pub const OCCUPATION_URI: &str = "http://data.europa.eu/esco/occupation/";

/// One ESCO occupation that matches a job title, best first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EscoMatch {
    /// The ESCO occupation URI.
    pub uri: String,
    /// Its ISCO-08 unit group, 4 digits.
    pub isco08: String,
    /// The unit group's name (English, as ESCO publishes it).
    pub isco_label: String,
    /// The occupation's preferred label (English).
    pub label: String,
    /// The alternative label that matched, when it was not the preferred one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matched: Option<String>,
}

/// A job of the latest profile whose title as written a counsellor or officer coded to an ESCO
/// occupation (`PUT /persons/{id}/jobs/{job}/esco`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JobCode {
    /// The job's place in the profile's `work` list, from 0.
    pub job: usize,
    /// The ESCO occupation URI.
    pub esco: String,
    /// Its ISCO-08 unit group.
    pub isco08: String,
    /// Its preferred label (English).
    pub label: String,
}

/// What codes a job title: an ESCO occupation URI.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct JobCodeBody {
    /// An ESCO occupation URI (`http://data.europa.eu/esco/occupation/...`).
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = "^http://data\\.europa\\.eu/esco/occupation/[0-9a-f-]{36}$")
    )]
    pub esco: String,
}
