//! The storage module in a real browser (headless Chromium): each test opens its own
//! database and deletes it afterwards.

#![cfg(target_arch = "wasm32")]

use evne::storage::{LegacyEntry, LegacyRecord, OutboxEntry, Storage};
use evne_model::envelope::{self, KeyId, OsRng, SecretKey};
use evne_model::sync::OutboxMeta;
use evne_model::{Draft, SubmissionId, SubmissionRecord};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const ID: &str = "0193a000-0000-7000-8000-0000000000aa";

/// A draft as schema 1 (the first builds) saved it, in plaintext.
fn draft_v1() -> serde_json::Value {
    serde_json::json!({
        "locale": "ar",
        "name": "سارا أحمد",
        "year_of_birth": "1991",
        "languages": ["ar", "en"],
        "updated_at_ms": 1,
        "id": ID,
    })
}

/// A complete draft of the current schema.
fn draft() -> Draft {
    let mut d = Draft::new("ar");
    d.id = Some(SubmissionId::parse(ID).unwrap());
    d.updated_at_ms = 1;
    d.profile.person.given_name = d.text("سارا أحمد");
    d.profile.person.year_of_birth = Some(1991);
    d.toggle_language("ar");
    d.toggle_language("en");
    d.set_consent(true, "self", 1);
    d
}

fn meta(id: SubmissionId) -> OutboxMeta {
    OutboxMeta {
        id,
        queued_at_ms: 1,
        attempts: 0,
        next_attempt_at_ms: 1,
        rejected: false,
        last_error: None,
    }
}

fn record(d: &Draft) -> SubmissionRecord {
    SubmissionRecord {
        id: SubmissionId::new(),
        profile: d.finalize(2026).expect("valid draft").to_record(),
        assist: None,
    }
}

