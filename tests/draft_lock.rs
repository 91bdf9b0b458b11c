//! The draft lock in a real browser (headless Chromium): a locked tablet writes drafts it cannot
//! read back; after a restart nothing opens until the lock's secret is given; the draft that was
//! open comes back at the unlock. The secret here stands for a platform authenticator's PRF
//! output (the e2e test `lock.test.mjs` gets it from a virtual authenticator).

#![cfg(target_arch = "wasm32")]

use evne::storage::{LockStatus, Storage, StorageError};
use evne_model::draft_lock::LockMethod;
use evne_model::{Draft, SubmissionId};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SECRET: [u8; 32] = [42; 32];
const SALT: [u8; 32] = [3; 32];

fn draft(id: &str, name: &str, at: u64) -> Draft {
    let mut d = Draft::new("ar");
    d.id = Some(SubmissionId::parse(id).unwrap());
    d.updated_at_ms = at;
    d.profile.person.given_name = d.text(name);
    d.set_consent(true, "self", 1);
    d
}

fn open_one() -> Draft {
    draft("0193a000-0000-7000-8000-0000000000a1", "سارا المفتوحة", 2)
}

fn put_aside() -> Draft {
    draft("0193a000-0000-7000-8000-0000000000a2", "Amina Pause", 1)
}

async fn fresh(name: &str) -> Storage {
    let _ = Storage::delete(name).await;
    Storage::open(name).await.expect("open")
}

/// The keys and values of one store as the browser holds them, in JSON.
async fn raw(name: &str, store: &str) -> String {
    let db = rexie::Rexie::builder(name).build().await.unwrap();
    let tx = db
        .transaction(&[store], rexie::TransactionMode::ReadOnly)
        .unwrap();
    let pairs = tx
        .store(store)
        .unwrap()
        .scan(None, None, None, None)
        .await
        .unwrap();
    tx.done().await.unwrap();
    db.close();
    pairs
        .iter()
        .map(|(k, v)| {
            let v = js_sys::JSON::stringify(v)
                .map(String::from)
                .unwrap_or_default();
            format!("{}={v}\n", k.as_string().unwrap_or_default())
        })
        .collect()
}

