//! Small pieces shared by pages.

mod enrol_form;
mod status_line;

pub use enrol_form::EnrolForm;
pub use status_line::StatusLine;
