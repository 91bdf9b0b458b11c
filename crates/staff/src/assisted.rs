//! Assisted registration, for reception staff: start one (the server gives a short code), then
//! open the resident's language screen on this tablet in bilingual mode. Opening it logs the
//! staff member out first, so that no staff session stays on a shared tablet. The list shows
//! the centre's recent assisted registrations and which of them arrived.

use super::api::{self, ApiError};
use super::loaded::use_loaded;
use super::table;
use evne_model::assisted::Assisted;
use evne_ui::i18n::use_translator;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_error: Callback<ApiError>,
}

#[component]
pub fn AssistedRegistrations(props: &Props) -> Html {
    let t = use_translator();
    let started = use_state(|| None::<Assisted>);
    let busy = use_state(|| false);
    let newest = started.as_ref().map(|a| a.code.clone());
    let list = use_loaded(newest, props.on_error.clone(), |_| api::assisted());
    let list = list.as_deref().unwrap_or_default();
    let start = {
        let (started, busy, on_error) = (started.clone(), busy.clone(), props.on_error.clone());
        Callback::from(move |_: MouseEvent| {
            let (started, busy, on_error) = (started.clone(), busy.clone(), on_error.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match api::start_assisted().await {
                    Ok(a) => started.set(Some(a)),
                    Err(e) => on_error.emit(e),
                }
                busy.set(false);
            });
        })
    };
    let now = (evne_ui::dom::now_ms() / 1000) as i64;
    let status = |a: &Assisted| match a.finished_at {
        Some(_) => "staff-assisted-finished",
        None if a.expires_at < now => "staff-assisted-expired",
        None => "staff-assisted-open",
    };
    html! {
        <section class="staff-assisted">
            <h2>{ t.t("staff-assisted") }</h2>
            <p class="hint">{ t.t("staff-assisted-hint") }</p>
            if let Some(a) = &*started {
                <div class="card assisted-code" role="status">
                    <p>{ t.t("staff-assisted-code") }</p>
                    <p class="big-code" data-code={a.code.clone()}><code>{ a.code.clone() }</code></p>
                    <button class="primary" data-action="open-resident" onclick={{
                        let code = a.code.clone();
                        move |_| {
                            let code = code.clone();
                            wasm_bindgen_futures::spawn_local(async move {
                                api::logout().await;
                                if let Some(w) = web_sys::window() {
                                    // Navigation failing leaves the staff page, logged out.
                                    let _ = w.location().assign(&format!("/?assist={code}"));
                                }
                            });
                        }
                    }}>{ t.t("staff-assisted-open-tablet") }</button>
                </div>
            } else {
                <button class="primary" data-action="start-assisted" disabled={*busy} onclick={start}>
                    { t.t(if *busy { "staff-working" } else { "staff-assisted-start" }) }
                </button>
            }
            if !list.is_empty() {
                <table class="assisted">
                    { table::head([
                        t.t("staff-assisted-code-col"),
                        t.t("staff-assisted-by"),
                        t.t("staff-assisted-started"),
                        t.t("staff-assisted-status"),
                    ], None) }
                    <tbody>
                        { for list.iter().map(|a| html! {
                            <tr data-assisted={a.code.clone()} data-status={status(a)}>
                                <td><code>{ a.code.clone() }</code></td>
                                <td>{ a.started_by.clone() }</td>
                                <td>{ t.t_count("staff-minutes-ago", ((now - a.started_at).max(0) / 60) as usize) }</td>
                                <td>{ t.t(status(a)) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}
