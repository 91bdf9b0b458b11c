//! The logged-in side, at `/staff`: settlement officers search, count and record settlements;
//! counsellors read their centres' residents and write notes; municipality users read the
//! persons they agreed to settle; admins decide which officers may see shielded persons. In Norwegian or English. An expired session asks for the
//! login again and comes back to the same place.

mod api;
mod assisted;
mod conflict;
mod devices;
mod filters;
mod handover;
mod list;
mod person;
mod stats;
mod users;

use crate::i18n::{use_bundle, Locale, Translator};
use api::ApiError;
use evne_model::persons::Me;
use evne_model::Role;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Where a logged-in user is.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    List,
    Person(String),
    Stats,
    Handover,
}

#[component]
pub fn StaffApp() -> Html {
    let locale = use_state(|| Locale::Nb);
    let bundle = use_bundle(*locale);
    let me = use_state(|| None::<Me>);
    let started = use_state(|| false);
    let place = use_state(|| Place::List);
    let problem = use_state(|| None::<ApiError>);
    {
        let (me, started) = (me.clone(), started.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(who) = api::me().await {
                    me.set(Some(who));
                }
                started.set(true);
            });
        });
    }
    {
        let locale = *locale;
        use_effect_with(locale, move |l| {
            crate::bindings::set_document_locale(l.code(), "ltr")
        });
    }
    let Some(t) = bundle else {
        return html! {};
    };
    // Any 401 on the way: log in again, then come back here.
    let on_error = {
        let (me, problem) = (me.clone(), problem.clone());
        Callback::from(move |e: ApiError| {
            if e == ApiError::Unauthorized {
                me.set(None);
            }
            problem.set(Some(e));
        })
    };
    let go = {
        let (place, problem) = (place.clone(), problem.clone());
        Callback::from(move |p: Place| {
            problem.set(None);
            place.set(p);
        })
    };
    let other = if *locale == Locale::Nb {
        Locale::En
    } else {
        Locale::Nb
    };
    let switch = {
        let locale = locale.clone();
        Callback::from(move |_| locale.set(other))
    };
    let body = match (&*me, *started) {
        (_, false) => html! {},
        (None, true) => login(&t, me.clone(), problem.clone()),
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
                    if let Some(e) = *problem {
                        <p class="form-error" role="alert">{ t.t(e.message_id()) }</p>
                    }
                    { match &*place {
                        Place::List if role == Role::Admin => html! {
                            <users::ShieldRights on_error={on_error.clone()} />
                        },
                        Place::List if role == Role::ReceptionStaff => html! {
                            <>
                                <assisted::AssistedRegistrations on_error={on_error.clone()} />
                                <devices::Tablets on_error={on_error.clone()} />
                            </>
                        },
                        Place::List => html! { <list::List {role} on_open={go.reform(Place::Person)} on_error={on_error.clone()} /> },
                        Place::Person(id) => html! {
                            <person::PersonPage id={id.clone()} {role} on_back={go.reform(|_| Place::List)} on_error={on_error.clone()} />
                        },
                        Place::Stats => html! { <stats::Stats on_error={on_error.clone()} /> },
                        Place::Handover => html! {
                            <handover::Handovers on_open={go.reform(Place::Person)} on_error={on_error.clone()} />
                        },
                    } }
                </>
            }
        }
    };
    let logout = {
        let (me, place) = (me.clone(), place.clone());
        Callback::from(move |_| {
            let (me, place) = (me.clone(), place.clone());
            wasm_bindgen_futures::spawn_local(async move {
                api::logout().await;
                place.set(Place::List);
                me.set(None);
            });
        })
    };
    html! {
        <ContextProvider<Translator> context={t.clone()}>
            <main class="app staff">
                <div class="page-head">
                    <h1>{ t.t("staff-title") }</h1>
                    <div class="head-actions">
                        <button class="secondary" data-action="staff-language" lang={other.code()} onclick={switch}>
                            { other.endonym() }
                        </button>
                        if let Some(who) = &*me {
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

pub fn list_title(role: Role) -> &'static str {
    match role {
        Role::Municipality => "staff-inbox",
        Role::Counsellor => "staff-residents",
        Role::ReceptionStaff => "staff-tablets",
        Role::Admin => "staff-users",
        _ => "staff-search",
    }
}

fn login(
    t: &Translator,
    me: UseStateHandle<Option<Me>>,
    problem: UseStateHandle<Option<ApiError>>,
) -> Html {
    let onsubmit = {
        let (me, problem) = (me.clone(), problem.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |id: &str| {
                web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(id))
                    .and_then(|el| wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>(el).ok())
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            let (user, password) = (value("staff-username"), value("staff-password"));
            let (me, problem) = (me.clone(), problem.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::login(&user, &password).await {
                    Ok(who) => {
                        problem.set(None);
                        me.set(Some(who));
                    }
                    Err(ApiError::Unauthorized) => problem.set(Some(ApiError::Invalid)),
                    Err(e) => problem.set(Some(e)),
                }
            });
        })
    };
    html! {
        <form class="card staff-login" {onsubmit}>
            <h2>{ t.t("staff-login-title") }</h2>
            if let Some(e) = *problem {
                <p class="form-error" role="alert">{ t.t(match e {
                    ApiError::Invalid => "staff-error-login",
                    other => other.message_id(),
                }) }</p>
            }
            <label class="label" for="staff-username">{ t.t("staff-username") }</label>
            <input id="staff-username" type="text" autocomplete="username" />
            <label class="label" for="staff-password">{ t.t("staff-password") }</label>
            <input id="staff-password" type="password" autocomplete="current-password" />
            <button type="submit" class="primary" data-action="login">{ t.t("staff-login") }</button>
        </form>
    }
}
