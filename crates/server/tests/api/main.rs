//! The server's integration tests: one binary, a fresh database per test.

mod admin;
mod devices;
mod helpers;
mod persons;
mod registrations;
mod session;
mod submissions;
mod torture;
