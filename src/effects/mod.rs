//! What the app does outside its state, run from the root component: start-up, the sync loop,
//! storing drafts put aside or expired, locking drafts, and staff's administration of the
//! tablet. Each effect
//! reports back to the reducer with an action; none draws anything.

mod drafts;
pub mod lock;
mod startup;
mod sync_loop;
mod tablet;

use crate::state::{State, TabletAction};
use crate::storage::StorageError;
use yew::UseReducerDispatcher;

pub use drafts::use_drafts_kept;
pub use startup::use_startup;
pub use sync_loop::{retry_refused, sync_now, use_sync_loop};
pub use tablet::{keep_enrolment, set_idle_hours};

pub type Dispatch = UseReducerDispatcher<State>;

/// The one way a failed storage operation reaches the person: said in the console (a storage
/// error names the operation and the browser's error, never a resident's data) and shown as
/// the banner that answers are not being saved.
pub fn storage_failed(dispatch: &Dispatch, e: &StorageError) {
    gloo::console::error!(e.to_string());
    dispatch.dispatch(TabletAction::StorageFailed.into());
}

/// `result`'s value, or `None` once its error is reported.
pub fn or_report<T>(dispatch: &Dispatch, result: Result<T, StorageError>) -> Option<T> {
    result.map_err(|e| storage_failed(dispatch, &e)).ok()
}
