//! Small pieces shared by pages.

mod enrol_form;
mod resume_form;
mod status_line;

pub use enrol_form::EnrolForm;
pub use resume_form::ResumeForm;
pub use status_line::StatusLine;