fn entry(d: &Draft) -> OutboxEntry {
    let key = SecretKey::generate(KeyId::new(), &mut OsRng);
    let record = record(d);
    OutboxEntry {
        meta: meta(record.id),
        sealed: envelope::seal(&record, &key.public_key(), &mut OsRng).expect("sealed"),
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
async fn a_submission_is_queued_once_however_often_submitted_and_leaves_only_when_removed() {
    let name = "evne-test-outbox";
    let storage = fresh(name).await;
    let e = entry(&draft());
    storage.submit(&e).await.unwrap();

    storage.submit(&e).await.unwrap();
    assert_eq!(
        storage.outbox_len().await.unwrap(),
        1,
        "a double tap queues it once"
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

#[wasm_bindgen_test]
async fn plaintext_entries_of_an_older_build_are_kept_and_sealed() {
    let name = "evne-test-legacy";
    let storage = fresh(name).await;
    storage.close();
    // Write an entry as the first builds did, straight into IndexedDB.
    let id = SubmissionId::new();
    let legacy = LegacyEntry {
        meta: meta(id),
        record: LegacyRecord {
            id,
            profile: serde_json::json!({
                "name": "سارا أحمد", "year_of_birth": 1991, "languages": ["ar"], "written_in": "ar"
            }),
        },
    };
    write_raw(name, false, "outbox", &legacy.meta.id.to_string(), &legacy).await;
    let storage = Storage::open(name).await.unwrap();
    assert_eq!(storage.outbox_len().await.unwrap(), 1, "kept");
    assert!(storage.outbox().await.unwrap().is_empty(), "not yet sealed");

    let server = SecretKey::generate(KeyId::new(), &mut OsRng);
    assert_eq!(storage.seal_legacy(&server.public_key()).await.unwrap(), 1);

    let sealed = storage.outbox().await.unwrap();
    assert_eq!(sealed.len(), 1);
    assert_eq!(sealed[0].meta, legacy.meta);
    let opened = envelope::open(&sealed[0].sealed, &[server]).unwrap();
    assert_eq!(opened.id, id);
    assert_eq!(
        opened.profile.person.given_name.text, "سارا أحمد",
        "the server reads what was queued, upgraded to the current schema"
    );
    storage.close();
    Storage::delete(name).await.unwrap();
}

/// Writes a value straight into IndexedDB, as an older build did. With `v1`, the database is
/// created with schema 1's stores.
async fn write_raw(name: &str, v1: bool, store: &str, key: &str, value: &impl serde::Serialize) {
    let builder = rexie::Rexie::builder(name);
    let builder = if v1 {
        ["drafts", "outbox", "settings"]
            .into_iter()
            .fold(builder.version(1), |b, s| {
                b.add_object_store(rexie::ObjectStore::new(s))
            })
    } else {
        builder
    };
    let db = builder.build().await.unwrap();
    let tx = db
        .transaction(&[store], rexie::TransactionMode::ReadWrite)
        .unwrap();
    let value = serde_wasm_bindgen::to_value(value).unwrap();
    let key = wasm_bindgen::JsValue::from_str(key);
    tx.store(store)
        .unwrap()
        .put(&value, Some(&key))
        .await
        .unwrap();
    tx.done().await.unwrap();
    db.close();
}

/// Every value of one store, as the browser holds it, in JSON.
async fn raw(name: &str, store: &str) -> String {
    let db = rexie::Rexie::builder(name).build().await.unwrap();
    let tx = db
        .transaction(&[store], rexie::TransactionMode::ReadOnly)
        .unwrap();
    let values = tx.store(store).unwrap().get_all(None, None).await.unwrap();
    tx.done().await.unwrap();
    db.close();
    values
        .iter()
        .map(|v| {
            js_sys::JSON::stringify(v)
                .map(String::from)
                .unwrap_or_default()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn drafts_are_encrypted_at_rest() {
    let name = "evne-test-draft-at-rest";
    let storage = fresh(name).await;
    storage.save_draft(&draft()).await.unwrap();
    storage.close();

    let stored = raw(name, "drafts").await;
    assert!(stored.contains("ciphertext"), "{stored}");
    assert!(!stored.contains("سارا"), "no plaintext name at rest");
    assert!(!stored.contains("1991"));
    Storage::delete(name).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_plaintext_draft_of_schema_1_is_kept_and_encrypted() {
    let name = "evne-test-draft-v1";
    let _ = Storage::delete(name).await;
    write_raw(name, true, "drafts", "current", &draft_v1()).await;

    let storage = Storage::open(name).await.unwrap();
    let upgraded = storage.load_draft().await.unwrap().expect("kept");
    assert_eq!(upgraded.profile.person.given_name.text, "سارا أحمد");
    assert_eq!(upgraded.profile.person.year_of_birth, Some(1991));
    assert_eq!(upgraded.id, draft().id);
    storage.close();
    assert!(
        !raw(name, "drafts").await.contains("سارا"),
        "and now encrypted"
    );
    let again = Storage::open(name).await.unwrap();
    assert_eq!(again.load_draft().await.unwrap(), Some(upgraded));
    again.close();
    Storage::delete(name).await.unwrap();
}

#[wasm_bindgen_test]
async fn an_autosave_arriving_after_submit_does_not_bring_the_draft_back() {
    let name = "evne-test-late-autosave";
    let storage = fresh(name).await;
    let d = draft();
    storage.save_draft(&d).await.unwrap();
    let mut e = entry(&d);
    e.meta.id = d.id.unwrap();

    storage.submit(&e).await.unwrap();
    storage.save_draft(&d).await.unwrap();

    assert_eq!(
        storage.load_draft().await.unwrap(),
        None,
        "nothing of the resident remains"
    );
    let next = Draft {
        id: Some(SubmissionId::new()),
        ..draft()
    };
    storage.save_draft(&next).await.unwrap();
    assert_eq!(
        storage.load_draft().await.unwrap(),
        Some(next),
        "the next person's is kept"
    );
    storage.close();
    Storage::delete(name).await.unwrap();
}

#[wasm_bindgen_test]
async fn starts_are_counted_from_the_first_across_reopening() {
    let name = "evne-test-starts";
    let storage = fresh(name).await;
    let first = storage.count_start(1_000).await.unwrap();
    assert_eq!((first.first_ms, first.count), (1_000, 1));
    storage.close();
    let reopened = Storage::open(name).await.unwrap();
    let second = reopened.count_start(9_000).await.unwrap();
    assert_eq!(
        (second.first_ms, second.count),
        (1_000, 2),
        "the first start is kept"
    );
    reopened.close();
    Storage::delete(name).await.unwrap();
}
