//! How long an unfinished draft may stay on a shared tablet. A resident who walked away must
//! not leave their answers for the next person; staff are warned before the draft goes.

/// Default idle time after which a draft is deleted.
pub const DEFAULT_DRAFT_IDLE_HOURS: u32 = 24;
/// Staff are warned this long before the deletion.
pub const WARN_BEFORE_MS: u64 = 2 * 60 * 60 * 1_000;

/// Where a draft stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftAge {
    Fresh,
    /// Deleted in `remaining_ms` unless someone continues it.
    ExpiresSoon {
        remaining_ms: u64,
    },
    Expired,
}

/// `updated_at_ms == 0` means "unknown" (a draft saved before times were kept): never expired,
/// so that an update cannot delete a draft nobody was warned about.
pub fn draft_age(updated_at_ms: u64, now_ms: u64, idle_hours: u32) -> DraftAge {
    if updated_at_ms == 0 {
        return DraftAge::Fresh;
    }
    let limit = u64::from(idle_hours) * 60 * 60 * 1_000;
    let idle = now_ms.saturating_sub(updated_at_ms);
    if idle >= limit {
        DraftAge::Expired
    } else if limit - idle <= WARN_BEFORE_MS {
        DraftAge::ExpiresSoon {
            remaining_ms: limit - idle,
        }
    } else {
        DraftAge::Fresh
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const H: u64 = 60 * 60 * 1_000;

    #[test]
    fn a_draft_is_warned_about_then_expires() {
        assert_eq!(draft_age(1, 1 + 21 * H, 24), DraftAge::Fresh);
        assert_eq!(
            draft_age(1, 1 + 23 * H, 24),
            DraftAge::ExpiresSoon { remaining_ms: H }
        );
        assert_eq!(draft_age(1, 1 + 24 * H, 24), DraftAge::Expired);
        assert_eq!(draft_age(0, u64::MAX, 24), DraftAge::Fresh, "unknown age");
    }

    proptest! {
        #[test]
        fn a_warning_always_comes_before_expiry(start in 1u64..1 << 40, hours in 3u32..200) {
            let limit = u64::from(hours) * H;
            prop_assert_eq!(draft_age(start, start + limit - WARN_BEFORE_MS, hours),
                DraftAge::ExpiresSoon { remaining_ms: WARN_BEFORE_MS });
            prop_assert_eq!(draft_age(start, start + limit - 1, hours),
                DraftAge::ExpiresSoon { remaining_ms: 1 });
            prop_assert_eq!(draft_age(start, start + limit, hours), DraftAge::Expired);
        }
    }
}
