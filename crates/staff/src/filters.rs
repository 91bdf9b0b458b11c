//! An officer's search form: every filter the server knows (name, occupation group and years,
//! education level and field, language and level, literacy, driving licence, centre, country,
//! age), and their saved searches, which fill the form and search at once.

use super::api::{self, ApiError};
use evne_model::persons::{NewSearch, Organisation, SavedSearch};
use evne_model::taxonomy;
use evne_ui::i18n::use_translator;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The query string of the filters set, on each search.
    pub on_search: Callback<String>,
    pub on_error: Callback<ApiError>,
}

/// Every filter: `(query name, input id)`.
const FILTERS: [(&str, &str); 13] = [
    ("name", "filter-name"),
    ("isco", "filter-isco"),
    ("min_years", "filter-min-years"),
    ("isced_min", "filter-isced-min"),
    ("field", "filter-field"),
    ("lang", "filter-lang"),
    ("lang_min", "filter-lang-min"),
    ("literacy", "filter-literacy"),
    ("licence", "filter-licence"),
    ("centre", "filter-centre"),
    ("country", "filter-country"),
    ("age_min", "filter-age-min"),
    ("age_max", "filter-age-max"),
];

fn element(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

pub fn value(id: &str) -> String {
    let Some(el) = element(id) else {
        return String::new();
    };
    match el.clone().dyn_into::<HtmlInputElement>() {
        Ok(input) => input.value(),
        Err(_) => el
            .dyn_into::<HtmlSelectElement>()
            .map(|s| s.value())
            .unwrap_or_default(),
    }
}

fn set_value(id: &str, v: &str) {
    let Some(el) = element(id) else { return };
    match el.clone().dyn_into::<HtmlInputElement>() {
        Ok(input) => input.set_value(v),
        Err(_) => {
            if let Ok(select) = el.dyn_into::<HtmlSelectElement>() {
                select.set_value(v);
            }
        }
    }
}

/// The form's filters as a query string.
fn query() -> String {
    FILTERS
        .iter()
        .map(|(name, id)| (name, value(id)))
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(name, v)| format!("{name}={}", js_sys::encode_uri_component(v.trim())))
        .collect::<Vec<_>>()
        .join("&")
}

/// Sets the form to a saved query string (filters it does not name are cleared).
fn fill(query: &str) {
    for (name, id) in FILTERS {
        let v = query
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(k, _)| *k == name)
            .and_then(|(_, v)| js_sys::decode_uri_component(v).ok())
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        set_value(id, &v);
    }
}

