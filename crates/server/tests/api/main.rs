//! The server's integration tests: one binary, a fresh database per test.

mod access;
mod admin;
mod assisted;
mod conflict;
mod coverage;
mod devices;
mod esco;
mod feed;
mod hardening;
mod helpers;
mod lock_secret;
mod officer;
mod openapi;
mod persons;
mod reach;
mod readme;
mod recordings;
mod registrations;
mod review;
mod search_index;
mod session;
mod submissions;
mod sweep;
mod torture;
mod users;
