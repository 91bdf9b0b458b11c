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
