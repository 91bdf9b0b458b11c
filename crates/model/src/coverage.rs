//! Coverage: registered residents as a share of the residents, per reception centre, per region
//! and nationally, now and week by week (`GET /api/v1/coverage`). The definitions are in the
//! README ("Coverage"); counts under [`crate::persons::MIN_CELL`]-style suppression are `None`.

use serde::{Deserialize, Serialize};

/// Weeks in the series: the last year.
pub const WEEKS: usize = 52;

/// A centre, a region or the country.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Share {
    /// The centre's id, the region's `region-*` code (`none` for centres without one), or
    /// `national`.
    pub key: String,
    /// The centre's name (empty for a region or the country).
    pub name: String,
    /// A centre's region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Centres with a head count, of those counted here.
    pub counted_centres: i64,
    /// Registered residents; `None` when fewer than 5 (suppressed).
    pub registered: Option<i64>,
    pub suppressed: bool,
    /// Residents, by the head counts in effect; `None` when no centre here has one.
    pub residents: Option<i64>,
}

/// The country on the last day of one week.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Week {
    /// The week's last day (`YYYY-MM-DD`, UTC).
    pub end: String,
    pub registered: Option<i64>,
    pub suppressed: bool,
    pub residents: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Coverage {
    /// The day it holds for (`YYYY-MM-DD`, UTC): today.
    pub as_of: String,
    pub national: Share,
    pub regions: Vec<Share>,
    pub centres: Vec<Share>,
    /// The country week by week, oldest first; the last is the week ending today.
    pub weeks: Vec<Week>,
}
