//! The database, by resource, with named rows, so that a handler parses, calls and answers:
//! persons and their versions, decisions, settlements and erasure; counsellors' notes;
//! organisations and centres; tablets (the list, enrolment, reports, the lock secret); saved
//! searches; assisted registrations; staff accounts. Functions take a pool, or the
//! connection of the caller's transaction when the caller decides what is one commit (and
//! audits it). Sessions and the audit log still query from their handlers: they move here
//! next.

pub mod assisted;
pub mod centres;
pub mod devices;
pub mod notes;
pub mod organisations;
pub mod persons;
pub mod searches;
pub mod users;
