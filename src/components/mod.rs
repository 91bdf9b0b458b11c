//! Small pieces shared by pages.

mod enrol_form;
mod lock_form;
mod resume_form;
mod staff_login;
mod status_line;

pub use enrol_form::{EnrolForm, Enrolled};
pub use lock_form::LockForm;
pub use resume_form::ResumeForm;
pub use staff_login::StaffLogin;
pub use status_line::StatusLine;
