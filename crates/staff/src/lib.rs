//! The logged-in side, at `/staff`: settlement officers search, count and record settlements;
//! counsellors read their centres' residents and write notes; municipality users read the
//! persons they agreed to settle; reception staff enrol tablets and follow their centre;
//! admins decide which officers may see shielded persons. In Norwegian or English. An expired
//! session asks for the login again and comes back to the same place. Online only: no service
//! worker, nothing kept in the browser but the session cookie.

mod api;
mod asked;
mod assisted;
mod audio;
mod conflict;
mod coverage;
mod devices;
mod esco;
mod filters;
mod handover;
mod list;
mod loaded;
mod login;
mod national;
mod person;
mod recorder;
mod review;
mod session;
mod stats;
mod table;
mod users;

use api::ApiError;
use evne_ui::i18n::{use_bundle, Translator};
use session::{Act, Session};

pub use session::Place;

/// Mounts the staff screens on `<body>` (the `evne-staff` binary, built from `staff.html`).
pub fn start() {
    yew::Renderer::<StaffApp>::new().render();
}
use evne_model::Role;
use yew::prelude::*;

#[component]
pub fn StaffApp() -> Html {
    let session = use_reducer(Session::default);
    let bundle = use_bundle(session.locale);
    {
        let dispatch = session.dispatcher();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                dispatch.dispatch(Act::Started(api::me().await.ok()));
            });
        });
    }
    use_effect_with(session.locale, move |l| {
        evne_ui::dom::set_document_locale(l.code(), "ltr")
    });
    let Some(t) = bundle else {
        return html! {};
    };
    let d = session.dispatcher();
    let send = Callback::from({
        let d = d.clone();
        move |a: Act| d.dispatch(a)
    });
    // Any 401 on the way: log in again, then come back here.
    let on_error = send.reform(Act::Failed);
    let go = send.reform(Act::Go);
    let other = session.other_locale();
    let body = match (&session.me, session.started) {
        (_, false) => html! {},
        (None, true) => {
            html! { <login::Login problem={session.problem} on_login={send.clone()} /> }
        }
        (Some(who), true) => {
            let role = who.role;
            html! {
                <>
                    <nav class="staff-nav">
                        <button class="secondary" data-action="list" onclick={go.reform(|_| Place::List)}>
                            { t.t(list_title(role)) }
                        </button>
                        if role == Role::SettlementOfficer {
                            <button class="secondary" data-action="stats" onclick={go.reform(|_| Place::Stats)}>
                                { t.t("staff-stats") }
                            </button>
                            <button class="secondary" data-action="handover" onclick={go.reform(|_| Place::Handover)}>
                                { t.t("staff-handover") }
                            </button>
                        }
                    </nav>
                    if let Some(e) = session.problem {
                        <p class="form-error" role="alert">{ t.t(e.message_id()) }</p>
                    }
                    { screen(&session.place, (role, &who.review_locales), &go, &on_error) }
                </>
            }
        }
    };
    let logout = Callback::from({
        let d = d.clone();
        move |_| {
            let d = d.clone();
            wasm_bindgen_futures::spawn_local(async move {
                api::logout().await;
                d.dispatch(Act::LoggedOut);
            });
        }
    });
    html! {
        <ContextProvider<Translator> context={t.clone()}>
            <main class="app staff">
                <div class="page-head">
                    <h1>{ t.t("staff-title") }</h1>
                    <div class="head-actions">
                        <button class="secondary" data-action="staff-language" lang={other.code()}
                            onclick={send.reform(|_| Act::SwitchLocale)}>
                            { other.endonym() }
                        </button>
                        if let Some(who) = &session.me {
                            <span class="hint" data-user={who.username.clone()}>{ who.username.clone() }</span>
                            <button class="secondary" data-action="logout" onclick={logout}>{ t.t("staff-logout") }</button>
                        }
                    </div>
                </div>
                { body }
            </main>
        </ContextProvider<Translator>>
    }
}

/// The screen of `place` for `role`.
fn screen(
    place: &Place,
    (role, review_locales): (Role, &[String]),
    go: &Callback<Place>,
    on_error: &Callback<ApiError>,
) -> Html {
    let on_error = on_error.clone();
    match place {
        Place::List if role == Role::Admin => html! {
            <>
                <users::ShieldRights on_error={on_error.clone()} />
                <coverage::LanguageCoverage on_error={on_error.clone()} />
                <national::NationalPicture on_error={on_error.clone()} />
                <asked::AskedLanguages national=true {on_error} />
            </>
        },
        Place::List if role == Role::LanguageReviewer => {
            html! { <review::ReviewScreen locales={review_locales.to_vec()} {on_error} /> }
        }
        Place::List if role == Role::ReceptionStaff => html! {
            <>
                <assisted::AssistedRegistrations on_error={on_error.clone()} />
                <asked::AskedLanguages on_error={on_error.clone()} />
                <devices::Tablets {on_error} />
            </>
        },
        Place::List => {
            html! { <list::List {role} on_open={go.reform(Place::Person)} {on_error} /> }
        }
        Place::Person(id) => html! {
            <person::PersonPage id={id.clone()} {role} on_back={go.reform(|_| Place::List)} {on_error} />
        },
        Place::Stats => html! {
            <>
                <national::NationalPicture on_error={on_error.clone()} />
                <stats::Stats on_error={on_error.clone()} />
                <asked::AskedLanguages national=true {on_error} />
            </>
        },
        Place::Handover => {
            html! { <handover::Handovers on_open={go.reform(Place::Person)} {on_error} /> }
        }
    }
}

pub fn list_title(role: Role) -> &'static str {
    match role {
        Role::Municipality => "staff-inbox",
        Role::Counsellor => "staff-residents",
        Role::ReceptionStaff => "staff-tablets",
        Role::Admin => "staff-users",
        Role::LanguageReviewer => "staff-review",
        _ => "staff-search",
    }
}
