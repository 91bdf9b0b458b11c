//! Coding a free-text job title: the counsellor or officer types the title in English words (or
//! an ISCO-08 code) and sees the ESCO occupations that match, best first, with their ISCO-08
//! unit groups and URIs (`GET /api/v1/esco/occupations`; the data stays on the server).

use super::api::{self, ApiError};
use evne_model::esco::EscoMatch;
use evne_ui::i18n::use_translator;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_error: Callback<ApiError>,
}

#[component]
pub fn EscoSearch(props: &Props) -> Html {
    let t = use_translator();
    let input = use_node_ref();
    // `None` until the first search.
    let found = use_state(|| None::<Vec<EscoMatch>>);
    let search = {
        let (input, found, on_error) = (input.clone(), found.clone(), props.on_error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let title = input
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            let title = title.trim().to_owned();
            if title.is_empty() {
                return;
            }
            let (found, on_error) = (found.clone(), on_error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::esco_occupations(&title).await {
                    Ok(list) => found.set(Some(list)),
                    Err(e) => on_error.emit(e),
                }
            });
        })
    };
    html! {
        <section class="card esco no-print">
            <h3>{ t.t("staff-esco") }</h3>
            <form class="row" onsubmit={search}>
                <label class="label" for="esco-title">{ t.t("staff-esco-title") }</label>
                <input id="esco-title" ref={input} type="search" maxlength="100" lang="en" dir="ltr" />
                <button type="submit" class="secondary" data-action="esco-search">{ t.t("staff-esco-search") }</button>
            </form>
            if let Some(found) = &*found {
                if found.is_empty() {
                    <p role="status">{ t.t("staff-esco-none") }</p>
                } else {
                    <table>
                        { super::table::head([t.t("staff-esco-occupation"), t.t("staff-esco-isco"), t.t("staff-esco-uri")], None) }
                        <tbody>
                            { for found.iter().map(|m| html! {
                                <tr data-esco={m.uri.clone()}>
                                    <td lang="en">
                                        { m.label.clone() }
                                        if let Some(alt) = &m.matched {
                                            <br /><span class="hint">{ t.t_args("staff-esco-matched", &[("label", alt.clone().into())]) }</span>
                                        }
                                    </td>
                                    <td lang="en">{ format!("{} {}", m.isco08, m.isco_label) }</td>
                                    <td><a href={m.uri.clone()} target="_blank" rel="noopener noreferrer">{ m.uri.rsplit('/').next().unwrap_or_default().to_owned() }</a></td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                }
            }
            <p class="hint">{ t.t("staff-esco-source") }</p>
        </section>
    }
}
