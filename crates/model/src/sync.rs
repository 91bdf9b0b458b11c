//! The sync plan: which outbox entries to send now, and what to do with the answer. Pure
//! functions over plain state, so that they are tested natively; the app only carries them out.

use crate::ids::SubmissionId;
use serde::{Deserialize, Serialize};

/// First retry delay after a failed send.
pub const BASE_DELAY_MS: u64 = 2_000;
/// Retries never wait longer than this, so a tablet back online sends within minutes.
pub const MAX_DELAY_MS: u64 = 5 * 60 * 1_000;
/// A submission still queued after this long needs a person to look at the tablet.
pub const ATTENTION_AFTER_MS: u64 = 24 * 60 * 60 * 1_000;

/// What the tablet keeps about one queued submission, besides its payload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxMeta {
    pub id: SubmissionId,
    /// When it was queued (ms since the Unix epoch); older entries go first.
    pub queued_at_ms: u64,
    /// Failed attempts so far.
    pub attempts: u32,
    /// Not before this time (ms since the Unix epoch).
    pub next_attempt_at_ms: u64,
    /// The server refused it for good: it stays on the tablet and staff are alerted, since
    /// dropping it would lose what a person typed.
    pub rejected: bool,
    /// Why the last attempt failed, for staff: `"offline"`, or the HTTP status and the
    /// server's error code (e.g. `"409 conflict"`).
    /// Absent in entries queued before it existed.
    #[serde(default)]
    pub last_error: Option<String>,
}

/// What one send attempt came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendOutcome {
    /// Stored on the server (first time or a repeat): remove it from the outbox.
    Acked,
    /// Try again later: no network, server busy or down.
    Retry,
    /// The server will never accept this payload: keep it and alert staff.
    Rejected,
}

/// Error codes with which our server refuses a submission for good: sending the same bytes
/// again cannot change the answer. (`unknown_key` is not among them: the key may come back.)
pub const PERMANENT_ERRORS: [&str; 4] = [
    "conflict",
    "invalid_profile",
    "undecryptable",
    "bad_request",
];

/// Classifies an answer: its HTTP status and, for a refusal, the `error` code of our JSON error
/// body. `None` means the request never got an answer (offline, DNS, reset).
///
/// Only our server's own permanent refusals reject an entry; any other 4xx (a proxy, a portal,
/// a firewall) is retried, since dropping the entry from the queue would strand it.
/// The caller must only pass a 2xx that carried our receipt for this id (see the app's api).
pub fn classify_answer(status: Option<u16>, error: Option<&str>) -> SendOutcome {
    match (status, error) {
        (Some(200..=299), _) => SendOutcome::Acked,
        (Some(409 | 413 | 422), Some(code)) if PERMANENT_ERRORS.contains(&code) => {
            SendOutcome::Rejected
        }
        _ => SendOutcome::Retry,
    }
}

/// [`classify_answer`] for an answer whose body is not known: a refusal is retried.
pub fn classify(status: Option<u16>) -> SendOutcome {
    classify_answer(status, None)
}

/// Delay before retry number `attempts` (1 = after the first failure): exponential, capped,
/// with "equal jitter" so that many tablets coming online together do not stampede.
/// `jitter` is a random number in `[0, 1)`.
pub fn retry_delay_ms(attempts: u32, jitter: f64) -> u64 {
    let exp = BASE_DELAY_MS.saturating_mul(1u64 << attempts.saturating_sub(1).min(20));
    let capped = exp.min(MAX_DELAY_MS);
    let half = capped / 2;
    let jitter = jitter.clamp(0.0, 1.0);
    half + (half as f64 * jitter) as u64
}

/// Whether staff must look at this entry: refused for good, or waiting for over a day.
pub fn needs_attention(entry: &OutboxMeta, now_ms: u64) -> bool {
    entry.rejected || now_ms.saturating_sub(entry.queued_at_ms) > ATTENTION_AFTER_MS
}

/// The entries to send now, oldest first.
pub fn due(entries: &[OutboxMeta], now_ms: u64) -> Vec<SubmissionId> {
    let mut ready: Vec<&OutboxMeta> = entries
        .iter()
        .filter(|e| !e.rejected && e.next_attempt_at_ms <= now_ms)
        .collect();
    ready.sort_by_key(|e| (e.queued_at_ms, e.id));
    ready.into_iter().map(|e| e.id).collect()
}

