//! The shared domain of Evne: what a profile is, how it is validated, what travels on the wire
//! and how the tablet decides what to send. Pure Rust + serde, so the very same code runs in the
//! browser (wasm32) and on the server; nothing here does I/O.

pub mod assisted;
pub mod coverage;
pub mod draft_lock;
pub mod envelope;
pub mod esco;
pub mod feed;
pub mod ids;
pub mod persons;
pub mod profile;
pub mod retention;
pub mod review;
pub mod roles;
pub mod submission;
pub mod sync;
pub mod synthetic;
pub mod taxonomy;
pub mod whole;

pub use ids::SubmissionId;
pub use profile::{Draft, ErrorCode, FieldError, Profile, ProfileRecord, Text};
pub use roles::Role;
pub use submission::{Receipt, Submission, SubmissionRecord};
