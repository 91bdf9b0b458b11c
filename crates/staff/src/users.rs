//! Admins decide which settlement officers may see shielded persons (`GET /api/users`,
//! `PUT /api/users/{id}/shielded`; the command line's `grant-shielded` does the same). Only
//! officers are listed: nobody else searches across persons. Every change is audited.

use super::api::{self, ApiError};
use super::loaded::use_loaded;
use evne_model::persons::User;
use evne_model::Role;
use evne_ui::i18n::use_translator;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_error: Callback<ApiError>,
}

#[component]
pub fn ShieldRights(props: &Props) -> Html {
    let t = use_translator();
    let reloads = use_state(|| 0u32);
    let users = use_loaded(*reloads, props.on_error.clone(), |_| api::users());
    let toggle = |user: &User| {
        let (id, allowed) = (user.id.clone(), !user.handles_shielded);
        let (reloads, on_error) = (reloads.clone(), props.on_error.clone());
        Callback::from(move |_: MouseEvent| {
            let (id, reloads, on_error) = (id.clone(), reloads.clone(), on_error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::set_shield_rights(&id, allowed).await {
                    Ok(()) => reloads.set(*reloads + 1),
                    Err(e) => on_error.emit(e),
                }
            });
        })
    };
    let Some(all) = &*users else {
        return html! {};
    };
    let officers: Vec<&User> = all
        .iter()
        .filter(|u| u.role == Role::SettlementOfficer)
        .collect();
    html! {
        <section class="card shield-rights">
            <h2>{ t.t("staff-shield-rights") }</h2>
            <p class="hint">{ t.t("staff-shield-rights-explain") }</p>
            if officers.is_empty() {
                <p>{ t.t("staff-shield-rights-none") }</p>
            } else {
                <table>
                    <thead><tr>
                        <th scope="col">{ t.t("staff-username") }</th>
                        <th scope="col">{ t.t("staff-shield-rights-state") }</th>
                        <th scope="col"><span class="visually-hidden">{ t.t("staff-shield-rights-change") }</span></th>
                    </tr></thead>
                    <tbody>
                        { for officers.iter().map(|u| html! {
                            <tr data-user={u.username.clone()} data-shielded={u.handles_shielded.to_string()}>
                                <td>{ u.username.clone() }</td>
                                <td>{ t.t(if u.handles_shielded { "staff-shield-rights-yes" } else { "staff-shield-rights-no" }) }</td>
                                <td>
                                    <button class="secondary" data-action="toggle-shield-rights" onclick={toggle(u)}>
                                        { t.t(if u.handles_shielded { "staff-shield-rights-revoke" } else { "staff-shield-rights-grant" }) }
                                    </button>
                                </td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}
