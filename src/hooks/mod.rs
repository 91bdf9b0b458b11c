//! The app's own hooks.

mod use_draft;

pub use use_draft::{use_draft, DraftHandle};