#[wasm_bindgen_test]
async fn after_a_restart_nothing_opens_until_the_unlock_and_the_open_draft_comes_back() {
    let name = "evne-test-lock-restart";
    let storage = fresh(name).await;
    storage.save_draft(&put_aside()).await.unwrap();
    storage.pause_draft(&put_aside()).await.unwrap();
    storage.save_draft(&open_one()).await.unwrap();
    assert_eq!(storage.lock_status().await.unwrap(), LockStatus::None);

    // Staff lock the tablet: the drafts of the device key are sealed anew, the key is gone.
    storage
        .create_lock(LockMethod::Prf, Some(vec![1; 16]), &SALT, &SECRET)
        .await
        .unwrap();
    assert_eq!(storage.lock_status().await.unwrap(), LockStatus::Unlocked);
    assert_eq!(storage.load_draft().await.unwrap(), Some(open_one()));
    // A second lock would strand every draft sealed to the first: refused.
    assert!(matches!(
        storage
            .create_lock(LockMethod::Prf, Some(vec![2; 16]), &SALT, &[43; 32])
            .await,
        Err(StorageError::Lock(_))
    ));
    storage.close();
    let device = raw(name, "device").await;
    assert!(
        !device.contains("draft_key="),
        "the device key is deleted: {device}"
    );
    assert!(device.contains("draft_lock="));
    let drafts = raw(name, "drafts").await;
    assert!(!drafts.contains("سارا") && !drafts.contains("Amina"));
    assert_eq!(drafts.matches("sealed_key").count(), 2, "{drafts}");

    // A restart: locked. The open draft is held aside, nothing decrypts.
    let storage = Storage::open(name).await.unwrap();
    assert_eq!(storage.lock_status().await.unwrap(), LockStatus::Locked);
    assert_eq!(storage.load_draft().await.unwrap(), None);
    assert_eq!(storage.paused_count().await.unwrap(), 2);
    assert_eq!(storage.drafts_in_progress().await.unwrap(), 2);
    assert_eq!(
        storage.paused_drafts().await.unwrap_err(),
        StorageError::Locked
    );
    assert!(matches!(
        storage.unlock(&[41; 32]).await,
        Err(StorageError::Lock(_))
    ));
    assert_eq!(storage.lock_status().await.unwrap(), LockStatus::Locked);

    // Unlocked: the open draft comes back as the one in progress, the paused one stays paused.
    assert_eq!(storage.unlock(&SECRET).await.unwrap(), Some(open_one()));
    assert_eq!(storage.load_draft().await.unwrap(), Some(open_one()));
    assert_eq!(storage.paused_drafts().await.unwrap(), vec![put_aside()]);
    storage.close();
    Storage::delete(name).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_locked_tablet_keeps_what_a_new_resident_types() {
    let name = "evne-test-lock-writes";
    let storage = fresh(name).await;
    storage
        .create_lock(LockMethod::Prf, Some(vec![1; 16]), &SALT, &SECRET)
        .await
        .unwrap();
    storage.close();

    // Started locked: a new resident registers all the same.
    let storage = Storage::open(name).await.unwrap();
    assert_eq!(storage.load_draft().await.unwrap(), None);
    storage.pause_draft(&put_aside()).await.unwrap();
    storage.save_draft(&open_one()).await.unwrap();
    storage.close();
    let drafts = raw(name, "drafts").await;
    assert!(!drafts.contains("سارا") && !drafts.contains("Amina"));

    // The tab was closed mid-registration: after the next start and the unlock, it is there.
    let storage = Storage::open(name).await.unwrap();
    assert_eq!(storage.load_draft().await.unwrap(), None, "locked");
    assert_eq!(storage.unlock(&SECRET).await.unwrap(), Some(open_one()));
    assert_eq!(storage.paused_drafts().await.unwrap(), vec![put_aside()]);
    storage.close();
    Storage::delete(name).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_locked_tablet_deletes_drafts_too_old_without_opening_them() {
    const H: u64 = 60 * 60 * 1_000;
    let name = "evne-test-lock-purge";
    let storage = fresh(name).await;
    storage
        .create_lock(LockMethod::Server, None, &SALT, &SECRET)
        .await
        .unwrap();
    let now = 500_000 * H;
    let old = draft(
        "0193a000-0000-7000-8000-0000000000a3",
        "Old Pause",
        now - 30 * H,
    );
    let recent = draft(
        "0193a000-0000-7000-8000-0000000000a4",
        "New Pause",
        now - 2 * H,
    );
    let open = draft(
        "0193a000-0000-7000-8000-0000000000a5",
        "Old Open",
        now - 25 * H,
    );
    storage.pause_draft(&old).await.unwrap();
    storage.pause_draft(&recent).await.unwrap();
    storage.save_draft(&open).await.unwrap();
    storage.close();
    let drafts = raw(name, "drafts").await;
    assert_eq!(drafts.matches("saved_hour").count(), 3, "{drafts}");

    // Restarted, locked: the open draft is held, none can be read.
    let storage = Storage::open(name).await.unwrap();
    assert_eq!(storage.load_draft().await.unwrap(), None);
    assert_eq!(storage.paused_count().await.unwrap(), 3);
    // A day's limit: the two older ones go unopened; the recent one is kept.
    storage.set_draft_idle_hours(24).await.unwrap();
    assert_eq!(
        storage.purge_paused(now).await.unwrap(),
        1,
        "one left aside"
    );
    assert_eq!(storage.paused_count().await.unwrap(), 1);
    assert_eq!(storage.unlock(&SECRET).await.unwrap(), None);
    assert_eq!(storage.paused_drafts().await.unwrap(), vec![recent]);
    storage.close();
    Storage::delete(name).await.unwrap();
}
