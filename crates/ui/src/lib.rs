//! What the resident app (the crate at the repository's root) and the staff app
//! (`crates/staff`) both draw: the UI messages of every locale ([`i18n`]), a profile as lines
//! of text per step ([`profile_view`]) and the page's language and clock ([`dom`]). Nothing
//! here reads storage or calls the server.

pub mod dom;
pub mod i18n;
pub mod loudness;
pub mod pictogram;
pub mod profile_view;
