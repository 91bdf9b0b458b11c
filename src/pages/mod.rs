//! One component per screen.

mod done;
mod form;
mod language;

pub use done::DonePage;
pub use form::FormPage;
pub use language::LanguagePage;