/// The entry after one more attempt with `outcome`; `None` when it leaves the outbox.
pub fn after_attempt(
    entry: &OutboxMeta,
    outcome: SendOutcome,
    now_ms: u64,
    jitter: f64,
) -> Option<OutboxMeta> {
    match outcome {
        SendOutcome::Acked => None,
        SendOutcome::Retry => {
            let attempts = entry.attempts.saturating_add(1);
            Some(OutboxMeta {
                attempts,
                next_attempt_at_ms: now_ms.saturating_add(retry_delay_ms(attempts, jitter)),
                ..entry.clone()
            })
        }
        SendOutcome::Rejected => Some(OutboxMeta {
            attempts: entry.attempts.saturating_add(1),
            rejected: true,
            ..entry.clone()
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn entry(queued_at_ms: u64, next_attempt_at_ms: u64) -> OutboxMeta {
        OutboxMeta {
            id: SubmissionId::new(),
            queued_at_ms,
            attempts: 0,
            next_attempt_at_ms,
            rejected: false,
            last_error: None,
        }
    }

    #[test]
    fn answers_are_classified() {
        assert_eq!(classify(Some(200)), SendOutcome::Acked);
        assert_eq!(classify(Some(201)), SendOutcome::Acked);
        assert_eq!(classify(None), SendOutcome::Retry);
        assert_eq!(classify(Some(503)), SendOutcome::Retry);
        assert_eq!(classify(Some(429)), SendOutcome::Retry);
        let ours = |status, code| classify_answer(Some(status), Some(code));
        assert_eq!(ours(409, "conflict"), SendOutcome::Rejected);
        assert_eq!(ours(422, "undecryptable"), SendOutcome::Rejected);
        assert_eq!(ours(413, "bad_request"), SendOutcome::Rejected);
        assert_eq!(
            ours(422, "unknown_key"),
            SendOutcome::Retry,
            "the key may come back"
        );
        assert_eq!(
            classify(Some(409)),
            SendOutcome::Retry,
            "not our error body"
        );
        assert_eq!(
            ours(403, "forbidden"),
            SendOutcome::Retry,
            "a proxy or firewall"
        );
        assert_eq!(ours(404, "conflict"), SendOutcome::Retry);
    }

    #[test]
    fn only_due_unrejected_entries_are_sent_oldest_first() {
        let late = entry(30, 0);
        let early = entry(10, 0);
        let waiting = entry(5, 1_000);
        let mut rejected = entry(1, 0);
        rejected.rejected = true;
        let plan = due(&[late.clone(), waiting, early.clone(), rejected], 500);
        assert_eq!(plan, vec![early.id, late.id]);
    }

    #[test]
    fn an_ack_removes_a_retry_postpones_a_rejection_keeps() {
        let e = entry(0, 0);
        assert_eq!(after_attempt(&e, SendOutcome::Acked, 100, 0.5), None);
        let retried = after_attempt(&e, SendOutcome::Retry, 100, 0.0).unwrap();
        assert_eq!(retried.attempts, 1);
        assert_eq!(retried.next_attempt_at_ms, 100 + BASE_DELAY_MS / 2);
        let rejected = after_attempt(&e, SendOutcome::Rejected, 100, 0.0).unwrap();
        assert!(rejected.rejected);
        assert!(due(&[rejected], u64::MAX).is_empty());
    }

    #[test]
    fn refused_or_day_old_entries_need_attention() {
        let e = entry(0, 0);
        assert!(!needs_attention(&e, ATTENTION_AFTER_MS));
        assert!(needs_attention(&e, ATTENTION_AFTER_MS + 1));
        let refused = after_attempt(&e, SendOutcome::Rejected, 1, 0.0).unwrap();
        assert!(refused.rejected);
        assert!(needs_attention(&refused, 1));
    }

    #[test]
    fn entries_queued_before_last_error_existed_still_load() {
        let old = r#"{"id":"0193a000-0000-7000-8000-000000000000","queued_at_ms":1,
            "attempts":2,"next_attempt_at_ms":3,"rejected":false}"#;
        let e: OutboxMeta = serde_json::from_str(old).unwrap();
        assert_eq!((e.attempts, e.last_error), (2, None));
    }

    proptest! {
        #[test]
        fn delay_is_capped_and_grows(attempts in 1u32..200, jitter in 0.0f64..1.0) {
            let d = retry_delay_ms(attempts, jitter);
            prop_assert!(d <= MAX_DELAY_MS);
            prop_assert!(d >= BASE_DELAY_MS / 2);
            prop_assert!(retry_delay_ms(attempts + 1, 0.0) >= retry_delay_ms(attempts, 0.0));
        }

        #[test]
        fn nothing_due_is_skipped_and_nothing_early_is_sent(
            times in proptest::collection::vec((0u64..1_000, 0u64..1_000, any::<bool>()), 0..20),
            now in 0u64..1_000,
        ) {
            let entries: Vec<_> = times.iter().map(|&(q, n, r)| OutboxMeta {
                rejected: r, ..entry(q, n)
            }).collect();
            let plan = due(&entries, now);
            for e in &entries {
                let should = !e.rejected && e.next_attempt_at_ms <= now;
                prop_assert_eq!(plan.contains(&e.id), should);
            }
        }
    }
}
