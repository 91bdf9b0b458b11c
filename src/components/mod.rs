//! Small pieces shared by pages.

mod enrol_form;
mod field_errors;
mod status_line;

pub use enrol_form::EnrolForm;
pub use field_errors::FieldErrors;
pub use status_line::StatusLine;
