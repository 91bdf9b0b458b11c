//! Evne's app: the resident's registration on a shared tablet, offline first.
//! `main.rs` only calls [`start`]; everything else is here so that tests can import it.

pub mod api;
pub mod app;
pub mod asked;
pub mod bindings;
pub mod components;
pub mod effects;
pub mod hooks;
/// The messages of every locale, shared with the staff app (`evne_ui::i18n`).
pub use evne_ui::i18n;
pub mod pages;
pub mod speech;
pub mod start;
pub mod state;
pub mod storage;
pub mod sync;
pub mod wizard;

/// Mounts the first screen (the `evne-start` binary, built from `index.html`), which then
/// loads the registration app. See [`start`](mod@start).
pub fn start_first_screen() {
    bindings::hand_over_assist_code();
    // Without a document there is nothing to draw on.
    if let Some(root) = bindings::first_screen_root() {
        yew::Renderer::<start::FirstScreen>::with_root(root).render();
    }
}

/// Mounts the registration app on `<body>` (the `evne` binary, built from `app.html` and
/// loaded by the first screen); it takes the page over from the first screen. Registers the
/// service worker only now: on a first start over a slow link, its precaching of the whole
/// shell would otherwise compete with the first screen and this app for the bandwidth.
pub fn start() {
    bindings::register_service_worker();
    yew::Renderer::<app::App>::new().render();
}
