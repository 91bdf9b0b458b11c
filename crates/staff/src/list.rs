//! The list a role starts from: an officer's search (filters, paging), a counsellor's residents,
//! a municipality's inbox (newest first, what is new since the last visit marked). Columns
//! sort where the server can sort: registered, born, work experience.

use super::api::{self, ApiError};
use super::loaded::use_loaded;
use evne_model::Role;
use evne_ui::i18n::use_translator;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub role: Role,
    pub on_open: Callback<String>,
    pub on_error: Callback<ApiError>,
}

#[component]
pub fn List(props: &Props) -> Html {
    let t = use_translator();
    let query = use_state(String::new);
    let sort = use_state(|| "newest");
    let page_no = use_state(|| 1i64);
    let q = format!("{}&sort={}&page={}&page_size=20", *query, *sort, *page_no);
    let page = use_loaded(q, props.on_error.clone(), |q| async move {
        api::persons(&q).await
    });
    let on_search = {
        let (query, page_no) = (query.clone(), page_no.clone());
        Callback::from(move |q: String| {
            page_no.set(1);
            query.set(q);
        })
    };
    let officer = props.role == Role::SettlementOfficer;
    // A sortable column's header: a button that sorts by `first`, then toggles to `second`.
    let sortable = |label: &str, first: &'static str, second: &'static str| {
        let current = *sort;
        let aria = match current {
            c if c == first => "ascending",
            c if c == second => "descending",
            _ => "none",
        };
        let next = if current == first { second } else { first };
        let (sort, page_no) = (sort.clone(), page_no.clone());
        html! {
            <th scope="col" aria-sort={aria}>
                <button type="button" class="sort" data-sort={first} onclick={move |_| { page_no.set(1); sort.set(next); }}>
                    { t.t(label) }
                </button>
            </th>
        }
    };
    html! {
        <section class="staff-list">
            <h2>{ t.t(super::list_title(props.role)) }</h2>
            if officer {
                <super::filters::Filters {on_search} on_error={props.on_error.clone()} />
            } else {
                <form class="card filters" onsubmit={{
                    let on_search = on_search.clone();
                    move |e: SubmitEvent| {
                        e.prevent_default();
                        let name = super::filters::value("find-name");
                        on_search.emit(format!("name={}", js_sys::encode_uri_component(name.trim())));
                    }
                }}>
                    <label class="label" for="find-name">{ t.t("staff-filter-name") }</label>
                    <div class="row">
                        <input id="find-name" type="search" maxlength="80" dir="auto" />
                        <button type="submit" class="primary" data-action="find">{ t.t("staff-search-now") }</button>
                    </div>
                </form>
            }
            if let Some(p) = &*page {
                <p class="hint" data-total={p.total.to_string()}>{ t.t_count("staff-results", p.total as usize) }</p>
                <table class="persons">
                    <thead><tr>
                        <th scope="col">{ t.t("staff-col-name") }</th>
                        { sortable("staff-col-registered", "newest", "oldest") }
                        { sortable("staff-col-born", "age", "age_desc") }
                        <th scope="col">{ t.t("staff-col-origin") }</th>
                        { sortable("staff-col-work", "experience", "experience") }
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
                                    <td>{ s.received_at.get(..10).unwrap_or(&s.received_at).to_owned() }</td>
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
