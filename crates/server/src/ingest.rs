//! Storing submissions with group commit. A tablet may delete its copy of a registration as
//! soon as we acknowledge it, so every acknowledgement waits for a durable commit; on SQLite
//! with `synchronous=FULL` each commit costs an fsync, and one commit per submission caps
//! ingest at the disk's fsync rate. Instead one writer task stores whatever submissions are
//! waiting in one transaction, commits once, and then answers each. A batch that fails is
//! stored again one submission at a time, so that one failing spoils no other.

use crate::error::{Error, Result};
use crate::store::persons;
use crate::store::{self, submissions::NewSubmission};
use evne_model::{Receipt, Submission};
use sqlx::{AnyConnection, AnyPool};
use std::collections::HashMap;
use std::sync::OnceLock;
use tokio::sync::{mpsc, oneshot};

/// Most submissions in one commit.
const MAX_BATCH: usize = 64;

/// A decrypted, validated submission, ready to be stored.
#[derive(Debug)]
pub struct Pending {
    pub submission: Submission,
    /// Its canonical JSON and that JSON's SHA-256.
    pub profile: String,
    pub hash: Vec<u8>,
    pub received_at: String,
    pub device_id: String,
    /// The tablet's centre.
    pub centre: Option<String>,
    pub now: i64,
}

struct Job {
    pending: Pending,
    answer: oneshot::Sender<Result<Receipt>>,
}

/// The writer of one server; started by the first submission.
#[derive(Default)]
pub struct Writer {
    jobs: OnceLock<mpsc::Sender<Job>>,
}

impl Writer {
    /// Stores `pending` and answers once it is committed: its receipt, the receipt of the same
    /// submission stored before, or 409 when its id was used for another profile.
    pub async fn store(&self, db: &AnyPool, pending: Pending) -> Result<Receipt> {
        let jobs = self.jobs.get_or_init(|| {
            let (send, receive) = mpsc::channel(4 * MAX_BATCH);
            tokio::spawn(write(db.clone(), receive));
            send
        });
        let (answer, receipt) = oneshot::channel();
        jobs.send(Job { pending, answer })
            .await
            .map_err(|_| anyhow::anyhow!("the submission writer stopped"))?;
        receipt
            .await
            .map_err(|_| anyhow::anyhow!("the submission writer dropped a submission"))?
    }
}

/// The writer task: a batch of whatever is waiting, one transaction, one commit. When the
/// batch fails, each of its submissions is tried alone, so that only a failing one fails.
async fn write(db: AnyPool, mut jobs: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while jobs.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let answers = match store_batch(&db, &batch).await {
            Ok(answers) => answers,
            Err(e) if batch.len() == 1 => vec![Err(failed(e))],
            Err(_) => {
                let mut answers = Vec::with_capacity(batch.len());
                for job in &batch {
                    answers.push(match store_batch(&db, std::slice::from_ref(job)).await {
                        Ok(mut one) => one.remove(0),
                        Err(e) => Err(failed(e)),
                    });
                }
                answers
            }
        };
        for (job, answer) in batch.drain(..).zip(answers) {
            let _ = job.answer.send(answer);
        }
    }
}

fn failed(e: sqlx::Error) -> Error {
    tracing::error!(error = %e, "a submission failed to be stored");
    Error::Database(e)
}

/// The answers are only final once the commit succeeded; any database error fails the batch.
async fn store_batch(
    db: &AnyPool,
    batch: &[Job],
) -> std::result::Result<Vec<Result<Receipt>>, sqlx::Error> {
    let mut tx = crate::db::begin(db).await?;
    // One revision for the whole batch: the index reads it as one change.
    let revision = crate::search::revision::next_revision(&mut tx).await?;
    let mut answers = Vec::with_capacity(batch.len());
    // Each tablet's last contact and how many it added, written once per batch.
    let mut devices: HashMap<&str, (i64, i64)> = HashMap::new();
    for job in batch {
        let stored = store_one(&mut tx, &job.pending, revision).await?;
        if let Some(added) = stored.tablet {
            let seen = devices.entry(&job.pending.device_id).or_default();
            *seen = (seen.0.max(job.pending.now), seen.1 + added);
        }
        answers.push(if stored.hash == job.pending.hash {
            Ok(Receipt {
                id: job.pending.submission.id,
                received_at: stored.received_at,
            })
        } else {
            tracing::warn!("a submission id reused with a different profile");
            Err(Error::Conflict)
        });
    }
    for (device, (at, added)) in devices {
        store::devices::synced(&mut tx, device, at, added).await?;
    }
    tx.commit().await?;
    Ok(answers)
}

/// What is stored under a submission's id.
struct Stored {
    hash: Vec<u8>,
    received_at: String,
    /// For the tablet's row: how many were added (0 for a repeat); `None` when nothing was
    /// stored (an erased person's).
    tablet: Option<i64>,
}

async fn store_one(
    tx: &mut AnyConnection,
    p: &Pending,
    revision: i64,
) -> std::result::Result<Stored, sqlx::Error> {
    let id = p.submission.id.to_string();
    // A retry of a submission whose person was erased since: acknowledged, never stored again.
    if store::submissions::was_erased(tx, &persons::erased_key(&id)).await? {
        return Ok(Stored {
            hash: p.hash.clone(),
            received_at: p.received_at.clone(),
            tablet: None,
        });
    }
    let new = NewSubmission {
        id: &id,
        body_sha256: &p.hash,
        profile: &p.profile,
        received_at: &p.received_at,
        device_id: &p.device_id,
    };
    if store::submissions::insert(tx, new).await? {
        let centre = p.centre.as_deref();
        let profile = &p.submission.profile;
        let person = persons::link(&mut *tx, &id, profile, centre, p.now, revision).await?;
        if let Some(code) = &p.submission.assist {
            store::assisted::finish(&mut *tx, code, centre, &person, p.now).await?;
        }
        return Ok(Stored {
            hash: p.hash.clone(),
            received_at: p.received_at.clone(),
            tablet: Some(1),
        });
    }
    // A repeat: the receipt of what was stored first.
    let stored = store::submissions::receipt(tx, &id).await?;
    Ok(Stored {
        hash: stored.body_sha256,
        received_at: stored.received_at,
        tablet: Some(0),
    })
}
