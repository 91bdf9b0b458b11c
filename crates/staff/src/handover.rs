//! The hand-over status, for settlement officers: every settlement, newest first, with the
//! municipality, who decided and when, and whether the municipality has opened the profile.

use super::api::{self, ApiError};
use super::loaded::use_loaded;
use super::table;
use evne_ui::i18n::use_translator;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_open: Callback<String>,
    pub on_error: Callback<ApiError>,
}

/// `YYYY-MM-DD` of a Unix time, in UTC.
fn day(unix: i64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(unix as f64 * 1000.0));
    date.to_iso_string()
        .as_string()
        .and_then(|s| s.get(..10).map(str::to_owned))
        .unwrap_or_default()
}

#[component]
pub fn Handovers(props: &Props) -> Html {
    let t = use_translator();
    let list = use_loaded((), props.on_error.clone(), |()| api::handovers());
    let Some(list) = &*list else {
        return html! { <p class="hint">{ t.t("staff-loading") }</p> };
    };
    html! {
        <section class="staff-handover">
            <h2>{ t.t("staff-handover") }</h2>
            if list.is_empty() { <p class="hint">{ t.t("staff-none") }</p> }
            <table class="handover">
                { table::head([
                    t.t("staff-col-name"),
                    t.t("staff-handover-municipality"),
                    t.t("staff-handover-decided"),
                    t.t("staff-handover-status"),
                ], None) }
                <tbody>
                    { for list.iter().map(|h| {
                        let on_open = props.on_open.clone();
                        let id = h.person_id.clone();
                        let opened = h.opened_at.is_some();
                        html! {
                            <tr data-person={h.person_id.clone()} data-opened={opened.to_string()}>
                                <td>
                                    <button type="button" class="link" onclick={move |_| on_open.emit(id.clone())}>
                                        <bdi>{ format!("{} {}", h.given_name, h.family_name) }</bdi>
                                    </button>
                                </td>
                                <td>{ h.municipality.clone() }</td>
                                <td>{ format!("{} ({})", day(h.decided_at), h.decided_by) }</td>
                                <td>{ match h.opened_at {
                                    Some(at) => t.t_args("staff-handover-opened", &[("date", day(at).into())]),
                                    None => t.t("staff-handover-waiting"),
                                } }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </section>
    }
}
