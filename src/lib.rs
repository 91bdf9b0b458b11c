//! Evne's app: the resident's registration on a shared tablet, offline first.
//! `main.rs` only calls [`start`]; everything else is here so that tests can import it.

pub mod api;
pub mod app;
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

/// Mounts the app on `<body>` and registers the service worker.
pub fn start() {
    bindings::register_service_worker();
    // Staff work at `/staff` (a PC or the same tablet); everyone else gets the resident's app.
    let staff = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .is_some_and(|p| p.starts_with("/staff"));
    if staff {
        yew::Renderer::<staff::StaffApp>::new().render();
    } else {
        yew::Renderer::<app::App>::new().render();
    }
}
