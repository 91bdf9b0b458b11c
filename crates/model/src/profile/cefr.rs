//! The Common European Framework of Reference for languages, as a person rates themself in
//! the form: four skills, each at a level from none to C2.

use super::error::ErrorCode;
use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// The four skills a person rates in a language (CEFR's self-assessment grid).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CefrSkill {
    Understanding,
    Speaking,
    Reading,
    Writing,
}

impl CefrSkill {
    pub const ALL: [CefrSkill; 4] = [
        CefrSkill::Understanding,
        CefrSkill::Speaking,
        CefrSkill::Reading,
        CefrSkill::Writing,
    ];

    /// The name used in field paths and label ids (`cefr-skill-<code>`).
    pub fn code(self) -> &'static str {
        match self {
            CefrSkill::Understanding => "understanding",
            CefrSkill::Speaking => "speaking",
            CefrSkill::Reading => "reading",
            CefrSkill::Writing => "writing",
        }
    }
}

/// A self-assessed CEFR level, ordered: `None < A1 < ... < C2`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CefrLevel {
    None,
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
}

impl CefrLevel {
    pub const ALL: [CefrLevel; 7] = [
        CefrLevel::None,
        CefrLevel::A1,
        CefrLevel::A2,
        CefrLevel::B1,
        CefrLevel::B2,
        CefrLevel::C1,
        CefrLevel::C2,
    ];

    /// The code used on the wire and in label ids (`cefr-<skill>-<code>`).
    pub fn code(self) -> &'static str {
        match self {
            CefrLevel::None => "none",
            CefrLevel::A1 => "a1",
            CefrLevel::A2 => "a2",
            CefrLevel::B1 => "b1",
            CefrLevel::B2 => "b2",
            CefrLevel::C1 => "c1",
            CefrLevel::C2 => "c2",
        }
    }
}

impl CefrLevel {
    /// The level's place in [`CefrLevel::ALL`]: 0 for none, 6 for C2 (how facts and the search
    /// index store it).
    pub fn rank(self) -> u8 {
        self as u8
    }
}

impl FromStr for CefrLevel {
    type Err = ErrorCode;

    fn from_str(s: &str) -> Result<Self, ErrorCode> {
        CefrLevel::ALL
            .into_iter()
            .find(|l| l.code() == s)
            .ok_or(ErrorCode::UnknownCode)
    }
}