#[component]
pub fn Filters(props: &Props) -> Html {
    let t = use_translator();
    let centres = use_state(Vec::<Organisation>::new);
    let saved = use_state(Vec::<SavedSearch>::new);
    let reloads = use_state(|| 0u32);
    {
        let (centres, saved, on_error) = (centres.clone(), saved.clone(), props.on_error.clone());
        use_effect_with(*reloads, move |reloads| {
            let first = *reloads == 0;
            wasm_bindgen_futures::spawn_local(async move {
                if first {
                    match api::organisations("reception_centre").await {
                        Ok(list) => centres.set(list),
                        Err(e) => return on_error.emit(e),
                    }
                }
                match api::searches().await {
                    Ok(list) => saved.set(list),
                    Err(e) => on_error.emit(e),
                }
            });
        });
    }
    let onsubmit = {
        let on_search = props.on_search.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_search.emit(query());
        })
    };
    let save = {
        let (reloads, on_error) = (reloads.clone(), props.on_error.clone());
        Callback::from(move |_: MouseEvent| {
            let name = value("search-name");
            let (reloads, on_error) = (reloads.clone(), on_error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let new = NewSearch {
                    name: name.trim().to_owned(),
                    query: query(),
                };
                match api::save_search(&new).await {
                    Ok(_) => {
                        set_value("search-name", "");
                        reloads.set(*reloads + 1);
                    }
                    Err(e) => on_error.emit(e),
                }
            });
        })
    };
    let number = |id: &str, label: &str| {
        html! {
            <div class="field">
                <label class="label" for={id.to_owned()}>{ t.t(label) }</label>
                <input id={id.to_owned()} type="text" inputmode="numeric" size="4" />
            </div>
        }
    };
    let select = |id: &str, label: &str, options: Vec<(String, String)>| {
        html! {
            <div class="field">
                <label class="label" for={id.to_owned()}>{ t.t(label) }</label>
                <select id={id.to_owned()}>
                    <option value="" selected=true>{ "—" }</option>
                    { for options.into_iter().map(|(v, l)| html! { <option value={v}>{ l }</option> }) }
                </select>
            </div>
        }
    };
    let labelled = |prefix: &str, codes: Vec<&str>| -> Vec<(String, String)> {
        let mut list: Vec<(String, String)> = codes
            .into_iter()
            .map(|c| (c.to_owned(), t.t(&format!("{prefix}-{c}"))))
            .collect();
        // Long lists (languages, countries) are easier to scan in alphabetical order.
        if list.len() > 20 {
            list.sort_by(|a, b| a.1.cmp(&b.1));
        }
        list
    };
    let levels = taxonomy::cefr_levels()
        .into_iter()
        .skip(1)
        .map(|l| (l.to_owned(), l.to_uppercase()))
        .collect();
    let centre_options = centres
        .iter()
        .map(|c| (c.id.clone(), c.name.clone()))
        .collect();
    html! {
        <>
            <form class="card filters" {onsubmit}>
                <div class="field">
                    <label class="label" for="filter-name">{ t.t("staff-filter-name") }</label>
                    <input id="filter-name" type="search" maxlength="80" dir="auto" />
                </div>
                <div class="row">
                    { select("filter-isco", "staff-filter-isco", labelled("isco", taxonomy::isco_sub_major_groups())) }
                    { number("filter-min-years", "staff-filter-min-years") }
                </div>
                <div class="row">
                    { select("filter-isced-min", "staff-filter-isced-min", labelled("isced-level", taxonomy::isced_levels())) }
                    { select("filter-field", "staff-filter-field", labelled("isced-field", taxonomy::isced_fields())) }
                </div>
                <div class="row">
                    { select("filter-lang", "staff-filter-lang", labelled("lang", taxonomy::languages())) }
                    { select("filter-lang-min", "staff-filter-lang-min", levels) }
                    { select("filter-literacy", "staff-filter-literacy", labelled("literacy", taxonomy::choices("literacy"))) }
                </div>
                <div class="row">
                    { select("filter-licence", "staff-filter-licence", labelled("licence", taxonomy::driving_licences())) }
                    { select("filter-centre", "staff-filter-centre", centre_options) }
                    { select("filter-country", "staff-filter-country", labelled("country", taxonomy::countries())) }
                </div>
                <div class="row">
                    { number("filter-age-min", "staff-filter-age-min") }
                    { number("filter-age-max", "staff-filter-age-max") }
                </div>
                <div class="row">
                    <button type="submit" class="primary" data-action="search">{ t.t("staff-search-now") }</button>
                    <div class="field">
                        <label class="label" for="search-name">{ t.t("staff-search-name") }</label>
                        <input id="search-name" type="text" maxlength="80" />
                    </div>
                    <button type="button" class="secondary" data-action="save-search" onclick={save}>{ t.t("staff-search-save") }</button>
                </div>
            </form>
            if !saved.is_empty() {
                <div class="saved-searches" role="group" aria-label={t.t("staff-search-saved")}>
                    <span class="hint">{ t.t("staff-search-saved") }</span>
                    { for saved.iter().map(|s| {
                        let run = {
                            let (q, on_search) = (s.query.clone(), props.on_search.clone());
                            move |_: MouseEvent| {
                                fill(&q);
                                on_search.emit(q.clone());
                            }
                        };
                        let remove = {
                            let (id, reloads, on_error) = (s.id.clone(), reloads.clone(), props.on_error.clone());
                            move |_: MouseEvent| {
                                let (id, reloads, on_error) = (id.clone(), reloads.clone(), on_error.clone());
                                wasm_bindgen_futures::spawn_local(async move {
                                    match api::delete_search(&id).await {
                                        Ok(()) => reloads.set(*reloads + 1),
                                        Err(e) => on_error.emit(e),
                                    }
                                });
                            }
                        };
                        html! {
                            <span class="saved-search" data-search={s.name.clone()}>
                                <button type="button" class="secondary" data-action="run-search" onclick={run}>{ s.name.clone() }</button>
                                <button type="button" class="secondary remove" data-action="delete-search" onclick={remove}
                                    aria-label={t.t_args("staff-search-delete", &[("name", s.name.clone().into())])}>{ "×" }</button>
                            </span>
                        }
                    }) }
                </div>
            }
        </>
    }
}
