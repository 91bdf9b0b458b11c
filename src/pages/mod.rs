//! One component per screen.

mod done;
mod form;
mod language;
mod tablet;

pub use done::DonePage;
pub use form::FormPage;
pub use language::LanguagePage;
pub use tablet::TabletPage;
