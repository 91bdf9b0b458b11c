//! This tablet's starts of the app: when the first was and how many there were, kept in
//! IndexedDB. Where the browser has no Storage API (it cannot say whether it keeps our data,
//! nor whether this is a private window), the one thing that can be checked is that the data
//! has lasted: the tablet screen says so, and no more.

use super::{Result, Storage, SETTINGS};
use serde::{Deserialize, Serialize};

const STARTS: &str = "starts";

/// The starts counted so far, this one included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Starts {
    pub first_ms: u64,
    pub count: u32,
}

impl Storage {
    /// Counts this start of the app; returns the record with it.
    pub async fn count_start(&self, now_ms: u64) -> Result<Starts> {
        let before: Option<Starts> = self.get(SETTINGS, STARTS).await?;
        let now = match before {
            Some(s) => Starts {
                first_ms: s.first_ms,
                count: s.count.saturating_add(1),
            },
            None => Starts {
                first_ms: now_ms,
                count: 1,
            },
        };
        self.put(SETTINGS, STARTS, &now).await?;
        Ok(now)
    }
}
