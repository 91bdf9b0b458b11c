//! The database, by resource: every query of persons and what hangs on them is here, with
//! named row types, so that a handler parses, calls and answers. Functions take a connection
//! or transaction from the caller, who decides what is one commit (and audits it).

pub mod assisted;
pub mod persons;
