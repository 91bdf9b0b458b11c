//! One component per screen.

mod declined;
mod done;
mod language;
mod missing;
mod tablet;

pub use declined::DeclinedPage;
pub use done::DonePage;
pub use language::LanguagePage;
pub use missing::MissingLanguagePage;
pub use tablet::TabletPage;
