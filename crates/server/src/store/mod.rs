//! The database, by resource, with named rows, so that a handler parses, calls and answers:
//! submissions as received; persons and their versions, decisions, settlements and erasure; counsellors' notes;
//! organisations and centres; tablets (the list, enrolment, reports, the lock secret); saved
//! searches; assisted registrations; staff accounts and their sessions; reviewed translations
//! and recordings. Functions take a pool,
//! or the connection of the caller's transaction when the caller decides what is one commit
//! (and audits it). The audit log is written and read by `crate::audit`, the login throttle
//! by `crate::throttle`, and the search index's revisions by `crate::search`: each owns its
//! table.

pub mod asked;
pub mod assisted;
pub mod centres;
pub mod coverage;
pub mod devices;
pub mod feed;
pub mod job_codes;
pub mod notes;
pub mod organisations;
pub mod persons;
pub mod recordings;
pub mod searches;
pub mod sessions;
pub mod submissions;
pub mod translations;
pub mod users;
