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

/// One hour, in milliseconds.
pub const HOUR_MS: u64 = 60 * 60 * 1_000;

/// The hour a draft was last saved (`updated_at_ms` rounded down to the hour): what a locked
/// tablet keeps in the clear beside a sealed draft, so that it can delete the draft when it is
/// too old without opening it, and no finer trace of when someone typed. 0 stays "unknown".
pub fn saved_hour(updated_at_ms: u64) -> u64 {
    updated_at_ms - updated_at_ms % HOUR_MS
}

/// Whether a draft last saved in `saved_hour` is past the limit for certain: it may have been
/// saved up to an hour later than the hour says, so it counts as saved at the hour's end.
pub fn expired_by_hour(saved_hour: u64, now_ms: u64, idle_hours: u32) -> bool {
    saved_hour != 0 && draft_age(saved_hour + HOUR_MS - 1, now_ms, idle_hours) == DraftAge::Expired
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
        fn a_draft_deleted_by_its_hour_had_expired_by_its_exact_time(
            at in 1u64..1 << 45, now in 1u64..1 << 46, hours in 1u32..200,
        ) {
            if expired_by_hour(saved_hour(at), now, hours) {
                prop_assert_eq!(draft_age(at, now, hours), DraftAge::Expired);
            }
            // And it goes within the hour after its exact expiry.
            let limit = u64::from(hours) * H;
            prop_assert!(saved_hour(at) == 0 || expired_by_hour(saved_hour(at), at + limit + H, hours));
        }

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
