//! The list a role starts from: an officer's search (filters, paging), a counsellor's residents,
//! a municipality's inbox (newest first, what is new since the last visit marked).

use super::api::{self, ApiError};
use crate::i18n::use_translator;
use evne_model::persons::Page;
use evne_model::{taxonomy, Role};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub role: Role,
    pub on_open: Callback<String>,
    pub on_error: Callback<ApiError>,
}

/// The filters an officer can set, as `(query name, input id)`.
const FILTERS: [(&str, &str); 6] = [
    ("isco", "filter-isco"),
    ("lang", "filter-lang"),
    ("lang_min", "filter-lang-min"),
    ("isced_min", "filter-isced-min"),
    ("age_min", "filter-age-min"),
    ("age_max", "filter-age-max"),
];

fn value(id: &str) -> String {
    let doc = web_sys::window().and_then(|w| w.document());
    let el = doc.and_then(|d| d.get_element_by_id(id));
    let Some(el) = el else { return String::new() };
    match wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>(el.clone()) {
        Ok(input) => input.value(),
        Err(_) => wasm_bindgen::JsCast::dyn_into::<HtmlSelectElement>(el)
            .map(|s| s.value())
            .unwrap_or_default(),
    }
}

#[component]
pub fn List(props: &Props) -> Html {
    let t = use_translator();
    let query = use_state(String::new);
    let page_no = use_state(|| 1i64);
    let page = use_state(|| None::<Page>);
    {
        let (page, on_error) = (page.clone(), props.on_error.clone());
        let q = format!("{}&page={}&page_size=20", *query, *page_no);
        use_effect_with(q, move |q| {
            let q = q.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match api::persons(&q).await {
                    Ok(p) => page.set(Some(p)),
                    Err(e) => on_error.emit(e),
                }
            });
        });
    }
    let onsubmit = {
        let (query, page_no) = (query.clone(), page_no.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let q: Vec<String> = FILTERS
                .iter()
                .map(|(name, id)| (name, value(id)))
                .filter(|(_, v)| !v.trim().is_empty())
                .map(|(name, v)| format!("{name}={}", js_sys::encode_uri_component(v.trim())))
                .collect();
            page_no.set(1);
            query.set(q.join("&"));
        })
    };
    let officer = props.role == Role::SettlementOfficer;
    let number = |id: &str, label: &str| {
        html! {
            <div class="field">
                <label class="label" for={id.to_owned()}>{ t.t(label) }</label>
                <input id={id.to_owned()} type="text" inputmode="numeric" />
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
        codes
            .into_iter()
            .map(|c| (c.to_owned(), t.t(&format!("{prefix}-{c}"))))
            .collect()
    };
    html! {
        <section class="staff-list">
            <h2>{ t.t(super::list_title(props.role)) }</h2>
            if officer {
                <form class="card filters" {onsubmit}>
                    <div class="row">
                        { select("filter-isco", "staff-filter-isco", labelled("isco", taxonomy::isco_sub_major_groups())) }
                        { select("filter-isced-min", "staff-filter-isced-min", labelled("isced-level", taxonomy::isced_levels())) }
                    </div>
                    <div class="row">
                        { select("filter-lang", "staff-filter-lang", labelled("lang", taxonomy::languages())) }
                        { select("filter-lang-min", "staff-filter-lang-min",
                            taxonomy::cefr_levels().into_iter().skip(1).map(|l| (l.to_owned(), l.to_uppercase())).collect()) }
                        { number("filter-age-min", "staff-filter-age-min") }
                        { number("filter-age-max", "staff-filter-age-max") }
                    </div>
                    <button type="submit" class="primary" data-action="search">{ t.t("staff-search-now") }</button>
                </form>
            }
            if let Some(p) = &*page {
                <p class="hint" data-total={p.total.to_string()}>{ t.t_count("staff-results", p.total as usize) }</p>
                <table class="persons">
                    <thead><tr>
                        <th scope="col">{ t.t("staff-col-name") }</th>
                        <th scope="col">{ t.t("staff-col-born") }</th>
                        <th scope="col">{ t.t("staff-col-origin") }</th>
                        <th scope="col">{ t.t("staff-col-work") }</th>
                        <th scope="col">{ t.t("staff-col-languages") }</th>
                    </tr></thead>
                    <tbody>
                        { for p.persons.iter().map(|s| {
                            let on_open = props.on_open.clone();
                            let id = s.id.clone();
                            html! {
                                <tr data-person={s.id.clone()}>
                                    <td>
                                        <button type="button" class="link" onclick={move |_| on_open.emit(id.clone())}>
                                            <bdi>{ format!("{} {}", s.given_name, s.family_name) }</bdi>
                                        </button>
                                        if s.new { <span class="badge">{ t.t("staff-new") }</span> }
                                        if s.conflict { <span class="badge warn">{ t.t("staff-conflict") }</span> }
                                    </td>
                                    <td>{ s.year_of_birth.map(|y| y.to_string()).unwrap_or_default() }</td>
                                    <td>{ s.origin.as_ref().map(|c| t.t(&format!("country-{c}"))).unwrap_or_default() }</td>
                                    <td>{ s.occupations.iter().map(|c| t.t(&format!("isco-{}", &c[..2.min(c.len())]))).collect::<Vec<_>>().join(", ") }</td>
                                    <td>{ s.languages.iter().map(|c| t.t(&format!("lang-{c}"))).collect::<Vec<_>>().join(", ") }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
                <div class="row">
                    if *page_no > 1 {
                        <button class="secondary" onclick={{ let n = page_no.clone(); move |_| n.set(*n - 1) }}>{ t.t("staff-page-prev") }</button>
                    }
                    if *page_no * p.page_size < p.total {
                        <button class="secondary" data-action="next-page" onclick={{ let n = page_no.clone(); move |_| n.set(*n + 1) }}>{ t.t("staff-page-next") }</button>
                    }
                </div>
            }
        </section>
    }
}
