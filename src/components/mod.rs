//! Small pieces shared by pages.

mod field_errors;
mod status_line;

pub use field_errors::FieldErrors;
pub use status_line::StatusLine;
