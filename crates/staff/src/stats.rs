//! Group statistics for officers: a table and bars (SVG), cells under 5 shown as "<5" (the
//! server never sends their count), and the table as CSV. Any search filter narrows the count.

use super::api::{self, ApiError};
use super::loaded::use_loaded;
use super::table;
use evne_ui::i18n::use_translator;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_error: Callback<ApiError>,
}

const GROUPS: [&str; 6] = ["isco", "isced", "lang", "age", "centre", "country"];

#[component]
pub fn Stats(props: &Props) -> Html {
    let t = use_translator();
    let group = use_state(|| "isco".to_owned());
    let query = use_state(String::new);
    let q = format!("group={}&{}", *group, *query);
    let table = use_loaded(q, props.on_error.clone(), |q| async move {
        api::stats(&q).await
    });
    let onchange = {
        let group = group.clone();
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            group.set(s.value());
        })
    };
    let label = |g: &str, key: &str| -> String {
        let id = match g {
            "isco" => format!("isco-{key}"),
            "isced" => format!("isced-level-{key}"),
            "lang" => format!("lang-{key}"),
            "country" => format!("country-{key}"),
            _ => return key.to_owned(),
        };
        t.t(&id)
    };
    let body = (*table).as_ref().map(|tb| {
        let max = tb.cells.iter().filter_map(|c| c.count).max().unwrap_or(1).max(1);
        let shown = |c: Option<i64>| c.map_or_else(|| "<5".to_owned(), |n| n.to_string());
        let mut csv = format!("{},{}\r\n", t.t("staff-stats-key"), t.t("staff-stats-count"));
        for c in &tb.cells {
            csv.push_str(&format!("\"{}\",{}\r\n", label(&tb.group, &c.key).replace('"', "\"\""), shown(c.count)));
        }
        let href = format!("data:text/csv;charset=utf-8,{}", js_sys::encode_uri_component(&csv));
        html! {
            <>
                <p class="hint" data-total={shown(tb.total)} data-stats-total="">{ t.t_args("staff-stats-total", &[("total", shown(tb.total).into())]) }</p>
                <table class="stats">
                    { table::head([
                        t.t("staff-stats-key"),
                        t.t("staff-stats-count"),
                    ], Some(t.t("staff-stats-bar"))) }
                    <tbody>
                        { for tb.cells.iter().map(|c| {
                            let width = c.count.map_or(0.0, |n| 100.0 * n as f64 / max as f64);
                            html! {
                                <tr data-key={c.key.clone()} data-suppressed={c.suppressed.to_string()}>
                                    <td>{ label(&tb.group, &c.key) }</td>
                                    <td>{ shown(c.count) }</td>
                                    <td class="bar-cell">
                                        <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                                            <rect x="0" y="0" height="10" width={format!("{width:.1}")} />
                                        </svg>
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
                <p class="hint">{ t.t("staff-stats-suppressed") }</p>
                <a class="button secondary" href={href} download="evne-statistics.csv" data-action="stats-csv">{ t.t("staff-stats-csv") }</a>
            </>
        }
    });
    html! {
        <section class="staff-stats">
            <h2>{ t.t("staff-stats") }</h2>
            <div class="field">
                <label class="label" for="stats-group">{ t.t("staff-stats-group") }</label>
                <select id="stats-group" {onchange}>
                    { for GROUPS.iter().map(|g| html! {
                        <option value={*g} selected={*group == *g}>{ t.t(&format!("staff-group-{g}")) }</option>
                    }) }
                </select>
            </div>
            <details class="stats-filters">
                <summary>{ t.t("staff-stats-filters") }</summary>
                <super::filters::Filters on_search={{
                    let query = query.clone();
                    Callback::from(move |q: String| query.set(q))
                }} on_error={props.on_error.clone()} />
            </details>
            { body.unwrap_or_default() }
        </section>
    }
}
