//! A state-machine test of the outbox and its sync plan: random sequences of enqueue, send
//! attempts over a network that loses requests and acknowledgements and duplicates deliveries,
//! tablet crashes (in-flight work forgotten), schema upgrades (the stored outbox re-read) and
//! the passing of time.
//!
//! Invariants after every step: nothing enqueued is lost (it is in the outbox or on the
//! server), nothing leaves the outbox before the server has it, no id is queued twice. At the
//! end, with a healed network, the outbox is empty and the server holds exactly what was
//! enqueued: each id delivered at least once (the server's idempotent insert, tested in
//! crates/server, turns repeats into one row).

use evne_model::sync::{self, OutboxMeta, SendOutcome};
use evne_model::SubmissionId;
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone)]
enum Net {
    /// The request never reaches the server.
    LoseRequest,
    /// Stored, but the answer never reaches the tablet.
    LoseAck,
    /// Delivered twice (a proxy retried), acknowledged once.
    Duplicate,
    /// The server answers 503 without storing.
    ServerDown,
    Ok,
}

#[derive(Debug, Clone)]
enum Op {
    Enqueue,
    /// One pass of the sync loop, each attempt meeting the next network outcome.
    Sync(Vec<Net>),
    /// The tablet dies in the middle of a pass: the request went out and was stored, but the
    /// tablet never processed the answer.
    CrashAfterSend,
    /// The app is updated: the outbox is read back in the new build from what the old build
    /// stored (entries without `last_error`, which the first builds did not write).
    Upgrade,
    Wait(u64),
}

fn net() -> impl Strategy<Value = Net> {
    prop_oneof![
        2 => Just(Net::LoseRequest),
        2 => Just(Net::LoseAck),
        1 => Just(Net::Duplicate),
        1 => Just(Net::ServerDown),
        4 => Just(Net::Ok),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => Just(Op::Enqueue),
        4 => proptest::collection::vec(net(), 1..6).prop_map(Op::Sync),
        1 => Just(Op::CrashAfterSend),
        1 => Just(Op::Upgrade),
        2 => (0u64..600_000).prop_map(Op::Wait),
    ]
}

#[derive(Default)]
struct World {
    now: u64,
    outbox: Vec<OutboxMeta>,
    /// Server rows: id → how many times it was delivered.
    server: BTreeMap<SubmissionId, u32>,
    enqueued: BTreeSet<SubmissionId>,
}

impl World {
    /// The server's idempotent insert; the answer is 200 either way.
    fn deliver(&mut self, id: SubmissionId) {
        *self.server.entry(id).or_default() += 1;
    }

    fn sync_pass(&mut self, nets: &[Net]) {
        let mut nets = nets.iter().cloned().chain(std::iter::repeat(Net::Ok));
        for id in sync::due(&self.outbox, self.now) {
            let status = match nets.next().unwrap_or(Net::Ok) {
                Net::LoseRequest => None,
                Net::LoseAck => {
                    self.deliver(id);
                    None
                }
                Net::Duplicate => {
                    self.deliver(id);
                    self.deliver(id);
                    Some(200)
                }
                Net::ServerDown => Some(503),
                Net::Ok => {
                    self.deliver(id);
                    Some(200)
                }
            };
            let outcome = sync::classify(status);
            let pos = self.outbox.iter().position(|e| e.id == id).unwrap();
            match sync::after_attempt(&self.outbox[pos], outcome, self.now, 0.5) {
                None => {
                    assert!(
                        self.server.contains_key(&id),
                        "removed before the server had it"
                    );
                    self.outbox.remove(pos);
                }
                Some(meta) => self.outbox[pos] = meta,
            }
            if outcome == SendOutcome::Retry {
                break;
            }
        }
    }

    fn check(&self) {
        for id in &self.enqueued {
            let queued = self.outbox.iter().any(|e| e.id == *id);
            assert!(queued || self.server.contains_key(id), "lost {id}");
        }
        let ids: BTreeSet<_> = self.outbox.iter().map(|e| e.id).collect();
        assert_eq!(ids.len(), self.outbox.len(), "an id queued twice");
        assert!(
            self.outbox.iter().all(|e| !e.rejected),
            "nothing here is ever refused"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]
    #[test]
    fn nothing_is_lost_nor_removed_before_the_server_has_it(
        ops in proptest::collection::vec(op(), 1..80),
    ) {
        let mut w = World::default();
        for op in ops {
            match op {
                Op::Enqueue => {
                    let id = SubmissionId::new();
                    w.enqueued.insert(id);
                    w.outbox.push(OutboxMeta {
                        id,
                        queued_at_ms: w.now,
                        attempts: 0,
                        next_attempt_at_ms: w.now,
                        rejected: false,
                        last_error: None,
                    });
                }
                Op::Sync(nets) => w.sync_pass(&nets),
                Op::CrashAfterSend => {
                    if let Some(id) = sync::due(&w.outbox, w.now).first() {
                        w.deliver(*id);
                    }
                }
                Op::Upgrade => {
                    let mut stored = serde_json::to_value(&w.outbox).unwrap();
                    for e in stored.as_array_mut().unwrap() {
                        e.as_object_mut().unwrap().remove("last_error");
                    }
                    w.outbox = serde_json::from_value(stored).unwrap();
                }
                Op::Wait(ms) => w.now += ms,
            }
            w.check();
        }
        // The network heals; the online trigger sends everything at once.
        for _ in 0..=w.outbox.len() {
            w.now += sync::MAX_DELAY_MS;
            w.sync_pass(&[]);
        }
        prop_assert!(w.outbox.is_empty(), "drained");
        let stored: BTreeSet<_> = w.server.keys().copied().collect();
        prop_assert_eq!(stored, w.enqueued, "exactly what was enqueued");
        prop_assert!(w.server.values().all(|n| *n >= 1));
    }
}
