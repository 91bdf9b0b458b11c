//! Evne's app: the resident's registration on a shared tablet, offline first.
//! `main.rs` only calls [`start`]; everything else is here so that tests can import it.

pub mod api;
pub mod app;
pub mod autosave;
pub mod bindings;
pub mod components;
pub mod i18n;
pub mod pages;
pub mod speech;
pub mod staff;
pub mod state;
pub mod storage;
pub mod sync;
pub mod wizard;

/// Mounts the staff screens (`/staff`, the `evne-staff` binary, built from `staff.html`). They
/// work online only: no service worker.
pub fn start_staff() {
    yew::Renderer::<staff::StaffApp>::new().render();
}

/// Mounts the resident's app on `<body>` and registers the service worker.
pub fn start() {
    bindings::register_service_worker();
    yew::Renderer::<app::App>::new().render();
}
