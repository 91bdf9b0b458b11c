//! The storage module in a real browser (headless Chromium): each test opens its own
//! database and deletes it afterwards.

#![cfg(target_arch = "wasm32")]

use evne::storage::{OutboxEntry, Storage};
use evne_model::sync::OutboxMeta;
use evne_model::{Draft, SubmissionId, SubmissionRecord};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn draft() -> Draft {
    Draft {
        locale: "ar".into(),
        name: "سارا أحمد".into(),
        year_of_birth: "1991".into(),
        languages: vec!["ar".into(), "en".into()],
    }
}

fn entry(d: &Draft) -> OutboxEntry {
    let id = SubmissionId::new();
    OutboxEntry {
        meta: OutboxMeta {
            id,
            queued_at_ms: 1,
            attempts: 0,
            next_attempt_at_ms: 1,
            rejected: false,
        },
        record: SubmissionRecord {
            id,
            profile: d.finalize(2026).expect("valid draft").to_record(),
        },
    }
}

async fn fresh(name: &str) -> Storage {
    let _ = Storage::delete(name).await;
    Storage::open(name).await.expect("open")
}

#[wasm_bindgen_test]
async fn a_draft_written_is_read_back_after_reopening() {
    let name = "evne-test-draft";
    let storage = fresh(name).await;
    assert_eq!(storage.load_draft().await.unwrap(), None);

    storage.save_draft(&draft()).await.unwrap();
    storage.close();
    let reopened = Storage::open(name).await.unwrap();

    assert_eq!(reopened.load_draft().await.unwrap(), Some(draft()));
    reopened.close();
    Storage::delete(name).await.unwrap();
}

#[wasm_bindgen_test]
async fn submit_moves_the_draft_to_the_outbox_in_one_step() {
    let name = "evne-test-submit";
    let storage = fresh(name).await;
    storage.save_draft(&draft()).await.unwrap();
    let e = entry(&draft());

    storage.submit(&e).await.unwrap();

    assert_eq!(
        storage.load_draft().await.unwrap(),
        None,
        "no plaintext draft remains"
    );
    assert_eq!(storage.outbox().await.unwrap(), vec![e.clone()]);
    storage.close();
    Storage::delete(name).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_submission_id_is_queued_only_once_and_leaves_only_when_removed() {
    let name = "evne-test-outbox";
    let storage = fresh(name).await;
    let e = entry(&draft());
    storage.submit(&e).await.unwrap();

    assert!(
        storage.submit(&e).await.is_err(),
        "the same id cannot be queued twice"
    );
    let mut retried = e.clone();
    retried.meta.attempts = 3;
    storage.update_outbox(&retried).await.unwrap();
    assert_eq!(storage.outbox().await.unwrap(), vec![retried]);

    storage.remove_outbox(&e.meta.id).await.unwrap();
    assert!(storage.outbox().await.unwrap().is_empty());
    storage.close();
    Storage::delete(name).await.unwrap();
}
