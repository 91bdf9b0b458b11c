//! The tablet's own status, as staff see it on the tablet screen and the status line shows it:
//! storage, the outbox, updates, enrolment and the draft lock. Nothing of a resident.

use crate::bindings::StorageInfo;
use crate::storage::Starts;
use crate::sync::SyncReport;
use evne_model::draft_lock::LockMethod;
use evne_model::sync::OutboxMeta;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct TabletStatus {
    pub outbox: SyncReport,
    /// The last write to storage failed: the person must be told.
    pub storage_failed: bool,
    pub storage_info: Option<StorageInfo>,
    /// This tablet's starts of the app (what can be said where `storage_info` is missing).
    pub starts: Option<Starts>,
    pub update_ready: bool,
    /// The queue as staff see it on the tablet screen.
    pub queue: Vec<OutboxMeta>,
    pub device_id: Option<String>,
    /// Where the draft lock stands (see `storage::lock`).
    pub lock: TabletLock,
    /// The last attempt to lock or unlock failed (cancelled, or the screen lock did not answer).
    pub lock_failed: bool,
    /// The screen lock's prompt is open: a second tap would only fail it.
    pub lock_pending: bool,
}

/// The draft lock as the tablet screen shows it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TabletLock {
    /// Not known yet, or no lock made: drafts use the older device key.
    #[default]
    Unset,
    /// This browser or device has no platform authenticator with PRF: staff can lock drafts
    /// with a key the server releases to their login instead.
    Unsupported,
    /// Saved drafts wait for staff to unlock them (by the device's screen lock, or by a staff
    /// login for the server's key); new ones are written all the same.
    Locked(LockMethod),
    Unlocked(LockMethod),
}

impl TabletLock {
    pub fn is_locked(self) -> bool {
        matches!(self, TabletLock::Locked(_))
    }
}

/// What changes the tablet's status: storage, the sync loop and staff's actions report these.
#[derive(Debug, Clone, PartialEq)]
pub enum TabletAction {
    Synced(SyncReport),
    StorageFailed,
    StorageInfo(Option<StorageInfo>),
    Starts(Starts),
    UpdateReady(bool),
    Queue(Vec<OutboxMeta>),
    DeviceId(String),
    /// The draft lock's state, after start-up, a lock or an unlock.
    Lock(TabletLock),
    LockFailed,
    /// The screen lock's prompt opened.
    LockPending,
}

impl TabletStatus {
    pub fn reduce(&mut self, action: TabletAction) {
        match action {
            TabletAction::Synced(report) => {
                let sent_before = self.outbox.sent;
                self.outbox = SyncReport {
                    sent: sent_before + report.sent,
                    ..report
                };
            }
            TabletAction::StorageFailed => self.storage_failed = true,
            TabletAction::StorageInfo(info) => self.storage_info = info,
            TabletAction::Starts(starts) => self.starts = Some(starts),
            TabletAction::UpdateReady(ready) => self.update_ready = ready,
            TabletAction::Queue(queue) => self.queue = queue,
            TabletAction::DeviceId(id) => self.device_id = Some(id),
            TabletAction::Lock(lock) => {
                self.lock = lock;
                self.lock_failed = false;
                self.lock_pending = false;
            }
            TabletAction::LockFailed => {
                self.lock_failed = true;
                self.lock_pending = false;
            }
            TabletAction::LockPending => {
                self.lock_failed = false;
                self.lock_pending = true;
            }
        }
    }

    /// Whether the private-window check says that nothing typed would be kept.
    pub fn ephemeral(&self) -> bool {
        self.storage_info.is_some_and(|i| i.looks_ephemeral())
    }
}
